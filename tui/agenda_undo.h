/* Undo in the agenda editor: the last change made by a key, taken back
 * through the same core calls (agenda/item.h) as any change, so the core
 * checks it as it would any other (docs/tui.md, "Agenda undo"). */
#ifndef GAVEL_TUI_AGENDA_UNDO_H
#define GAVEL_TUI_AGENDA_UNDO_H

#include <stdbool.h>
#include <stdint.h>

struct agenda;
struct gv_item;
struct tui;

enum agenda_undo_kind { UNDO_NONE, UNDO_ADD, UNDO_FIELDS, UNDO_PLACE, UNDO_DELETE };

struct agenda_undo {
	enum agenda_undo_kind kind;
	char *what;        /* "the title of 9.1": what undo says it took back */
	int64_t item_id;   /* the item changed (not after a delete) */
	char *number;      /* ADD: the new item's number */
	/* FIELDS, DELETE: the item as it was */
	char *title, *body, *recommendation, *closed, *public_title;
	int consent;
	/* PLACE, DELETE: where it was: after prev_id, else first under
	 * parent_id (0: the top level) */
	int64_t prev_id, parent_id;
};

/* Before a change of kind to it (NULL for an add), what to keep; a
 * snapshot that agenda_undo_keep makes the undo once the change is done. */
void agenda_undo_snapshot(struct agenda_undo *u, const struct agenda *a, const struct gv_item *it,
			  enum agenda_undo_kind kind);

/* The change went through: the snapshot is the last change now (ADD: the
 * new item is number). */
void agenda_undo_keep(struct agenda *a, struct agenda_undo *snap, const char *number);

/* Take the last change back; TUI_* flags. Says what it undid, or why not. */
int agenda_undo(struct agenda *a, struct tui *t);

void agenda_undo_clear(struct agenda_undo *u);

#endif
