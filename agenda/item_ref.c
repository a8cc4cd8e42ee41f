#include "agenda/item_ref.h"

#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool gv_item_ref_names(const char *ref, int64_t id, const char *number)
{
	char *t = gv_trim(ref);
	size_t n = strlen(t);
	if (n && t[n - 1] == '.')
		t[n - 1] = '\0';
	char hash[GV_ITEM_REF_MAX];
	gv_item_ref_of(id, hash);
	bool names = !strcmp(t, number) || !strcmp(t, hash);
	free(t);
	return names;
}

void gv_item_ref_of(int64_t id, char out[GV_ITEM_REF_MAX])
{
	snprintf(out, GV_ITEM_REF_MAX, "#%lld", (long long)id);
}
