/* Publishing an agenda to the record: the public agenda.md goes to record/,
 * the full one to confidential/. */
#ifndef GAVEL_AGENDA_PUBLISH_H
#define GAVEL_AGENDA_PUBLISH_H

#include <stdbool.h>
#include <stddef.h>

struct gv_ws;
struct gv_err;

/* Commit meetings/YYYY/<slug>/agenda.md to both repositories (no commit when
 * unchanged) and mark the agenda public. *changed says whether record/ got a
 * new commit; each such commit is a new revision of the agenda
 * (agenda/revision.h), which the site then shows. */
int gv_agenda_publish(struct gv_ws *ws, const char *meeting_ref, bool *changed,
		      struct gv_err *err);

/* What a publish made: the latest revision, whether it is new, and the
 * changes the public reads in it (none for revision 1). */
struct gv_agenda_published {
	int revision;
	bool is_new;
	char **changes;   /* free with gv_revision_changes_free */
	size_t n_changes;
};
int gv_agenda_publish_revision(struct gv_ws *ws, const char *meeting_ref, bool *changed,
			       struct gv_agenda_published *out, struct gv_err *err);

/* Commit m's latest published revision to both repositories as it was
 * published (gavel check --repair), making no revision. */
struct gv_meeting;
int gv_agenda_recommit(struct gv_ws *ws, const struct gv_meeting *m, bool *changed,
		       struct gv_err *err);

#endif
