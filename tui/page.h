/* A page of styled text to read, as in less: wrapped to the width at draw
 * time (a resize rewraps), scrolled by rows or pages, searched with / and
 * n/N with every match highlighted. The pager, the minutes view and diffs
 * show their text through it. */
#ifndef GAVEL_TUI_PAGE_H
#define GAVEL_TUI_PAGE_H

#include "tui/draw.h"
#include "tui/view.h"

#include <stdbool.h>
#include <stddef.h>

struct tui;

/* Text and the role of each of its bytes (roles NULL: all TUI_NORMAL). */
struct tui_styled {
	char *text;
	unsigned char *roles;
};

void tui_styled_free(struct tui_styled *s);

struct gv_mdt;
struct gv_mdt_opts;

/* Markdown as formatted text (render/mdterm.h: headings, strong, emphasis,
 * lists, links with their target) with tables fitted to width columns (0:
 * as wide as they are), in the roles of tui/draw.h. */
struct tui_styled tui_styled_markdown(const char *md, int width);

/* The renderer's options for this terminal, tables fitted to width. */
void tui_mdt_opts(struct gv_mdt_opts *opt, int width);

/* The renderer's output as styled text (it takes o's buffers). */
struct tui_styled tui_styled_from(struct gv_mdt *o);

/* A unified diff coloured as git does: added, removed, hunk headers. */
struct tui_styled tui_styled_diff(const char *diff);

/* A pager on styled text (it takes s); see tui_pager_new. */
struct tui_view *tui_pager_new_styled(const char *title, struct tui_styled s);

/* A pager on markdown, formatted at the width it is drawn in. */
struct tui_view *tui_pager_new_markdown(const char *title, const char *md);

struct tui_page {
	struct tui_styled s;      /* owned */
	int top;                  /* first wrapped row shown */
	int rows, width, height;  /* of the text and the window at the last draw */
	int hang;                 /* a line's rows after its first indented so many
				   * cells (the keys' descriptions), when at most
				   * half the width; 0: none */
	char *find;               /* the last search (owned), NULL before one */
	char *markdown;           /* the source, rendered again at each new width (owned) */
	int rendered_width;       /* of s when it came from markdown */
	size_t *matches;          /* byte offsets of find in the text, ascending */
	size_t n_matches;
	size_t cur;               /* the current match */
};

/* The page's own keys, for the key table of a view that shows one. */
#define TUI_PAGE_KEYS                                                                   \
	{TUI_REQ_FIND, "find", "find text in this page (any case; Enter alone: again)", {'/'}}, \
	{TUI_REQ_FIND_NEXT, "find-next", "go to the next match", {'n'}},                       \
	{TUI_REQ_FIND_PREV, "find-previous", "go to the previous match", {'N'}}

/* Show s (the page takes it), keeping the place and the search. */
void tui_page_set(struct tui_page *p, struct tui_styled s);

/* Show markdown (a copy), formatted at the width it is drawn in. */
void tui_page_set_markdown(struct tui_page *p, const char *md);

/* Draw the rows that fit in r. */
void tui_page_draw(struct tui_page *p, struct tui_rect r);

/* A footer on row y of r: "lines 1-27 of 140" and then keys, a hint. */
void tui_page_footer(const struct tui_page *p, int y, struct tui_rect r, const char *keys);

/* Movement (TUI_REQ_UP ... TUI_REQ_LAST) and search requests; false when
 * req is neither. Search results and misses go to t's status line. */
bool tui_page_request(struct tui_page *p, struct tui *t, int req);

/* Scroll so that the row holding the byte offset is the first shown. */
void tui_page_goto(struct tui_page *p, size_t offset);

/* The byte offset of the first row shown. */
size_t tui_page_top_offset(const struct tui_page *p);

/* Where the reader is: the current match while it is on screen, else the
 * first row shown (a byte offset). */
size_t tui_page_cursor(const struct tui_page *p);

void tui_page_clear(struct tui_page *p);

#endif
