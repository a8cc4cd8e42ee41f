/* A small streaming JSON writer for output (parsing JSON goes through SQLite). */
#ifndef GAVEL_JSON_H
#define GAVEL_JSON_H

#include <stdbool.h>
#include <stdint.h>

#include "base/buf.h"

#define GV_JSON_MAX_DEPTH 32

struct gv_json {
	struct gv_buf *out;
	int depth;
	bool need_comma[GV_JSON_MAX_DEPTH];
	bool after_key;
	bool pretty;     /* indent two spaces per level */
	bool html_safe;  /* escape < > & so the text can sit inside <script> */
};

void gv_json_init(struct gv_json *j, struct gv_buf *out, bool pretty);
/* Values written after gv_json_init_inside are elements of an array (or
 * members of an object) open at depth, each after a comma: text that
 * gv_json_elements can later put inside such an array, joined to others. */
void gv_json_init_inside(struct gv_json *j, struct gv_buf *out, bool pretty, int depth);
void gv_json_elements(struct gv_json *j, const char *text, size_t len);
void gv_json_obj(struct gv_json *j);
void gv_json_obj_end(struct gv_json *j);
void gv_json_arr(struct gv_json *j);
void gv_json_arr_end(struct gv_json *j);
void gv_json_key(struct gv_json *j, const char *key);
void gv_json_str(struct gv_json *j, const char *s); /* NULL writes null */
void gv_json_int(struct gv_json *j, int64_t v);
void gv_json_bool(struct gv_json *j, bool v);
void gv_json_null(struct gv_json *j);

/* key + value in one call */
void gv_json_kstr(struct gv_json *j, const char *key, const char *s);
void gv_json_kint(struct gv_json *j, const char *key, int64_t v);
void gv_json_kbool(struct gv_json *j, const char *key, bool v);

/* Append s as a quoted JSON string to b. Characters no text field may hold
 * (gv_char_unsafe) are written as escapes ("\u202e"), bytes that are not
 * UTF-8 as "\ufffd". */
void gv_json_quote(struct gv_buf *b, const char *s, bool html_safe);

#endif
