#include "base/text.h"

#include "base/buf.h"
#include "base/err.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A sequence that the end of the text cuts (decode). */
#define CUT (-2)

/* The one UTF-8 decoder: the sequence at s[0..n), n > 0. Returns its code
 * point and sets *len to its length (1 for ASCII, NUL included). Returns -1
 * with *len 1 where no well-formed sequence starts (a byte that cannot
 * start one, a continuation byte missing, an overlong form, a surrogate,
 * a value above U+10FFFF), so that the caller goes on at the next byte;
 * and CUT with *len n when s ends inside a sequence whose bytes so far are
 * right. */
static int32_t decode(const unsigned char *s, size_t n, size_t *len)
{
	unsigned c = s[0];
	size_t want;
	int32_t cp;
	*len = 1;
	if (c < 0x80)
		return (int32_t)c;
	if ((c & 0xE0) == 0xC0) {
		want = 2;
		cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		want = 3;
		cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		want = 4;
		cp = c & 0x07;
	} else {
		return -1;
	}
	for (size_t i = 1; i < want; i++) {
		if (i == n) {
			*len = n;
			return CUT;
		}
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((want == 2 && cp < 0x80) || (want == 3 && cp < 0x800) || (want == 4 && cp < 0x10000) ||
	    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*len = want;
	return cp;
}

bool gv_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	for (size_t len; p < end; p += len)
		if (*p == 0 || decode(p, (size_t)(end - p), &len) < 0)
			return false;
	return true;
}

int32_t gv_utf8_next(const char **pp)
{
	/* up to four bytes, or to the NUL that ends the text: a NUL is no
	 * continuation byte, so a sequence it cuts is malformed, never CUT */
	unsigned char c = (unsigned char)**pp;
	if (c && c < 0x80) { /* ASCII, most of any text */
		(*pp)++;
		return c;
	}
	size_t len;
	int32_t cp = decode((const unsigned char *)*pp, strnlen(*pp, 4) + 1, &len);
	*pp += len;
	return cp;
}

size_t gv_utf8_len(const char *s)
{
	size_t n = 0;
	while (*s) {
		gv_utf8_next(&s);
		n++;
	}
	return n;
}

void gv_utf8_put(struct gv_buf *b, int32_t cp)
{
	char o[4];
	if (cp < 0x80) {
		o[0] = (char)cp;
		gv_buf_add(b, o, 1);
	} else if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		gv_buf_add(b, o, 2);
	} else if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		gv_buf_add(b, o, 3);
	} else {
		o[0] = (char)(0xF0 | (cp >> 18));
		o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[3] = (char)(0x80 | (cp & 0x3F));
		gv_buf_add(b, o, 4);
	}
}

/* Base letters of U+00C0..U+00FF and U+0100..U+017F; '*' marks a letter that
 * folds to two letters or is kept (handled in fold_latin). */
static const char latin1[] =
	"aaaaaa*ceeeeiiiidnooooo*ouuuuy**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
static const char latin_ext_a[] =
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllllll"
	"lnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* Vietnamese letters of Latin Extended Additional, U+1EA0 to U+1EF9
 * (Nguyễn), and the horned o and u of Latin Extended-B (Ơ ơ Ư ư). */
static const char vietnamese[] =
	"aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooo"
	"uuuuuuuuuuuuuuyyyyyyyy";

/* Append the folded form of one Latin code point; false if not Latin. */
static bool fold_latin(struct gv_buf *b, int32_t cp)
{
	char c = 0;
	if (cp >= 0xC0 && cp <= 0xFF)
		c = latin1[cp - 0xC0];
	else if (cp >= 0x100 && cp <= 0x17F)
		c = latin_ext_a[cp - 0x100];
	else if (cp >= 0x1EA0 && cp <= 0x1EF9)
		c = vietnamese[cp - 0x1EA0];
	else if (cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0)
		c = cp < 0x1AF ? 'o' : 'u';
	else
		return false;
	if (c != '*') {
		gv_buf_putc(b, c);
		return true;
	}
	switch (cp) {
	case 0xC6: case 0xE6: gv_buf_puts(b, "ae"); return true;
	case 0xDF: gv_buf_puts(b, "ss"); return true;
	case 0xDE: case 0xFE: gv_buf_puts(b, "th"); return true;
	case 0x132: case 0x133: gv_buf_puts(b, "ij"); return true;
	case 0x152: case 0x153: gv_buf_puts(b, "oe"); return true;
	default: return false; /* × and ÷ */
	}
}

char *gv_fold(const char *s)
{
	struct gv_buf b = GV_BUF_INIT;
	while (*s) {
		int32_t cp = gv_utf8_next(&s);
		if (cp < 0)
			continue;
		if (cp < 0x80)
			gv_buf_putc(&b, (char)tolower(cp));
		else if (cp == 0x2019 || cp == 0x2018)
			gv_buf_putc(&b, '\'');
		else if (!fold_latin(&b, cp))
			gv_utf8_put(&b, cp);
	}
	return gv_buf_detach(&b);
}

char *gv_slugify(const char *s)
{
	char *f = gv_fold(s);
	struct gv_buf b = GV_BUF_INIT;
	bool dash = false;
	for (const char *p = f; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (isalnum(c) && c < 0x80) {
			if (dash && b.len)
				gv_buf_putc(&b, '-');
			gv_buf_putc(&b, (char)c);
			dash = false;
		} else if (c != '\'') {
			dash = true;
		}
	}
	free(f);
	return gv_buf_detach(&b);
}

char *gv_trim(const char *s)
{
	while (*s && isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return gv_strndup(s, n);
}

bool gv_char_unsafe(int32_t cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp < 0xA0) ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

const char *gv_char_name(int32_t cp)
{
	static const char *const c0[32] = {
		"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "HT",  "LF",
		"VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
		"SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US",
	};
	static const char *const c1[32] = {
		"PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS",
		"PLD", "PLU", "RI",  "SS2", "SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW",
		"SPA", "EPA", "SOS", "SGCI", "SCI", "CSI", "ST", "OSC", "PM",  "APC",
	};
	static const char *const bidi[] = {"LRE", "RLE", "PDF", "LRO", "RLO"};
	static const char *const isolate[] = {"LRI", "RLI", "FSI", "PDI"};
	if (cp >= 0 && cp < 0x20)
		return c0[cp];
	if (cp == 0x7F)
		return "DEL";
	if (cp >= 0x80 && cp < 0xA0)
		return c1[cp - 0x80];
	if (cp >= 0x202A && cp <= 0x202E)
		return bidi[cp - 0x202A];
	if (cp >= 0x2066 && cp <= 0x2069)
		return isolate[cp - 0x2066];
	if (cp == 0x2028)
		return "LS";
	if (cp == 0x2029)
		return "PS";
	return "";
}

/* What cp is, for a message, and what to do about it. */
static void describe_char(int32_t cp, bool one_line, const char **kind, const char **fix)
{
	*fix = "remove it";
	if (one_line && cp == '\t') {
		*kind = "a tab";
		*fix = "use spaces";
	} else if (one_line && (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029)) {
		*kind = "a line break";
		*fix = "write it on one line";
	} else if (cp >= 0x202A) {
		*kind = "a bidirectional formatting character";
	} else {
		*kind = "a control character";
	}
}

/* True when the carriage returns at p end a line (only more of them, then
 * LF or the end of the text, follow): the CRLF that gv_trim_block keeps as LF. */
static bool ends_line(const char *p)
{
	p += strspn(p, "\r");
	return *p == '\n' || !*p;
}

int gv_check_chars(const char *s, bool one_line, const char *what, struct gv_err *err)
{
	if (!gv_utf8_valid(s, strlen(s)))
		return gv_err_set(err, GV_EREFUSED, "the %s is not valid UTF-8", what);
	int line = 1;
	for (const char *p = s; *p;) {
		const char *at = p;
		int32_t cp = gv_utf8_next(&p);
		bool bad = one_line ? gv_char_unsafe(cp) || cp == '\t' || cp == '\n' ||
					      cp == 0x2028 || cp == 0x2029
				    : gv_char_unsafe(cp) && !(cp == '\r' && ends_line(at));
		if (!bad) {
			line += cp == '\n';
			continue;
		}
		const char *kind, *fix;
		describe_char(cp, one_line, &kind, &fix);
		char where[32] = "";
		if (!one_line)
			snprintf(where, sizeof where, " on line %d", line);
		return gv_err_set(err, GV_EREFUSED, "the %s contains %s (U+%04X %s)%s; %s", what,
				  kind, (unsigned)cp, gv_char_name(cp), where, fix);
	}
	return 0;
}

int gv_check_line(const char *s, const char *what, size_t max, struct gv_err *err)
{
	if (gv_check_chars(s, true, what, err))
		return GV_EREFUSED;
	size_t n = strlen(s);
	if (n > max)
		return gv_err_set(err, GV_EREFUSED, "the %s is too long (%zu bytes, at most %zu)",
				  what, n, max);
	const char *p = s;
	while (*p == ' ')
		p++;
	if (!*p)
		return gv_err_set(err, GV_EREFUSED, "the %s is empty", what);
	return 0;
}

size_t gv_visible_add(struct gv_buf *b, const char *s, size_t n, bool complete)
{
	const char *p = s, *end = s + n;
	for (size_t len; p < end; p += len) {
		int32_t cp = decode((const unsigned char *)p, (size_t)(end - p), &len);
		if (cp == CUT && !complete)
			return len; /* the rest of the character is in the next piece */
		if (cp == CUT) {
			cp = -1;
			len = 1;
		}
		if (cp == '\r' && p + 1 == end && !complete)
			return 1; /* is it a CRLF? the next piece tells */
		if (cp < 0)
			gv_buf_puts(b, "\xEF\xBF\xBD");
		else if (cp == '\r' && p + 1 < end && p[1] == '\n')
			gv_buf_add(b, p, 1); /* a line end (CSV, iCalendar) moves nothing */
		else if (gv_char_unsafe(cp))
			gv_buf_printf(b, "\\u%04x", (unsigned)cp);
		else
			gv_buf_add(b, p, len);
	}
	return 0;
}

char *gv_visible(const char *s)
{
	struct gv_buf b = GV_BUF_INIT;
	gv_visible_add(&b, s, strlen(s), true);
	return gv_buf_detach(&b);
}

static bool marker_at(const char *s, const char *marker)
{
	return !strncasecmp(s, marker, strlen(marker));
}

char *gv_redact(const char *s)
{
	static const char open[] = "[redact]", close[] = "[/redact]";
	struct gv_buf b = GV_BUF_INIT;
	int depth = 0;
	while (*s) {
		if (marker_at(s, open)) {
			if (!depth++)
				gv_buf_puts(&b, "[redacted]");
			s += sizeof open - 1;
		} else if (depth && marker_at(s, close)) {
			depth--;
			s += sizeof close - 1;
		} else {
			size_t plain = 1 + strcspn(s + 1, "[");
			if (!depth)
				gv_buf_add(&b, s, plain);
			s += plain;
		}
	}
	return gv_buf_detach(&b);
}

/* The passages model's top-level spans hide, markers left out. */
static char **redacted_passages(const char *model, size_t *n)
{
	static const char open[] = "[redact]", close[] = "[/redact]";
	char **out = NULL;
	*n = 0;
	struct gv_buf span = GV_BUF_INIT;
	int depth = 0;
	for (const char *s = model; *s;) {
		if (marker_at(s, open)) {
			depth++;
			s += sizeof open - 1;
		} else if (depth && marker_at(s, close)) {
			s += sizeof close - 1;
			if (!--depth && span.len)
				*GV_PUSH(out, *n) = gv_buf_detach(&span);
		} else {
			size_t plain = 1 + strcspn(s + 1, "[");
			if (depth)
				gv_buf_add(&span, s, plain);
			s += plain;
		}
	}
	if (span.len) /* unclosed: the rest is hidden */
		*GV_PUSH(out, *n) = gv_buf_detach(&span);
	gv_buf_free(&span);
	return out;
}

/* text with every occurrence of passage that is not already inside a
 * [redact] span of text put inside one: a passage the earlier text hid
 * too is not marked twice (the complete copy keeps its words as written). */
static char *mark_outside_spans(const char *text, const char *passage)
{
	static const char open[] = "[redact]", close[] = "[/redact]";
	size_t len = strlen(passage);
	struct gv_buf b = GV_BUF_INIT;
	int depth = 0;
	for (const char *s = text; *s;) {
		size_t n = 1;
		if (marker_at(s, open)) {
			depth++;
			n = sizeof open - 1;
		} else if (depth && marker_at(s, close)) {
			depth--;
			n = sizeof close - 1;
		} else if (!depth && len && !strncmp(s, passage, len)) {
			gv_buf_printf(&b, "%s%s%s", open, passage, close);
			s += len;
			continue;
		}
		gv_buf_add(&b, s, n);
		s += n;
	}
	return gv_buf_detach(&b);
}

char *gv_redact_as(const char *text, const char *model)
{
	size_t n;
	char **passages = redacted_passages(model, &n);
	char *out = gv_strdup(text);
	for (size_t i = 0; i < n; i++) {
		char *marked = mark_outside_spans(out, passages[i]);
		free(out);
		out = marked;
		free(passages[i]);
	}
	free(passages);
	return out;
}

char *gv_trim_block(const char *s)
{
	/* Skip whole blank lines at the start, keeping the first line's indent. */
	const char *p = s, *line = s;
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') {
		if (*p == '\n')
			line = p + 1;
		p++;
	}
	if (!*p)
		return gv_strdup("");
	struct gv_buf b = GV_BUF_INIT;
	for (p = line; *p; p++) {
		/* every carriage return before a newline ("\r\r\n" from some
		 * editors): dropping one would leave a line end that the next
		 * read of the text drops again */
		size_t cr = strspn(p, "\r");
		if (cr && p[cr] == '\n')
			p += cr;
		gv_buf_putc(&b, *p);
	}
	while (b.len && isspace((unsigned char)b.data[b.len - 1]))
		b.data[--b.len] = '\0';
	return gv_buf_detach(&b);
}
