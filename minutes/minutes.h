/* The minutes of a meeting, built from its agenda, its log (replayed) and the
 * clerk's notes: deterministic markdown (same inputs, same bytes) and HTML.
 *
 * Public minutes keep, of a closed session, only the resolution to close,
 * its clause and general nature, the times and what was reported on rising;
 * [redact] spans become [redacted]. The confidential minutes carry the
 * closed-session proceedings without note or comment (s.239(7)). */
#ifndef GAVEL_MINUTES_H
#define GAVEL_MINUTES_H

#include <stdbool.h>
#include <stddef.h>

#include "agenda/item.h"
#include "agenda/meeting.h"
#include "agenda/member.h"
#include "minutes/approval.h"
#include "minutes/live.h"
#include "minutes/notes.h"
#include "minutes/state.h"

struct gv_buf;
struct gv_ws;
struct gv_err;

/* Everything the minutes are made of, loaded once. */
struct gv_minutes {
	struct gv_meeting meeting;
	struct gv_agenda agenda;
	struct gv_live_ctx ctx;
	struct gv_live_log log;       /* the log (corrections included) and its state */
	struct gv_note *notes;
	size_t n_notes;
	struct gv_member *people;     /* everyone, for staff and roles */
	size_t n_people;
	char *municipality;
	struct gv_approval approval;
};

/* Load the minutes of meeting_ref (slug or id). Clear with gv_minutes_clear. */
int gv_minutes_load(struct gv_ws *ws, const char *meeting_ref, struct gv_minutes *m,
		    struct gv_err *err);
void gv_minutes_clear(struct gv_minutes *m);

/* The minutes as markdown, appended to out. */
void gv_minutes_md(struct gv_buf *out, const struct gv_minutes *m, bool public);

/* The minutes as a standalone HTML page (discount, safe flags). */
int gv_minutes_html(struct gv_buf *out, const struct gv_minutes *m, bool public,
		    struct gv_err *err);

/* "meetings/2026/<slug>" in record/ and confidential/; caller frees. */
char *gv_minutes_dir(const struct gv_meeting *m);

#endif
