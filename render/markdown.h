/* Markdown from users to HTML, safely: discount with no raw HTML, safe
 * links only, no images, no pseudo-protocols, no style or div-class blocks,
 * input size capped (discount is superlinear on some inputs). Headings in
 * the text are shifted so they sit below the heading of their container. */
#ifndef GAVEL_PUBLISH_MARKDOWN_H
#define GAVEL_PUBLISH_MARKDOWN_H

#include <stddef.h>

struct gv_buf;
struct gv_err;

#define GV_MD_RENDER_MAX (256 * 1024)

/* Append the HTML of md to out. The first heading level used in md becomes
 * top_level (2..6); deeper ones follow, none beyond 6; top_level 0 keeps
 * the levels as written. Refused when md is over GV_MD_RENDER_MAX or
 * discount fails. */
int gv_md_to_html(struct gv_buf *out, const char *md, int top_level, struct gv_err *err);

/* Call once before any threads (mkd_initialize). */
void gv_md_init(void);

#endif
