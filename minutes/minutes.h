/* The minutes of a meeting, built from its agenda, its log (replayed) and the
 * clerk's notes: deterministic markdown (same inputs, same bytes) and HTML.
 *
 * Public minutes are made from the public view of the meeting
 * (gv_minutes_make_public): of a closed session they keep only the
 * resolution to close, its clause and general nature, the times and what
 * was reported on rising; [redact] spans are [redacted]. The confidential
 * minutes carry the closed-session proceedings without note or comment
 * (s.239(7); docs/minutes.md).
 * When the meeting has a stream URL, each item taken up in open session
 * links to its moment in the recording. */
#ifndef GAVEL_MINUTES_H
#define GAVEL_MINUTES_H

#include <stdbool.h>
#include <stddef.h>

#include "agenda/item.h"
#include "agenda/meeting.h"
#include "agenda/member.h"
#include "agenda/notice.h"
#include "minutes/approval.h"
#include "live/live.h"
#include "minutes/notes.h"
#include "live/state.h"
#include "live/chapters.h"

struct gv_buf;
struct gv_ws;
struct gv_err;

/* Everything the minutes are made of, loaded once. */
struct gv_minutes {
	struct gv_meeting meeting;
	struct gv_agenda agenda;
	struct gv_live_ctx ctx;       /* with the people of the meeting's day (live/people.h) */
	struct gv_live_log log;       /* the log (corrections included) and its state */
	struct gv_note *notes;
	size_t n_notes;
	char *municipality;
	char *clerk_name;             /* the clerk.name setting */
	struct gv_notice_given *notices; /* notices of motion given at the meeting */
	size_t n_notices;
	struct gv_approval approval;
	/* once approved, the minutes as approved, complete ([0]) and public
	 * ([1]), which every output gives instead of making them again
	 * (minutes/approved_text.c); all NULL before approval, and for
	 * minutes approved before gavel kept them (made from the database,
	 * which approval locks) */
	struct gv_minutes_approved {
		char *md;
		char *html_head;  /* the HTML body up to its status line */
		char *html_tail;  /* after the status line and the page's links */
	} approved[2];
	struct gv_chapters chapters;  /* of the recording; none before the call to order */
	bool public;                  /* made public by gv_minutes_make_public */
	/* declarations made in closed session since the body's last open
	 * meeting, which these minutes record, without their general nature
	 * (MCIA s.6(2)) */
	struct gv_closed_declaration {
		char *member;  /* name and title on that meeting's day */
		char *meeting; /* "the Regular Meeting of Council of ...", public */
	} *closed_declarations;
	size_t n_closed_declarations;
	/* who spoke from the speakers' list, in order, when the setting
	 * minutes.speakers is on (minutes/speakers_minutes.c) */
	struct gv_minutes_speaker {
		int64_t member_id;
		int64_t item_id;    /* the item taken up when they were called */
		bool confidential;  /* called in closed session or on a closed item */
	} *speakers;
	size_t n_speakers;
};

/* Load the minutes of meeting_ref (slug or id). Clear with gv_minutes_clear. */
int gv_minutes_load(struct gv_ws *ws, const char *meeting_ref, struct gv_minutes *m,
		    struct gv_err *err);
void gv_minutes_clear(struct gv_minutes *m);
/* Fill m->closed_declarations, from the public registry of the meetings of
 * the body since its last open one (minutes/closed_declarations.c); none
 * unless m was called to order. */
int gv_minutes_load_closed_declarations(struct gv_ws *ws, struct gv_minutes *m,
					struct gv_err *err);
void gv_minutes_clear_closed_declarations(struct gv_minutes *m);
/* Fill m->speakers when minutes.speakers is on (none otherwise); drop the
 * confidential ones from public minutes. */
int gv_minutes_load_speakers(struct gv_ws *ws, struct gv_minutes *m, struct gv_err *err);
void gv_minutes_public_speakers(struct gv_minutes *m);

/* Make loaded minutes public, in place: the meeting and agenda in their
 * public form (agenda/agenda_public.h), the context and log replaced by
 * the public view of the meeting (minutes/public_view.h), the notes on
 * private items dropped and the others redacted. Everything that writes
 * public minutes writes minutes made public this way. */
void gv_minutes_make_public(struct gv_minutes *m);

/* The minutes as approved (minutes/approved_text.c). _load fills
 * m->approved when m->approval says they are approved; _text is those of
 * m's form (public or complete), NULL when none are kept; _keep stores
 * m's form as it is made now (at approval, before anything is kept). */
int gv_minutes_approved_load(sqlite3 *db, struct gv_minutes *m, struct gv_err *err);
const struct gv_minutes_approved *gv_minutes_approved_text(const struct gv_minutes *m);
int gv_minutes_approved_keep(sqlite3 *db, const struct gv_minutes *m, struct gv_err *err);
/* gv_minutes_md_items from the text approved: false (fn never called)
 * when m has none kept. */
bool gv_minutes_approved_items(const struct gv_minutes *m,
			       void (*fn)(void *arg, const struct gv_item *it, const char *md),
			       void *arg);
void gv_minutes_approved_free(struct gv_minutes_approved *a);

/* Whether the meeting has minutes to show: anything in its log, a note
 * saved to the record, or an approval. */
bool gv_minutes_exist(const struct gv_minutes *m);

/* The minutes as markdown (public or confidential, as m is), appended to
 * out: "the minutes of the meeting as of now", made from the database
 * until they are approved, then the text approved. Every output of the
 * minutes (the CLI, the TUI, the site, the PDF, record/) goes through it
 * or gv_minutes_html_body, which does the same. */
void gv_minutes_md(struct gv_buf *out, const struct gv_minutes *m);

/* The markdown under each agenda item's heading: fn gets every item, in
 * agenda order, with what the minutes say under it ("" when nothing). */
void gv_minutes_md_items(const struct gv_minutes *m,
			 void (*fn)(void *arg, const struct gv_item *it, const char *md),
			 void *arg);

/* The minutes as a standalone HTML page: a frame around gv_minutes_html_body. */
int gv_minutes_html(struct gv_buf *out, const struct gv_minutes *m, struct gv_err *err);

/* How the minutes' HTML fits a page of the site (NULL: left out). */
struct gv_minutes_html_opts {
	const char *links_html;     /* trusted HTML placed after the status line */
	const char *approval_href;  /* the approving meeting's page, linked from the status */
};

/* The minutes as the body of an HTML page, from its <h1>: a status line
 * saying draft or approved (where and by which motion), item headings with
 * the agenda package's ids ("item-7-2"), each main motion in a block with
 * the id "motion-K", recorded votes as tables with a caption and header
 * scopes, links into the recording; notes and wordings through discount
 * with the safe flags, names and titles escaped. Refused when a text is
 * over the markdown size limit. */
int gv_minutes_html_body(struct gv_buf *out, const struct gv_minutes *m,
			 const struct gv_minutes_html_opts *o, struct gv_err *err);

/* "meetings/2026/<slug>" in record/ and confidential/; caller frees. */
char *gv_minutes_dir(const struct gv_meeting *m);

#endif
