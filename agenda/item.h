/* Agenda items: a tree of numbered items (7, 7.2, 7.2.1) per meeting. */
#ifndef GAVEL_ITEM_H
#define GAVEL_ITEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

struct gv_ws;
struct gv_err;

#define GV_ITEM_MAX_DEPTH 3
#define GV_BODY_MAX (256 * 1024)   /* markdown bodies: discount is superlinear */
#define GV_TITLE_MAX 500

struct gv_attachment {
	int64_t id;
	char *name;
	char *sha256;        /* of the stored file (attachments/<sha256>); in a public
				agenda, of the file as published */
	char *media_type;
	int64_t size;
	char *published;     /* public agenda only (gv_attach_make_public): the bytes
				published when they are not the stored file's (a text
				with [redact] spans), else NULL */
};

struct gv_item {
	int64_t id;
	int64_t parent_id;   /* 0 at the top level */
	int position;        /* 1-based among its siblings */
	int depth;           /* 1 at the top level */
	char number[32];     /* "7.2.1" */
	char *title;
	char *body;          /* markdown, "" when none */
	char *recommendation;/* "" when none */
	bool consent;
	char *closed_clause; /* canonical clause, NULL when open */
	char *public_title;  /* what the public reads for a private item, NULL: none */
	bool under_closed;   /* an ancestor is closed (set by gv_agenda_load) */
	char *deferred_from; /* deferred business: the slug of the meeting that deferred
				it, and its number there (may be NULL); else NULL */
	char *deferred_item;
	char *deferred_from_name; /* that meeting by name (gv_meeting_name), NULL if gone */
	struct gv_attachment *attachments;
	size_t n_attachments;
};

/* Where deferred business came from, as the agenda's reader reads it:
 * "the Regular Meeting of Council of December 1, 2026, item 2" (docs/formats.md,
 * "Naming a meeting"; the site's agenda page links
 * it; record/'s markdown says it; docs/procedure.md, "Dispositions"). */
struct gv_buf;
void gv_item_deferred_words(struct gv_buf *out, const struct gv_item *it);

/* The agenda of one meeting in reading order (each item before its children). */
struct gv_agenda {
	int64_t meeting_id;
	struct gv_item *items;
	size_t n;
};

int gv_agenda_load(struct gv_ws *ws, int64_t meeting_id, struct gv_agenda *out,
		   struct gv_err *err);
void gv_agenda_free(struct gv_agenda *a);
/* Revision `revision` (1, 2, ...) of the published agenda
 * (agenda/revision.h), as it was published, except that an item the
 * working agenda has made private since is private in it too. */
int gv_agenda_load_revision(struct gv_ws *ws, int64_t meeting_id, int revision,
			    struct gv_agenda *out, struct gv_err *err);

/* The clause that makes item it of a private: its own, else its nearest
 * closed ancestor's, however deep; NULL when it is open. */
const char *gv_item_private_clause(const struct gv_agenda *a, const struct gv_item *it);

/* Sort items into reading order and number them from parent_id/position. */
void gv_agenda_number(struct gv_item *items, size_t n);

/* The item ref names (agenda/item_ref.h: "7.2", "7." or "#ID"); refused
 * (GV_ENOTFOUND) otherwise. */
int gv_agenda_find(const struct gv_agenda *a, const char *ref, const struct gv_item **out,
		   struct gv_err *err);

/* Fields of a new item or of an edit; NULL leaves a field unset/unchanged. */
struct gv_item_fields {
	const char *title;
	const char *body;
	const char *recommendation;
	int consent;              /* -1 unchanged, 0 or 1 */
	const char *closed;       /* a clause, or "" to open the item */
	const char *public_title; /* a closed item's public title, "" to remove it */
	bool force;               /* make a published item private, or a private item
				   * public (docs/safety.md, "Closing and opening items") */
};

enum gv_place { GV_PLACE_END, GV_PLACE_UNDER, GV_PLACE_AFTER, GV_PLACE_FIRST };

/* Add an item at place relative to item `ref` (ignored for END); number_out
 * gets the new number. */
int gv_item_add(struct gv_ws *ws, int64_t meeting_id, const struct gv_item_fields *f,
		enum gv_place place, const char *ref, char number_out[32], struct gv_err *err);
int gv_item_edit(struct gv_ws *ws, int64_t meeting_id, const char *ref,
		 const struct gv_item_fields *f, struct gv_err *err);
/* Move item ref after/under ref2, or first among its siblings. A move that
 * makes the item public or private is refused unless force, as an edit is. */
int gv_item_move(struct gv_ws *ws, int64_t meeting_id, const char *ref, enum gv_place place,
		 const char *ref2, bool force, char number_out[32], struct gv_err *err);
/* Remove an item with its sub-items; refused when the log refers to them. */
int gv_item_rm(struct gv_ws *ws, int64_t meeting_id, const char *ref, struct gv_err *err);

/* The frame of every change to a meeting's agenda: the write transaction,
 * the agenda as it is inside it, and the item the change is about. */
struct gv_agenda_edit {
	struct gv_ws *ws;
	int64_t meeting_id;
	struct gv_agenda a;
	const struct gv_item *it; /* the item ref named; NULL without ref */
	bool begun;               /* the transaction is this frame's */
};

/* Begin the write transaction, load the meeting's agenda into e->a and find
 * the item ref names (ref may be NULL). Whatever it returns, the caller
 * ends with gv_agenda_edit_end. */
int gv_agenda_edit_begin(struct gv_agenda_edit *e, struct gv_ws *ws, int64_t meeting_id,
			 const char *ref, struct gv_err *err);
/* Commit when rc is 0, else roll back what the frame began; free the
 * agenda. Returns rc, or the failure of the commit. */
int gv_agenda_edit_end(struct gv_agenda_edit *e, int rc, struct gv_err *err);

/* Check the fields as any write would (title line, body size and
 * characters, clause); used before a transaction starts. */
int gv_item_fields_check(const struct gv_item_fields *f, struct gv_err *err);

#endif
