#include "agenda/item_ref.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static bool same(const char *s, size_t n, const char *word)
{
	return strlen(word) == n && !strncmp(s, word, n);
}

bool gv_item_ref_names(const char *ref, int64_t id, const char *number)
{
	while (isspace((unsigned char)*ref))
		ref++;
	size_t n = strlen(ref);
	while (n && isspace((unsigned char)ref[n - 1]))
		n--;
	if (n && ref[n - 1] == '.')
		n--;
	char hash[GV_ITEM_REF_MAX];
	gv_item_ref_of(id, hash);
	return same(ref, n, number) || same(ref, n, hash);
}

void gv_item_ref_of(int64_t id, char out[GV_ITEM_REF_MAX])
{
	snprintf(out, GV_ITEM_REF_MAX, "#%lld", (long long)id);
}
