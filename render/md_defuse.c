/* Markdown bombs, defused before discount sees the text. Discount recurses
 * once per level of nesting ("> > > ..." on one line overflowed the stack
 * at some 37,000 levels) and rescans the rest of a paragraph for every
 * opener left unmatched ("[" 200,000 times took minutes; "<", "`" and "("
 * likewise). Both are bounded here by backslash-escaping what goes beyond a
 * budget ("<" becomes "&lt;"): hostile text shows as the literal characters it is, and ordinary
 * text passes byte for byte. */
#include "render/md_defuse.h"

#include "base/buf.h"

#include <stdbool.h>
#include <string.h>

enum {
	MAX_NESTING = 16,          /* quote and list markers at the start of a line */
	MIN_OPENERS = 64,          /* of each kind a paragraph may always have */
	SCAN_BUDGET = 1 << 22,     /* openers times paragraph bytes */
};

static const char OPENERS[] = "[<`(";

static bool is_blank_line(const char *s, const char *end)
{
	for (; s < end && *s != '\n'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r')
			return false;
	return true;
}

static const char *line_end(const char *s, const char *end)
{
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	return nl ? nl + 1 : end;
}

/* The end of the paragraph starting at s: the next blank line, or end. */
static const char *paragraph_end(const char *s, const char *end)
{
	while (s < end && !is_blank_line(s, end))
		s = line_end(s, end);
	return s;
}

/* How many openers of each kind this paragraph may keep. */
static size_t opener_budget(size_t paragraph_len)
{
	size_t b = paragraph_len ? SCAN_BUDGET / paragraph_len : SCAN_BUDGET;
	return b < MIN_OPENERS ? MIN_OPENERS : b;
}

/* The length of a list or quote marker at s ("> ", "- ", "12. "), or 0. */
static size_t marker_len(const char *s, const char *end)
{
	const char *p = s;
	if (p < end && *p == '>')
		return 1;
	if (p < end && (*p == '-' || *p == '+' || *p == '*')) {
		p++;
	} else {
		while (p < end && p - s < 9 && *p >= '0' && *p <= '9')
			p++;
		if (p == s || p == end || (*p != '.' && *p != ')'))
			return 0;
		p++;
	}
	return p < end && (*p == ' ' || *p == '\t') ? (size_t)(p - s) : 0;
}

/* Copy the markers opening the line at s, escaping the first one past
 * MAX_NESTING so the rest of the line is text. Returns where they end. */
static const char *copy_nesting(struct gv_buf *out, const char *s, const char *end)
{
	for (int depth = 0;; depth++) {
		const char *p = s;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		size_t m = marker_len(p, end);
		if (!m)
			return s;
		gv_buf_add(out, s, (size_t)(p - s));
		if (depth == MAX_NESTING) {
			/* "\-", "\>", "12\.": the marker becomes its own character */
			gv_buf_add(out, p, m - 1);
			gv_buf_putc(out, '\\');
			gv_buf_putc(out, p[m - 1]);
			return p + m;
		}
		gv_buf_add(out, p, m);
		s = p + m;
	}
}

static void copy_paragraph(struct gv_buf *out, const char *s, const char *end)
{
	size_t budget = opener_budget((size_t)(end - s));
	size_t seen[sizeof OPENERS - 1] = {0};
	bool line_start = true, escaped = false;
	while (s < end) {
		if (line_start) {
			s = copy_nesting(out, s, end);
			line_start = false;
			continue;
		}
		char c = *s++;
		const char *k = c ? strchr(OPENERS, c) : NULL;
		bool over = k && !escaped && ++seen[k - OPENERS] > budget;
		if (over && c == '<') {
			gv_buf_puts(out, "&lt;"); /* discount scans on from "\<" too */
		} else {
			if (over)
				gv_buf_putc(out, '\\');
			gv_buf_putc(out, c);
		}
		escaped = c == '\\' && !escaped;
		line_start = c == '\n';
	}
}

char *gv_md_defuse(const char *md, size_t n, size_t *out_len)
{
	struct gv_buf out = GV_BUF_INIT;
	gv_buf_add(&out, "", 0);
	const char *s = md, *end = md + n;
	while (s < end) {
		const char *e = is_blank_line(s, end) ? line_end(s, end) : paragraph_end(s, end);
		copy_paragraph(&out, s, e);
		s = e;
	}
	*out_len = out.len;
	return gv_buf_detach(&out);
}
