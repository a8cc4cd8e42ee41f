/* A growable byte buffer that always stays NUL-terminated. */
#ifndef GAVEL_BUF_H
#define GAVEL_BUF_H

#include <stddef.h>

struct gv_buf {
	char *data;  /* NUL-terminated; NULL until something is appended */
	size_t len;
	size_t cap;
};

#define GV_BUF_INIT {NULL, 0, 0}

void gv_buf_add(struct gv_buf *b, const char *s, size_t n);
/* Make room for n more bytes, count them in, and return where they go
 * (the caller fills them, or takes them back with b->len -= n). */
char *gv_buf_extend(struct gv_buf *b, size_t n);
void gv_buf_puts(struct gv_buf *b, const char *s);
/* One byte: inline, as the typesetters write most of their output a byte
 * at a time (docs/performance.md, "Our own PDF writer"). */
static inline void gv_buf_putc(struct gv_buf *b, char c)
{
	if (b->len + 2 <= b->cap) {
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
	} else
		gv_buf_add(b, &c, 1);
}
void gv_buf_printf(struct gv_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The contents, never NULL ("" when empty). Owned by the buffer. */
const char *gv_buf_str(const struct gv_buf *b);
/* Hand the string to the caller (free() it) and reset the buffer. */
char *gv_buf_detach(struct gv_buf *b);
void gv_buf_reset(struct gv_buf *b);
void gv_buf_free(struct gv_buf *b);

/* Allocation that aborts on out-of-memory, the one failure the core does not
 * report: what they return is never NULL (but gv_strdup(NULL)). */
#define GV_ALLOC __attribute__((returns_nonnull, malloc, warn_unused_result))
void *gv_malloc(size_t n) GV_ALLOC;
void *gv_calloc(size_t n, size_t size) GV_ALLOC;
void *gv_realloc(void *p, size_t n) __attribute__((returns_nonnull, warn_unused_result));
char *gv_strdup(const char *s) __attribute__((malloc)); /* NULL stays NULL */
char *gv_strndup(const char *s, size_t n) GV_ALLOC;
char *gv_asprintf(const char *fmt, ...) GV_ALLOC __attribute__((format(printf, 1, 2)));

/* Growable arrays. An array that only these grow needs no capacity field:
 * its room is implied by its count n (the next power of two), so it starts
 * as NULL with n = 0 and is freed with free().
 *   GV_ROOM(v, n)  makes room for element n, zeroed (v may move);
 *   GV_PUSH(v, n)  does that and returns &v[n], counting it (n++).
 * gv_array_room is the function behind them. */
void *gv_array_room(void *v, size_t n, size_t size) __attribute__((returns_nonnull,
								 warn_unused_result));
#define GV_ROOM(v, n) ((v) = gv_array_room((v), (n), sizeof *(v)))
#define GV_PUSH(v, n) (GV_ROOM(v, n), &(v)[(n)++])

#endif
