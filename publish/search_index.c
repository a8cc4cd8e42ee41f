#include "publish/search_index.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/json.h"
#include "base/text.h"

/* What a folded code point is to a term: part of it, a separator, or
 * nothing (a combining mark, dropped). search.js has the same rule. */
enum { SEP, WORD, SKIP };

static int char_class(int32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ? WORD : SEP;
	if (c >= 0x300 && c <= 0x36f)
		return SKIP;
	if (c <= 0xbf || c == 0xd7 || c == 0xf7 || (c >= 0x2000 && c <= 0x2bff) ||
	    (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c >= 0xfff0)
		return SEP;
	return WORD;
}

void gv_search_tokens(const char *text, void (*fn)(void *arg, const char *term, size_t len),
		      void *arg)
{
	char *f = gv_fold(text);
	struct gv_buf term = GV_BUF_INIT;
	for (const char *p = f;;) {
		const char *at = p;
		int32_t c = *p ? gv_utf8_next(&p) : -2;
		int k = c == -1 ? SEP : c == -2 ? SEP : char_class(c);
		if (k == WORD)
			gv_buf_add(&term, at, (size_t)(p - at));
		if (k == SEP && term.len) {
			if (term.len <= GV_SEARCH_TERM_MAX)
				fn(arg, term.data, term.len);
			gv_buf_reset(&term);
		}
		if (c == -2)
			break;
	}
	gv_buf_free(&term);
	free(f);
}

void gv_search_fold_js(struct gv_buf *out)
{
	struct gv_buf ch = GV_BUF_INIT;
	struct gv_json j;
	gv_json_init(&j, out, false);
	gv_json_obj(&j);
	for (int32_t cp = 0x80; cp < 0x2100; cp++) {
		gv_buf_reset(&ch);
		gv_utf8_put(&ch, cp);
		char *f = gv_fold(ch.data);
		if (strcmp(f, ch.data))
			gv_json_kstr(&j, ch.data, f);
		free(f);
	}
	gv_json_obj_end(&j);
	gv_buf_free(&ch);
}

/* ---- one meeting's terms ------------------------------------------------ */

struct posting {
	char *term;
	size_t doc;
	bool title;
};

struct gv_search_terms {
	struct posting *v;
	size_t n, docs;
	bool in_title;
};

struct gv_search_terms *gv_search_terms_new(void)
{
	return gv_calloc(1, sizeof(struct gv_search_terms));
}

static void add_term(void *arg, const char *term, size_t len)
{
	struct gv_search_terms *t = arg;
	*GV_PUSH(t->v, t->n) = (struct posting){gv_strndup(term, len), t->docs, t->in_title};
}

void gv_search_terms_add(struct gv_search_terms *t, const char *title, const char *text)
{
	t->in_title = true;
	gv_search_tokens(title, add_term, t);
	t->in_title = false;
	gv_search_tokens(text, add_term, t);
	t->docs++;
}

static int by_term(const void *a, const void *b)
{
	const struct posting *x = a, *y = b;
	int c = strcmp(x->term, y->term);
	return c ? c : (x->doc > y->doc) - (x->doc < y->doc);
}

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* Bits of a set of documents, six to a character, the first document in the
 * lowest bit of the first character, trailing zeros left out. */
static void put_bits(struct gv_buf *b, const unsigned char *set, size_t n)
{
	size_t last = n;
	while (last && !set[last - 1])
		last--;
	for (size_t i = 0; i < last; i += 6) {
		int v = 0;
		for (size_t k = 0; k < 6 && i + k < last; k++)
			v |= set[i + k] << k;
		gv_buf_putc(b, B64[v]);
	}
}

void gv_search_terms_write(struct gv_search_terms *t, struct gv_buf *out)
{
	gv_buf_printf(out, "%zu\n", t->docs);
	if (t->n)
		qsort(t->v, t->n, sizeof *t->v, by_term);
	unsigned char *any = gv_calloc(t->docs + 1, 1), *title = gv_calloc(t->docs + 1, 1);
	for (size_t i = 0, j; i < t->n; i = j) {
		memset(any, 0, t->docs);
		memset(title, 0, t->docs);
		bool titled = false;
		for (j = i; j < t->n && !strcmp(t->v[j].term, t->v[i].term); j++) {
			any[t->v[j].doc] = 1;
			title[t->v[j].doc] |= t->v[j].title;
			titled |= t->v[j].title;
		}
		gv_buf_puts(out, t->v[i].term);
		gv_buf_putc(out, ' ');
		put_bits(out, any, t->docs);
		if (titled) {
			gv_buf_putc(out, ' ');
			put_bits(out, title, t->docs);
		}
		gv_buf_putc(out, '\n');
	}
	free(any);
	free(title);
}

void gv_search_terms_free(struct gv_search_terms *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].term);
	free(t->v);
	free(t);
}

/* ---- the site's index ---------------------------------------------------- */

struct term {
	char *term;
	size_t len;
	struct gv_buf post;   /* "ID.BITS[.TITLEBITS]" entries joined by commas */
};

struct shard {
	char *prefix;
	size_t plen;
	size_t *terms;        /* indexes into the sorted terms */
	size_t n, size;
};

struct gv_search_index {
	struct term *terms;   /* a hash table while adding, then sorted */
	size_t n, cap;
	struct gv_buf meetings;  /* "ID:N" entries (base 36) joined by commas */
	size_t docs;
	struct shard *shards;
	size_t n_shards;
};

struct gv_search_index *gv_search_index_new(void)
{
	struct gv_search_index *ix = gv_calloc(1, sizeof *ix);
	ix->cap = 4096;
	ix->terms = gv_calloc(ix->cap, sizeof *ix->terms);
	return ix;
}

static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

static struct term *slot(struct term *v, size_t cap, const char *s, size_t n)
{
	for (size_t i = hash(s, n) & (cap - 1);; i = (i + 1) & (cap - 1))
		if (!v[i].term || (v[i].len == n && !memcmp(v[i].term, s, n)))
			return &v[i];
}

static void base36(struct gv_buf *b, uint64_t v)
{
	char d[16];
	int n = 0;
	do {
		d[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % 36];
		v /= 36;
	} while (v);
	while (n)
		gv_buf_putc(b, d[--n]);
}

bool gv_search_index_add(struct gv_search_index *ix, int64_t meeting_id, const char *part,
			 size_t len)
{
	const char *p = part, *end = part + len, *nl = memchr(p, '\n', len);
	char *stop;
	unsigned long long docs = nl ? strtoull(p, &stop, 10) : 0;
	if (!nl || stop != nl)
		return false;
	if (ix->meetings.len)
		gv_buf_putc(&ix->meetings, ',');
	base36(&ix->meetings, (uint64_t)meeting_id);
	gv_buf_putc(&ix->meetings, ':');
	base36(&ix->meetings, docs);
	ix->docs += docs;
	for (p = nl + 1; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		const char *sp = nl ? memchr(p, ' ', (size_t)(nl - p)) : NULL;
		if (!sp || sp == p)
			return false;
		if (2 * (ix->n + 1) > ix->cap) {
			struct term *v = gv_calloc(2 * ix->cap, sizeof *v);
			for (size_t i = 0; i < ix->cap; i++)
				if (ix->terms[i].term)
					*slot(v, 2 * ix->cap, ix->terms[i].term, ix->terms[i].len) =
						ix->terms[i];
			free(ix->terms);
			ix->terms = v;
			ix->cap *= 2;
		}
		size_t n = (size_t)(sp - p);
		struct term *t = slot(ix->terms, ix->cap, p, n);
		if (!t->term) {
			t->term = gv_strndup(p, n);
			t->len = n;
			ix->n++;
		} else {
			gv_buf_putc(&t->post, ',');
		}
		base36(&t->post, (uint64_t)meeting_id);
		gv_buf_putc(&t->post, '.');
		for (const char *c = sp + 1; c < nl; c++)
			gv_buf_putc(&t->post, *c == ' ' ? '.' : *c);
	}
	return true;
}

static int term_order(const void *a, const void *b)
{
	return strcmp(((const struct term *)a)->term, ((const struct term *)b)->term);
}

/* A term's bytes in a shard: "TERM":"POSTINGS", */
static size_t term_size(const struct term *t)
{
	return t->len + t->post.len + 6;
}

static struct shard *new_shard(struct gv_search_index *ix, const char *prefix, size_t plen)
{
	struct shard *s = GV_PUSH(ix->shards, ix->n_shards);
	*s = (struct shard){gv_strndup(prefix, plen), plen, NULL, 0, 0};
	return s;
}

static void shard_take(struct gv_search_index *ix, size_t k, size_t lo, size_t hi)
{
	struct shard *s = &ix->shards[k];
	for (size_t i = lo; i < hi; i++) {
		*GV_PUSH(s->terms, s->n) = i;
		s->size += term_size(&ix->terms[i]);
	}
}

/* Terms [lo, hi) all begin with prefix[0..plen). Small enough, they are
 * one shard; else the term equal to the prefix, and the groups of the next
 * byte while they fit, stay in the prefix's shard, and the other groups
 * are split in turn. */
static void split(struct gv_search_index *ix, const size_t *sum, const char *prefix, size_t plen,
		  size_t lo, size_t hi)
{
	if (plen && sum[hi] - sum[lo] <= GV_SEARCH_SHARD_MAX) {
		new_shard(ix, prefix, plen);
		shard_take(ix, ix->n_shards - 1, lo, hi);
		return;
	}
	size_t own = ix->n_shards;
	new_shard(ix, prefix, plen);
	size_t i = lo;
	if (i < hi && ix->terms[i].len == plen)
		shard_take(ix, own, i, i + 1), i++;
	while (i < hi) {
		unsigned char c = (unsigned char)ix->terms[i].term[plen];
		size_t j = i;
		while (j < hi && (unsigned char)ix->terms[j].term[plen] == c)
			j++;
		size_t size = sum[j] - sum[i];
		if (ix->shards[own].size + size <= GV_SEARCH_SHARD_MAX) {
			shard_take(ix, own, i, j);
		} else {
			char *longer = gv_strndup(ix->terms[i].term, plen + 1);
			split(ix, sum, longer, plen + 1, i, j);
			free(longer);
		}
		i = j;
	}
	if (!ix->shards[own].n) {   /* nothing stayed: no shard for the prefix */
		struct shard *s = &ix->shards[own];
		free(s->prefix);
		free(s->terms);
		memmove(s, s + 1, (ix->n_shards - own - 1) * sizeof *s);
		ix->n_shards--;
	}
}

static int shard_order(const void *a, const void *b)
{
	return strcmp(((const struct shard *)a)->prefix, ((const struct shard *)b)->prefix);
}

size_t gv_search_index_finish(struct gv_search_index *ix)
{
	size_t n = 0;
	for (size_t i = 0; i < ix->cap; i++)
		if (ix->terms[i].term) {
			struct term t = ix->terms[i];
			memset(&ix->terms[i], 0, sizeof t);
			ix->terms[n++] = t;
		}
	qsort(ix->terms, n, sizeof *ix->terms, term_order);
	size_t *sum = gv_calloc(n + 1, sizeof *sum);
	for (size_t i = 0; i < n; i++)
		sum[i + 1] = sum[i] + term_size(&ix->terms[i]);
	if (n)
		split(ix, sum, "", 0, 0, n);
	free(sum);
	if (ix->n_shards)
		qsort(ix->shards, ix->n_shards, sizeof *ix->shards, shard_order);
	return ix->n_shards;
}

/* A prefix as a file name: letters and digits as they are, any other byte
 * as _XX; the empty prefix is "_". search.js names shards the same way. */
static void shard_name(struct gv_buf *b, const char *prefix, size_t plen)
{
	if (!plen)
		gv_buf_putc(b, '_');
	for (size_t i = 0; i < plen; i++) {
		unsigned char c = (unsigned char)prefix[i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			gv_buf_putc(b, (char)c);
		else
			gv_buf_printf(b, "_%02X", c);
	}
}

void gv_search_index_shard(const struct gv_search_index *ix, size_t k, struct gv_buf *path,
			   struct gv_buf *out)
{
	const struct shard *s = &ix->shards[k];
	gv_buf_puts(path, "search/t/");
	shard_name(path, s->prefix, s->plen);
	gv_buf_puts(path, ".js");
	gv_buf_puts(out, "gavelShard(\"");
	if (s->plen)
		shard_name(out, s->prefix, s->plen);
	gv_buf_puts(out, "\",");
	struct gv_json j;
	gv_json_init(&j, out, false);
	j.html_safe = true;
	gv_json_obj(&j);
	for (size_t i = 0; i < s->n; i++) {
		const struct term *t = &ix->terms[s->terms[i]];
		gv_json_kstr(&j, t->term, gv_buf_str(&t->post));
	}
	gv_json_obj_end(&j);
	gv_buf_puts(out, ");\n");
}

void gv_search_index_manifest(const struct gv_search_index *ix, struct gv_buf *out)
{
	gv_buf_puts(out, "window.GAVEL_INDEX = ");
	struct gv_json j;
	gv_json_init(&j, out, false);
	j.html_safe = true;
	gv_json_obj(&j);
	gv_json_kint(&j, "version", 1);
	gv_json_kint(&j, "documents", (int64_t)ix->docs);
	gv_json_kint(&j, "chunk", GV_SEARCH_CHUNK);
	gv_json_kstr(&j, "meetings", gv_buf_str(&ix->meetings));
	gv_json_key(&j, "shards");
	gv_json_obj(&j);
	struct gv_buf name = GV_BUF_INIT;
	for (size_t k = 0; k < ix->n_shards; k++) {
		gv_buf_reset(&name);
		if (ix->shards[k].plen)
			shard_name(&name, ix->shards[k].prefix, ix->shards[k].plen);
		gv_json_kint(&j, gv_buf_str(&name), (int64_t)ix->shards[k].size);
	}
	gv_buf_free(&name);
	gv_json_obj_end(&j);
	gv_json_obj_end(&j);
	gv_buf_puts(out, ";\n");
}

void gv_search_index_free(struct gv_search_index *ix)
{
	if (!ix)
		return;
	for (size_t i = 0; i < ix->cap; i++) {
		free(ix->terms[i].term);
		gv_buf_free(&ix->terms[i].post);
	}
	free(ix->terms);
	for (size_t k = 0; k < ix->n_shards; k++) {
		free(ix->shards[k].prefix);
		free(ix->shards[k].terms);
	}
	free(ix->shards);
	gv_buf_free(&ix->meetings);
	free(ix);
}

/* ---- a meeting's documents ----------------------------------------------- */

size_t gv_search_doc_chunks(int64_t meeting_id, const char *part, size_t len, size_t k,
			    struct gv_buf *path, struct gv_buf *out)
{
	const char *end = part + len, *head_end = memchr(part, '\n', len);
	if (!head_end)
		return 0;
	size_t docs = 0;
	const char *from = NULL, *to = end;
	for (const char *p = head_end + 1, *nl; p < end; p = nl + 1, docs++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (docs == k * GV_SEARCH_CHUNK)
			from = p;
		if (docs == (k + 1) * GV_SEARCH_CHUNK - 1)
			to = nl;
	}
	size_t chunks = (docs + GV_SEARCH_CHUNK - 1) / GV_SEARCH_CHUNK;
	if (k >= chunks || !from)
		return chunks;
	if (to == end && to > from && to[-1] == '\n')
		to--;
	gv_buf_printf(path, "search/d/%" PRId64 "-%zu.js", meeting_id, k);
	gv_buf_printf(out, "gavelDocs(%" PRId64 ",%zu,", meeting_id, k);
	gv_buf_add(out, part, (size_t)(head_end - part));
	gv_buf_puts(out, ",[");
	for (const char *p = from; p < to; p++)
		gv_buf_putc(out, *p == '\n' ? ',' : *p);
	gv_buf_puts(out, "]);\n");
	return chunks;
}
