/* Item references: how a clerk names an agenda item ("7", "7.2", and "7."
 * as printed in some agendas) and how a front end names one to the core
 * ("#ID": numbers change when items move, ids never do). Every front end
 * reads and writes references here, so a reference means the same item
 * wherever it is typed. */
#ifndef GAVEL_ITEM_REF_H
#define GAVEL_ITEM_REF_H

#include <stdbool.h>
#include <stdint.h>

#define GV_ITEM_REF_MAX 32 /* "#" and any id, with its terminating NUL */

/* Does ref name the item with this id and number? Space around ref and one
 * final '.' are not part of it. */
bool gv_item_ref_names(const char *ref, int64_t id, const char *number);

/* The reference "#ID" of the item with this id, into out. */
void gv_item_ref_of(int64_t id, char out[GV_ITEM_REF_MAX]);

#endif
