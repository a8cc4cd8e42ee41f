/* Motions in the minutes: mover, seconder, wording as amended, the
 * amendments and their results, the result with its counts, the consent
 * items a resolution adopted, and every member's part in a recorded vote.
 * In HTML each main motion is a block with the id "motion-K", and a
 * recorded vote a table with a caption and header scopes. */
#include "minutes/minutes_parts.h"

#include "base/buf.h"
#include "live/live_view.h"
#include "render/html.h"

#include <string.h>

static const char *result_label(enum gv_result r)
{
	switch (r) {
	case RESULT_CARRIED: return "Carried";
	case RESULT_LOST: return "Lost";
	case RESULT_WITHDRAWN: return "Withdrawn";
	case RESULT_PENDING: break;
	}
	return "Not yet decided";
}

static const char *vote_label(enum gv_vote v)
{
	switch (v) {
	case VOTE_YES: return "Yes";
	case VOTE_NO: return "No";
	case VOTE_ABSTAIN: return "Abstained (counted as no)";
	case VOTE_DEEMED_NO: return "No (present and not voting: deemed no)";
	case VOTE_NOT_VOTING: return "Not voting";
	case VOTE_ABSENT: return "Absent";
	case VOTE_INTEREST: return "Did not vote (declared interest)";
	}
	return "?";
}

static void movers(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_motion *mo)
{
	gv_buf_puts(out, "moved by ");
	mp_literal(out, p, mp_name(p->m, mo->mover_id));
	if (mo->seconder_id) {
		gv_buf_puts(out, ", seconded by ");
		mp_literal(out, p, mp_name(p->m, mo->seconder_id));
	}
	if (!strcmp(mo->kind, "direction"))
		gv_buf_puts(out, " (direction to staff)");
	else if (!strcmp(mo->kind, "procedural"))
		gv_buf_puts(out, " (procedural)");
	if (strcmp(mo->threshold, "majority"))
		gv_buf_printf(out, " (requires %s)", mo->threshold);
}

/* "**Carried**, resolution 2026-3 (yes 3, no 1)" */
static void result(struct gv_buf *out, const struct gv_motion *mo)
{
	char res[24];
	gv_live_resolution(mo, res);
	gv_buf_printf(out, "**%s**", result_label(mo->result));
	if (*res)
		gv_buf_printf(out, ", resolution %s", res);
	if (mo->counted) {
		gv_buf_printf(out, " (%syes %d, no %d", mo->result == RESULT_LOST &&
						      mo->yes == mo->no ? "tie: " : "",
			      mo->yes, mo->no);
		if (mo->abstain)
			gv_buf_printf(out, ", abstained %d", mo->abstain);
		gv_buf_putc(out, ')');
	}
	gv_buf_putc(out, '.');
}

/* One amendment a line, its own amendments nested below it. */
static void amendments(struct gv_buf *out, const struct gv_page_ctx *p, int of, int depth)
{
	const struct gv_live_state *s = &p->m->log.state;
	for (size_t i = 0; i < s->n_motions; i++) {
		const struct gv_motion *a = &s->motions[i];
		if (a->amends != of || (p->public && a->confidential))
			continue;
		for (int d = 1; d < depth; d++)
			gv_buf_puts(out, "  ");
		gv_buf_printf(out, "- %s (motion %d), ",
			      depth == 1 ? "Amendment" : "Amendment to the amendment", a->number);
		movers(out, p, a);
		gv_buf_puts(out, ": ");
		gv_buf_puts(out, a->text);
		if (a->replace_text) {
			gv_buf_puts(out, " New wording: “");
			gv_buf_puts(out, a->replace_text);
			gv_buf_puts(out, "”");
		}
		gv_buf_putc(out, ' ');
		result(out, a);
		gv_buf_putc(out, '\n');
		amendments(out, p, a->number, depth + 1);
	}
}

static bool has_amendments(const struct gv_page_ctx *p, int number)
{
	for (size_t i = 0; i < p->m->log.state.n_motions; i++)
		if (p->m->log.state.motions[i].amends == number &&
		    !(p->public && p->m->log.state.motions[i].confidential))
			return true;
	return false;
}

/* Blockquote of a possibly multi-line wording. */
static void quote(struct gv_buf *out, const char *text)
{
	gv_buf_puts(out, "> ");
	for (const char *c = text; *c; c++) {
		gv_buf_putc(out, *c);
		if (*c == '\n')
			gv_buf_puts(out, "> ");
	}
	gv_buf_puts(out, "\n\n");
}

/* The consent items a carried consent resolution adopted, and those held. */
static void consent_items(struct gv_buf *out, const struct gv_page_ctx *p,
			  const struct gv_motion *mo)
{
	const struct gv_live_ctx *c = &p->m->ctx;
	const struct gv_live_state *s = &p->m->log.state;
	for (int held = 0; held < 2; held++) {
		bool any = false;
		for (size_t i = 0; i < c->n_items; i++) {
			const struct gv_live_item *it = &c->items[i];
			if (it->parent_id != mo->item_id || !it->consent ||
			    gv_live_held(s, it->id) != (held == 1))
				continue;
			if (!any)
				gv_buf_puts(out, held ? "Held and dealt with separately:\n\n"
						      : "The resolution adopted these consent "
							"items:\n\n");
			any = true;
			gv_buf_puts(out, "- ");
			mp_item_ref(out, p, it->id);
			gv_buf_putc(out, '\n');
		}
		if (any)
			gv_buf_putc(out, '\n');
	}
}

/* <caption>Recorded vote on motion 3: carried 3–1</caption>, a row a member. */
static void vote_table(struct gv_buf *h, const struct gv_page_ctx *p, const struct gv_motion *mo)
{
	gv_buf_printf(h, "<table class=\"vote\">\n<caption>Recorded vote on motion %d: ",
		      mo->number);
	const char *result = gv_result_name(mo->result);
	gv_buf_printf(h, "%s %d–%d</caption>\n<thead><tr><th scope=\"col\">Member</th>"
			 "<th scope=\"col\">Vote</th></tr></thead>\n<tbody>\n",
		      result ? result : "not yet decided", mo->yes, mo->no);
	for (size_t i = 0; i < mo->n_votes; i++) {
		gv_buf_puts(h, "<tr><th scope=\"row\">");
		gv_html_esc(h, mp_name(p->m, mo->votes[i].member_id));
		gv_buf_printf(h, "</th><td>%s</td></tr>\n", vote_label(mo->votes[i].vote));
	}
	gv_buf_puts(h, "</tbody>\n</table>\n");
}

static void recorded_vote(struct gv_buf *out, const struct gv_page_ctx *p,
			  const struct gv_motion *mo)
{
	struct gv_buf *h = mp_html_block(out, p);
	if (h) {
		vote_table(h, p, mo);
		return;
	}
	gv_buf_printf(out, "Recorded vote on motion %d:\n\n| Member | Vote |\n| --- | --- |\n",
		      mo->number);
	for (size_t i = 0; i < mo->n_votes; i++)
		gv_buf_printf(out, "| %s | %s |\n", mp_name(p->m, mo->votes[i].member_id),
			      vote_label(mo->votes[i].vote));
	gv_buf_putc(out, '\n');
}

/* The recorded votes on a motion's amendments, then on the motion. */
static void recorded_votes(struct gv_buf *out, const struct gv_page_ctx *p,
			   const struct gv_motion *mo)
{
	const struct gv_live_state *s = &p->m->log.state;
	for (size_t i = 0; i < s->n_motions; i++)
		if (s->motions[i].amends == mo->number &&
		    !(p->public && s->motions[i].confidential))
			recorded_votes(out, p, &s->motions[i]);
	if (mo->recorded)
		recorded_vote(out, p, mo);
}

void mp_motion(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_motion *mo)
{
	struct gv_buf *h = mp_html_block(out, p);
	if (h)
		gv_buf_printf(h, "<div class=\"motion\" id=\"motion-%d\">\n", mo->number);
	gv_buf_printf(out, "**Motion %d**, ", mo->number);
	movers(out, p, mo);
	gv_buf_puts(out, ":\n\n");
	quote(out, mo->text);
	if (strcmp(mo->text, mo->moved_text)) {
		gv_buf_puts(out, "As moved, before amendment: “");
		gv_buf_puts(out, mo->moved_text);
		gv_buf_puts(out, "”\n\n");
	}
	if (has_amendments(p, mo->number)) {
		amendments(out, p, mo->number, 1);
		gv_buf_putc(out, '\n');
	}
	if (p->public && mo->amended_in_closed)
		gv_buf_puts(out, "*Amended in closed session: the amendment and the wording it "
				 "gave are confidential.*\n\n");
	result(out, mo);
	gv_buf_puts(out, "\n\n");
	if (mo->consent && mo->result == RESULT_CARRIED)
		consent_items(out, p, mo);
	recorded_votes(out, p, mo);
	if ((h = mp_html_block(out, p)))
		gv_buf_puts(h, "</div>\n");
}
