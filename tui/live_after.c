/* The live console's keys for what follows a vote (docs/bylaws.md,
 * docs/console.md "After the vote"): a follow-up action on the resolution
 * just carried, a notice of motion, a motion giving a by-law its readings.
 * Each opens the `:` prompt with the command of the one table filled in
 * from the meeting (the resolution, the current item's by-law, wording and
 * mover) for the clerk to complete: Tab completes its flags, members and
 * items, and the command runs as typed at the prompt. */
#include "tui/live.h"

#include "tui/command.h"
#include "tui/screen.h"

#include "agenda/bylaw.h"
#include "agenda/item.h"
#include "agenda/item_records.h"
#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"
#include "live/notice_items.h"

#include <stdlib.h>
#include <string.h>

/* s in single quotes, as the prompt splits words (cmd/cmd.h). */
static void quoted(struct gv_buf *b, const char *s)
{
	gv_buf_putc(b, '\'');
	for (; *s; s++)
		if (*s == '\'')
			gv_buf_puts(b, "'\\''");
		else
			gv_buf_putc(b, *s);
	gv_buf_putc(b, '\'');
}

/* The resolution the meeting carried last, "2026-12"; false when none. */
static bool last_resolution(const struct live *l, char res[24])
{
	const struct gv_motion *last = NULL;
	for (size_t i = 0; i < l->s.n_motions; i++) {
		const struct gv_motion *m = &l->s.motions[i];
		if (m->result == RESULT_CARRIED && m->resolution_seq &&
		    (!last || m->decided_at >= last->decided_at))
			last = m;
	}
	if (last)
		snprintf(res, 24, "%d-%d", last->resolution_year, last->resolution_seq);
	return last != NULL;
}

static int follow_up(struct live *l, struct tui *t)
{
	char res[24];
	if (!last_resolution(l, res)) {
		tui_status(t, "no resolution carried at this meeting yet: a follow-up action hangs "
			      "on a carried resolution");
		return TUI_DONE;
	}
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "action add %s ", res);
	tui_command_prompt_from(t, gv_buf_str(&b));
	gv_buf_free(&b);
	return TUI_RELOAD;
}

/* The current item of the agenda with its by-law and mover records. */
struct current {
	struct gv_agenda ag;
	const struct gv_item *it;
	struct gv_item_record *r;
	size_t n;
};

static bool current_load(struct live *l, struct tui *t, struct current *c)
{
	struct gv_err err = {0};
	memset(c, 0, sizeof *c);
	if (!l->s.current_item || gv_agenda_load(t->ctx->ws, l->meeting_id, &c->ag, &err))
		return false;
	for (size_t i = 0; i < c->ag.n; i++)
		if (c->ag.items[i].id == l->s.current_item)
			c->it = &c->ag.items[i];
	if (!c->it || gv_item_records(t->ctx->ws, l->meeting_id, &c->r, &c->n, &err)) {
		gv_agenda_free(&c->ag);
		return false;
	}
	return true;
}

static void current_free(struct current *c)
{
	gv_item_records_free(c->r, c->n);
	gv_agenda_free(&c->ag);
}

static const struct gv_item_record *record_of(const struct current *c, int64_t item_id)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->r[i].item_id == item_id)
			return &c->r[i];
	return NULL;
}

static int notice(struct live *l, struct tui *t)
{
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "live %s notice ", l->c.slug);
	/* an item of the notices section before the meeting: its words and
	 * mover */
	struct current c;
	if (gv_live_notice_item_now(&l->c, &l->s) && current_load(l, t, &c)) {
		const struct gv_item_record *r = record_of(&c, c.it->id);
		quoted(&b, *c.it->recommendation ? c.it->recommendation : c.it->title);
		gv_buf_puts(&b, " --mover ");
		if (r && r->mover)
			quoted(&b, r->mover);
		current_free(&c);
	}
	tui_command_prompt_from(t, gv_buf_str(&b));
	gv_buf_free(&b);
	return TUI_RELOAD;
}

/* The readings a by-law has not had, "1,2,3" when it had none. */
static void readings_left(const struct gv_item_record *r, char out[8])
{
	out[0] = '\0';
	for (int k = 0; k < 3; k++)
		if (!(r->readings & (1u << k)))
			snprintf(out + strlen(out), 8 - strlen(out), "%s%d", *out ? "," : "", k + 1);
}

static int bylaw_motion(struct live *l, struct tui *t)
{
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "live %s move ", l->c.slug);
	struct current c;
	struct gv_buf nums = GV_BUF_INIT;
	char readings[8] = "1,2,3";
	if (current_load(l, t, &c)) {
		quoted(&b, c.it->recommendation);
		/* the item's by-law, or those of the items under it (the
		 * by-laws of the evening, read together) */
		for (size_t i = 0; i < c.ag.n; i++) {
			const struct gv_item *it = &c.ag.items[i];
			const struct gv_item_record *r = record_of(&c, it->id);
			if ((it == c.it || it->parent_id == c.it->id) && r && r->bylaw) {
				if (!nums.len)
					readings_left(r, readings);
				gv_buf_printf(&nums, "%s%s", nums.len ? "," : "", r->bylaw);
			}
		}
		current_free(&c);
	} else {
		gv_buf_puts(&b, "''");
	}
	gv_buf_puts(&b, " --bylaw ");
	if (nums.len && strchr(gv_buf_str(&nums), ' '))
		quoted(&b, gv_buf_str(&nums));
	else if (nums.len)
		gv_buf_puts(&b, gv_buf_str(&nums));
	gv_buf_printf(&b, " --readings %s --mover ", *readings ? readings : "1,2,3");
	gv_buf_free(&nums);
	tui_command_prompt_from(t, gv_buf_str(&b));
	gv_buf_free(&b);
	return TUI_RELOAD;
}

int live_after(struct live *l, struct tui *t, int req)
{
	switch (req) {
	case LIVE_REQ_ACTION: return follow_up(l, t);
	case LIVE_REQ_NOTICE: return notice(l, t);
	case LIVE_REQ_BYLAW_MOVE: return bylaw_motion(l, t);
	default: return TUI_UNHANDLED;
	}
}
