/* Styled text for pages: markdown shown as formatted text on a terminal,
 * and unified diffs in git's colours. This is only how the lines of the
 * minutes and notes look on screen; HTML goes through discount
 * (publish/markdown.h). */
#include "tui/page.h"

#include "tui/cells.h"

#include "base/buf.h"
#include "render/mdterm.h"
#include "store/repo.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct out {
	struct gv_buf text, roles;
};

static void emit(struct out *o, const char *s, size_t n, enum tui_role role)
{
	gv_buf_add(&o->text, s, n);
	for (size_t i = 0; i < n; i++)
		gv_buf_putc(&o->roles, (char)role);
}

static struct tui_styled detach(struct out *o)
{
	return (struct tui_styled){.text = gv_buf_detach(&o->text),
				   .roles = (unsigned char *)gv_buf_detach(&o->roles)};
}

static const enum tui_role style_role[] = {
	[GV_MDT_PLAIN] = TUI_NORMAL, [GV_MDT_HEADING] = TUI_HEADING, [GV_MDT_STRONG] = TUI_STRONG,
	[GV_MDT_EMPH] = TUI_EMPH,    [GV_MDT_CODE] = TUI_NUMBER,     [GV_MDT_LINK] = TUI_HINT,
	[GV_MDT_HEADER] = TUI_HEADER, [GV_MDT_MARK] = TUI_HINT,
};

void tui_mdt_opts(struct gv_mdt_opts *opt, int width)
{
	*opt = (struct gv_mdt_opts){.cols = tui_cells_width, .width = width, .utf8 = MB_CUR_MAX > 1};
}

struct tui_styled tui_styled_from(struct gv_mdt *o)
{
	unsigned char *roles = (unsigned char *)gv_buf_detach(&o->styles);
	for (size_t i = 0; i < o->text.len; i++)
		roles[i] = (unsigned char)style_role[roles[i]];
	return (struct tui_styled){.text = gv_buf_detach(&o->text), .roles = roles};
}

struct tui_styled tui_styled_markdown(const char *md, int width)
{
	struct gv_mdt o = {GV_BUF_INIT, GV_BUF_INIT};
	struct gv_mdt_opts opt;
	tui_mdt_opts(&opt, width);
	gv_mdt_markdown(&o, md, &opt);
	return tui_styled_from(&o);
}

struct tui_styled tui_styled_diff(const char *diff)
{
	static const enum tui_role role[] = {
		[GV_DIFF_CONTEXT] = TUI_NORMAL, [GV_DIFF_FILE] = TUI_STRONG,
		[GV_DIFF_HUNK] = TUI_HUNK,      [GV_DIFF_ADDED] = TUI_ADDED,
		[GV_DIFF_REMOVED] = TUI_REMOVED,
	};
	struct out o = {GV_BUF_INIT, GV_BUF_INIT};
	for (const char *p = diff; *p;) {
		size_t len = strcspn(p, "\n");
		emit(&o, p, len, role[gv_diff_line_kind(p)]);
		emit(&o, "\n", 1, TUI_NORMAL);
		p += len + (p[len] == '\n');
	}
	return detach(&o);
}
