/* The command table: prompt-line splitting, dispatch and usage errors, and
 * every option a handler reads declared in its row.
 *
 * How the last is checked. gv_arg stops the process when a handler reads an
 * option its row does not declare, but only on a path that runs; a typo on a
 * path no test takes would wait for a clerk to find it. So this test reads
 * the source instead, and covers every path:
 *  - every .c file of cmd/ is read as C tokens; each top-level
 *    definition (a function, or a variable with an initialiser) gives the
 *    identifiers it uses and the options it reads: the string literal given
 *    as the name to gv_arg, gv_flag, cmd_int_opt or cmd_time_opt. A name that
 *    is not a literal is refused, since the test cannot know it;
 *  - for each row of gv_commands, the identifiers written in its row (the
 *    handler, and a live verb's fill function) are followed through every
 *    definition they use, a static one of the same file first (but for
 *    the table itself, which help reads without running any row);
 *  - every option read along the way must be declared in the row, and every
 *    declared option read somewhere along it (an option nothing reads is
 *    dead, or a sign that the scan lost its way).
 * Options read through a macro would not be seen: read them in plain calls.
 * Run from the source tree's root, or build with an absolute path. */
#include "unit.h"

#include "cmd/cmd.h"

#include <ctype.h>
#include <glob.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* The source, as tokens: identifiers, string literals (their text after a
 * '"'), and other characters one by one. */
struct tok {
	char *text;
	int line;
};

struct src {
	char *path;
	struct tok *t;
	size_t n;
};

/* Where the tree's files are: __FILE__ less "tests/unit/test_cmd.c". */
static char *tree_path(const char *rel)
{
	const char *me = __FILE__, *tail = "tests/unit/test_cmd.c";
	size_t n = strlen(me) - strlen(tail);
	assert_string_equal(me + n, tail);
	char *p = NULL;
	assert_true(asprintf(&p, "%.*s%s", (int)n, me, rel) > 0);
	return p;
}

static void add_tok(struct src *s, const char *text, size_t len, int line)
{
	s->t = realloc(s->t, (s->n + 1) * sizeof *s->t);
	assert_non_null(s->t);
	s->t[s->n].text = strndup(text, len);
	s->t[s->n++].line = line;
}

static void lex(struct src *s, const char *c)
{
	int line = 1;
	bool line_start = true;
	while (*c) {
		if (*c == '\n') {
			line++;
			line_start = true;
			c++;
		} else if (isspace((unsigned char)*c)) {
			c++;
		} else if (line_start && *c == '#') {
			for (; *c && (*c != '\n' || c[-1] == '\\'); c++)
				line += *c == '\n';
		} else if (!strncmp(c, "//", 2)) {
			c += strcspn(c, "\n");
		} else if (!strncmp(c, "/*", 2)) {
			const char *end = strstr(c + 2, "*/");
			assert_non_null(end);
			for (; c < end + 2; c++)
				line += *c == '\n';
		} else if (*c == '"' || *c == '\'') {
			const char *start = c++;
			while (*c && *c != *start)
				c += *c == '\\' && c[1] ? 2 : 1;
			assert_int_equal(*c, *start);
			if (*start == '"')
				add_tok(s, start, (size_t)(c - start), line);
			c++;
			line_start = false;
		} else if (isalnum((unsigned char)*c) || *c == '_') {
			const char *start = c;
			while (isalnum((unsigned char)*c) || *c == '_')
				c++;
			add_tok(s, start, (size_t)(c - start), line);
			line_start = false;
		} else {
			add_tok(s, c++, 1, line);
			line_start = false;
		}
	}
}

static void src_read(struct src *s, const char *path)
{
	s->path = strdup(path);
	s->t = NULL;
	s->n = 0;
	FILE *f = fopen(path, "r");
	if (!f)
		fail_msg("cannot read %s: run the test from the source tree's root", path);
	char *text = NULL;
	size_t len = 0;
	assert_true(getdelim(&text, &len, '\0', f) > 0);
	fclose(f);
	lex(s, text);
	free(text);
}

static bool is(const struct tok *t, const char *text)
{
	return !strcmp(t->text, text);
}

static bool is_ident(const struct tok *t)
{
	return isalpha((unsigned char)t->text[0]) || t->text[0] == '_';
}

static bool opens(const struct tok *t)
{
	return is(t, "(") || is(t, "[") || is(t, "{");
}

static bool closes(const struct tok *t)
{
	return is(t, ")") || is(t, "]") || is(t, "}");
}

/* The token after the bracket that t[i] opens. */
static size_t past(const struct src *s, size_t i)
{
	int depth = 0;
	do {
		depth += opens(&s->t[i]) - closes(&s->t[i]);
		i++;
	} while (depth && i < s->n);
	assert_int_equal(depth, 0);
	return i;
}

/* A top-level definition: its name and its body's tokens [from, to). */
struct def {
	const struct src *s;
	const char *name;
	bool is_static;
	size_t from, to;
};

struct defs {
	struct def *v;
	size_t n;
};

static void add_def(struct defs *d, const struct src *s, const char *name, bool is_static,
		    size_t from, size_t to)
{
	d->v = realloc(d->v, (d->n + 1) * sizeof *d->v);
	assert_non_null(d->v);
	d->v[d->n++] = (struct def){s, name, is_static, from, to};
}

/* Functions "T name(...) {...}" and variables "T name[] = {...};" at the
 * top level of s; struct, union and enum bodies are not definitions. */
static void find_defs(struct defs *d, const struct src *s)
{
	size_t stmt = 0;
	for (size_t i = 0; i < s->n;) {
		const struct tok *t = &s->t[i];
		bool function = is(t, "{") && i > 0 && is(&s->t[i - 1], ")");
		if (is(t, ";")) {
			stmt = ++i;
		} else if (function || is(t, "=")) {
			const char *name = NULL;
			bool is_static = false;
			for (size_t j = stmt; j < i; j = opens(&s->t[j]) ? past(s, j) : j + 1) {
				is_static |= is(&s->t[j], "static");
				/* a function's name is the first identifier called, a
				 * variable's the last one */
				bool called = j + 1 < i && is(&s->t[j + 1], "(");
				if (is_ident(&s->t[j]) && (!function || (called && !name)))
					name = s->t[j].text;
			}
			assert_non_null(name);
			size_t from = function ? i : i + 1, end = function ? past(s, i) : from;
			while (!function && end < s->n && !is(&s->t[end], ";"))
				end = opens(&s->t[end]) ? past(s, end) : end + 1;
			add_def(d, s, name, is_static, from, end);
			stmt = i = end;
		} else if (opens(t)) {
			i = past(s, i); /* a parameter list, or a struct, union or enum body */
		} else {
			i++;
		}
	}
}

/* The definition that name means where from uses it: a static one of the
 * same file first, else one that is not static. NULL: none scanned. */
static const struct def *resolve(const struct defs *d, const struct def *from, const char *name)
{
	const struct def *found = NULL;
	for (size_t i = 0; i < d->n; i++) {
		if (strcmp(d->v[i].name, name))
			continue;
		if (from && d->v[i].s == from->s)
			return &d->v[i];
		if (!d->v[i].is_static)
			found = &d->v[i];
	}
	return found;
}

/* The functions that read an option, and which of their arguments names it. */
static const struct {
	const char *name;
	int arg;
} readers[] = {{"gv_arg", 1}, {"gv_flag", 1}, {"cmd_int_opt", 2}, {"cmd_time_opt", 2}};

struct check {
	const struct defs *d;
	const struct def *table; /* gv_commands: what uses it (help) runs no row */
	const struct gv_cmd *c;
	const struct def **seen;
	size_t n_seen;
	bool *read;     /* per option of c's row */
	int problems;
};

/* Say what is wrong at token i of at, for the row of k->c. */
__attribute__((format(printf, 4, 5))) static void problem(struct check *k, const struct def *at,
							   size_t i, const char *fmt, ...)
{
	char msg[300];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	print_message("%s:%d: '%s': %s\n", at->s->path, at->s->t[i].line, k->c->name, msg);
	k->problems++;
}

/* The reader call at t[i] (its name): check the option it reads. */
static void check_read(struct check *k, const struct def *at, size_t i, int arg)
{
	const struct src *s = at->s;
	size_t j = i + 2, start = j;
	for (int n = 0; n < arg; n++) {
		while (!is(&s->t[j], ","))
			j = opens(&s->t[j]) ? past(s, j) : j + 1;
		start = ++j;
	}
	while (!is(&s->t[j], ",") && !is(&s->t[j], ")"))
		j = opens(&s->t[j]) ? past(s, j) : j + 1;
	if (j != start + 1 || s->t[start].text[0] != '"') {
		problem(k, at, i, "%s is given a name that is not a string literal", s->t[i].text);
		return;
	}
	const char *name = s->t[start].text + 1;
	for (int o = 0; k->c->opts && k->c->opts[o].name; o++)
		if (!strcmp(k->c->opts[o].name, name)) {
			k->read[o] = true;
			return;
		}
	problem(k, at, start, "%s reads --%s, which the row does not declare", at->name, name);
}

/* Check the reads of def and of every definition it uses, once each. */
static void follow(struct check *k, const struct def *def)
{
	for (size_t i = 0; i < k->n_seen; i++)
		if (k->seen[i] == def)
			return;
	k->seen = realloc(k->seen, (k->n_seen + 1) * sizeof *k->seen);
	assert_non_null(k->seen);
	k->seen[k->n_seen++] = def;
	const struct src *s = def->s;
	for (size_t i = def->from; i < def->to; i++) {
		if (!is_ident(&s->t[i]))
			continue;
		/* a member (a.b, a->b) is no definition */
		if (i > 0 && (is(&s->t[i - 1], ".") || is(&s->t[i - 1], ">")))
			continue;
		bool called = i + 1 < def->to && is(&s->t[i + 1], "("), reader = false;
		for (size_t r = 0; r < sizeof readers / sizeof *readers; r++)
			if (is(&s->t[i], readers[r].name)) {
				reader = true;
				if (called)
					check_read(k, def, i, readers[r].arg);
			}
		const struct def *used = reader ? NULL : resolve(k->d, def, s->t[i].text);
		if (used && used != k->table)
			follow(k, used);
	}
}

static void test_every_option_a_handler_reads_is_declared_in_its_row(void **state)
{
	(void)state;
	glob_t g;
	char *pattern = tree_path("cmd/*.c");
	assert_int_equal(glob(pattern, 0, NULL, &g), 0);
	free(pattern);
	struct src *srcs = calloc(g.gl_pathc, sizeof *srcs);
	assert_non_null(srcs);
	struct defs d = {0};
	for (size_t i = 0; i < g.gl_pathc; i++) {
		src_read(&srcs[i], g.gl_pathv[i]);
		find_defs(&d, &srcs[i]);
	}

	const struct def *table = resolve(&d, NULL, "gv_commands");
	assert_non_null(table);
	int problems = 0, rows = 0;
	const struct src *s = table->s;
	/* its initialiser's rows, between the braces */
	for (size_t i = table->from + 1; i + 1 < table->to; i = past(s, i)) {
		if (!is(&s->t[i], "{"))
			continue;
		size_t end = past(s, i);
		if (s->t[i + 1].text[0] != '"')
			continue; /* the terminating row */
		const struct gv_cmd *c = gv_commands;
		while (c->name && strcmp(c->name, s->t[i + 1].text + 1))
			c++;
		assert_non_null(c->name);
		rows++;
		size_t n_opts = 0;
		while (c->opts && c->opts[n_opts].name)
			n_opts++;
		struct check k = {.d = &d, .table = table, .c = c,
				  .read = calloc(n_opts + 1, sizeof(bool))};
		struct def row = {s, c->name, true, i, end};
		follow(&k, &row);
		for (size_t j = i; j < end; j++)
			if (!strncmp(s->t[j].text, "cmd_", 4) && !resolve(&d, NULL, s->t[j].text))
				problem(&k, &row, j, "%s is defined in no cmd/*.c", s->t[j].text);
		for (size_t o = 0; o < n_opts; o++)
			if (!k.read[o])
				problem(&k, &row, i, "declares --%s, which nothing reads",
					c->opts[o].name);
		problems += k.problems;
		free(k.read);
		free(k.seen);
	}
	for (size_t i = 0; i < g.gl_pathc; i++) {
		for (size_t j = 0; j < srcs[i].n; j++)
			free(srcs[i].t[j].text);
		free(srcs[i].t);
		free(srcs[i].path);
	}
	free(srcs);
	free(d.v);
	globfree(&g);
	int n_commands = 0;
	while (gv_commands[n_commands].name)
		n_commands++;
	assert_int_equal(rows, n_commands);
	assert_int_equal(problems, 0);
}

static void test_reading_an_undeclared_option_stops_naming_both(void **state)
{
	(void)state;
	char *argv[] = {"meeting", "list", NULL};
	struct gv_args a;
	struct gv_err err = {0};
	assert_int_equal(gv_cmd_parse(2, argv, &a, &err), 0);
	int fd[2];
	assert_int_equal(pipe(fd), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (!pid) {
		dup2(fd[1], STDERR_FILENO);
		gv_flag(&a, "forse");
		_exit(0);
	}
	close(fd[1]);
	char said[512];
	size_t n = 0;
	ssize_t got;
	while (n < sizeof said - 1 && (got = read(fd[0], said + n, sizeof said - 1 - n)) > 0)
		n += (size_t)got;
	said[n] = '\0';
	close(fd[0]);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
	assert_non_null(strstr(said, "gavel: bug: 'meeting list' reads --forse, which its row in "
				     "cmd/table.c does not declare\n"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_handles_quotes_and_backslashes_without_expansion),
		cmocka_unit_test(test_usage_errors_point_at_help),
		cmocka_unit_test(test_commands_needing_a_workspace_name_init_and_demo),
		cmocka_unit_test(test_flags_take_values_with_space_or_equals),
		cmocka_unit_test(test_every_option_a_handler_reads_is_declared_in_its_row),
		cmocka_unit_test(test_reading_an_undeclared_option_stops_naming_both),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
