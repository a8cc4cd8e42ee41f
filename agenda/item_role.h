/* What an agenda item is for, read from its title: the call to order, the
 * disclosure of interests and the adjournment have their place in the
 * minutes (the call to order and the adjournment are dealt with when the
 * meeting opens and closes, the declarations are listed under the
 * disclosure item). Titles as the templates and Ontario agendas word them. */
#ifndef GAVEL_ITEM_ROLE_H
#define GAVEL_ITEM_ROLE_H

#include <stdbool.h>

enum gv_item_role { ITEM_PLAIN, ITEM_CALL_TO_ORDER, ITEM_DISCLOSURE, ITEM_ADJOURNMENT };

enum gv_item_role gv_item_role_of(const char *title);

struct gv_agenda;
struct gv_item;

/* A standing section (a heading such as "Delegations" or "Correspondence"
 * under which business is listed) with nothing under it (no sub-items,
 * report, recommendation or attachment) in a month without any: the minutes say "None." under it and adjournment does not name it
 * as business left undone (docs/minutes.md, "Items"). */
bool gv_item_is_empty_section(const struct gv_agenda *a, const struct gv_item *it);

/* The section of an agenda under which members give notice of motions
 * ("Notices of Motion", the whole title folded): each item under it gives a
 * notice when the meeting deals with it (docs/bylaws.md, "Notices of
 * motion"). */
bool gv_item_is_notices_section(const char *title);

#endif
