/* Revisions of a published agenda (docs/formats.md, "Agenda revisions").
 *
 * `agenda publish M` keeps a copy of the agenda as it publishes it: the
 * first publish makes revision 1, and each later publish that changes what
 * the public reads makes the next one (record/ gets one commit for each).
 * A change only the workspace sees (a closed item's working title) updates
 * the latest revision in place. The site shows the latest revision, never
 * the working agenda, and lists what changed from one revision to the
 * next; `meeting list|show` and the TUI say when the working agenda has
 * changed since it was published (gv_meeting.agenda_changed). */
#ifndef GAVEL_AGENDA_REVISION_H
#define GAVEL_AGENDA_REVISION_H

#include <stddef.h>
#include <stdint.h>

struct gv_agenda;
struct gv_err;
struct gv_ws;

struct gv_revision {
	int number;            /* 1, 2, ... */
	int64_t published_at;  /* UTC seconds */
};

/* The meeting's revisions, oldest first (none before the first publish).
 * Caller frees *out. */
int gv_revision_list(struct gv_ws *ws, int64_t meeting_id, struct gv_revision **out,
		     size_t *n, struct gv_err *err);

/* Copy the working agenda into revision `number` published at `at`,
 * replacing that revision when it exists, in one transaction. */
int gv_revision_save(struct gv_ws *ws, int64_t meeting_id, int number, int64_t at,
		     struct gv_err *err);

/* What changed from agenda `from` to agenda `to` (both in the same form,
 * the public one for anything public), one line each, as a clerk writes it
 * in a revised agenda: "Added 9.4 Late item", "Replaced the report of 9.1
 * Road repairs". Items are matched by id; an item whose number changed only
 * because others were added, removed or moved is not listed. Free with
 * gv_revision_changes_free. */
char **gv_revision_changes(const struct gv_agenda *from, const struct gv_agenda *to, size_t *n);
void gv_revision_changes_free(char **lines, size_t n);

#endif
