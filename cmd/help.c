#include "cmd/cmd.h"

#include "base/buf.h"
#include "store/settings.h"

#include <string.h>

/* "live start" + "M [--at T]" -> "live M start [--at T]" */
static void synopsis(struct gv_buf *b, const struct gv_cmd *c)
{
	if (c->flags & GV_CMD_ARG_FIRST) {
		size_t g = strcspn(c->name, " ");
		size_t m = strcspn(c->usage, " ");
		gv_buf_add(b, c->name, g);
		gv_buf_putc(b, ' ');
		gv_buf_add(b, c->usage, m);
		gv_buf_puts(b, c->name + g);
		if (c->usage[m])
			gv_buf_puts(b, c->usage + m);
		return;
	}
	gv_buf_puts(b, c->name);
	if (*c->usage)
		gv_buf_printf(b, " %s", c->usage);
}

static bool matches(const struct gv_cmd *c, const char *topic)
{
	size_t n = strlen(topic);
	return !strncmp(c->name, topic, n) && (c->name[n] == '\0' || c->name[n] == ' ');
}

int gv_cmd_help(FILE *out, const char *topic, struct gv_err *err)
{
	if (!topic) {
		fputs("gavel: council meetings from agenda to published minutes\n\n"
		      "usage: gavel [-C DIR | --server SOCKET] COMMAND [ARGS]   (no command: the terminal "
		      "UI)\n\n",
		      out);
	}
	int shown = 0;
	for (const struct gv_cmd *c = gv_commands; c->name; c++) {
		if (topic && !matches(c, topic))
			continue;
		struct gv_buf b = GV_BUF_INIT;
		synopsis(&b, c);
		if (topic)
			fprintf(out, "usage: gavel %s\n       %s\n", gv_buf_str(&b), c->summary);
		else
			fprintf(out, "  %-22s %s\n", c->name, c->summary);
		gv_buf_free(&b);
		shown++;
	}
	if (!shown)
		return gv_err_set(err, GV_EUSAGE, "no command '%s'; see 'gavel help'", topic);
	if (!topic)
		fputs("\nThe workspace is -C DIR, else $GAVEL_DIR, else the current directory;\n"
		      "--server SOCKET runs the command in the gavel serve listening there, as\n"
		      "your login (a councillor's: docs/serve.md).\n"
		      "'gavel help COMMAND' shows a command's usage.\n",
		      out);
	if (topic && !strcmp(topic, "config"))
		for (const struct gv_setting_def *d = gv_setting_defs; d->key; d++)
			fprintf(out, "  %-20s %s\n", d->key, d->help);
	return 0;
}

/* Escape text for troff: backslashes and leading dots or quotes. */
static void roff(FILE *out, const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", out);
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", out);
		else if (*s == '-')
			fputs("\\-", out);
		else
			fputc(*s, out);
	}
}

void gv_cmd_manpage(FILE *out)
{
	fputs(".TH GAVEL 1 \"\" \"gavel\" \"User Commands\"\n"
	      ".SH NAME\ngavel \\- council meetings from agenda to published minutes\n"
	      ".SH SYNOPSIS\n.B gavel\n[\\-C DIR | \\-\\-server SOCKET] [COMMAND [ARGS]]\n"
	      ".SH DESCRIPTION\n"
	      "gavel keeps a municipality's agendas, meetings, motions, votes and minutes in a\n"
	      "workspace: an SQLite database (gavel.db) and two git repositories, record/ for\n"
	      "the public record and confidential/ for closed sessions. With no command it\n"
	      "opens the terminal UI; with a command it does one job and exits.\n"
	      ".PP\nThe workspace is the directory given with \\-C, else $GAVEL_DIR, else the\n"
	      "current directory. With \\-\\-server SOCKET the command runs in the gavel serve\n"
	      "listening on SOCKET, as the calling login. Times are entered as HH:MM, YYYY\\-MM\\-DD HH:MM or ISO 8601\n"
	      "and shown in the workspace time zone.\n"
	      ".SH COMMANDS\n",
	      out);
	for (const struct gv_cmd *c = gv_commands; c->name; c++) {
		struct gv_buf b = GV_BUF_INIT;
		synopsis(&b, c);
		fputs(".TP\n.B gavel ", out);
		roff(out, gv_buf_str(&b));
		fputc('\n', out);
		roff(out, c->summary);
		fputc('\n', out);
		gv_buf_free(&b);
	}
	fputs(".SH SETTINGS\n", out);
	for (const struct gv_setting_def *d = gv_setting_defs; d->key; d++) {
		fputs(".TP\n.B ", out);
		roff(out, d->key);
		fputc('\n', out);
		roff(out, d->help);
		fputc('\n', out);
	}
	fputs(".SH ENVIRONMENT\n.TP\n.B GAVEL_DIR\nthe workspace when \\-C is not given\n"
	      ".TP\n.B GAVEL_NOW\nfreeze the clock at this ISO 8601 time\n"
	      ".TP\n.B TZ\ntime zone for showing times when the timezone setting is empty\n"
	      ".TP\n.B NO_COLOR\nno colour in the terminal UI or in output\n"
	      ".TP\n.B VISUAL, EDITOR\nthe editor for long text in the terminal UI (without either: sensible\\-editor, editor, nano, vi, the first on PATH)\n"
	      ".SH EXIT STATUS\n0 done; 1 refused or failed (one line on stderr starting with "
	      "\"gavel: \"); 2 usage error.\n",
	      out);
}
