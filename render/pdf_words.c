/* Words shaped once per thread (render/pdf_words.h). */
#include "render/pdf_words.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "render/pdf_libs.h"

/* A word's glyphs, and what they were shaped with. */
struct word {
	uint64_t hash;
	PangoFont *font; /* a reference of its own, so no other font takes its address */
	PangoScript script;
	PangoLanguage *lang;
	guint8 level, gravity, flags;
	int len, n_glyphs;
	char *text;
	PangoGlyphInfo *glyphs;
	int *clusters; /* each glyph's first byte in the word */
};

/* Open addressing, a power of two of slots; emptied when it is 3/4 full,
 * so a long publish keeps at most MAX_WORDS words. */
struct words {
	struct word **slot;
	size_t cap, n;
};

enum { MAX_WORDS = 1 << 16 };

static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void word_free(struct word *w)
{
	L(g_object_unref)(w->font);
	free(w->text);
	free(w->glyphs);
	free(w->clusters);
	free(w);
}

static void words_clear(struct words *ws)
{
	for (size_t i = 0; i < ws->cap; i++)
		if (ws->slot[i])
			word_free(ws->slot[i]);
	memset(ws->slot, 0, ws->cap * sizeof *ws->slot);
	ws->n = 0;
}

static void words_free(void *p)
{
	struct words *ws = p;
	words_clear(ws);
	free(ws->slot);
	free(ws);
}

static void make_key(void)
{
	pthread_key_create(&key, words_free);
}

static struct words *thread_words(void)
{
	pthread_once(&once, make_key);
	struct words *ws = pthread_getspecific(key);
	if (!ws) {
		ws = gv_calloc(1, sizeof *ws);
		ws->cap = 2 * MAX_WORDS;
		ws->slot = gv_calloc(ws->cap, sizeof *ws->slot);
		pthread_setspecific(key, ws);
	}
	return ws;
}

static uint64_t word_hash(const char *s, int len, const PangoAnalysis *a)
{
	uint64_t h = 1469598103934665603ULL ^ (uint64_t)(uintptr_t)a->font;
	h = (h ^ (uint64_t)a->script) * 1099511628211ULL;
	h = (h ^ (uint64_t)(uintptr_t)a->language) * 1099511628211ULL;
	h = (h ^ (uint64_t)(a->level | a->gravity << 8 | a->flags << 16)) * 1099511628211ULL;
	for (int i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static bool word_is(const struct word *w, uint64_t h, const char *s, int len,
		    const PangoAnalysis *a)
{
	return w->hash == h && w->len == len && w->font == a->font && w->script == a->script &&
	       w->lang == a->language && w->level == a->level && w->gravity == a->gravity &&
	       w->flags == a->flags && !memcmp(w->text, s, (size_t)len);
}

/* The word s[0..len) shaped with a: found, or shaped and kept. */
static const struct word *word_shaped(struct words *ws, const char *s, int len,
				      const PangoAnalysis *a)
{
	uint64_t h = word_hash(s, len, a);
	size_t i = h & (ws->cap - 1);
	for (; ws->slot[i]; i = (i + 1) & (ws->cap - 1))
		if (word_is(ws->slot[i], h, s, len, a))
			return ws->slot[i];
	if (ws->n == MAX_WORDS) {
		words_clear(ws);
		i = h & (ws->cap - 1);
	}
	PangoGlyphString *g = L(pango_glyph_string_new)();
	L(pango_shape_with_flags)(s, len, s, len, a, g, PANGO_SHAPE_NONE);
	struct word *w = gv_calloc(1, sizeof *w);
	*w = (struct word){.hash = h, .font = L(g_object_ref)(a->font), .script = a->script,
			   .lang = a->language, .level = a->level, .gravity = a->gravity,
			   .flags = a->flags, .len = len, .n_glyphs = g->num_glyphs};
	w->text = gv_malloc((size_t)len);
	memcpy(w->text, s, (size_t)len);
	w->glyphs = gv_malloc((size_t)g->num_glyphs * sizeof *w->glyphs + 1);
	memcpy(w->glyphs, g->glyphs, (size_t)g->num_glyphs * sizeof *w->glyphs);
	w->clusters = gv_malloc((size_t)g->num_glyphs * sizeof *w->clusters + 1);
	memcpy(w->clusters, g->log_clusters, (size_t)g->num_glyphs * sizeof *w->clusters);
	L(pango_glyph_string_free)(g);
	ws->slot[i] = w;
	ws->n++;
	return w;
}

/* Shaped whole: right to left (its glyphs run backwards through the text),
 * or with an attribute shaping could read (font features, letter spacing,
 * text transforms...), which the key does not hold. Colours and lines
 * drawn over the text do not change its glyphs. */
static bool shaped_whole(const PangoAnalysis *a)
{
	if (a->level % 2)
		return true;
	for (GSList *l = a->extra_attrs; l; l = l->next)
		switch (((PangoAttribute *)l->data)->klass->type) {
		case PANGO_ATTR_FOREGROUND:
		case PANGO_ATTR_BACKGROUND:
		case PANGO_ATTR_UNDERLINE:
		case PANGO_ATTR_UNDERLINE_COLOR:
		case PANGO_ATTR_STRIKETHROUGH:
		case PANGO_ATTR_STRIKETHROUGH_COLOR:
			break;
		default:
			return true;
		}
	return false;
}

void gv_pdf_shape_words(const char *text, int len, const char *para, int para_len,
			const PangoAnalysis *analysis, PangoGlyphString *g)
{
	if (shaped_whole(analysis)) {
		L(pango_shape_with_flags)(text, len, para, para_len, analysis, g, PANGO_SHAPE_NONE);
		return;
	}
	struct words *ws = thread_words();
	L(pango_glyph_string_set_size)(g, 0);
	for (int start = 0; start < len;) {
		int end = start;
		while (end < len && text[end] != ' ')
			end++;
		while (end < len && text[end] == ' ')
			end++;
		const struct word *w = word_shaped(ws, text + start, end - start, analysis);
		int at = g->num_glyphs;
		/* pango_glyph_string_set_size reallocates at every call: grown
		 * here by doubling */
		if (at + w->n_glyphs > g->space)
			L(pango_glyph_string_set_size)(g, 2 * (at + w->n_glyphs));
		g->num_glyphs = at + w->n_glyphs;
		memcpy(g->glyphs + at, w->glyphs, (size_t)w->n_glyphs * sizeof *w->glyphs);
		for (int i = 0; i < w->n_glyphs; i++)
			g->log_clusters[at + i] = w->clusters[i] + start;
		start = end;
	}
}
