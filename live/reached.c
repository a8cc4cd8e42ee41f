/* Which agenda items a meeting dealt with (docs/procedure.md, "Adjournment"). */
#include "live/state.h"

#include "agenda/item_role.h"
#include "base/buf.h"

static bool has_children(const struct gv_live_ctx *c, int64_t id)
{
	for (size_t i = 0; i < c->n_items; i++)
		if (c->items[i].parent_id == id)
			return true;
	return false;
}

bool gv_live_item_dealt(const struct gv_live_ctx *c, const struct gv_live_state *s,
			int64_t item_id)
{
	/* the call to order, the disclosures (made whenever an item needs one)
	 * and the adjournment happen with the meeting */
	const struct gv_live_item *it = gv_live_item(c, item_id);
	enum gv_item_role role = it ? gv_item_role_of(it->title) : ITEM_PLAIN;
	if (((role == ITEM_CALL_TO_ORDER || role == ITEM_DISCLOSURE) && s->started_at) ||
	    (role == ITEM_ADJOURNMENT && s->adjourned_at))
		return true;
	for (size_t i = 0; i < s->n_taken; i++)
		if (s->taken[i].item_id == item_id)
			return true;
	for (size_t i = 0; i < s->n_adopted; i++)
		if (s->adopted[i] == item_id)
			return true;
	/* a motion on it, or on the section it is in while that section was
	 * before the meeting (by-laws read together, say) */
	for (size_t i = 0; i < s->n_motions; i++)
		if (s->motions[i].item_id == item_id ||
		    (it && it->parent_id && s->motions[i].item_id == it->parent_id))
			return true;
	for (size_t i = 0; i < c->n_items; i++)
		if (c->items[i].parent_id == item_id && gv_live_item_dealt(c, s, c->items[i].id))
			return true;
	return false;
}

size_t gv_live_unreached(const struct gv_live_ctx *c, const struct gv_live_state *s,
			 int64_t **out)
{
	size_t n = 0;
	*out = NULL;
	for (size_t i = 0; i < c->n_items; i++)
		if (!has_children(c, c->items[i].id) && !c->items[i].empty_section &&
		    !gv_live_item_dealt(c, s, c->items[i].id))
			*GV_PUSH(*out, n) = c->items[i].id;
	return n;
}
