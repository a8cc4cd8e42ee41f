#include "tui/preview.h"

#include "agenda/clause.h"
#include "agenda/item.h"
#include "base/buf.h"
#include "base/files.h"

#include <stdbool.h>
#include <stdlib.h>

struct block {
	enum tui_role role;
	bool gap; /* a blank line before it */
	char *text;
};

struct blocks {
	struct block *b;
	size_t n;
};

static void add(struct blocks *bs, enum tui_role role, bool gap, char *text)
{
	*GV_PUSH(bs->b, bs->n) = (struct block){role, gap, text};
}

static struct blocks build(const struct gv_item *it)
{
	struct blocks bs = {0};
	add(&bs, TUI_HEADING, false, gv_asprintf("%s  %s", it->number, it->title));
	bool gap = true;
	if (it->consent) {
		add(&bs, TUI_FLAG, gap, gv_strdup("[consent] on the consent agenda"));
		gap = false;
	}
	if (it->closed_clause) {
		const char *nature = gv_clause_nature(it->closed_clause);
		add(&bs, TUI_CLOSED, gap,
		    gv_asprintf("[closed] s. %s%s%s", it->closed_clause, nature ? ": " : "",
				nature ? nature : ""));
	}
	if (*it->body)
		add(&bs, TUI_NORMAL, true, gv_strdup(it->body));
	else
		add(&bs, TUI_HINT, true, gv_strdup("(no text yet: E edits it)"));
	if (*it->recommendation) {
		add(&bs, TUI_HEADER, true, gv_strdup("Recommendation"));
		add(&bs, TUI_NORMAL, false, gv_strdup(it->recommendation));
	}
	if (it->n_attachments) {
		add(&bs, TUI_HEADER, true, gv_strdup("Attachments"));
		for (size_t i = 0; i < it->n_attachments; i++) {
			const struct gv_attachment *at = &it->attachments[i];
			char size[32];
			gv_size_human(at->size, size);
			add(&bs, TUI_NORMAL, false,
			    gv_asprintf("%s  (%s, %s)", at->name, at->media_type, size));
		}
	}
	return bs;
}

static void blocks_free(struct blocks *bs)
{
	for (size_t i = 0; i < bs->n; i++)
		free(bs->b[i].text);
	free(bs->b);
}

void tui_preview_draw(const struct gv_item *it, struct tui_rect r)
{
	struct blocks bs = build(it);
	int y = r.y;
	for (size_t i = 0; i < bs.n && y < r.y + r.h; i++) {
		y += bs.b[i].gap;
		tui_put_wrapped(r, &y, bs.b[i].text, bs.b[i].role);
	}
	blocks_free(&bs);
}

char *tui_preview_text(const struct gv_item *it)
{
	struct blocks bs = build(it);
	struct gv_buf out = GV_BUF_INIT;
	for (size_t i = 0; i < bs.n; i++)
		gv_buf_printf(&out, "%s%s\n", bs.b[i].gap ? "\n" : "", bs.b[i].text);
	blocks_free(&bs);
	return gv_buf_detach(&out);
}
