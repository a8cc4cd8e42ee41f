#include "base/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(void)
{
	fputs("gavel: out of memory\n", stderr);
	abort();
}

void *gv_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *gv_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *gv_realloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *gv_array_room(void *v, size_t n, size_t size)
{
	/* room for n elements is the next power of two: full at n = 0, 1, 2, 4 */
	if (!v || !(n & (n - 1)))
		v = gv_realloc(v, (n ? 2 * n : 1) * size);
	memset((char *)v + n * size, 0, size);
	return v;
}

char *gv_strdup(const char *s)
{
	return s ? gv_strndup(s, strlen(s)) : NULL;
}

char *gv_strndup(const char *s, size_t n)
{
	char *p = gv_malloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *gv_asprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = gv_malloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

static void grow(struct gv_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = gv_realloc(b->data, cap);
	b->cap = cap;
}

void gv_buf_add(struct gv_buf *b, const char *s, size_t n)
{
	grow(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

char *gv_buf_extend(struct gv_buf *b, size_t n)
{
	grow(b, n);
	char *at = b->data + b->len;
	b->len += n;
	b->data[b->len] = '\0';
	return at;
}

void gv_buf_puts(struct gv_buf *b, const char *s)
{
	gv_buf_add(b, s, strlen(s));
}

void gv_buf_printf(struct gv_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

const char *gv_buf_str(const struct gv_buf *b)
{
	return b->data ? b->data : "";
}

char *gv_buf_detach(struct gv_buf *b)
{
	char *s = b->data ? b->data : gv_strdup("");
	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}

void gv_buf_reset(struct gv_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void gv_buf_free(struct gv_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
