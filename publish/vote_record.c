#include "publish/vote_record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_public.h"
#include "agenda/body.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "live/live.h"
#include "live/live_view.h"
#include "live/public_view.h"
#include "live/state.h"
#include "live/tally.h"
#include "live/people.h"

/* The Popolo option of a member's part: what the profile counts it as
 * (live/tally.h), so the options always agree with the counts. */
static const char *option_of(enum gv_profile p, enum gv_vote v)
{
	switch (gv_vote_counted_as(p, v)) {
	case VOTE_YES: return "yes";
	case VOTE_NO: return "no";
	case VOTE_ABSTAIN: return "abstain";
	default: return v == VOTE_ABSENT ? "absent" : "not voting";
	}
}

static const char *member_name(const struct gv_live_ctx *c, int64_t id)
{
	const struct gv_live_member *m = gv_live_member(c, id);
	return m ? m->name : NULL;
}

static void take_motion(struct gv_pub_motion *pm, const struct gv_live_ctx *c,
			const struct gv_live_state *s, const struct gv_motion *m)
{
	memset(pm, 0, sizeof *pm);
	pm->number = m->number;
	gv_live_public_key(c->slug, m, pm->key);
	const struct gv_live_item *it = m->item_id ? gv_live_item(c, m->item_id) : NULL;
	if (it) {
		snprintf(pm->item, sizeof pm->item, "%s", it->number);
		pm->item_title = gv_strdup(it->title);
	}
	pm->text = gv_strdup(m->text);
	pm->mover_id = m->mover_id;
	pm->mover = gv_strdup(member_name(c, m->mover_id));
	pm->seconder = m->seconder_id ? gv_strdup(member_name(c, m->seconder_id)) : NULL;
	pm->amends = m->amends;
	pm->kind = !m->kind ? "substantive" : !strcmp(m->kind, "direction") ? "direction"
		   : !strcmp(m->kind, "procedural") ? "procedural" : "substantive";
	pm->threshold = gv_strdup(m->threshold);
	pm->result = gv_result_name(m->result);
	char note[GV_DISPOSITION_NOTE_MAX];
	/* a carried disposition carries the note of the motion it disposed of */
	const struct gv_motion *k = m->disposition && m->result == RESULT_CARRIED
					    ? gv_live_motion(s, m->disposes) : m;
	gv_live_disposition_note(s, k ? k : m, note, sizeof note);
	const struct gv_reconsidered *r = gv_live_reconsidered(c, m);
	pm->appeal = m->disposition && !strcmp(m->disposition, "appeal");
	for (size_t i = 0; pm->appeal && i < s->n_rulings; i++)
		if (s->rulings[i].appeal == m->number)
			snprintf(note, sizeof note, "Appeal from the ruling of the chair: “%s”",
				 s->rulings[i].text);
	if (r && !*note)
		snprintf(note, sizeof note, "Reconsidered at %s%s%s%s", r->at_name,
			 *r->by ? " (resolution " : "", r->by, *r->by ? ")" : "");
	pm->reconsidered = r != NULL;
	pm->note = *note ? gv_strdup(note) : NULL;
	gv_live_resolution(m, pm->resolution);
	pm->moved_at = m->moved_at;
	pm->decided_at = m->decided_at;
	pm->recorded = m->recorded;
	pm->counted = m->counted;
	/* the one count of the vote (live/tally.h, gv_vote_counted_as) */
	pm->yes = m->yes;
	pm->no = m->no;
	pm->abstain = m->abstain;
	if (!m->recorded)
		return;
	pm->votes = gv_calloc(m->n_votes ? m->n_votes : 1, sizeof *pm->votes);
	for (size_t i = 0; i < m->n_votes; i++) {
		const struct gv_member_vote *v = &m->votes[i];
		struct gv_pub_vote *pv = &pm->votes[pm->n_votes++];
		pv->member_id = v->member_id;
		pv->member = gv_strdup(member_name(c, v->member_id));
		pv->title = gv_strdup(gv_people_title(c, v->member_id));
		pv->option = option_of(c->profile, v->vote);
		pv->interest = v->vote == VOTE_INTEREST;
		pv->regrets = gv_live_sent_regrets(s, m, v);
		pv->abstained_no = gv_vote_abstained_deemed_no(c->profile, v->vote);
		pv->deemed_no = v->vote == VOTE_DEEMED_NO;
	}
}

const char *gv_pub_vote_words(const struct gv_pub_vote *v)
{
	return v->abstained_no ? "no (" GV_ABSTAINED_NO_NOTE ")"
	       : v->deemed_no  ? "no (" GV_DEEMED_NO_NOTE ")"
	       : v->interest   ? "not voting (declared a pecuniary interest)"
			       : v->option;
}

const char *gv_pub_vote_note(const struct gv_pub_vote *v)
{
	return v->abstained_no ? GV_ABSTAINED_NO_NOTE : v->deemed_no ? GV_DEEMED_NO_NOTE : NULL;
}

bool gv_pub_voted(const struct gv_pub_motion *m)
{
	static const char *const voted[] = {"carried", "lost", "sustained", "overturned"};
	for (size_t i = 0; m->result && i < sizeof voted / sizeof *voted; i++)
		if (!strcmp(m->result, voted[i]))
			return true;
	return false;
}

const char *gv_pub_vote_result(const struct gv_pub_motion *m)
{
	return !strcmp(m->result, "carried") || !strcmp(m->result, "sustained") ? "pass" : "fail";
}

const struct gv_pub_motion *gv_pub_amended(const struct gv_pub_meeting *pm,
					   const struct gv_pub_motion *m)
{
	for (size_t i = 0; m->amends && i < pm->n_motions; i++)
		if (pm->motions[i].number == m->amends)
			return &pm->motions[i];
	return NULL;
}

int gv_vote_record_meeting(struct gv_ws *ws, const struct gv_meeting *m, struct gv_pub_meeting *pm,
			   struct gv_err *err)
{
	struct gv_public_view v;
	int rc = gv_public_view_load(ws, m->slug, &v, err);
	if (rc)
		return rc;
	const struct gv_live_ctx *c = &v.ctx;
	const struct gv_live_state *st = &v.state;
	memset(pm, 0, sizeof *pm);
	pm->id = m->id;
	pm->slug = gv_strdup(m->slug);
	pm->title = gv_strdup(m->title);
	pm->body = gv_strdup(m->body_name);
	pm->body_slug = gv_slugify(m->body_name);
	gv_meeting_date(m, pm->date);
	pm->starts_at = m->starts_at;
	pm->location = gv_strdup(m->location);
	pm->stream_url = gv_strdup(m->stream_url);
	pm->cancelled = m->cancelled;
	pm->not_held = st->no_quorum;
	pm->origin = st->stream_at ? st->stream_at : st->started_at;
	pm->taken = gv_calloc(st->n_taken ? st->n_taken : 1, sizeof *pm->taken);
	for (size_t i = 0; i < st->n_taken; i++) {
		const struct gv_live_item *it = gv_live_item(c, st->taken[i].item_id);
		if (st->taken[i].confidential || !it)
			continue;
		struct gv_pub_taken *t = &pm->taken[pm->n_taken++];
		snprintf(t->item, sizeof t->item, "%s", it->number);
		t->at = st->taken[i].at;
	}
	pm->attendance = gv_calloc(st->n_attendance ? st->n_attendance : 1, sizeof *pm->attendance);
	for (size_t i = 0; st->started_at && i < st->n_attendance; i++) {
		const struct gv_attendance *a = &st->attendance[i];
		pm->attendance[pm->n_attendance++] = (struct gv_pub_attendance){
			a->member_id, gv_strdup(member_name(c, a->member_id)),
			gv_strdup(gv_people_title(c, a->member_id)),
			a->roll == PRES_REGRETS ? "regrets" : a->roll == PRES_PRESENT ? "present"
										: "absent",
			a->ever_remote, a->arrived_at, a->left_at};
	}
	pm->motions = gv_calloc(st->n_motions ? st->n_motions : 1, sizeof *pm->motions);
	for (size_t i = 0; i < st->n_motions; i++)
		if (!st->motions[i].confidential)
			take_motion(&pm->motions[pm->n_motions++], c, st, &st->motions[i]);
	gv_public_view_clear(&v);
	return 0;
}

static bool wanted(const struct gv_meeting *m, const int64_t *ids, size_t n)
{
	if (!n)
		return m->agenda_published_at != 0;
	for (size_t i = 0; i < n; i++)
		if (ids[i] == m->id)
			return true;
	return false;
}

int gv_vote_record_load(struct gv_ws *ws, const char *const *refs, size_t n_refs,
			struct gv_vote_record *r, struct gv_err *err)
{
	memset(r, 0, sizeof *r);
	int64_t *ids = gv_calloc(n_refs ? n_refs : 1, sizeof *ids);
	int rc = 0;
	for (size_t i = 0; !rc && i < n_refs; i++) {
		struct gv_meeting m;
		if ((rc = gv_meeting_find(ws, refs[i], &m, err)))
			break;
		ids[i] = m.id;
		if (!m.agenda_published_at)
			rc = gv_err_set(err, GV_EREFUSED, "meeting %s is not public: publish its "
					"agenda first (gavel agenda publish %s)", m.slug, m.slug);
		gv_meeting_clear(&m);
	}
	struct gv_meeting *all;
	size_t n;
	if (rc || (rc = gv_meeting_list(ws, &all, &n, err))) {
		free(ids);
		return rc;
	}
	r->meetings = gv_calloc(n ? n : 1, sizeof *r->meetings);
	for (size_t i = 0; !rc && i < n; i++) {
		if (!wanted(&all[i], ids, n_refs))
			continue;
		gv_meeting_make_public(&all[i]);
		if (!(rc = gv_vote_record_meeting(ws, &all[i], &r->meetings[r->n], err)))
			r->n++;
	}
	gv_meetings_free(all, n);
	free(ids);
	if (rc)
		gv_vote_record_free(r);
	return rc;
}

void gv_pub_meeting_clear(struct gv_pub_meeting *pm)
{
	for (size_t k = 0; k < pm->n_attendance; k++) {
		free(pm->attendance[k].member);
		free(pm->attendance[k].title);
	}
	for (size_t k = 0; k < pm->n_motions; k++) {
		struct gv_pub_motion *m = &pm->motions[k];
		free(m->item_title);
		free(m->text);
		free(m->mover);
		free(m->seconder);
		free(m->threshold);
		free(m->note);
		for (size_t v = 0; v < m->n_votes; v++) {
			free(m->votes[v].member);
			free(m->votes[v].title);
		}
		free(m->votes);
	}
	free(pm->motions);
	free(pm->taken);
	free(pm->attendance);
	free(pm->location);
	free(pm->stream_url);
	free(pm->slug);
	free(pm->title);
	free(pm->body);
	free(pm->body_slug);
	memset(pm, 0, sizeof *pm);
}

void gv_vote_record_free(struct gv_vote_record *r)
{
	for (size_t i = 0; i < r->n; i++)
		gv_pub_meeting_clear(&r->meetings[i]);
	free(r->meetings);
	memset(r, 0, sizeof *r);
}
