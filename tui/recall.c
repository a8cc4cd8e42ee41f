#include "tui/recall.h"

#include "base/buf.h"
#include "store/workspace.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RECALL_FILE ".gavel-history"

void tui_recall_free(struct tui_recall *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->lines[i]);
	free(r->lines);
	r->lines = NULL;
	r->n = 0;
}

static void push(struct tui_recall *r, const char *line, size_t len)
{
	if (r->n == RECALL_MAX) {
		free(r->lines[0]);
		memmove(r->lines, r->lines + 1, (r->n - 1) * sizeof *r->lines);
		r->n--;
	}
	*GV_PUSH(r->lines, r->n) = gv_strndup(line, len);
}

void tui_recall_load(struct gv_ws *ws, struct tui_recall *r)
{
	memset(r, 0, sizeof *r);
	char *path = gv_ws_path(ws, RECALL_FILE);
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) > 0) {
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n)
			push(r, line, (size_t)n);
	}
	free(line);
	fclose(f);
}

void tui_recall_add(struct gv_ws *ws, struct tui_recall *r, const char *line)
{
	if (!*line || strchr(line, '\n') || (r->n && !strcmp(r->lines[r->n - 1], line)))
		return;
	push(r, line, strlen(line));
	char *path = gv_ws_path(ws, RECALL_FILE);
	char *tmp = gv_asprintf("%s.tmp", path);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (f) {
		for (size_t i = 0; i < r->n; i++)
			fprintf(f, "%s\n", r->lines[i]);
		if (fclose(f) == 0)
			rename(tmp, path);
		else
			unlink(tmp);
	} else if (fd >= 0) {
		close(fd);
		unlink(tmp);
	}
	free(tmp);
	free(path);
}
