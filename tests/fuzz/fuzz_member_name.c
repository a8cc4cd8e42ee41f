/* Resolving the names clerks type: the first line is what was typed, the
 * other lines are members' names, kept when gv_member_add would store them
 * (trimmed, one valid line, no comma, not only digits). A match is one of
 * the candidates, and a member's full name always finds that member unless
 * another member's name folds to the same text ("Côté" and "Cote"). */
#include "fuzz.h"

#include "agenda/member.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"

#define MAX_NAMES 32

static bool storable(const char *name)
{
	return gv_check_line(name, "member name", 200, NULL) == 0 && !strchr(name, ',') &&
	       strspn(name, "0123456789") < strlen(name);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz_lines l;
	fz_lines_init(&l, data, size);
	const char *query = fz_line(&l);
	char *names[MAX_NAMES], *folded[MAX_NAMES];
	size_t n = 0;
	for (const char *s; n < MAX_NAMES && (s = fz_line(&l));) {
		char *name = gv_trim(s);
		if (storable(name)) {
			folded[n] = gv_fold(name);
			names[n++] = name;
		} else {
			free(name);
		}
	}
	const char *const *cand = (const char *const *)names;
	size_t at = n;
	struct gv_err err = {0};
	int rc = gv_name_match(query, cand, n, &at, &err);
	if (rc == 0)
		FZ_CHECK(at < n, query);
	else
		FZ_CHECK((rc == GV_ENOTFOUND || rc == GV_EREFUSED) && err.msg[0], err.msg);
	for (size_t i = 0; i < n; i++) {
		bool twin = false;
		for (size_t k = 0; k < n; k++)
			twin |= k != i && !strcmp(folded[k], folded[i]);
		if (twin)
			continue;
		rc = gv_name_match(names[i], cand, n, &at, &err);
		FZ_CHECK(rc == 0 && at == i, rc ? err.msg : names[at]);
	}
	for (size_t i = 0; i < n; i++) {
		free(names[i]);
		free(folded[i]);
	}
	fz_lines_free(&l);
	return 0;
}
