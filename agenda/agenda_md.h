/* The markdown form of an agenda: what `agenda show --format md` prints,
 * what record/ keeps, and what `agenda import` reads back.
 *
 *   # Regular Council Meeting
 *
 *   Council · Tuesday, December 1, 2026, 7:00 p.m. · Council Chambers
 *
 *   ## 8 Consent Agenda
 *
 *   ### 8.1 Minutes of the Finance Committee
 *
 *   *Consent item.*
 *
 *   Body markdown...
 *
 *   **Recommendation:** That Council receive the minutes.
 *
 *   ## 13 Closed Session
 *
 *   ### 13.1 Offer for 12 Mill Street
 *
 *   *Closed session item: 239(2)(c) — a proposed or pending acquisition ...*
 *
 *   *Public title:* Property matter, Ward 3
 *
 * Items are headings whose level is their depth + 1 and whose number is the
 * next one in sequence; other headings belong to the body above them. */
#ifndef GAVEL_AGENDA_MD_H
#define GAVEL_AGENDA_MD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

struct gv_agenda;
struct gv_meeting;
struct gv_err;

/* Render the agenda as given: the confidential form, or the public one
 * after gv_meeting_make_public and gv_agenda_make_public. A closed item
 * shows its clause line (and its public title when it has one). */
void gv_agenda_md_write(struct gv_buf *out, const struct gv_meeting *m,
			const struct gv_agenda *a);

/* One parsed item of an imported agenda. */
struct gv_md_item {
	int depth;
	char *title;
	char *body;
	char *recommendation;
	bool consent;
	char *closed;   /* canonical clause or NULL */
	char *public_title; /* NULL when none */
};

/* Parse text into items (in reading order). Caller frees with
 * gv_md_items_free. Malformed input, and a character no text field may
 * hold (gv_check_chars), are refused with the line number. */
int gv_agenda_md_parse(const char *text, struct gv_md_item **items, size_t *n,
		       struct gv_err *err);
void gv_md_items_free(struct gv_md_item *items, size_t n);

/* Replace the meeting's agenda with the parsed items, in one transaction. */
struct gv_ws;
int gv_agenda_import(struct gv_ws *ws, int64_t meeting_id, const char *text,
		     size_t *count, struct gv_err *err);

#endif
