/* Shared by the files that write the minutes (minutes_md.c, minutes_motion.c):
 * small lookups and the one way text reaches the page. Not for other users. */
#ifndef GAVEL_MINUTES_PARTS_H
#define GAVEL_MINUTES_PARTS_H

#include <stdbool.h>
#include <stdint.h>

#include "minutes/minutes.h"

struct gv_buf;

struct mp_html;

/* What one rendering needs: the minutes, whether they are public, and
 * whether they become HTML. */
struct gv_page_ctx {
	const struct gv_minutes *m;
	bool public;
	struct mp_html *html;  /* NULL when writing markdown (minutes_html.c) */
};

/* The whole minutes, in markdown or, through p->html, in HTML. */
void mp_minutes(struct gv_buf *out, const struct gv_page_ctx *p);

/* A name or title: as typed in markdown; for HTML, with its markdown
 * punctuation escaped, so discount shows it as typed and never as a link or
 * emphasis. */
void mp_literal(struct gv_buf *out, const struct gv_page_ctx *p, const char *s);
/* A person with the title they had on the meeting's day (live/people.h,
 * as mp_literal writes): "Councillor Haddad", full "Councillor Ahmed
 * Haddad"; staff always "Anne-Marie Desjardins, Clerk". */
void mp_titled(struct gv_buf *out, const struct gv_page_ctx *p, int64_t id, bool full);
/* End the sentence written so far with a period, unless it ends with one
 * already ("7:05 p.m."). */
void mp_end_sentence(struct gv_buf *out);
/* "Draft: ...", "Approved at meeting M2 by resolution 2027-3." */
void mp_approval_words(struct gv_buf *out, const struct gv_approval *a);
/* Whether these are the confidential minutes of a meeting that had a
 * closed session (they say so at the top). */
bool mp_confidential(const struct gv_page_ctx *p);
/* "7:05 p.m." */
void mp_clock(struct gv_buf *out, int64_t t);
/* "8.2 Lease renewal" of an item id. */
void mp_item_ref(struct gv_buf *out, const struct gv_page_ctx *p, int64_t item_id);

/* When writing HTML: the markdown written to md so far goes through
 * discount (safe flags) to the HTML, md is emptied, and the HTML buffer is
 * returned for a block the caller writes itself. NULL for markdown. */
struct gv_buf *mp_html_block(struct gv_buf *md, const struct gv_page_ctx *p);

/* HTML blocks of minutes_html.c: the title, meeting and status lines; an
 * item's heading with its id; a note, its headings below the item's. */
void mp_html_header(struct gv_buf *h, const struct gv_page_ctx *p);
/* m's HTML body as it is made now, without a page's links, cut around its
 * status line: what approved_text.c keeps. Caller frees both. */
int mp_html_parts(const struct gv_minutes *m, char **head, char **tail, struct gv_err *err);
void mp_html_item_heading(struct gv_buf *h, const struct gv_item *it, const char *lang);
void mp_html_note(struct gv_buf *h, const struct gv_page_ctx *p, const struct gv_item *it,
		  const char *note);

/* "Speakers: Councillor Haddad, Mayor Côté." for item_id, when the
 * minutes list speakers (speakers_minutes.c). */
void mp_speakers(struct gv_buf *out, const struct gv_page_ctx *p, int64_t item_id);

/* A main motion with its amendments, result, consent items and recorded
 * vote. */
void mp_motion(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_motion *main);

#endif
