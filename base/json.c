#include "base/json.h"

#include "base/text.h"

#include <inttypes.h>
#include <stdio.h>

void gv_json_init(struct gv_json *j, struct gv_buf *out, bool pretty)
{
	*j = (struct gv_json){.out = out, .pretty = pretty};
}

void gv_json_init_inside(struct gv_json *j, struct gv_buf *out, bool pretty, int depth)
{
	gv_json_init(j, out, pretty);
	j->depth = depth;
	j->need_comma[depth] = true;
}

void gv_json_elements(struct gv_json *j, const char *text, size_t len)
{
	if (!len)
		return;
	if (!j->need_comma[j->depth] && *text == ',') {
		text++;
		len--;
	}
	gv_buf_add(j->out, text, len);
	j->need_comma[j->depth] = true;
}

static void newline(struct gv_json *j)
{
	if (!j->pretty)
		return;
	gv_buf_putc(j->out, '\n');
	for (int i = 0; i < j->depth; i++)
		gv_buf_puts(j->out, "  ");
}

/* Separator and indentation before a value or a key. */
static void before_value(struct gv_json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->depth > 0) {
		if (j->need_comma[j->depth])
			gv_buf_putc(j->out, ',');
		newline(j);
		j->need_comma[j->depth] = true;
	}
}

static void open(struct gv_json *j, char c)
{
	before_value(j);
	gv_buf_putc(j->out, c);
	if (j->depth + 1 < GV_JSON_MAX_DEPTH)
		j->depth++;
	j->need_comma[j->depth] = false;
}

static void close(struct gv_json *j, char c)
{
	bool had = j->need_comma[j->depth];
	j->depth--;
	if (had)
		newline(j);
	gv_buf_putc(j->out, c);
	if (j->depth == 0 && j->pretty)
		gv_buf_putc(j->out, '\n');
}

void gv_json_obj(struct gv_json *j) { open(j, '{'); }
void gv_json_obj_end(struct gv_json *j) { close(j, '}'); }
void gv_json_arr(struct gv_json *j) { open(j, '['); }
void gv_json_arr_end(struct gv_json *j) { close(j, ']'); }

void gv_json_quote(struct gv_buf *b, const char *s, bool html_safe)
{
	gv_buf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		switch (c) {
		case '"': gv_buf_puts(b, "\\\""); break;
		case '\\': gv_buf_puts(b, "\\\\"); break;
		case '\n': gv_buf_puts(b, "\\n"); break;
		case '\r': gv_buf_puts(b, "\\r"); break;
		case '\t': gv_buf_puts(b, "\\t"); break;
		default:
			if (c < 0x20 || c == 0x7F || (html_safe && (c == '<' || c == '>' || c == '&'))) {
				gv_buf_printf(b, "\\u%04x", c);
			} else if (c >= 0x80) {
				/* what no text field may hold as an escape: the
				 * same data, which cannot reach a terminal raw */
				const char *at = (const char *)p, *next = at;
				int32_t cp = gv_utf8_next(&next);
				if (cp < 0)
					gv_buf_puts(b, "\\ufffd");
				else if (gv_char_unsafe(cp))
					gv_buf_printf(b, "\\u%04x", (unsigned)cp);
				else
					gv_buf_add(b, at, (size_t)(next - at));
				p = (const unsigned char *)next - 1;
			} else {
				gv_buf_putc(b, (char)c);
			}
		}
	}
	gv_buf_putc(b, '"');
}

void gv_json_key(struct gv_json *j, const char *key)
{
	before_value(j);
	gv_json_quote(j->out, key, j->html_safe);
	gv_buf_puts(j->out, j->pretty ? ": " : ":");
	j->after_key = true;
}

void gv_json_str(struct gv_json *j, const char *s)
{
	if (!s) {
		gv_json_null(j);
		return;
	}
	before_value(j);
	gv_json_quote(j->out, s, j->html_safe);
}

void gv_json_int(struct gv_json *j, int64_t v)
{
	before_value(j);
	gv_buf_printf(j->out, "%" PRId64, v);
}

void gv_json_bool(struct gv_json *j, bool v)
{
	before_value(j);
	gv_buf_puts(j->out, v ? "true" : "false");
}

void gv_json_null(struct gv_json *j)
{
	before_value(j);
	gv_buf_puts(j->out, "null");
}

void gv_json_kstr(struct gv_json *j, const char *key, const char *s)
{
	gv_json_key(j, key);
	gv_json_str(j, s);
}

void gv_json_kint(struct gv_json *j, const char *key, int64_t v)
{
	gv_json_key(j, key);
	gv_json_int(j, v);
}

void gv_json_kbool(struct gv_json *j, const char *key, bool v)
{
	gv_json_key(j, key);
	gv_json_bool(j, v);
}
