#include "agenda/item_role.h"

#include "agenda/item.h"

#include "base/text.h"

#include <stdlib.h>
#include <string.h>

enum gv_item_role gv_item_role_of(const char *title)
{
	static const struct {
		enum gv_item_role role;
		const char *words; /* folded: accents and case ignored */
	} roles[] = {
		{ITEM_CALL_TO_ORDER, "call to order"},
		{ITEM_DISCLOSURE, "pecuniary interest"},
		{ITEM_DISCLOSURE, "disclosure of interest"},
		{ITEM_DISCLOSURE, "declarations of interest"},
		{ITEM_ADJOURNMENT, "adjournment"},
	};
	char *f = gv_fold(title);
	enum gv_item_role role = ITEM_PLAIN;
	for (size_t i = 0; i < sizeof roles / sizeof *roles && role == ITEM_PLAIN; i++)
		if (strstr(f, roles[i].words))
			role = roles[i].role;
	free(f);
	return role;
}

/* Whether a title is one of the standing headings of Ontario agendas under
 * which business is listed month by month (the whole title, folded). */
static bool is_standing_heading(const char *title)
{
	static const char *const headings[] = {
		"delegations", "presentations", "petitions", "consent agenda",
		"staff and committee reports", "staff reports", "committee reports", "reports",
		"correspondence", "by-laws", "bylaws", "notices of motion",
		"unfinished business", "new business", "closed session",
	};
	char *f = gv_fold(title);
	bool found = false;
	for (size_t i = 0; i < sizeof headings / sizeof *headings && !found; i++)
		found = !strcmp(f, headings[i]);
	free(f);
	return found;
}

bool gv_item_is_empty_section(const struct gv_agenda *a, const struct gv_item *it)
{
	if (it->depth != 1 || it->closed_clause || it->under_closed || *it->body || *it->recommendation || it->n_attachments ||
	    !is_standing_heading(it->title))
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (a->items[i].parent_id == it->id)
			return false;
	return true;
}

bool gv_item_is_notices_section(const char *title)
{
	char *f = gv_fold(title);
	bool yes = !strcmp(f, "notices of motion") || !strcmp(f, "notice of motion") ||
		   !strcmp(f, "notices of motions");
	free(f);
	return yes;
}
