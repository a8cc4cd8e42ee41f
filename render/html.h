/* The HTML every page shares: escaping, and the frame of a page (lang,
 * title, stylesheet, skip link, header, main landmark, footer). */
#ifndef GAVEL_RENDER_HTML_H
#define GAVEL_RENDER_HTML_H

#include <stdbool.h>
#include <stdint.h>

struct gv_buf;

/* Text or attribute value with & < > " ' escaped. */
void gv_html_esc(struct gv_buf *b, const char *s);

/* True for http:// and https:// addresses, the only ones pages link to
 * from settings (a stream URL). */
bool gv_web_url(const char *url);

/* The id of an item's heading, on the agenda package and in the minutes:
 * "item-7-2". */
void gv_item_anchor(struct gv_buf *b, const char *number);

/* The meeting's own words (titles, item text, notes) in its language when
 * that is not gavel's own (en): true for "fr" (docs/formats.md, "Language
 * of the page"). */
bool gv_html_foreign(const char *lang);
/* ` lang="fr"` for an element holding the meeting's words, else nothing. */
void gv_html_lang_attr(struct gv_buf *b, const char *lang);
/* text escaped, inside <span lang="fr"> when the language is foreign. */
void gv_html_esc_lang(struct gv_buf *b, const char *lang, const char *text);

struct gv_page {
	const char *title;  /* <title> and nothing else */
	const char *lang;   /* the language of gavel's words on the page: "en" */
	const char *root;   /* path from the page to the site root: "", "../../" */
	const char *site;   /* the municipality, names the site in the header */
};

/* Everything up to and including <main id="main">. */
void gv_html_begin(struct gv_buf *b, const struct gv_page *p);
/* </main>, the footer and the end of the document. */
void gv_html_end(struct gv_buf *b, const struct gv_page *p);

#endif
