/* Motions in the minutes (docs/minutes.md, "What the minutes say"): mover,
 * seconder, wording as amended, the amendments in the order they were
 * voted, each with its own wording and result, the result with its counts,
 * the consent items a resolution adopted, and every member's part in a
 * recorded vote right after the result it belongs to. In HTML each main
 * motion is a block with an id ("motion-K" in the confidential minutes,
 * "resolution-2026-12" in the public ones), and a recorded vote a table
 * with a caption and header scopes.
 *
 * The public minutes name motions by their resolution numbers, never by
 * their motion numbers, so that nothing shows how many were moved in
 * closed session; a direction given there is listed without its wording. */
#include "minutes/minutes_parts.h"

#include "base/buf.h"
#include "live/live_view.h"
#include "live/tally.h"
#include "render/html.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static bool ontario(const struct gv_page_ctx *p)
{
	return p->m->ctx.profile == PROFILE_ONTARIO;
}

static const char *vote_label(const struct gv_page_ctx *p, const struct gv_motion *mo,
			      const struct gv_member_vote *mv)
{
	if (gv_live_sent_regrets(&p->m->log.state, mo, mv))
		return "Absent (regrets)";
	switch (mv->vote) {
	case VOTE_YES: return "Yes";
	case VOTE_NO: return "No";
	case VOTE_ABSTAIN:
		/* as it is counted (live/tally.h) */
		return gv_vote_abstained_deemed_no(p->m->ctx.profile, VOTE_ABSTAIN)
			       ? "No (" GV_ABSTAINED_NO_NOTE ")"
				  : "Abstained (not counted)";
	case VOTE_DEEMED_NO: return "No (" GV_DEEMED_NO_NOTE ")";
	case VOTE_NOT_VOTING: return "Did not vote";
	case VOTE_ABSENT: return "Absent";
	case VOTE_INTEREST: return "Did not vote (declared a pecuniary interest)";
	}
	return "?";
}

/* What carrying a motion of threshold t takes, as the minutes say it
 * (docs/procedure.md, "Thresholds"); NULL for a simple majority. */
static const char *threshold_words(const char *t)
{
	static const struct {
		const char *name, *words;
	} words[] = {
		{"two-thirds", "two-thirds of the votes cast"},
		{"members-majority", "a majority of all members"},
		{"members-two-thirds", "two-thirds of all members"},
		{"present-two-thirds", "two-thirds of the members present"},
	};
	if (!strcmp(t, "majority") || !strcmp(t, "sustain"))
		return NULL;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (!strcmp(words[i].name, t))
			return words[i].words;
	return t;
}

static void movers(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_motion *mo)
{
	gv_buf_puts(out, "moved by ");
	mp_titled(out, p, mo->mover_id, false);
	if (mo->seconder_id) {
		gv_buf_puts(out, ", seconded by ");
		mp_titled(out, p, mo->seconder_id, false);
	}
	/* one parenthesis: what the motion is, then what carrying it takes */
	struct gv_buf what = GV_BUF_INIT;
	if (mo->to_close)
		gv_buf_puts(&what, "resolution to close, s.239(4)");
	else if (mo->disposition && !strcmp(mo->disposition, "appeal"))
		gv_buf_puts(&what, "appeal from the ruling of the chair");
	else if (mo->disposition && !strcmp(mo->disposition, "reconsider")) {
		gv_buf_puts(&what, "to reconsider resolution ");
		mp_literal(&what, p, mo->target);
	}
	else if (mo->disposition && p->public)
		gv_buf_printf(&what, "to %s the motion below", mo->disposition);
	else if (mo->disposition)
		gv_buf_printf(&what, "to %s motion %d", mo->disposition, mo->disposes);
	else if (!strcmp(mo->kind, "direction"))
		gv_buf_puts(&what, "direction to staff");
	else if (!strcmp(mo->kind, "procedural"))
		gv_buf_puts(&what, "procedural");
	const char *takes = threshold_words(mo->threshold);
	if (takes)
		gv_buf_printf(&what, "%srequires %s", what.len ? "; " : "", takes);
	if (what.len)
		gv_buf_printf(out, " (%s)", gv_buf_str(&what));
	gv_buf_free(&what);
}

/* "**Carried**, resolution 2026-3 (Yeas 3, Nays 1)." and, for a recorded
 * vote, who was counted in the negative without saying no. */
static void result(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_motion *mo)
{
	switch (mo->result) {
	case RESULT_CARRIED: gv_buf_puts(out, "**Carried**"); break;
	case RESULT_LOST: gv_buf_puts(out, "**Lost**"); break;
	case RESULT_SUSTAINED: gv_buf_puts(out, "**The ruling was sustained**"); break;
	case RESULT_OVERTURNED: gv_buf_puts(out, "**The ruling was overturned**"); break;
	case RESULT_WITHDRAWN: gv_buf_puts(out, "**Withdrawn**."); return;
	case RESULT_REFERRED:
	case RESULT_DEFERRED:
	case RESULT_TABLED: {
		char note[GV_DISPOSITION_NOTE_MAX];
		gv_live_disposition_note(&p->m->log.state, mo, note, sizeof note);
		/* "--to" is the clerk's text: literal, never markdown */
		gv_buf_puts(out, "**");
		mp_literal(out, p, note);
		gv_buf_puts(out, "**.");
		return;
	}
	case RESULT_PENDING:
		gv_buf_puts(out, p->m->log.state.phase == PHASE_ADJOURNED
					 ? "**Not decided**: the meeting adjourned before a vote."
					 : "**Not yet decided**.");
		return;
	}
	char res[24];
	gv_live_resolution(mo, res);
	if (*res && !p->public) /* the public minutes name it by it already */
		gv_buf_printf(out, ", resolution %s", res);
	const char *tie = mo->result == RESULT_SUSTAINED && mo->yes == mo->no
				  ? ": a tie sustains the chair" : "";
	if (mo->recorded && ontario(p))
		gv_buf_printf(out, " (Yeas %d, Nays %d%s)", mo->yes, mo->no, tie);
	else if (mo->recorded)
		gv_buf_printf(out, " (Yeas %d, Nays %d, abstained %d%s)", mo->yes, mo->no,
			      mo->abstain, tie);
	else if (mo->counted)
		gv_buf_printf(out, " (%s%d in favour, %d opposed)",
			      mo->result == RESULT_SUSTAINED && mo->yes == mo->no
				      ? "a tie sustains the chair, "
			      : mo->result == RESULT_LOST && mo->yes == mo->no ? "a tie, " : "",
			      mo->yes, mo->no);
	gv_buf_putc(out, '.');
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

/* The motion's wording, the meeting's words: in HTML, inside an element
 * of the meeting's language when that is not gavel's English
 * (docs/formats.md, "Language of the page"). */
static void wording(struct gv_buf *out, const struct gv_page_ctx *p, const char *text)
{
	const char *lang = p->m->meeting.lang;
	struct gv_buf *h = gv_html_foreign(lang) ? mp_html_block(out, p) : NULL;
	if (h) {
		gv_buf_puts(h, "<div");
		gv_html_lang_attr(h, lang);
		gv_buf_puts(h, ">\n");
	}
	quote(out, text);
	if (h && (h = mp_html_block(out, p)))
		gv_buf_puts(h, "</div>\n");
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

/* What a recorded vote is called: by its resolution in public, else by its
 * motion number. */
static void vote_name(struct gv_buf *b, const struct gv_page_ctx *p, const struct gv_motion *mo)
{
	char res[24];
	gv_live_resolution(mo, res);
	if (!p->public)
		gv_buf_printf(b, "motion %d", mo->number);
	else if (*res)
		gv_buf_printf(b, "resolution %s", res);
	else
		gv_buf_puts(b, mo->depth == 2 ? "the amendment to the amendment"
			       : mo->amends ? "the amendment" : "the motion");
}

/* <caption>Recorded vote on motion 3: carried, Yeas 3, Nays 1</caption>, a row a member. */
static void vote_table(struct gv_buf *h, const struct gv_page_ctx *p, const struct gv_motion *mo)
{
	struct gv_buf name = GV_BUF_INIT;
	vote_name(&name, p, mo);
	const char *result = gv_result_name(mo->result);
	gv_buf_printf(h, "<table class=\"vote\">\n<caption>Recorded vote on %s: %s, Yeas %d, Nays %d"
			 "</caption>\n<thead><tr><th scope=\"col\">Member</th>"
			 "<th scope=\"col\">Vote</th></tr></thead>\n<tbody>\n",
		      gv_buf_str(&name), result ? result : "not yet decided", mo->yes, mo->no);
	gv_buf_free(&name);
	for (size_t i = 0; i < mo->n_votes; i++) {
		gv_buf_puts(h, "<tr><th scope=\"row\">");
		struct gv_buf who = GV_BUF_INIT;
		struct gv_page_ctx plain = {p->m, p->public, NULL};
		mp_titled(&who, &plain, mo->votes[i].member_id, false);
		gv_html_esc(h, gv_buf_str(&who));
		gv_buf_free(&who);
		gv_buf_printf(h, "</th><td>%s</td></tr>\n", vote_label(p, mo, &mo->votes[i]));
	}
	gv_buf_puts(h, "</tbody>\n</table>\n");
}

static void recorded_vote(struct gv_buf *out, const struct gv_page_ctx *p,
			  const struct gv_motion *mo)
{
	if (!mo->recorded)
		return;
	struct gv_buf *h = mp_html_block(out, p);
	if (h) {
		vote_table(h, p, mo);
		return;
	}
	gv_buf_puts(out, "Recorded vote on ");
	vote_name(out, p, mo);
	gv_buf_puts(out, ":\n\n| Member | Vote |\n| --- | --- |\n");
	for (size_t i = 0; i < mo->n_votes; i++) {
		gv_buf_puts(out, "| ");
		mp_titled(out, p, mo->votes[i].member_id, false);
		gv_buf_printf(out, " | %s |\n", vote_label(p, mo, &mo->votes[i]));
	}
	gv_buf_putc(out, '\n');
}

/* The amendments to motion `of` and to those amendments, in the order they
 * were decided (a secondary amendment is voted before the amendment it
 * amends), those never decided last in the order moved. */
static size_t amendments_in_vote_order(const struct gv_page_ctx *p, int of,
				       const struct gv_motion ***out)
{
	const struct gv_live_state *s = &p->m->log.state;
	size_t n = 0;
	*out = NULL;
	for (size_t i = 0; i < s->n_motions; i++) {
		const struct gv_motion *a = &s->motions[i];
		const struct gv_motion *up = gv_live_motion(s, a->amends);
		bool ours = a->amends == of || (up && up->amends == of);
		if (ours && !(p->public && a->confidential))
			*GV_PUSH(*out, n) = a;
	}
	/* insertion sort by decision time: few, and stable */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0; j--) {
			const struct gv_motion *x = (*out)[j - 1], *y = (*out)[j];
			int64_t tx = x->result ? x->decided_at : INT64_MAX;
			int64_t ty = y->result ? y->decided_at : INT64_MAX;
			if (tx <= ty)
				break;
			(*out)[j - 1] = y;
			(*out)[j] = x;
		}
	return n;
}

/* “text”, and a full stop after it when the text does not end a sentence
 * itself, since what follows begins a new one. */
static void quoted_sentence(struct gv_buf *out, const char *text)
{
	gv_buf_puts(out, "“");
	gv_buf_puts(out, text);
	gv_buf_puts(out, "”");
	size_t n = strlen(text);
	while (n && text[n - 1] == ' ')
		n--;
	if (!n || !strchr(".!?", text[n - 1]))
		gv_buf_putc(out, '.');
}

static void amendment(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_motion *a)
{
	/* its anchor on the site is its public key, as a main motion's is: the
	 * id the open data gives it (docs/formats.md, "Popolo JSON") */
	struct gv_buf *h = p->public ? mp_html_block(out, p) : NULL;
	if (h) {
		char key[48];
		gv_live_public_key(p->m->meeting.slug, a, key);
		gv_buf_printf(h, "<div class=\"amendment\" id=\"%s\">\n", key);
	}
	gv_buf_printf(out, "*%s*", a->depth == 1 ? "Amendment" : "Amendment to the amendment");
	if (!p->public)
		gv_buf_printf(out, " (motion %d)", a->number);
	gv_buf_puts(out, ", ");
	movers(out, p, a);
	gv_buf_puts(out, ": ");
	quoted_sentence(out, a->text);
	if (a->replace_text) {
		gv_buf_puts(out, a->depth == 1 ? " The motion would read: "
					       : " The amendment would then read: ");
		quoted_sentence(out, a->replace_text);
	}
	gv_buf_putc(out, ' ');
	result(out, p, a);
	gv_buf_puts(out, "\n\n");
	recorded_vote(out, p, a);
	if (h && (h = mp_html_block(out, p)))
		gv_buf_puts(h, "</div>\n");
}

/* A motion of the closed session in the public minutes: a direction given
 * there is listed by its resolution, without its wording. */
static void closed_stub(struct gv_buf *out, const struct gv_motion *mo)
{
	char res[24];
	gv_live_resolution(mo, res);
	if (*res && !strcmp(mo->kind, "direction") && mo->result == RESULT_CARRIED)
		gv_buf_printf(out, "Direction given in closed session (Resolution %s).\n\n", res);
}

void mp_motion(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_motion *mo)
{
	if (p->public && mo->confidential) {
		closed_stub(out, mo);
		return;
	}
	char res[24];
	gv_live_resolution(mo, res);
	struct gv_buf *h = mp_html_block(out, p);
	if (h && !p->public)
		gv_buf_printf(h, "<div class=\"motion\" id=\"motion-%d\">\n", mo->number);
	else if (h) {
		char key[48];
		gv_live_public_key(p->m->meeting.slug, mo, key);
		gv_buf_printf(h, "<div class=\"motion\" id=\"%s\">\n", key);
	}
	if (!p->public)
		gv_buf_printf(out, "**Motion %d**, ", mo->number);
	else if (*res)
		gv_buf_printf(out, "**Resolution %s**, ", res);
	else
		gv_buf_puts(out, "**Motion**, ");
	movers(out, p, mo);
	gv_buf_puts(out, ":\n\n");
	wording(out, p, mo->text);
	if (strcmp(mo->text, mo->moved_text)) {
		gv_buf_puts(out, "As moved, before amendment: “");
		gv_buf_puts(out, mo->moved_text);
		gv_buf_puts(out, "”\n\n");
	}
	const struct gv_motion **am;
	size_t n = amendments_in_vote_order(p, mo->number, &am);
	for (size_t i = 0; i < n; i++)
		amendment(out, p, am[i]);
	free(am);
	if (p->public && mo->amended_in_closed)
		gv_buf_puts(out, "*Amended in closed session: the amendment and the wording it "
				 "gave are confidential.*\n\n");
	result(out, p, mo);
	gv_buf_puts(out, "\n\n");
	if (mo->consent && mo->result == RESULT_CARRIED)
		consent_items(out, p, mo);
	recorded_vote(out, p, mo);
	const struct gv_reconsidered *r = gv_live_reconsidered(&p->m->ctx, mo);
	if (r) {
		gv_buf_puts(out, "*Reconsidered at ");
		mp_literal(out, p, r->at_name);
		gv_buf_printf(out, "%s%s%s.*\n\n", *r->by ? " (resolution " : "", r->by,
			      *r->by ? ")" : "");
	}
	if ((h = mp_html_block(out, p)))
		gv_buf_puts(h, "</div>\n");
}
