/* The command table: prompt-line splitting, dispatch and usage errors. */
#include "unit.h"

#include "cmd/cmd.h"

static void test_split_handles_quotes_and_backslashes_without_expansion(void **state)
{
	(void)state;
	char **argv;
	int argc;
	struct gv_err err = {0};
	assert_int_equal(gv_cmd_split("agenda add 2026-12-01-council \"Water rates\" "
				      "--recommendation 'That $HOME `x`' a\\ b",
				      &argv, &argc, &err),
			 0);
	assert_int_equal(argc, 7);
	assert_string_equal(argv[3], "Water rates");
	assert_string_equal(argv[5], "That $HOME `x`");
	assert_string_equal(argv[6], "a b");
	assert_null(argv[7]);
	gv_cmd_split_free(argv, argc);
	assert_int_equal(gv_cmd_split("say \"unfinished", &argv, &argc, &err), GV_EUSAGE);
	assert_non_null(strstr(err.msg, "unterminated"));
	assert_int_equal(gv_cmd_split("  ", &argv, &argc, &err), 0);
	assert_int_equal(argc, 0);
	gv_cmd_split_free(argv, argc);
}

static int run(struct gv_ctx *ctx, const char *line)
{
	char **argv;
	int argc;
	assert_int_equal(gv_cmd_split(line, &argv, &argc, &ctx->err), 0);
	int rc = gv_cmd_run(ctx, argc, argv);
	gv_cmd_split_free(argv, argc);
	return rc;
}

static void test_usage_errors_point_at_help(void **state)
{
	(void)state;
	char *out = NULL;
	size_t len = 0;
	struct gv_ctx ctx = {.dir = "/nonexistent", .in = stdin};
	ctx.out = open_memstream(&out, &len);
	assert_int_equal(run(&ctx, "frobnicate"), GV_EUSAGE);
	assert_string_equal(ctx.err.msg, "unknown command 'frobnicate'; see 'gavel help'");
	assert_int_equal(run(&ctx, "meeting"), GV_EUSAGE);
	assert_non_null(strstr(ctx.err.msg, "gavel help meeting"));
	assert_int_equal(run(&ctx, "meeting frob"), GV_EUSAGE);
	assert_non_null(strstr(ctx.err.msg, "subcommand"));
	assert_int_equal(run(&ctx, "meeting list --bogus"), GV_EUSAGE);
	assert_string_equal(ctx.err.msg,
			    "unknown option '--bogus'; see 'gavel help meeting list'");
	assert_int_equal(run(&ctx, "agenda add M"), GV_EUSAGE);
	assert_non_null(strstr(ctx.err.msg, "missing arguments"));
	assert_int_equal(run(&ctx, "body add Finance --seats"), GV_EUSAGE);
	assert_non_null(strstr(ctx.err.msg, "needs a value"));
	assert_int_equal(gv_err_exit_status(GV_EUSAGE), 2);
	fclose(ctx.out);
	free(out);
}

static void test_commands_needing_a_workspace_name_init_and_demo(void **state)
{
	(void)state;
	char *out = NULL;
	size_t len = 0;
	struct gv_ctx ctx = {.dir = "/nonexistent", .in = stdin};
	ctx.out = open_memstream(&out, &len);
	assert_int_equal(run(&ctx, "meeting list"), GV_EREFUSED);
	assert_non_null(strstr(ctx.err.msg, "gavel init"));
	assert_non_null(strstr(ctx.err.msg, "gavel demo"));
	assert_int_equal(gv_err_exit_status(ctx.err.code), 1);
	/* help and version need none */
	assert_int_equal(run(&ctx, "version"), 0);
	assert_int_equal(run(&ctx, "help agenda add"), 0);
	fflush(ctx.out);
	assert_non_null(strstr(out, "usage: gavel agenda add M TITLE"));
	fclose(ctx.out);
	free(out);
}

static void test_flags_take_values_with_space_or_equals(void **state)
{
	(void)state;
	struct gv_ws *ws = unit_ws_new();
	char *out = NULL;
	size_t len = 0;
	struct gv_ctx ctx = {.dir = ws->dir, .ws = ws, .in = stdin};
	ctx.out = open_memstream(&out, &len);
	assert_int_equal(run(&ctx, "body add 'Planning Committee' --seats=5 --quorum 3"), 0);
	assert_int_equal(run(&ctx, "body list --json"), 0);
	fflush(ctx.out);
	assert_non_null(strstr(out, "\"name\": \"Planning Committee\""));
	assert_non_null(strstr(out, "\"seats\": 5"));
	assert_non_null(strstr(out, "\"quorum\": 3"));
	/* "--" ends options: a title may start with dashes */
	assert_int_equal(run(&ctx, "meeting new --title T --at '2026-12-01 19:00' --template blank"),
			 0);
	assert_int_equal(run(&ctx, "agenda add 2026-12-01-council -- --weird-title"), 0);
	fclose(ctx.out);
	free(out);
	unit_ws_free(ws);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_handles_quotes_and_backslashes_without_expansion),
		cmocka_unit_test(test_usage_errors_point_at_help),
		cmocka_unit_test(test_commands_needing_a_workspace_name_init_and_demo),
		cmocka_unit_test(test_flags_take_values_with_space_or_equals),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
