#include "tui/preview.h"

#include "tui/page.h"

#include "agenda/clause.h"
#include "agenda/item.h"
#include "base/buf.h"
#include "base/files.h"

#include <stdlib.h>
#include <string.h>

/* s with markdown's punctuation escaped, so a title reads as typed. */
static void literal(struct gv_buf *b, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>#|!", *s))
			gv_buf_putc(b, '\\');
		gv_buf_putc(b, *s);
	}
}

char *tui_preview_markdown(const struct gv_item *it)
{
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "## %s  ", it->number);
	literal(&b, it->title);
	gv_buf_puts(&b, "\n\n");
	if (it->consent)
		gv_buf_puts(&b, "**\\[consent\\]** on the consent agenda\n");
	if (it->closed_clause) {
		const char *nature = gv_clause_nature(it->closed_clause);
		gv_buf_puts(&b, "**\\[closed\\]** s. ");
		literal(&b, it->closed_clause);
		if (nature) {
			gv_buf_puts(&b, ": ");
			literal(&b, nature);
		}
		gv_buf_puts(&b, "\n");
	}
	if (it->consent || it->closed_clause)
		gv_buf_puts(&b, "\n");
	if (*it->body)
		gv_buf_printf(&b, "%s\n", it->body);
	else
		gv_buf_puts(&b, "*(no text yet: E edits it)*\n");
	if (*it->recommendation)
		gv_buf_printf(&b, "\n#### Recommendation\n\n%s\n", it->recommendation);
	if (it->n_attachments) {
		gv_buf_puts(&b, "\n#### Attachments\n\n");
		for (size_t i = 0; i < it->n_attachments; i++) {
			const struct gv_attachment *at = &it->attachments[i];
			char size[32];
			gv_size_human(at->size, size);
			gv_buf_puts(&b, "- ");
			literal(&b, at->name);
			gv_buf_printf(&b, "  (%s, %s)\n", at->media_type, size);
		}
	}
	return gv_buf_detach(&b);
}

void tui_preview_draw(const struct gv_item *it, struct tui_rect r)
{
	char *md = tui_preview_markdown(it);
	struct tui_page page = {0};
	page.width = r.w;
	tui_page_set_markdown(&page, md);
	tui_page_draw(&page, r);
	tui_page_clear(&page);
	free(md);
}
