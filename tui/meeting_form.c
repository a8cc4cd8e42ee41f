#include "tui/meeting_form.h"

#include "tui/command.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "cmd/cmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 16

struct answers {
	char *title, *at, *location;
	size_t template; /* index in templates */
};

static const char *const templates[] = {"ontario-regular", "blank"};

static void answers_free(struct answers *a)
{
	free(a->title);
	free(a->at);
	free(a->location);
}

/* Ask, starting from *kept (replaced by the answer); false on Escape. */
static bool ask(struct tui *t, const char *label, const char *note, char **kept)
{
	struct tui_prompt_opts o = {.label = label, .initial = *kept, .note = note};
	char *v;
	if (!tui_prompt_with(t, &o, &v))
		return false;
	free(*kept);
	*kept = v;
	return true;
}

/* Run argv; its last output line (a new meeting's slug) to *last when
 * asked for. 0 when it ran. */
static int run(struct tui *t, int argc, char **argv, char **last)
{
	char *text = NULL;
	int rc = tui_command_argv(t, argc, argv, &text);
	if (!rc && last && text) {
		size_t n = strlen(text);
		while (n && text[n - 1] == '\n')
			n--;
		size_t from = n;
		while (from && text[from - 1] != '\n')
			from--;
		*last = n > from ? gv_strndup(text + from, n - from) : NULL;
	}
	free(text);
	return rc;
}

void tui_meeting_new(struct tui *t, char **slug)
{
	*slug = NULL;
	struct answers a = {0};
	char *note = NULL;
	for (;;) {
		size_t tp = a.template;
		bool go = ask(t, "New meeting, title: ", note, &a.title) &&
			  ask(t, "At (YYYY-MM-DD HH:MM): ", note, &a.at) &&
			  tui_pick(t, "Agenda template: ", templates, 2, (int)a.template, note, &tp);
		if (!go) {
			tui_status(t, "No meeting made");
			break;
		}
		a.template = tp;
		char *argv[] = {"meeting", "new", "--title", a.title, "--at", a.at, "--template",
				(char *)templates[a.template]};
		if (!run(t, 8, argv, slug)) {
			tui_status(t, "Scheduled %s", *slug ? *slug : a.title);
			break;
		}
		free(note);
		note = gv_asprintf("gavel: %s (the answers are kept: change one, or Esc)",
				   t->ctx->err.msg);
	}
	free(note);
	answers_free(&a);
}

void tui_meeting_edit(struct tui *t, int64_t meeting_id)
{
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)meeting_id);
	struct gv_meeting m;
	struct gv_err err = {0};
	if (gv_meeting_find(t->ctx->ws, ref, &m, &err)) {
		tui_status_error(t, &err);
		return;
	}
	char when[32];
	gv_time_format(m.starts_at, "%Y-%m-%d %H:%M", when, sizeof when);
	struct answers a = {.title = gv_strdup(m.title), .at = gv_strdup(when),
			    .location = gv_strdup(m.location ? m.location : "")};
	char *slug = gv_strdup(m.slug), *note = NULL;
	for (;;) {
		char *label = gv_asprintf("%s title: ", slug);
		bool go = ask(t, label, note, &a.title) && ask(t, "At: ", note, &a.at) &&
			  ask(t, "Location (empty: none): ", note, &a.location);
		free(label);
		if (!go) {
			tui_status(t, "Nothing changed");
			break;
		}
		char *argv[MAX_ARGS] = {"meeting", "edit", slug};
		int n = 3;
		if (strcmp(a.title, m.title))
			argv[n++] = "--title", argv[n++] = a.title;
		if (strcmp(a.at, when))
			argv[n++] = "--at", argv[n++] = a.at;
		if (strcmp(a.location, m.location ? m.location : ""))
			argv[n++] = "--location", argv[n++] = a.location;
		if (n == 3) {
			tui_status(t, "No change to %s", slug);
			break;
		}
		if (!run(t, n, argv, NULL)) {
			tui_status(t, "Saved %s", slug);
			break;
		}
		free(note);
		note = gv_asprintf("gavel: %s (the answers are kept: change one, or Esc)",
				   t->ctx->err.msg);
	}
	free(note);
	free(slug);
	answers_free(&a);
	gv_meeting_clear(&m);
}
