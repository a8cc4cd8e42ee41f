#include "base/visible_stream.h"

#include "base/buf.h"
#include "base/text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct visible {
	FILE *to;
	char cut[4]; /* the start of a character the last write cut */
	size_t n_cut;
};

/* Pass data on, made visible; a character cut at the end waits for the
 * rest, or for the close when `complete`. */
static bool pass(struct visible *v, const char *data, size_t n, bool complete)
{
	struct gv_buf in = GV_BUF_INIT, out = GV_BUF_INIT;
	gv_buf_add(&in, v->cut, v->n_cut);
	gv_buf_add(&in, data, n);
	v->n_cut = gv_visible_add(&out, gv_buf_str(&in), in.len, complete);
	memcpy(v->cut, in.data ? in.data + in.len - v->n_cut : "", v->n_cut);
	bool ok = fwrite(gv_buf_str(&out), 1, out.len, v->to) == out.len;
	gv_buf_free(&in);
	gv_buf_free(&out);
	return ok;
}

static ssize_t visible_write(void *cookie, const char *data, size_t n)
{
	return pass(cookie, data, n, false) ? (ssize_t)n : 0;
}

static int visible_close(void *cookie)
{
	struct visible *v = cookie;
	bool ok = pass(v, "", 0, true);
	ok = fflush(v->to) == 0 && ok;
	free(v);
	return ok ? 0 : EOF;
}

FILE *gv_visible_stream(FILE *to)
{
	struct visible *v = gv_calloc(1, sizeof *v);
	v->to = to;
	FILE *f = fopencookie(v, "w", (cookie_io_functions_t){
		.write = visible_write, .close = visible_close});
	if (!f) {
		free(v);
		return NULL;
	}
	if (isatty(fileno(to)))
		setvbuf(f, NULL, _IOLBF, BUFSIZ);
	return f;
}
