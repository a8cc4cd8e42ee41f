/* By-laws as Open Civic Data bills (docs/bylaws.md, "Open data"): each
 * by-law of the register with the actions the public record shows: its
 * readings and enactment at meetings of the export, its signing, the head
 * of council's veto and council's override. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/bylaw.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/json.h"
#include "base/text.h"
#include "publish/export.h"
#include "publish/vote_record.h"

static void action(struct gv_json *j, const char *text, const char *date, const char *org,
		   const char *const *kinds)
{
	gv_json_obj(j);
	gv_json_kstr(j, "text", text);
	gv_json_kstr(j, "date", date);
	gv_json_kstr(j, "organization", org);
	gv_json_key(j, "classification");
	gv_json_arr(j);
	for (const char *const *k = kinds; *k; k++)
		gv_json_str(j, *k);
	gv_json_arr_end(j);
	gv_json_obj_end(j);
}

static bool in_export(const struct gv_vote_record *r, const char *slug)
{
	for (size_t i = 0; i < r->n; i++)
		if (!strcmp(r->meetings[i].slug, slug))
			return true;
	return false;
}

static void steps(struct gv_json *j, const struct gv_vote_record *r, const struct gv_bylaw *b)
{
	static const char *const names[] = {"First reading", "Second reading", "Third reading"};
	static const char *const kinds[][3] = {{"reading-1", NULL}, {"reading-2", NULL},
						{"reading-3", "passage", NULL}};
	for (size_t k = 0; k < b->n_steps; k++) {
		const struct gv_bylaw_step *s = &b->steps[k];
		if (!in_export(r, s->meeting))
			continue;
		if (s->override) {
			action(j, "Veto overridden by two thirds of all members", s->date, s->body,
			       (const char *const[]){"veto-override-passage", NULL});
			continue;
		}
		for (int i = 0; i < 3; i++)
			if (s->readings & (1u << i))
				action(j, names[i], s->date, s->body, kinds[i]);
	}
}

void gv_export_ocd_bills(struct gv_ws *ws, struct gv_json *j, const char *base_url,
			 const char *municipality, const struct gv_vote_record *r)
{
	struct gv_bylaw *b;
	size_t n;
	struct gv_err err = {0};
	if (gv_bylaw_list(ws, 0, &b, &n, &err))
		n = 0;
	const char *sep = *base_url && base_url[strlen(base_url) - 1] != '/' ? "/" : "";
	char *url = gv_asprintf("%s%sbylaws.html", base_url, sep);
	for (size_t i = 0; i < n; i++) {
		gv_json_obj(j);
		gv_json_kstr(j, "name", b[i].number);
		char *title = gv_redact(b[i].title ? b[i].title : b[i].number);
		gv_json_kstr(j, "title", title);
		free(title);
		char session[8];
		snprintf(session, sizeof session, "%d", b[i].year);
		gv_json_kstr(j, "session", session);
		gv_json_kstr(j, "from_organization", municipality);
		gv_json_key(j, "classification");
		gv_json_arr(j);
		gv_json_str(j, "ordinance");
		gv_json_arr_end(j);
		gv_json_key(j, "actions");
		gv_json_arr(j);
		steps(j, r, &b[i]);
		if (b[i].signed_on)
			action(j, "Signed by the head of council and the clerk", b[i].signed_on,
			       municipality, (const char *const[]){"executive-signature", NULL});
		if (b[i].vetoed_on)
			action(j, "Vetoed by the head of council", b[i].vetoed_on, municipality,
			       (const char *const[]){"executive-veto", NULL});
		gv_json_arr_end(j);
		gv_json_key(j, "extras");
		gv_json_obj(j);
		gv_json_kstr(j, "status", gv_bylaw_status(&b[i]));
		gv_json_kstr(j, "amends", b[i].amends);
		gv_json_kstr(j, "repeals", b[i].repeals);
		gv_json_kstr(j, "amended_by", b[i].amended_by);
		gv_json_kstr(j, "repealed_by", b[i].repealed_by);
		/* the days they did it, as `bylaw show --json` and the by-laws
		 * page give them ("Amended by 2026-053 on November 10, 2026") */
		gv_json_kstr(j, "repealed_on", b[i].n_repeals_of ? b[i].repeals_of[0].date : NULL);
		gv_bylaw_changes_json(j, "amendments", b[i].amendments, b[i].n_amendments);
		gv_json_obj_end(j);
		gv_json_key(j, "sources");
		gv_json_arr(j);
		gv_json_obj(j);
		gv_json_kstr(j, "url", url);
		gv_json_kstr(j, "note", "by-law register");
		gv_json_obj_end(j);
		gv_json_arr_end(j);
		gv_json_obj_end(j);
	}
	free(url);
	gv_bylaws_free(b, n);
}
