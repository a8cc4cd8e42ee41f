/* Open Civic Data: one event per meeting (agenda with order and
 * description, the recording with each item's offset) and its vote events
 * with OCD's strict options (a declared interest is "excused"). Every object
 * names its source: the meeting's agenda package on the published site. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_public.h"
#include "agenda/item.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/json.h"
#include "base/text.h"
#include "live/tally.h"
#include "publish/export.h"
#include "publish/vote_record.h"
#include "store/settings.h"
#include "store/workspace.h"

static void sources(struct gv_json *j, const char *base_url, const struct gv_pub_meeting *pm)
{
	const char *sep = *base_url && base_url[strlen(base_url) - 1] != '/' ? "/" : "";
	char *url = gv_asprintf("%s%smeetings/%s/agenda.html", base_url, sep, pm->slug);
	gv_json_key(j, "sources");
	gv_json_arr(j);
	gv_json_obj(j);
	gv_json_kstr(j, "url", url);
	gv_json_kstr(j, "note", "agenda package");
	gv_json_obj_end(j);
	gv_json_arr_end(j);
	free(url);
}

static int64_t offset_of(const struct gv_pub_meeting *pm, const char *item)
{
	for (size_t i = 0; i < pm->n_taken; i++)
		if (!strcmp(pm->taken[i].item, item) && pm->taken[i].at >= pm->origin)
			return pm->taken[i].at - pm->origin;
	return -1;
}

static void recording(struct gv_json *j, const struct gv_pub_meeting *pm, int64_t offset)
{
	gv_json_obj(j);
	gv_json_kstr(j, "note", "Recording of the meeting");
	if (offset >= 0)
		gv_json_kint(j, "offset", offset);
	gv_json_key(j, "links");
	gv_json_arr(j);
	gv_json_obj(j);
	gv_json_kstr(j, "url", pm->stream_url);
	gv_json_kstr(j, "media_type", "text/html");
	gv_json_obj_end(j);
	gv_json_arr_end(j);
	gv_json_obj_end(j);
}

static bool has_video(const struct gv_pub_meeting *pm)
{
	return pm->stream_url && *pm->stream_url && pm->origin;
}

/* An item's notes: business deferred from an earlier meeting, and what
 * became of each motion on it that a disposition took off the floor
 * ("Referred to the Planning Committee: “...”"), which had no vote of its
 * own (docs/formats.md, "Open Civic Data"). */
static void agenda_notes(struct gv_json *j, const struct gv_pub_meeting *pm,
			 const struct gv_item *it)
{
	gv_json_key(j, "notes");
	gv_json_arr(j);
	if (it->deferred_from) {
		struct gv_buf note = GV_BUF_INIT;
		gv_buf_puts(&note, "Deferred from ");
		gv_item_deferred_words(&note, it);
		gv_json_str(j, gv_buf_str(&note));
		gv_buf_free(&note);
	}
	for (size_t k = 0; k < pm->n_motions; k++) {
		const struct gv_pub_motion *m = &pm->motions[k];
		if (!m->note || m->result == NULL || strcmp(m->item, it->number) || m->appeal ||
		    (!strcmp(m->result, "carried") && !m->reconsidered))
			continue;
		char *note = m->reconsidered
				     ? gv_asprintf("Resolution %s: %s", m->resolution, m->note)
				     : gv_asprintf("%s: “%s”", m->note, m->text);
		gv_json_str(j, note);
		free(note);
	}
	gv_json_arr_end(j);
}

static int event(struct gv_ws *ws, struct gv_json *j, const char *base_url,
		 const char *municipality, const struct gv_pub_meeting *pm, struct gv_err *err)
{
	struct gv_agenda a;
	int rc = gv_agenda_load(ws, pm->id, &a, err);
	if (rc)
		return rc;
	gv_agenda_make_public(&a);
	char start[32];
	gv_time_iso(pm->starts_at, start);
	gv_json_obj(j);
	char *id = gv_asprintf("gavel-event/%s", pm->slug);
	gv_json_kstr(j, "id", id);
	free(id);
	gv_json_kstr(j, "name", pm->title);
	gv_json_kstr(j, "classification", strcmp(pm->body_slug, "council") ? "committee-meeting"
									  : "council-meeting");
	gv_json_kstr(j, "start_date", start);
	gv_json_kbool(j, "all_day", false);
	/* a meeting not held for want of quorum did not take place: OCD has
	 * no other status for it than cancelled (docs/formats.md) */
	gv_json_kstr(j, "status", pm->cancelled || pm->not_held ? "cancelled"
				  : pm->origin			  ? "passed"
								  : "confirmed");
	if (pm->not_held) /* the minutes' words */
		gv_json_kstr(j, "description", "The meeting was not held: there was no quorum.");
	gv_json_key(j, "location");
	gv_json_obj(j);
	/* a location has a name: without one, the municipality's, else the
	 * body's (docs/formats.md, "Open Civic Data") */
	gv_json_kstr(j, "name", pm->location && *pm->location ? pm->location
				: municipality && *municipality ? municipality : pm->body);
	gv_json_obj_end(j);
	gv_json_key(j, "participants");
	gv_json_arr(j);
	gv_json_obj(j);
	gv_json_kstr(j, "name", pm->body);
	gv_json_kstr(j, "entity_type", "organization");
	gv_json_kstr(j, "note", "host");
	gv_json_obj_end(j);
	/* the members who took part, and how (docs/formats.md, "Open Civic Data") */
	for (size_t i = 0; i < pm->n_attendance; i++) {
		const struct gv_pub_attendance *at = &pm->attendance[i];
		if (strcmp(at->roll, "present") && !at->arrived_at)
			continue;
		gv_json_obj(j);
		gv_json_kstr(j, "name", at->member);
		gv_json_kstr(j, "entity_type", "person");
		gv_json_kstr(j, "note", at->remote ? "participated electronically" : "present");
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
	gv_json_key(j, "media");
	gv_json_arr(j);
	if (has_video(pm))
		recording(j, pm, 0);
	gv_json_arr_end(j);
	gv_json_key(j, "agenda");
	gv_json_arr(j);
	for (size_t i = 0; i < a.n; i++) {
		char *desc = gv_asprintf("%s %s", a.items[i].number, a.items[i].title);
		gv_json_obj(j);
		gv_json_kstr(j, "order", a.items[i].number);
		gv_json_kstr(j, "description", desc);
		gv_json_key(j, "media");
		gv_json_arr(j);
		int64_t off = has_video(pm) ? offset_of(pm, a.items[i].number) : -1;
		if (off >= 0)
			recording(j, pm, off);
		gv_json_arr_end(j);
		agenda_notes(j, pm, &a.items[i]);
		gv_json_obj_end(j);
		free(desc);
	}
	gv_json_arr_end(j);
	sources(j, base_url, pm);
	gv_json_obj_end(j);
	gv_agenda_free(&a);
	return 0;
}

static const char *ocd_option(const struct gv_pub_vote *v)
{
	return v->interest ? "excused" : v->option;
}

static void vote_event(struct gv_json *j, const char *base_url, const struct gv_pub_meeting *pm,
		       const struct gv_pub_motion *m)
{
	char start[32], ident[64];
	gv_time_iso(m->decided_at, start);
	if (*m->resolution)
		snprintf(ident, sizeof ident, "%s", m->resolution);
	else
		snprintf(ident, sizeof ident, "%s", m->key);
	gv_json_obj(j);
	char *id = gv_asprintf("gavel-vote/%s/%s", pm->slug, m->key);
	gv_json_kstr(j, "id", id);
	free(id);
	char *ev = gv_asprintf("gavel-event/%s", pm->slug);
	gv_json_kstr(j, "event_id", ev);
	free(ev);
	gv_json_kstr(j, "identifier", ident);
	gv_json_kstr(j, "motion_text", m->text);
	gv_json_key(j, "motion_classification");
	gv_json_arr(j);
	gv_json_str(j, m->amends ? "amendment" : "passage");
	gv_json_arr_end(j);
	gv_json_kstr(j, "start_date", start);
	gv_json_kstr(j, "result", gv_pub_vote_result(m));
	/* a reconsidered resolution, an appeal's ruling, the motion an
	 * amendment amends: OCD keeps what it has no field for in extras
	 * (docs/formats.md, "Open Civic Data") */
	const struct gv_pub_motion *amended = gv_pub_amended(pm, m);
	if (m->reconsidered || m->appeal || amended) {
		gv_json_key(j, "extras");
		gv_json_obj(j);
		if (m->reconsidered || m->appeal)
			gv_json_kstr(j, "note", m->note);
		if (m->appeal)
			gv_json_kstr(j, "appeal", m->result);
		if (amended)
			gv_json_kstr(j, "amends", *amended->resolution ? amended->resolution
								 : amended->key);
		gv_json_obj_end(j);
	}
	gv_json_kstr(j, "organization", pm->body);
	if (*m->item)
		gv_json_kstr(j, "agenda_item", m->item);
	gv_json_key(j, "counts");
	gv_json_arr(j);
	static const char *const options[] = {"yes", "no", "abstain"};
	int values[] = {m->yes, m->no, m->abstain};
	for (int i = 0; m->counted && i < (m->recorded ? 3 : 2); i++) {
		gv_json_obj(j);
		gv_json_kstr(j, "option", options[i]);
		gv_json_kint(j, "value", values[i]);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
	gv_json_key(j, "votes");
	gv_json_arr(j);
	for (size_t i = 0; i < m->n_votes; i++) {
		gv_json_obj(j);
		gv_json_kstr(j, "option", ocd_option(&m->votes[i]));
		gv_json_kstr(j, "voter_name", m->votes[i].member);
		/* counted as a no, not said (docs/formats.md) */
		const char *note = gv_pub_vote_note(&m->votes[i]);
		if (note)
			gv_json_kstr(j, "note", note);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
	sources(j, base_url, pm);
	gv_json_obj_end(j);
}

int gv_export_ocd(struct gv_ws *ws, const struct gv_vote_record *r, struct gv_buf *out,
		  struct gv_err *err)
{
	/* OCD's sources are absolute URLs (docs/formats.md, "Open Civic Data") */
	char *base_url = gv_setting_get(ws->db, "publish.base-url");
	if (!base_url || !*base_url) {
		free(base_url);
		return gv_err_set(err, GV_EREFUSED,
				  "export ocd names each meeting's page by its full address: set the "
				  "site's address first (gavel config publish.base-url https://...)");
	}
	char *municipality = gv_setting_get(ws->db, "municipality");
	struct gv_json j;
	gv_json_init(&j, out, true);
	gv_json_obj(&j);
	gv_json_key(&j, "events");
	gv_json_arr(&j);
	int rc = 0;
	for (size_t i = 0; !rc && i < r->n; i++)
		rc = event(ws, &j, base_url, municipality, &r->meetings[i], err);
	gv_json_arr_end(&j);
	gv_json_key(&j, "vote_events");
	gv_json_arr(&j);
	for (size_t i = 0; !rc && i < r->n; i++)
		for (size_t k = 0; k < r->meetings[i].n_motions; k++) {
			const struct gv_pub_motion *m = &r->meetings[i].motions[k];
			/* a motion withdrawn or disposed of had no vote */
			if (gv_pub_voted(m))
				vote_event(&j, base_url, &r->meetings[i], m);
		}
	gv_json_arr_end(&j);
	gv_json_key(&j, "bills");
	gv_json_arr(&j);
	if (!rc)
		gv_export_ocd_bills(ws, &j, base_url, municipality, r);
	gv_json_arr_end(&j);
	gv_json_obj_end(&j);
	gv_buf_putc(out, '\n');
	free(base_url);
	free(municipality);
	return rc;
}
