/* Plain-text and JSON forms of meetings and agendas, for the CLI and anyone
 * else who prints them. */
#ifndef GAVEL_AGENDA_VIEW_H
#define GAVEL_AGENDA_VIEW_H

#include <stdbool.h>

struct gv_buf;
struct gv_json;
struct gv_agenda;
struct gv_item;
struct gv_meeting;

/* "Tuesday, December 1, 2026, 7:00 p.m." */
void gv_meeting_when(const struct gv_meeting *m, char out[80]);

/* The meeting's fields as a JSON object (no agenda); _fields: the same
 * keys inside an object the caller opened. */
void gv_meeting_json(struct gv_json *j, const struct gv_meeting *m);
void gv_meeting_json_fields(struct gv_json *j, const struct gv_meeting *m);
/* "deferred_from": {"meeting": SLUG, "item": N|null}, or null without a
 * meeting (docs/formats.md, "Markdown agenda"). */
void gv_deferred_from_json(struct gv_json *j, const char *meeting, const char *item);

/* Numbered outline, one item a line, with [consent] / [closed ...] marks,
 * and from rec (NULL: none) the member an item names as its mover (who
 * gives its notice of motion, docs/bylaws.md): [mover: NAME]. */
struct gv_item_records_arg;
void gv_agenda_text_write(struct gv_buf *out, const struct gv_agenda *a,
			  const struct gv_item_records_arg *rec);

/* The items as a JSON array, as given. public (a's public form, made by
 * gv_agenda_make_public): private items show no body, recommendation or
 * attachments, and no public_title field (their title is it). */
void gv_agenda_json_items(struct gv_json *j, const struct gv_agenda *a, bool public);
/* The same, with more keys of each item the reader may read (more(j, item,
 * arg) adds them; not called for a private item of the public agenda). */
struct gv_item;
typedef void (*gv_item_json_fn)(struct gv_json *j, const struct gv_item *it, void *arg);
void gv_agenda_json_items_with(struct gv_json *j, const struct gv_agenda *a, bool public,
			       gv_item_json_fn more, void *arg);

#endif
