/* What the agenda shows of one item: number and title, consent and
 * closed-session marks (with the clause's general nature), the body
 * formatted (render/mdterm.h), the recommendation and the attachments.
 * Built once as markdown, so the preview pane and the full-page view say
 * the same. */
#ifndef GAVEL_TUI_PREVIEW_H
#define GAVEL_TUI_PREVIEW_H

#include "tui/draw.h"

struct gv_item;

/* Draw the item's preview into r. */
void tui_preview_draw(const struct gv_item *it, struct tui_rect r);

/* The same as markdown, for the pager to format. Caller frees. */
char *tui_preview_markdown(const struct gv_item *it);

#endif
