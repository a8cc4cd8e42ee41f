/* What the public may read of a meeting and its agenda, and the guard on
 * changing it (docs/safety.md, "Closed items" and "Redaction").
 *
 * An item is private when it is closed (it has a clause of s.239) or sits
 * under a closed item. The public reads a private item only as its public
 * title (its own --public-title, else "Closed session: <general nature>,
 * s.<clause>" of the nearest closed item), with no report, recommendation
 * or attachment. Every other text has its [redact] spans replaced.
 *
 * Every public output takes a meeting and agenda through these functions
 * first; the renderers themselves never decide what is public. */
#ifndef GAVEL_AGENDA_PUBLIC_H
#define GAVEL_AGENDA_PUBLIC_H

#include <stdbool.h>
#include <stdint.h>

struct gv_agenda;
struct gv_err;
struct gv_item;
struct gv_meeting;
struct gv_ws;

/* True if the item must not show its content in public: it is closed, or it
 * sits under a closed item. */
bool gv_item_is_private(const struct gv_item *it);

/* The title the public reads for item it of agenda a. Caller frees. */
char *gv_item_public_title(const struct gv_agenda *a, const struct gv_item *it);

/* Make m public in place: its title and location redacted. */
void gv_meeting_make_public(struct gv_meeting *m);

/* Make a public in place: private items reduced to their public title and
 * clause, every other title, report and recommendation redacted. */
void gv_agenda_make_public(struct gv_agenda *a);

/* gv_agenda_make_public, and the attachments in the form they are published
 * (agenda/attach.h, gv_attach_make_public: a file of a type gavel would not
 * attach is withheld, a text file redacted). For every output that shows or
 * serves attachments. */
int gv_agenda_make_public_files(struct gv_ws *ws, struct gv_agenda *a, struct gv_err *err);

/* Whether it (of meeting_id) may change from private to will_be_private as
 * `action` says ("opening it", "moving it there"): making a private item
 * public always needs force, making a public item private needs it once
 * the agenda is published (its earlier text stays in record/'s history,
 * and on the remote when record/ was pushed). One refusal line otherwise,
 * ending with GV_FORCE_HINT (base/err.h). */
int gv_item_privacy_guard(struct gv_ws *ws, int64_t meeting_id, const struct gv_item *it,
			  bool will_be_private, const char *action, bool force,
			  struct gv_err *err);

#endif
