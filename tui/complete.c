#include "tui/complete.h"

#include "tui/command.h"
#include "tui/screen.h"

#include "agenda/bylaw.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "cmd/cmd.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct cands {
	char **v;
	size_t n;
	const char *word; /* what is typed, a leading quote left out */
};

/* Add s when it starts with the typed word (any case, accents aside) and
 * is not there yet; a name with a space comes quoted. */
static void offer(struct cands *c, const char *s)
{
	char *fs = gv_fold(s), *fw = gv_fold(c->word);
	bool ok = !strncmp(fs, fw, strlen(fw));
	free(fs);
	free(fw);
	char *w = strchr(s, ' ') ? gv_asprintf("\"%s\"", s) : gv_strdup(s);
	for (size_t i = 0; ok && i < c->n; i++)
		ok = strcmp(c->v[i], w) != 0;
	if (ok)
		*GV_PUSH(c->v, c->n) = w;
	else
		free(w);
}

static size_t group_len(const char *name)
{
	return strcspn(name, " ");
}

static bool is_group(const char *word)
{
	for (const struct gv_cmd *c = gv_commands; c->name; c++)
		if (group_len(c->name) == strlen(word) && !strncmp(c->name, word, strlen(word)) &&
		    c->name[strlen(word)] == ' ')
			return true;
	return false;
}

static bool arg_first(const char *group)
{
	for (const struct gv_cmd *c = gv_commands; c->name; c++)
		if (!strncmp(c->name, group, strlen(group)) && c->name[strlen(group)] == ' ')
			return c->flags & GV_CMD_ARG_FIRST;
	return false;
}

/* The row of "group verb" or "name". */
static const struct gv_cmd *row(const char *group, const char *verb)
{
	for (const struct gv_cmd *c = gv_commands; c->name; c++) {
		size_t g = group_len(c->name);
		if (strncmp(c->name, group, g) || group[g])
			continue;
		if (!c->name[g] ? !verb : verb && !strcmp(c->name + g + 1, verb))
			return c;
	}
	return NULL;
}

static void offer_meetings(struct cands *c, struct tui *t)
{
	struct gv_meeting *ms;
	size_t n;
	struct gv_err err = {0};
	if (gv_meeting_list(t->ctx->ws, &ms, &n, &err))
		return;
	for (size_t i = 0; i < n; i++)
		offer(c, ms[i].slug);
	gv_meetings_free(ms, n);
}

/* The open meeting's item numbers and the members on its day. */
static void offer_meeting_words(struct cands *c, struct tui *t)
{
	const char *item;
	int64_t id = tui_open_meeting(t, &item);
	struct gv_err err = {0};
	if (!id)
		return;
	struct gv_agenda ag;
	if (!gv_agenda_load(t->ctx->ws, id, &ag, &err)) {
		for (size_t i = 0; i < ag.n; i++)
			offer(c, ag.items[i].number);
		gv_agenda_free(&ag);
	}
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	struct gv_meeting m;
	if (gv_meeting_find(t->ctx->ws, ref, &m, &err))
		return;
	char day[16];
	gv_time_format(m.starts_at, "%Y-%m-%d", day, sizeof day);
	struct gv_member *ms;
	size_t n;
	if (!gv_member_list_on(t->ctx->ws, m.body_id, day, &ms, &n, &err)) {
		for (size_t i = 0; i < n; i++)
			offer(c, ms[i].name);
		gv_members_free(ms, n);
	}
	gv_meeting_clear(&m);
}

/* After a flag that names a by-law (docs/bylaws.md), the register's
 * numbers. */
static bool names_bylaw(const char *flag)
{
	return !strcmp(flag, "--bylaw") || !strcmp(flag, "--amends-bylaw") ||
	       !strcmp(flag, "--repeals") || !strcmp(flag, "--override-veto");
}

static void offer_bylaws(struct cands *c, struct tui *t)
{
	struct gv_bylaw *b;
	size_t n;
	struct gv_err err = {0};
	if (gv_bylaw_list(t->ctx->ws, 0, &b, &n, &err))
		return;
	for (size_t i = 0; i < n; i++)
		offer(c, b[i].number);
	gv_bylaws_free(b, n);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t tui_complete_command(void *arg, const char *before, const char *word, char ***out)
{
	struct tui *t = arg;
	struct cands c = {.word = word[0] == '"' ? word + 1 : word};
	char **w;
	int n;
	struct gv_err err = {0};
	if (gv_cmd_split(before, &w, &n, &err))
		return 0;
	/* "gavel" typed out of habit is left out, as the prompt does */
	int skip = n && !strcmp(w[0], "gavel");
	char **v = w + skip;
	int k = n - skip;
	if (k == 0) {
		for (const struct gv_cmd *r = gv_commands; r->name; r++) {
			char *g = gv_strndup(r->name, group_len(r->name));
			offer(&c, g);
			free(g);
		}
	} else if (k == 1 && is_group(v[0]) && !arg_first(v[0])) {
		for (const struct gv_cmd *r = gv_commands; r->name; r++)
			if (!strncmp(r->name, v[0], strlen(v[0])) && r->name[strlen(v[0])] == ' ')
				offer(&c, r->name + strlen(v[0]) + 1);
	} else if (k == 1 && arg_first(v[0])) {
		offer_meetings(&c, t); /* live M ... */
	} else if (k == 2 && arg_first(v[0])) {
		for (const struct gv_cmd *r = gv_commands; r->name; r++)
			if (!strncmp(r->name, v[0], strlen(v[0])) && r->name[strlen(v[0])] == ' ')
				offer(&c, r->name + strlen(v[0]) + 1);
	} else {
		const struct gv_cmd *r = arg_first(v[0])   ? row(v[0], v[2])
					 : is_group(v[0]) ? row(v[0], v[1])
							  : row(v[0], NULL);
		if (r && word[0] == '-') {
			for (int i = 0; r->opts && r->opts[i].name; i++) {
				char *flag = gv_asprintf("--%s", r->opts[i].name);
				offer(&c, flag);
				free(flag);
			}
		} else if (r && names_bylaw(v[k - 1])) {
			offer_bylaws(&c, t);
		} else if (r) {
			/* where a meeting goes (the first argument of "M ..."), the
			 * meetings; then the open meeting's items and members */
			int at = k - (is_group(v[0]) && !arg_first(v[0]) ? 2 : 1);
			if (at == 0 && !strncmp(r->usage, "M", 1) && !arg_first(v[0]))
				offer_meetings(&c, t);
			offer_meeting_words(&c, t);
		}
	}
	gv_cmd_split_free(w, n);
	qsort(c.v, c.n, sizeof *c.v, cmp);
	*out = c.v;
	return c.n;
}

size_t tui_complete_path(void *arg, const char *before, const char *word, char ***out)
{
	(void)arg, (void)before;
	const char *slash = strrchr(word, '/');
	char *dir = slash ? gv_strndup(word, (size_t)(slash - word) + 1) : gv_strdup("");
	const char *base = slash ? slash + 1 : word;
	char **v = NULL;
	size_t n = 0;
	DIR *d = opendir(*dir ? dir : ".");
	for (struct dirent *e; d && (e = readdir(d));) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") ||
		    strncmp(e->d_name, base, strlen(base)) || (e->d_name[0] == '.' && base[0] != '.'))
			continue;
		char *path = gv_asprintf("%s%s", dir, e->d_name);
		struct stat st;
		bool folder = !stat(path, &st) && S_ISDIR(st.st_mode);
		*GV_PUSH(v, n) = folder ? gv_asprintf("%s/", path) : gv_strdup(path);
		free(path);
	}
	if (d)
		closedir(d);
	free(dir);
	qsort(v, n, sizeof *v, cmp);
	*out = v;
	return n;
}
