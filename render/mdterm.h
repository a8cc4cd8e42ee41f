/* Markdown as text for a terminal: the marks taken away and what they meant
 * kept as a style for each byte (headings, strong, emphasis, code, links,
 * table headers), lists indented, tables as aligned grids that wrap by
 * cell to a width, links followed by their target. No curses here: tui/
 * maps the styles to its looks (docs/tui.md, Formatted text). */
#ifndef GAVEL_RENDER_MDTERM_H
#define GAVEL_RENDER_MDTERM_H

#include "base/buf.h"

#include <stddef.h>

enum gv_mdt_style {
	GV_MDT_PLAIN,
	GV_MDT_HEADING, /* a # heading's text */
	GV_MDT_STRONG,  /* **strong** */
	GV_MDT_EMPH,    /* *emphasis* */
	GV_MDT_CODE,    /* `code` and code blocks */
	GV_MDT_LINK,    /* a link's target, <https://...> */
	GV_MDT_HEADER,  /* a table's header row */
	GV_MDT_MARK,    /* bullets, quote bars, table rules */
};

/* Text and one style byte for each of its bytes. */
struct gv_mdt {
	struct gv_buf text, styles;
};

/* How the terminal measures and draws: cols(s, n) the columns of n bytes
 * of UTF-8 (required); width the columns tables must fit in (0: any);
 * utf8 whether box-drawing characters and bullets may be used. */
struct gv_mdt_opts {
	int (*cols)(const char *s, size_t n);
	int width;
	int utf8;
};

/* Append n bytes of s as they are, in one style. */
void gv_mdt_add(struct gv_mdt *o, const char *s, size_t n, enum gv_mdt_style style);

/* Append one line of inline markdown (no block syntax): escapes, strong,
 * emphasis, code, links. base other than GV_MDT_PLAIN wins over spans. */
void gv_mdt_inline(struct gv_mdt *o, const char *s, size_t n, enum gv_mdt_style base,
		   const struct gv_mdt_opts *opt);

/* Append a markdown document, each line ending in '\n'. */
void gv_mdt_markdown(struct gv_mdt *o, const char *md, const struct gv_mdt_opts *opt);

void gv_mdt_free(struct gv_mdt *o);

#endif
