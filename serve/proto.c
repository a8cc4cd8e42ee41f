#include "serve/proto.h"

#include "base/buf.h"
#include "base/err.h"
#include "base/json.h"

#include <stdlib.h>
#include <string.h>

struct parser {
	const char *start, *p, *end;
	struct gv_err *err;
};

static int bad(struct parser *ps, const char *what)
{
	gv_err_set(ps->err, GV_EUSAGE, "not a protocol message: %s at byte %zu", what,
		   (size_t)(ps->p - ps->start));
	return GV_EUSAGE;
}

static void space(struct parser *ps)
{
	while (ps->p < ps->end && strchr(" \t\r\n", *ps->p) && *ps->p)
		ps->p++;
}

static bool eat(struct parser *ps, char c)
{
	space(ps);
	if (ps->p < ps->end && *ps->p == c) {
		ps->p++;
		return true;
	}
	return false;
}

static int hex4(struct parser *ps, unsigned *v)
{
	if (ps->end - ps->p < 4)
		return bad(ps, "a short \\u escape");
	*v = 0;
	for (int i = 0; i < 4; i++) {
		char c = *ps->p++;
		unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
			     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
			     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
						    : 16;
		if (d == 16)
			return bad(ps, "a bad \\u escape");
		*v = *v << 4 | d;
	}
	return 0;
}

static void utf8(struct gv_buf *b, unsigned cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp, n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
	} else {
		u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
	}
	gv_buf_add(b, u, n);
}

/* A string into *out (NULL: checked and dropped). Raw bytes are taken as
 * they are (a command's own checks refuse what a field may not hold); a
 * NUL, raw or escaped, is refused: the words become C strings. */
static int string(struct parser *ps, char **out)
{
	if (!eat(ps, '"'))
		return bad(ps, "a string expected");
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_add(&b, "", 0);
	for (;;) {
		if (ps->p == ps->end) {
			gv_buf_free(&b);
			return bad(ps, "an unterminated string");
		}
		unsigned char c = (unsigned char)*ps->p++;
		if (c == '"')
			break;
		if (c < 0x20) {
			gv_buf_free(&b);
			return bad(ps, "a control character in a string");
		}
		if (c != '\\') {
			gv_buf_putc(&b, (char)c);
			continue;
		}
		if (ps->p == ps->end) {
			gv_buf_free(&b);
			return bad(ps, "an unterminated string");
		}
		char e = *ps->p++;
		const char *plain = strchr("\"\\/bfnrt", e);
		if (plain && e) {
			gv_buf_putc(&b, "\"\\/\b\f\n\r\t"[plain - "\"\\/bfnrt"]);
			continue;
		}
		unsigned cp, lo;
		if (e != 'u' || hex4(ps, &cp)) {
			gv_buf_free(&b);
			return e != 'u' ? bad(ps, "a bad escape") : ps->err->code;
		}
		if (cp >= 0xD800 && cp < 0xDC00) {
			if (ps->end - ps->p < 2 || ps->p[0] != '\\' || ps->p[1] != 'u') {
				gv_buf_free(&b);
				return bad(ps, "a lone surrogate");
			}
			ps->p += 2;
			if (hex4(ps, &lo) || lo < 0xDC00 || lo > 0xDFFF) {
				gv_buf_free(&b);
				return bad(ps, "a lone surrogate");
			}
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
		} else if (cp >= 0xDC00 && cp < 0xE000) {
			gv_buf_free(&b);
			return bad(ps, "a lone surrogate");
		}
		if (!cp) {
			gv_buf_free(&b);
			return bad(ps, "a NUL in a string");
		}
		utf8(&b, cp);
	}
	if (out)
		*out = gv_buf_detach(&b);
	else
		gv_buf_free(&b);
	return 0;
}

/* An integer (a number with a fraction or exponent when skipped). */
static int number(struct parser *ps, int64_t *out)
{
	space(ps);
	const char *start = ps->p;
	if (ps->p < ps->end && *ps->p == '-')
		ps->p++;
	int digits = 0;
	int64_t v = 0;
	bool over = false;
	while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') {
		int d = *ps->p++ - '0';
		if (v > (INT64_MAX - d) / 10)
			over = true;
		else
			v = v * 10 + d;
		digits++;
	}
	if (!digits)
		return bad(ps, "a value expected");
	bool whole = true;
	if (ps->p < ps->end && *ps->p == '.') {
		whole = false;
		ps->p++;
		if (ps->p == ps->end || *ps->p < '0' || *ps->p > '9')
			return bad(ps, "a bad number");
		while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
			ps->p++;
	}
	if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
		whole = false;
		ps->p++;
		if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-'))
			ps->p++;
		if (ps->p == ps->end || *ps->p < '0' || *ps->p > '9')
			return bad(ps, "a bad number");
		while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
			ps->p++;
	}
	if (out) {
		if (!whole || over)
			return bad(ps, "a whole number expected");
		*out = *start == '-' ? -v : v;
	}
	return 0;
}

static bool word(struct parser *ps, const char *w)
{
	space(ps);
	size_t n = strlen(w);
	if ((size_t)(ps->end - ps->p) >= n && !memcmp(ps->p, w, n)) {
		ps->p += n;
		return true;
	}
	return false;
}

static int skip(struct parser *ps, int depth)
{
	if (depth > GV_PROTO_DEPTH_MAX)
		return bad(ps, "values nested too deep");
	space(ps);
	if (ps->p == ps->end)
		return bad(ps, "a value expected");
	if (*ps->p == '"')
		return string(ps, NULL);
	if (word(ps, "true") || word(ps, "false") || word(ps, "null"))
		return 0;
	bool obj = *ps->p == '{';
	if (!obj && *ps->p != '[')
		return number(ps, NULL);
	ps->p++;
	if (eat(ps, obj ? '}' : ']'))
		return 0;
	do {
		if (obj && (string(ps, NULL) || (!eat(ps, ':') && bad(ps, "':' expected"))))
			return ps->err->code;
		if (skip(ps, depth + 1))
			return ps->err->code;
	} while (eat(ps, ','));
	return eat(ps, obj ? '}' : ']') ? 0 : bad(ps, obj ? "'}' expected" : "']' expected");
}

/* A string or null into *out (a member given twice keeps the last). */
static int nullable(struct parser *ps, char **out)
{
	if (word(ps, "null")) {
		free(*out);
		*out = NULL;
		return 0;
	}
	char *s = NULL;
	if (string(ps, &s))
		return GV_EUSAGE;
	free(*out);
	*out = s;
	return 0;
}

static int strings(struct parser *ps, char ***out, int *n)
{
	for (int i = 0; i < *n; i++)
		free((*out)[i]);
	free(*out);
	*out = NULL;
	*n = 0;
	if (!eat(ps, '['))
		return bad(ps, "an array of strings expected");
	size_t count = 0;
	if (eat(ps, ']'))
		return 0;
	do {
		if (count == GV_PROTO_ARGS_MAX)
			return bad(ps, "too many words");
		GV_ROOM(*out, count + 1); /* argv ends with NULL */
		if (string(ps, &(*out)[count]))
			return ps->err->code;
		*n = (int)++count;
	} while (eat(ps, ','));
	return eat(ps, ']') ? 0 : bad(ps, "']' expected");
}

int gv_proto_parse(const char *line, size_t len, struct gv_proto_msg *m, struct gv_err *err)
{
	memset(m, 0, sizeof *m);
	struct parser ps = {line, line, line + len, err};
	if (!eat(&ps, '{'))
		return bad(&ps, "an object expected");
	int rc = 0;
	if (!eat(&ps, '}')) {
		do {
			char *key = NULL;
			if ((rc = string(&ps, &key)))
				break;
			if (!eat(&ps, ':')) {
				free(key);
				rc = bad(&ps, "':' expected");
				break;
			}
#define IS(k) (key && !strcmp(key, k))
			if (IS("protocol"))
				rc = number(&ps, &m->protocol), m->has_protocol = true;
			else if (IS("id"))
				rc = number(&ps, &m->id), m->has_id = true;
			else if (IS("status"))
				rc = number(&ps, &m->status), m->has_status = true;
			else if (IS("argv"))
				rc = strings(&ps, &m->argv, &m->argc), m->has_argv = true;
			else if (IS("notices"))
				rc = strings(&ps, &m->notices, &m->n_notices);
			else if (IS("subscribe"))
				rc = nullable(&ps, &m->subscribe);
			else if (IS("hello"))
				rc = nullable(&ps, &m->hello);
			else if (IS("as"))
				rc = nullable(&ps, &m->as);
			else if (IS("member"))
				rc = nullable(&ps, &m->member);
			else if (IS("out"))
				rc = nullable(&ps, &m->out);
			else if (IS("error"))
				rc = nullable(&ps, &m->error);
			else if (IS("event"))
				rc = nullable(&ps, &m->event);
			else if (IS("meeting"))
				rc = nullable(&ps, &m->meeting);
			else if (IS("command"))
				rc = nullable(&ps, &m->command);
			else
				rc = skip(&ps, 1);
#undef IS
			free(key);
		} while (!rc && eat(&ps, ','));
		if (!rc && !eat(&ps, '}'))
			rc = bad(&ps, "'}' expected");
	}
	space(&ps);
	if (!rc && ps.p != ps.end)
		rc = bad(&ps, "text after the object");
	if (rc)
		gv_proto_msg_clear(m);
	return rc;
}

static void free_strings(char **v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void gv_proto_msg_clear(struct gv_proto_msg *m)
{
	free_strings(m->argv, m->argc);
	free_strings(m->notices, m->n_notices);
	free(m->subscribe);
	free(m->hello);
	free(m->as);
	free(m->member);
	free(m->out);
	free(m->error);
	free(m->event);
	free(m->meeting);
	free(m->command);
	memset(m, 0, sizeof *m);
}

static void begin(struct gv_json *j, struct gv_buf *b)
{
	gv_json_init(j, b, false);
	gv_json_obj(j);
	gv_json_kint(j, "protocol", GV_PROTO_VERSION);
}

static void end(struct gv_json *j)
{
	gv_json_obj_end(j);
	gv_buf_putc(j->out, '\n');
}

void gv_proto_request(struct gv_buf *b, int64_t id, int argc, char *const *argv)
{
	struct gv_json j;
	begin(&j, b);
	gv_json_kint(&j, "id", id);
	gv_json_key(&j, "argv");
	gv_json_arr(&j);
	for (int i = 0; i < argc; i++)
		gv_json_str(&j, argv[i]);
	gv_json_arr_end(&j);
	end(&j);
}

void gv_proto_subscribe(struct gv_buf *b, int64_t id, const char *meeting)
{
	struct gv_json j;
	begin(&j, b);
	gv_json_kint(&j, "id", id);
	gv_json_kstr(&j, "subscribe", meeting);
	end(&j);
}

void gv_proto_hello(struct gv_buf *b, const char *as, const char *member)
{
	struct gv_json j;
	begin(&j, b);
	gv_json_kstr(&j, "hello", "gavel");
	gv_json_kstr(&j, "as", as);
	if (member)
		gv_json_kstr(&j, "member", member);
	end(&j);
}

void gv_proto_reply(struct gv_buf *b, int64_t id, int status, const char *out, size_t out_len,
		    const char *error, char *const *notices, int n_notices)
{
	struct gv_json j;
	begin(&j, b);
	gv_json_kint(&j, "id", id);
	gv_json_kint(&j, "status", status);
	/* what the command printed may hold anything it printed: quoted as
	 * it is, bytes that are not UTF-8 made U+FFFD (base/json.h) */
	gv_json_key(&j, "out");
	struct gv_buf text = GV_BUF_INIT;
	gv_buf_add(&text, out ? out : "", out ? out_len : 0);
	gv_json_str(&j, gv_buf_str(&text));
	gv_buf_free(&text);
	gv_json_kstr(&j, "error", error);
	gv_json_key(&j, "notices");
	gv_json_arr(&j);
	for (int i = 0; i < n_notices; i++)
		gv_json_str(&j, notices[i]);
	gv_json_arr_end(&j);
	end(&j);
}

void gv_proto_refusal(struct gv_buf *b, const char *error)
{
	struct gv_json j;
	begin(&j, b);
	gv_json_kint(&j, "id", 0);
	gv_json_kint(&j, "status", 1);
	gv_json_kstr(&j, "error", error);
	end(&j);
}

void gv_proto_event(struct gv_buf *b, const char *event, const char *meeting,
		    const char *command, const char *member)
{
	struct gv_json j;
	begin(&j, b);
	gv_json_kstr(&j, "event", event);
	gv_json_kstr(&j, "meeting", meeting);
	gv_json_kstr(&j, "command", command);
	gv_json_kstr(&j, "member", member);
	end(&j);
}
