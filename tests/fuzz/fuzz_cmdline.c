/* The command line as the TUI's ':' prompt reads it: split into words like
 * a shell (quotes, backslashes), then checked against the command table as
 * the CLI would before opening a workspace. Nothing is run. A parsed
 * command has its positional arguments in range, and every option value
 * points at one of the words. */
#include "fuzz.h"

#include "base/err.h"
#include "cmd/cmd.h"

static bool one_of_words(const char *v, char **argv, int argc)
{
	if (!*v)
		return true; /* a flag */
	for (int i = 0; i < argc; i++)
		if (v >= argv[i] && v <= argv[i] + strlen(argv[i]))
			return true;
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line = fz_cstr(data, size);
	char **argv = NULL;
	int argc = 0;
	struct gv_err err = {0};
	if (gv_cmd_split(line, &argv, &argc, &err)) {
		FZ_CHECK(err.code == GV_EUSAGE && err.msg[0], err.msg);
		free(line);
		return 0;
	}
	FZ_CHECK(argc >= 0 && (argc == 0 || argv[argc] == NULL), line);
	for (int i = 0; i < argc; i++)
		FZ_CHECK(argv[i][0] || strpbrk(line, "'\""), line);
	struct gv_args a;
	if (gv_cmd_parse(argc, argv, &a, &err) == 0) {
		FZ_CHECK(a.cmd && a.npos >= a.cmd->min_pos && a.npos <= a.cmd->max_pos &&
				 a.npos <= GV_MAX_POS, line);
		for (int k = 0; a.cmd->opts && a.cmd->opts[k].name; k++) {
			const char *v = gv_arg(&a, a.cmd->opts[k].name);
			FZ_CHECK(!v || one_of_words(v, argv, argc), line);
			FZ_CHECK(!v || a.cmd->opts[k].takes_value || !*v, line);
		}
	} else {
		FZ_CHECK(err.code == GV_EUSAGE && err.msg[0], err.msg);
	}
	if (argc > 0) {
		char *text = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&text, &len);
		struct gv_err herr = {0};
		if (gv_cmd_help(out, argv[0], &herr))
			FZ_CHECK(herr.msg[0], herr.msg);
		fclose(out);
		free(text);
	}
	gv_cmd_split_free(argv, argc);
	free(line);
	return 0;
}
