/* The registry of declarations of interest (MCIA s.6.1; docs/procedure.md,
 * "The registry of declarations"): every declaration the meetings' logs
 * record (undone ones are not in a log's state), newest first.
 *
 * The clerk's registry dates each declaration by its meeting and names
 * everything. The public registry is read off each meeting's public view
 * (live/public_view.h): an item under its public title, the nature with
 * its [redact] spans replaced. A declaration made in closed session is
 * recorded, as MCIA s.6(2) says, in the minutes of the next open meeting:
 * in public it appears only once a later meeting of the same body was
 * called to order, dated by that meeting, with the member and the general
 * nature (redacted) and nothing of the closed item. */
#ifndef GAVEL_LIVE_REGISTRY_H
#define GAVEL_LIVE_REGISTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;
struct gv_meeting;

/* One declaration. */
struct gv_declared {
	int64_t member_id;
	char *member;        /* "Councillor Ahmed Haddad": name and title on the meeting's day */
	char *item;          /* "9.1"; NULL in public for one made in closed session */
	char *item_title;    /* the public title in public; NULL with item */
	char *nature;        /* the general nature; NULL when none was given */
	bool closed_session; /* made in closed session */
	bool closed_item;    /* on a private item (agenda/agenda_public.h) */
};

/* The declarations of one meeting, in the order of its log, and whether it
 * was called to order. */
struct gv_declared_meeting {
	int64_t meeting_id, body_id, starts_at;
	bool held;
	struct gv_declared *d;
	size_t n;
};

/* The declarations of meeting m (only its id, slug, body and start are
 * read), as the clerk's registry has them or, when public, as the public
 * registry does. Clear with gv_declared_meeting_clear. */
int gv_declared_load(struct gv_ws *ws, const struct gv_meeting *m, bool public,
		     struct gv_declared_meeting *out, struct gv_err *err);
void gv_declared_meeting_clear(struct gv_declared_meeting *dm);

/* A row of the registry: declaration d of meeting ms[from], dated by
 * meeting ms[at] (at != from only for one made in closed session, in
 * public). */
struct gv_registry_row {
	size_t at, from;
	const struct gv_declared *d;
};

/* The registry of meetings ms[0..n) (in order of their start): newest
 * first, each meeting's rows in the order of its log, those it records from
 * earlier closed sessions first. public: what gv_declared_load(public) gave,
 * with the closed-session rule above. *out is the caller's to free. */
size_t gv_registry_rows(const struct gv_declared_meeting *ms, size_t n, bool public,
			struct gv_registry_row **out);

#endif
