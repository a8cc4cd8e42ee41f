/* Values of `gavel config KEY VALUE`: the first line of the input is the
 * key, the rest the value. Every setting's check accepts or refuses with a
 * message; a known key that accepts a value also accepts it again. */
#include "fuzz.h"

#include "base/err.h"
#include "store/settings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fz_cstr(data, size);
	char *nl = strchr(text, '\n');
	const char *value = "";
	if (nl) {
		*nl = '\0';
		value = nl + 1;
	}
	const struct gv_setting_def *d = gv_setting_def(text);
	if (!d) {
		/* Unknown keys: try the value against every setting instead. */
		for (d = gv_setting_defs; d->key; d++) {
			struct gv_err err = {0};
			if (d->check(value, &err))
				FZ_CHECK(err.code == GV_EREFUSED && err.msg[0], err.msg);
		}
	} else {
		struct gv_err err = {0};
		int rc = d->check(value, &err);
		if (rc)
			FZ_CHECK(err.code == GV_EREFUSED && err.msg[0], err.msg);
		else
			FZ_CHECK(d->check(value, NULL) == 0, value);
		FZ_CHECK(d->check(d->fallback, NULL) == 0, d->fallback);
	}
	free(text);
	return 0;
}
