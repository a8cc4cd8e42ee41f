/* What gavel attaches (agenda attach, and every publish again): the input's
 * first line is the file's name, the rest its content. ZIP directories of
 * office documents and OpenDocument are read from the content, so a damaged
 * or hostile archive must be refused without reading past its end. */
#include "fuzz.h"

#include <strings.h>

#include "agenda/attach_type.h"
#include "base/err.h"
#include "base/text.h"

/* A <script> tag anywhere in text (a browser would run it). */
static bool script_tag(const char *s, size_t n)
{
	for (size_t i = 0; i + 8 <= n; i++)
		if (!strncasecmp(s + i, "<script", 7) &&
		    strchr(" \t\r\n\f>/", s[i + 7]) && s[i + 7])
			return true;
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size < 100 ? size : 100);
	if (!nl)
		return 0;
	char *name = fz_cstr(data, (size_t)(nl - data));
	const char *content = (const char *)nl + 1;
	size_t len = size - (size_t)(nl - data) - 1;
	const char *type = NULL, *again = NULL;
	struct gv_err err = {0};
	if (gv_attach_type(name, content, len, &type, &err) == 0) {
		FZ_CHECK(type && strcmp(gv_attach_type_label(type), type), type);
		FZ_CHECK(gv_attach_type(name, content, len, &again, NULL) == 0 && again == type, type);
		if (gv_attach_type_is_text(type)) {
			FZ_CHECK(gv_utf8_valid(content, len), name);
			FZ_CHECK(!script_tag(content, len), name);
		}
	} else {
		FZ_CHECK(err.code == GV_EREFUSED && err.msg[0], err.msg);
		FZ_CHECK(!strncmp(err.msg, name, strlen(name)), err.msg);
	}
	free(name);
	return 0;
}
