/* Items of simple text made without pango_itemize (render/pdf_items.h).
 * What Pango would do, for such text: one script run (Latin when the line
 * has a Latin letter, else Common), left to right at level 0, the
 * attributes' font for every character (each is in it), and a new item
 * at each range of the attributes. */
#include "render/pdf_items.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "base/buf.h"
#include "base/text.h"
#include "render/pdf_libs.h"

/* ---- characters ---------------------------------------------------------- */

static bool latin_letter(int32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == 0xAA || c == 0xBA ||
	       (c >= 0xC0 && c <= 0x2AF && c != 0xD7 && c != 0xF7) ||
	       (c >= 0x1E00 && c <= 0x1EFF);
}

/* A character of simple text: Latin letters (Vietnamese's among them),
 * digits, ASCII and Latin-1 punctuation and symbols, dashes, quotes,
 * bullets, currency. Not controls, soft hyphens, joiners, direction marks,
 * combining marks or the line and paragraph separators. */
static bool simple(int32_t c)
{
	return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0x2AF && c != 0xAD) ||
	       (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x2027) ||
	       (c >= 0x2030 && c <= 0x205E) || (c >= 0x20A0 && c <= 0x20C0);
}

/* ---- fonts, kept per thread ------------------------------------------------ */

#define COVER_MAX 0x2100 /* above every simple character */

/* The font of a description in a language, as pango_itemize finds it: the
 * first of the fontset (the one with a space). The fonts of a thread's
 * font map live as long as the thread. */
struct font_of {
	PangoFontDescription *desc;
	PangoLanguage *lang;
	PangoFont *font;
	hb_font_t *hb;
	/* which simple characters it has, looked up once (they are all
	 * below COVER_MAX) */
	uint8_t seen[COVER_MAX / 8], has[COVER_MAX / 8];
};

struct fonts {
	struct font_of *v;
	size_t n;
};

enum { MAX_FONTS = 64 };

static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void fonts_free(void *p)
{
	struct fonts *fs = p;
	for (size_t i = 0; i < fs->n; i++) {
		L(pango_font_description_free)(fs->v[i].desc);
		L(g_object_unref)(fs->v[i].font);
	}
	free(fs->v);
	free(fs);
}

static void make_key(void)
{
	pthread_key_create(&key, fonts_free);
}

static struct font_of *font_for(PangoContext *ctx, const PangoFontDescription *desc,
				      PangoLanguage *lang)
{
	pthread_once(&once, make_key);
	struct fonts *fs = pthread_getspecific(key);
	if (!fs) {
		fs = gv_calloc(1, sizeof *fs);
		pthread_setspecific(key, fs);
	}
	for (size_t i = 0; i < fs->n; i++)
		if (fs->v[i].lang == lang && L(pango_font_description_equal)(fs->v[i].desc, desc))
			return &fs->v[i];
	PangoFontset *set = L(pango_context_load_fontset)(ctx, desc, lang);
	PangoFont *font = set ? L(pango_fontset_get_font)(set, ' ') : NULL;
	if (set)
		L(g_object_unref)(set);
	if (!font)
		return NULL;
	if (fs->n == MAX_FONTS) { /* never expected: a document has a few */
		fonts_free(fs);
		fs = gv_calloc(1, sizeof *fs);
		pthread_setspecific(key, fs);
	}
	struct font_of *f = GV_PUSH(fs->v, fs->n);
	*f = (struct font_of){L(pango_font_description_copy)(desc), lang, font,
			      L(pango_font_get_hb_font)(font), {0}, {0}};
	return f;
}

static bool covers(struct font_of *f, int32_t c)
{
	unsigned i = (unsigned)c / 8, bit = 1u << (c % 8);
	if (!(f->seen[i] & bit)) {
		hb_codepoint_t g;
		if (L(hb_font_get_nominal_glyph)(f->hb, (hb_codepoint_t)c, &g))
			f->has[i] |= (uint8_t)bit;
		f->seen[i] |= (uint8_t)bit;
	}
	return f->has[i] & bit;
}

/* ---- items --------------------------------------------------------------- */

static void attrs_free(GSList *l)
{
	for (GSList *e = l; e; e = e->next)
		L(pango_attribute_destroy)(e->data);
	L(g_slist_free)(l);
}

/* Only a colour, an underline and a strike-through: what shaping ignores. */
static bool plain_extras(GSList *l)
{
	for (; l; l = l->next) {
		PangoAttrType t = ((PangoAttribute *)l->data)->klass->type;
		if (t != PANGO_ATTR_FOREGROUND && t != PANGO_ATTR_UNDERLINE &&
		    t != PANGO_ATTR_STRIKETHROUGH)
			return false;
	}
	return true;
}

struct run {
	int start, end;
	PangoFont *font;
	PangoLanguage *lang;
	GSList *extras;
};

/* The runs of text[start, end), one for each range of the attributes
 * (Pango starts an item at each, even where nothing changes); false when
 * the text is not simple. */
static bool runs_of(PangoContext *ctx, const char *text, int start, int end, PangoAttrList *attrs,
		    PangoScript script, struct run **runs, size_t *n)
{
	const PangoFontDescription *base = L(pango_context_get_font_description)(ctx);
	/* the context's language, else the locale's (as Pango's own) */
	PangoLanguage *ctx_lang = L(pango_context_get_language)(ctx);
	if (!ctx_lang)
		ctx_lang = L(pango_language_get_default)();
	PangoAttrIterator *it = attrs ? L(pango_attr_list_get_iterator)(attrs) : NULL;
	bool ok = true;
	do {
		int rs = 0, re = G_MAXINT;
		if (it)
			L(pango_attr_iterator_range)(it, &rs, &re);
		if (rs < start)
			rs = start;
		if (re > end)
			re = end;
		if (rs >= re)
			continue;
		PangoFontDescription *desc = L(pango_font_description_copy_static)(base);
		PangoLanguage *lang = NULL;
		GSList *extras = NULL;
		if (it)
			L(pango_attr_iterator_get_font)(it, desc, &lang, &extras);
		if (!lang)
			lang = ctx_lang;
		/* the language Pango derives for the script (its
		 * compute_derived_language) */
		if (!L(pango_language_includes_script)(lang, script)) {
			lang = L(pango_script_get_sample_language)(script);
			if (!lang)
				lang = L(pango_language_from_string)("xx");
		}
		struct font_of *f = plain_extras(extras) ? font_for(ctx, desc, lang) : NULL;
		L(pango_font_description_free)(desc);
		for (const char *p = text + rs, *e = text + re; f && p < e;) {
			int32_t c = gv_utf8_next(&p);
			if (c != ' ' && !covers(f, c))
				f = NULL;
		}
		if (!f) {
			attrs_free(extras);
			ok = false;
			break;
		}
		*GV_PUSH(*runs, *n) = (struct run){rs, re, f->font, lang, extras};
	} while (it && L(pango_attr_iterator_next)(it));
	if (it)
		L(pango_attr_iterator_destroy)(it);
	return ok;
}

/* The items of simple text; false (nothing added) when it is not. */
static bool simple_items(PangoContext *ctx, const char *text, int start, int len,
			 PangoAttrList *attrs, PangoItem ***items, size_t *n)
{
	PangoScript script = PANGO_SCRIPT_COMMON;
	for (const char *p = text + start, *e = p + len; p < e;) {
		int32_t c = gv_utf8_next(&p);
		if (!simple(c) || p > e)
			return false;
		if (latin_letter(c))
			script = PANGO_SCRIPT_LATIN;
	}
	if (L(pango_context_get_base_dir)(ctx) == PANGO_DIRECTION_RTL)
		return false;
	struct run *runs = NULL;
	size_t nr = 0;
	bool ok = runs_of(ctx, text, start, start + len, attrs, script, &runs, &nr);
	for (size_t i = 0; i < nr; i++) {
		if (!ok) {
			attrs_free(runs[i].extras);
			continue;
		}
		PangoItem *item = L(pango_item_new)();
		item->offset = runs[i].start;
		item->length = runs[i].end - runs[i].start;
		item->num_chars = 0;
		for (int k = item->offset; k < item->offset + item->length; k++)
			item->num_chars += ((unsigned char)text[k] & 0xC0) != 0x80;
		item->analysis.font = L(g_object_ref)(runs[i].font);
		item->analysis.level = 0;
		item->analysis.gravity = PANGO_GRAVITY_SOUTH;
		item->analysis.script = (guint8)script;
		item->analysis.language = runs[i].lang;
		item->analysis.extra_attrs = runs[i].extras;
		*GV_PUSH(*items, *n) = item;
	}
	free(runs);
	return ok;
}

bool gv_pdf_itemize(PangoContext *ctx, const char *text, int start, int len,
		    PangoAttrList *attrs, PangoItem ***items, size_t *n)
{
	if (len <= 0 || simple_items(ctx, text, start, len, attrs, items, n))
		return true;
	GList *list = L(pango_itemize)(ctx, text, start, len, attrs, NULL);
	for (GList *l = list; l; l = l->next)
		*GV_PUSH(*items, *n) = l->data;
	L(g_list_free)(list);
	return false;
}
