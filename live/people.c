#include "live/people.h"

#include <stdlib.h>
#include <string.h>

#include "agenda/member.h"
#include "base/buf.h"
#include "base/text.h"
#include "live/state.h"

/* Where the roster of the day puts id: its members, then everyone else
 * (each list already by role, then surname: gv_member_list_on). */
static size_t rank(const struct gv_live_ctx *c, int64_t id)
{
	for (size_t i = 0; i < c->n_members; i++)
		if (c->members[i].id == id)
			return i;
	for (size_t i = 0; i < c->n_others; i++)
		if (c->others[i].id == id)
			return c->n_members + i;
	return c->n_members + c->n_others;
}

static bool same_surname(const char *a, const char *b)
{
	char *fa = gv_fold(gv_surname(a)), *fb = gv_fold(gv_surname(b));
	bool same = !strcmp(fa, fb);
	free(fa);
	free(fb);
	return same;
}

/* Whether someone else of the day has who's surname. */
static bool surname_shared(const struct gv_live_ctx *c, const struct gv_live_member *who)
{
	for (size_t l = 0; l < 2; l++) {
		const struct gv_live_member *ms = l ? c->others : c->members;
		size_t n = l ? c->n_others : c->n_members;
		for (size_t i = 0; i < n; i++)
			if (ms[i].id != who->id && !ms[i].former && same_surname(ms[i].name, who->name))
				return true;
	}
	return false;
}

char *gv_people_styled(const struct gv_live_ctx *c, int64_t id, bool full)
{
	const struct gv_live_member *who = gv_live_person(c, id);
	if (!who)
		return gv_strdup("?");
	return gv_person_styled(who->name, who->role, who->title, full || surname_shared(c, who));
}

const char *gv_people_title(const struct gv_live_ctx *c, int64_t id)
{
	const struct gv_live_member *who = gv_live_person(c, id);
	if (!who)
		return "";
	return who->title && *who->title ? who->title : gv_role_label(who->role);
}

void gv_people_sort(const struct gv_live_ctx *c, int64_t *ids, size_t n)
{
	/* insertion sort: a meeting's few staff, stable */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && rank(c, ids[j - 1]) > rank(c, ids[j]); j--) {
			int64_t t = ids[j - 1];
			ids[j - 1] = ids[j];
			ids[j] = t;
		}
}

int64_t gv_people_first(const struct gv_live_ctx *c, const char *role)
{
	for (size_t l = 0; l < 2; l++) {
		const struct gv_live_member *ms = l ? c->others : c->members;
		size_t n = l ? c->n_others : c->n_members;
		for (size_t i = 0; i < n; i++)
			if (!ms[i].former && !strcmp(ms[i].role, role))
				return ms[i].id;
	}
	return 0;
}
