/* Closed-meeting clauses as clerks type them ("s. 239(2)(c)"): a clause is
 * read into its canonical form, which names a nature and reads back as
 * itself; anything else is refused. */
#include "fuzz.h"

#include "agenda/clause.h"
#include "base/err.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fz_cstr(data, size);
	char canon[16], again[16];
	struct gv_err err = {0};
	if (gv_clause_parse(text, canon, &err) == 0) {
		FZ_CHECK(gv_clause_nature(canon) != NULL, canon);
		FZ_CHECK(gv_clause_parse(canon, again, NULL) == 0 && !strcmp(again, canon), canon);
	} else {
		FZ_CHECK(err.code == GV_EREFUSED && err.msg[0], err.msg);
	}
	free(text);
	return 0;
}
