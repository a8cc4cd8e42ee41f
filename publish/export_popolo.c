/* Popolo JSON (popoloproject.com): bodies as organizations, members as
 * persons with their memberships over time, Council's ward seats as posts,
 * and the public motions and vote events. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/body.h"
#include "agenda/member.h"
#include "agenda/member_history.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/json.h"
#include "base/text.h"
#include "publish/export.h"
#include "publish/vote_record.h"

static void person_id(char out[32], int64_t id)
{
	snprintf(out, 32, "person/%lld", (long long)id);
}

static void kdate(struct gv_json *j, const char *key, int64_t t)
{
	char iso[32];
	gv_time_iso_utc(t, iso);
	gv_json_kstr(j, key, iso);
}

static void organization(struct gv_json *j, const struct gv_body *b)
{
	char *id = gv_asprintf("org/%s", b->slug);
	gv_json_obj(j);
	gv_json_kstr(j, "id", id);
	gv_json_kstr(j, "name", b->name);
	gv_json_kstr(j, "classification", b->id == 1 ? "council" : "committee");
	gv_json_obj_end(j);
	free(id);
}

/* The ward seats of Council (Popolo posts), one a ward any member held. */
static char *post_id(const char *ward)
{
	char *slug = gv_slugify(ward);
	char *id = gv_asprintf("post/council/ward-%s", slug);
	free(slug);
	return id;
}

static void posts(struct gv_json *j, const struct gv_member_history *h, const char *council)
{
	gv_json_key(j, "posts");
	gv_json_arr(j);
	for (size_t i = 0; council && i < h->n_periods; i++) {
		const char *ward = h->periods[i].ward;
		bool seen = !ward || !gv_role_votes(h->periods[i].role);
		for (size_t k = 0; !seen && k < i; k++)
			seen = h->periods[k].ward && gv_role_votes(h->periods[k].role) &&
			       !strcmp(h->periods[k].ward, ward);
		if (seen)
			continue;
		char *id = post_id(ward), *org = gv_asprintf("org/%s", council);
		char *label = gv_asprintf("Ward %s", ward);
		gv_json_obj(j);
		gv_json_kstr(j, "id", id);
		gv_json_kstr(j, "label", label);
		gv_json_kstr(j, "organization_id", org);
		gv_json_obj_end(j);
		free(id);
		free(org);
		free(label);
	}
	gv_json_arr_end(j);
}

static const char *later(const char *a, const char *b)
{
	return !a ? b : !b ? a : strcmp(a, b) > 0 ? a : b;
}

static const char *earlier(const char *a, const char *b)
{
	return !a ? b : !b ? a : strcmp(a, b) < 0 ? a : b;
}

/* One membership: term t while period p held (docs/formats.md, "Popolo
 * JSON"): dates of both, role and label of the period, the ward's post in
 * Council. */
static void membership(struct gv_json *j, const struct gv_term *t, const struct gv_period *p,
		       bool council)
{
	const char *from = later(t->from, p->from), *to = earlier(t->to, p->to);
	if (from && to && strcmp(from, to) >= 0)
		return; /* they do not overlap */
	char pid[32];
	person_id(pid, t->member_id);
	char *id = gv_asprintf("membership/%s/%lld%s%s", t->body_slug, (long long)t->member_id,
			       from ? "/" : "", from ? from : "");
	char *org = gv_asprintf("org/%s", t->body_slug);
	const char *role = p->title && *p->title ? p->title : gv_role_label(p->role);
	bool seat = council && p->ward && gv_role_votes(p->role);
	char *label = p->ward ? gv_asprintf("%s, Ward %s", role, p->ward) : gv_strdup(role);
	gv_json_obj(j);
	gv_json_kstr(j, "id", id);
	gv_json_kstr(j, "person_id", pid);
	gv_json_kstr(j, "organization_id", org);
	gv_json_kstr(j, "role", role);
	gv_json_kstr(j, "label", label);
	if (seat) {
		char *post = post_id(p->ward);
		gv_json_kstr(j, "post_id", post);
		free(post);
	}
	if (from)
		gv_json_kstr(j, "start_date", from);
	if (to) {
		/* Popolo's end date is the last day; ours the first day after */
		char last[11];
		gv_date_before(to, last);
		gv_json_kstr(j, "end_date", last);
	}
	gv_json_obj_end(j);
	free(id);
	free(org);
	free(label);
}

/* A person's former names (Popolo other_names), from the periods of their
 * history under another name than today's: successive periods of one name
 * are one entry, dated from its first day to its last (docs/formats.md,
 * "Popolo JSON"). The votes and rows of votes.csv name members as they
 * were that day; this is how a reader matches such a name to the person. */
static void other_names(struct gv_json *j, const struct gv_member_history *h, int64_t member,
			const char *name)
{
	bool any = false;
	for (size_t i = 0; i < h->n_periods; i++) {
		const struct gv_period *p = &h->periods[i];
		if (p->member_id != member || !strcmp(p->name, name))
			continue;
		if (i && h->periods[i - 1].member_id == member &&
		    !strcmp(h->periods[i - 1].name, p->name))
			continue; /* the same name as the period before: one entry */
		const char *to = p->to;
		for (size_t k = i + 1; k < h->n_periods && h->periods[k].member_id == member &&
				       !strcmp(h->periods[k].name, p->name);
		     k++)
			to = h->periods[k].to;
		if (!any) {
			gv_json_key(j, "other_names");
			gv_json_arr(j);
			any = true;
		}
		gv_json_obj(j);
		gv_json_kstr(j, "name", p->name);
		if (p->from)
			gv_json_kstr(j, "start_date", p->from);
		if (to) {
			char last[11];
			gv_date_before(to, last);
			gv_json_kstr(j, "end_date", last);
		}
		gv_json_obj_end(j);
	}
	if (any)
		gv_json_arr_end(j);
}

static int people(struct gv_ws *ws, struct gv_json *j, const struct gv_body *bodies, size_t nb,
		  struct gv_err *err)
{
	struct gv_member *m;
	size_t n;
	int rc = gv_member_list(ws, 0, &m, &n, err);
	if (rc)
		return rc;
	struct gv_member_history h;
	if ((rc = gv_member_history_load(ws, 0, &h, err))) {
		gv_members_free(m, n);
		return rc;
	}
	gv_json_key(j, "persons");
	gv_json_arr(j);
	for (size_t i = 0; i < n; i++) {
		char id[32];
		person_id(id, m[i].id);
		gv_json_obj(j);
		gv_json_kstr(j, "id", id);
		gv_json_kstr(j, "name", m[i].name);
		other_names(j, &h, m[i].id, m[i].name);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
	gv_members_free(m, n);
	const char *council = NULL;
	for (size_t b = 0; b < nb; b++)
		if (bodies[b].id == 1)
			council = bodies[b].slug;
	posts(j, &h, council);
	gv_json_key(j, "memberships");
	gv_json_arr(j);
	/* by body, then person, then date: a member whose role changed has
	 * successive memberships */
	for (size_t b = 0; b < nb; b++)
		for (size_t t = 0; t < h.n_terms; t++)
			for (size_t k = 0; h.terms[t].body_id == bodies[b].id && k < h.n_periods; k++)
				if (h.periods[k].member_id == h.terms[t].member_id)
					membership(j, &h.terms[t], &h.periods[k], bodies[b].id == 1);
	gv_json_arr_end(j);
	gv_member_history_clear(&h);
	return 0;
}

static const char *popolo_result(const char *result)
{
	if (!result)
		return NULL;
	return !strcmp(result, "carried") ? "pass" : !strcmp(result, "lost") ? "fail" : result;
}

static void motion(struct gv_json *j, const struct gv_pub_meeting *pm, const struct gv_pub_motion *m)
{
	char *id = gv_asprintf("%s/%s", pm->slug, m->key);
	char *org = gv_asprintf("org/%s", pm->body_slug);
	char creator[32];
	person_id(creator, m->mover_id);
	gv_json_obj(j);
	gv_json_kstr(j, "id", id);
	gv_json_kstr(j, "organization_id", org);
	gv_json_kstr(j, "creator_id", creator);
	gv_json_kstr(j, "text", m->text);
	char ident[128];
	if (*m->resolution)
		snprintf(ident, sizeof ident, "%s", m->resolution);
	else
		snprintf(ident, sizeof ident, "%s %s", pm->slug, m->key);
	gv_json_kstr(j, "identifier", ident);
	gv_json_kstr(j, "classification", m->amends ? "amendment" : "main motion");
	const struct gv_pub_motion *amended = gv_pub_amended(pm, m);
	if (amended) { /* the motion it would change, by its id */
		char *of = gv_asprintf("%s/%s", pm->slug, amended->key);
		gv_json_kstr(j, "amends", of);
		free(of);
	}
	kdate(j, "date", m->moved_at);
	gv_json_kstr(j, "requirement", m->threshold);
	gv_json_kstr(j, "result", popolo_result(m->result));
	if (m->note) /* referred, deferred, tabled: where to (docs/formats.md) */
		gv_json_kstr(j, "note", m->note);
	gv_json_obj_end(j);
	free(id);
	free(org);
}

static void count(struct gv_json *j, const char *option, int value)
{
	gv_json_obj(j);
	gv_json_kstr(j, "option", option);
	gv_json_kint(j, "value", value);
	gv_json_obj_end(j);
}

static void vote_event(struct gv_json *j, const struct gv_pub_meeting *pm,
		       const struct gv_pub_motion *m)
{
	char *id = gv_asprintf("%s/vote-%s", pm->slug, m->key);
	char *motion_id = gv_asprintf("%s/%s", pm->slug, m->key);
	char *org = gv_asprintf("org/%s", pm->body_slug);
	gv_json_obj(j);
	gv_json_kstr(j, "id", id);
	gv_json_kstr(j, "organization_id", org);
	gv_json_kstr(j, "motion_id", motion_id);
	kdate(j, "start_date", m->decided_at);
	gv_json_kstr(j, "result", gv_pub_vote_result(m));
	/* a reconsidered resolution, an appeal's ruling (docs/formats.md) */
	if (m->reconsidered || m->appeal)
		gv_json_kstr(j, "note", m->note);
	gv_json_key(j, "counts");
	gv_json_arr(j);
	if (m->counted) {
		count(j, "yes", m->yes);
		count(j, "no", m->no);
		if (m->recorded)
			count(j, "abstain", m->abstain);
	}
	gv_json_arr_end(j);
	if (m->recorded) {
		gv_json_key(j, "votes");
		gv_json_arr(j);
		for (size_t i = 0; i < m->n_votes; i++) {
			char voter[32];
			person_id(voter, m->votes[i].member_id);
			gv_json_obj(j);
			gv_json_kstr(j, "voter_id", voter);
			/* their title that day (docs/formats.md, "Popolo JSON") */
			gv_json_kstr(j, "role", m->votes[i].title);
			gv_json_kstr(j, "option", m->votes[i].option);
			gv_json_obj_end(j);
		}
		gv_json_arr_end(j);
	}
	gv_json_obj_end(j);
	free(id);
	free(motion_id);
	free(org);
}

void gv_part_popolo(struct gv_buf *motions, struct gv_buf *vote_events,
		    const struct gv_pub_meeting *pm)
{
	struct gv_json j;
	gv_json_init_inside(&j, motions, true, 2);
	for (size_t k = 0; k < pm->n_motions; k++)
		motion(&j, pm, &pm->motions[k]);
	gv_json_init_inside(&j, vote_events, true, 2);
	for (size_t k = 0; k < pm->n_motions; k++)
		if (gv_pub_voted(&pm->motions[k]))
			vote_event(&j, pm, &pm->motions[k]);
}

int gv_popolo_write(struct gv_ws *ws, const struct gv_buf *motions,
		    const struct gv_buf *vote_events, struct gv_buf *out, struct gv_err *err)
{
	struct gv_body *bodies;
	size_t nb;
	int rc = gv_body_list(ws, &bodies, &nb, err);
	if (rc)
		return rc;
	struct gv_json j;
	gv_json_init(&j, out, true);
	gv_json_obj(&j);
	gv_json_key(&j, "organizations");
	gv_json_arr(&j);
	for (size_t b = 0; b < nb; b++)
		organization(&j, &bodies[b]);
	gv_json_arr_end(&j);
	rc = people(ws, &j, bodies, nb, err);
	gv_bodies_free(bodies, nb);
	if (rc)
		return rc;
	gv_json_key(&j, "motions");
	gv_json_arr(&j);
	gv_json_elements(&j, motions->data, motions->len);
	gv_json_arr_end(&j);
	gv_json_key(&j, "vote_events");
	gv_json_arr(&j);
	gv_json_elements(&j, vote_events->data, vote_events->len);
	gv_json_arr_end(&j);
	gv_json_obj_end(&j);
	gv_buf_putc(out, '\n');
	return 0;
}

int gv_export_popolo(struct gv_ws *ws, const struct gv_vote_record *r, struct gv_buf *out,
		     struct gv_err *err)
{
	struct gv_buf motions = GV_BUF_INIT, vote_events = GV_BUF_INIT;
	for (size_t i = 0; i < r->n; i++)
		gv_part_popolo(&motions, &vote_events, &r->meetings[i]);
	int rc = gv_popolo_write(ws, &motions, &vote_events, out, err);
	gv_buf_free(&motions);
	gv_buf_free(&vote_events);
	return rc;
}
