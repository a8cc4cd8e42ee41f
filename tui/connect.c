/* gavel connect's main loop: draw the view on top, read a key (the read
 * waits at most TUI_TICK_MS), and between keys take the events the server
 * pushes, which reload the view; every request goes to the server. */
#include "tui/connect.h"

#include "tui/keys.h"
#include "tui/prompt.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/view.h"

#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int cn_run(struct tui *t, char **out, struct gv_err *err, const char *const *argv)
{
	struct cn *cn = cn_of(t);
	int argc = 0;
	while (argv[argc])
		argc++;
	if (cn->client.farewell) /* dropped: nothing more to ask */
		return gv_err_set(err, GV_EREFUSED, "%s", cn->client.farewell);
	struct gv_proto_msg r;
	if (gv_client_call(&cn->client, argc, (char *const *)argv, &r, err))
		return err->code;
	int rc = 0;
	if (r.status)
		rc = gv_err_set(err, GV_EREFUSED, "%s", r.error ? r.error : "the command failed");
	else if (out)
		*out = gv_strdup(r.out ? r.out : "");
	gv_proto_msg_clear(&r);
	return rc;
}

/* Send one line to the server. */
static int send_line(struct cn *cn, const struct gv_buf *b)
{
	for (size_t off = 0; off < b->len;) {
		ssize_t w = send(cn->client.fd, b->data + off, b->len - off, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		off += (size_t)w;
	}
	return 0;
}

void cn_follow(struct tui *t, const char *meeting)
{
	struct cn *cn = cn_of(t);
	if (cn->following && !strcmp(cn->following, meeting))
		return;
	int64_t id = cn->client.next_id++;
	struct gv_buf b = GV_BUF_INIT;
	gv_proto_subscribe(&b, id, meeting);
	int rc = send_line(cn, &b);
	gv_buf_free(&b);
	struct gv_err err = {0};
	while (!rc) { /* its reply; events before it only mean reload */
		struct gv_proto_msg m;
		if ((rc = gv_client_read(&cn->client, &m, &err)))
			break;
		bool reply = m.has_id && (m.id == id || m.id == 0);
		if (reply && m.status)
			rc = gv_err_set(&err, GV_EREFUSED, "%s", m.error ? m.error : "refused");
		gv_proto_msg_clear(&m);
		if (reply)
			break;
	}
	if (rc) {
		tui_status_error(t, &err);
		return;
	}
	free(cn->following);
	cn->following = gv_strdup(meeting);
}

/* The events the server has pushed since the last look, without waiting. */
static void take_events(struct cn *cn)
{
	/* events that came while a request waited for its reply */
	if (cn->client.missed) {
		cn->client.missed = false;
		cn->changed = true;
	}
	while (cn->client.fd >= 0) {
		bool whole = cn->client.in.len && memchr(cn->client.in.data, '\n', cn->client.in.len);
		struct pollfd p = {.fd = cn->client.fd, .events = POLLIN};
		if (!whole && poll(&p, 1, 0) <= 0)
			return;
		struct gv_proto_msg m;
		struct gv_err err = {0};
		if (gv_client_read(&cn->client, &m, &err)) {
			tui_status_error(&cn->t, &err);
			close(cn->client.fd);
			cn->client.fd = -1;
			return;
		}
		if (m.event)
			cn->changed = true;
		gv_proto_msg_clear(&m);
	}
}

/* A vote opened while the reader is not on the live screen must not go
 * unseen: say so on the status line. */
static void vote_elsewhere(struct cn *cn)
{
	struct tui_view *top = tui_top(&cn->t);
	if (!cn->following || !top || !strcmp(top->ops->name, "live"))
		return;
	char *json = NULL;
	struct gv_err err = {0};
	if (cn_run(&cn->t, &json, &err,
		   (const char *const[]){"live", cn->following, "status", "--json", NULL}))
		return;
	int64_t k = cn_json_int(&cn->t, json, "$.electronic_vote.motion");
	if (k)
		tui_status(&cn->t, "Vote open on motion %lld: L follows the meeting to vote",
			   (long long)k);
	free(json);
}

/* ':' runs a command on the server, as `gavel --server` would, its words
 * split as the clerk's prompt splits them (quotes, backslashes), and shows
 * what it printed. */
static void command_prompt(struct tui *t)
{
	char *line = NULL, **argv = NULL, *out = NULL;
	int argc = 0;
	struct gv_err err = {0};
	if (!tui_prompt(t, ":", NULL, &line) || !*line || gv_cmd_split(line, &argv, &argc, &err)) {
		if (err.code)
			tui_status_error(t, &err);
		free(line);
		return;
	}
	int skip = argc && !strcmp(argv[0], "gavel"); /* typed out of habit */
	const char **words = gv_calloc((size_t)argc + 1, sizeof *words);
	for (int i = skip; i < argc; i++)
		words[i - skip] = argv[i];
	if (argc == skip)
		;
	else if (cn_run(t, &out, &err, words))
		tui_status_error(t, &err);
	else if (*out)
		tui_push(t, tui_pager_new(line, out));
	else
		tui_status(t, "Done");
	free(out);
	free(words);
	gv_cmd_split_free(argv, argc);
	free(line);
}

static void common_request(struct tui *t, struct tui_view *v, int req)
{
	switch (req) {
	case TUI_REQ_HELP: tui_push(t, tui_key_help_view(v)); break;
	case TUI_REQ_PROMPT: command_prompt(t); break;
	case TUI_REQ_SEARCH: tui_status(t, "/ searches an open package: Enter opens one"); break;
	case TUI_REQ_BACK:
		if (t->nviews > 1)
			tui_pop(t);
		else
			t->quit = true;
		break;
	case TUI_REQ_QUIT: t->quit = true; break;
	case TUI_REQ_REDRAW: clearok(curscr, TRUE); break;
	default: break;
	}
}

static void handle_key(struct tui *t, int key)
{
	struct tui_view *v = tui_top(t);
	int req = tui_key_request(v, key);
	if (req == TUI_REQ_NONE) {
		char buf[8];
		tui_status(t, "%s does nothing here; ? shows the keys",
			   key == TUI_KEY_OTHER ? "That key" : tui_key_label(key, buf));
		return;
	}
	int r = v->ops->request(v, t, req);
	if (r & TUI_UNHANDLED)
		common_request(t, v, req);
	else if (r & TUI_BACK)
		tui_pop(t);
	else if (r & TUI_RELOAD)
		tui_reload(t);
}

/* The server dropped us with a reason (the login's link moved): every
 * screen closes, and tui_connect_open says why (docs/connect.md). */
static bool dropped(struct cn *cn)
{
	return cn->client.farewell != NULL;
}

static void run(struct cn *cn)
{
	struct tui *t = &cn->t;
	while (!t->quit && t->nviews && !tui_term_stop_signal() && !dropped(cn)) {
		tui_draw(t);
		refresh();
		int key = tui_key_read();
		if (key != ERR) {
			tui_status_clear(t);
			if (key != KEY_RESIZE)
				handle_key(t, key);
		} else if (tui_term_gone()) {
			return;
		}
		take_events(cn);
		if (dropped(cn))
			return;
		if (cn->client.fd < 0) {
			tui_status(t, "gavel: the server closed the connection; Q quits");
			t->status_role = TUI_ERROR;
		}
		if (cn->changed && cn->client.fd >= 0) {
			cn->changed = false;
			tui_reload(t);
			vote_elsewhere(cn);
		}
	}
}

int tui_connect_open(struct gv_ctx *ctx, const char *socket)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return gv_err_set(&ctx->err, GV_EREFUSED, "gavel connect needs a terminal");
	struct cn cn = {0};
	if (gv_client_open(&cn.client, socket, &ctx->err))
		return ctx->err.code;
	int rc = 0;
	if (!cn.client.hello.as || strcmp(cn.client.hello.as, "member"))
		rc = gv_err_set(&ctx->err, GV_EREFUSED,
				"gavel connect is a member's terminal, and this login is the "
				"clerk's: use 'gavel tui'");
	else if (sqlite3_open(":memory:", &cn.json) != SQLITE_OK)
		rc = gv_err_set(&ctx->err, GV_EIO, "cannot open a database in memory");
	if (rc || tui_term_start(&ctx->err)) {
		sqlite3_close(cn.json);
		gv_client_close(&cn.client);
		return ctx->err.code;
	}
	cn.member = cn.client.hello.member ? cn.client.hello.member : "";
	tui_push(&cn.t, cn_meetings_new());
	bool opened = cn.t.nviews > 0; /* else why is on the status line */
	if (opened)
		run(&cn);
	while (cn.t.nviews) {
		struct tui_view *v = cn.t.views[--cn.t.nviews];
		v->ops->free(v);
	}
	tui_term_stop();
	sqlite3_close(cn.json);
	free(cn.following);
	if (cn.client.farewell)
		rc = gv_err_set(&ctx->err, GV_EREFUSED, "%s", cn.client.farewell);
	else if (!opened)
		rc = gv_err_set(&ctx->err, GV_EREFUSED, "%s",
				cn.t.status ? cn.t.status + strlen("gavel: ") : "cannot open");
	tui_status_clear(&cn.t);
	gv_client_close(&cn.client);
	tui_term_reraise();
	return rc;
}
