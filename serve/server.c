#include "serve/server.h"

#include "agenda/login.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"
#include "base/lockfile.h"
#include "cmd/cmd.h"
#include "serve/proto.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define CLIENTS_MAX 1000        /* connections at once, fewer if few files may be open */
#define MEMBER_CONNECTIONS 8    /* of one member's login at once (the clerk: any) */
#define FD_MARGIN 32            /* files kept for the commands the server runs */
#define ACCEPT_PAUSE_MS 200     /* out of descriptors: the listener rests so long */
#define OUT_MAX (1 << 20)       /* bytes queued for a client that does not read */
#define LINES_PER_TURN 16       /* requests of one client between polls */

struct client {
	int fd;
	uid_t uid;              /* of the peer, as it connected */
	int64_t member_id;      /* 0: the clerk */
	char *member;           /* the member's name */
	struct gv_buf in;
	struct gv_buf out;
	size_t sent;            /* of out */
	int64_t subscribed;     /* meeting id; -1: every meeting; 0: none */
	bool eof;               /* it sends no more: its lines run, its replies go out */
	bool drop;
};

struct server {
	struct gv_ctx *ctx;
	uid_t owner;
	int listen_fd;
	struct client *clients;
	size_t n;
	size_t max;             /* connections at once */
	int64_t accept_after;   /* ms: out of descriptors, no accept before */
	int64_t data_version;
};

static volatile sig_atomic_t stopping;

static void on_signal(int sig)
{
	(void)sig;
	stopping = 1;
}

static void queue(struct client *cl, const struct gv_buf *b)
{
	if (cl->drop)
		return;
	if (cl->out.len - cl->sent > OUT_MAX) {
		cl->drop = true; /* it does not read what it is sent */
		return;
	}
	gv_buf_add(&cl->out, b->data ? b->data : "", b->len);
}

static void flush(struct client *cl)
{
	while (!cl->drop && cl->sent < cl->out.len) {
		ssize_t w = send(cl->fd, cl->out.data + cl->sent, cl->out.len - cl->sent,
				 MSG_NOSIGNAL | MSG_DONTWAIT);
		if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
			return;
		if (w <= 0) {
			cl->drop = true;
			return;
		}
		cl->sent += (size_t)w;
	}
	if (cl->sent == cl->out.len) {
		gv_buf_reset(&cl->out);
		cl->sent = 0;
	}
}

static void client_free(struct client *cl)
{
	close(cl->fd);
	free(cl->member);
	gv_buf_free(&cl->in);
	gv_buf_free(&cl->out);
}

/* Who uid is now: the workspace's owner is the clerk (*member_id 0), a
 * login linked to a member is that member (*name), anyone else is refused
 * (*why). Asked again for each request: a link may move meanwhile. */
static int resolve(struct server *sv, uid_t uid, int64_t *member_id, char **name, char **why)
{
	*member_id = 0;
	*name = NULL;
	if (uid == sv->owner)
		return 0;
	struct passwd *pw = getpwuid(uid);
	if (!pw) {
		*why = gv_asprintf("uid %u has no login on this machine", (unsigned)uid);
		return -1;
	}
	struct gv_err err = {0};
	if (gv_login_member(sv->ctx->ws, pw->pw_name, member_id, &err)) {
		*why = gv_asprintf("the login %s is not linked to a member of this workspace",
				   pw->pw_name);
		return -1;
	}
	sqlite3_stmt *st;
	if (!gv_db_prepare(sv->ctx->ws->db, "SELECT name FROM members WHERE id = ?", &st, &err)) {
		sqlite3_bind_int64(st, 1, *member_id);
		if (sqlite3_step(st) == SQLITE_ROW)
			*name = gv_db_text(st, 0);
		sqlite3_finalize(st);
	}
	if (!*name)
		*name = gv_strdup(pw->pw_name);
	return 0;
}

static int identify(struct server *sv, struct client *cl, char **why)
{
	struct ucred cred;
	socklen_t len = sizeof cred;
	if (getsockopt(cl->fd, SOL_SOCKET, SO_PEERCRED, &cred, &len)) {
		*why = gv_asprintf("cannot tell who is connecting: %s", strerror(errno));
		return -1;
	}
	cl->uid = cred.uid;
	return resolve(sv, cl->uid, &cl->member_id, &cl->member, why);
}

/* Whether cl is still who it was when it connected; if not, it is told
 * why and dropped (a moved link ends what the old one opened). */
static bool still_same(struct server *sv, struct client *cl)
{
	int64_t id;
	char *name = NULL, *why = NULL;
	if (!resolve(sv, cl->uid, &id, &name, &why) && id != cl->member_id)
		why = gv_asprintf("the login is now linked to %s: connect again", name);
	free(name);
	if (!why)
		return true;
	struct gv_buf b = GV_BUF_INIT;
	gv_proto_refusal(&b, why);
	queue(cl, &b);
	flush(cl);
	cl->drop = true;
	gv_buf_free(&b);
	free(why);
	return false;
}

static int64_t now_ms(void);

/* How many connections uid has open. */
static size_t connections_of(const struct server *sv, uid_t uid)
{
	size_t k = 0;
	for (size_t i = 0; i < sv->n; i++)
		k += sv->clients[i].uid == uid && !sv->clients[i].drop;
	return k;
}

static bool accept_one(struct server *sv)
{
	int fd = accept4(sv->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd < 0) {
		/* out of descriptors: the pending stay pending a while rather
		 * than wake poll at once, again and again */
		if (errno == EMFILE || errno == ENFILE)
			sv->accept_after = now_ms() + ACCEPT_PAUSE_MS;
		return false;
	}
	struct client cl = {.fd = fd};
	char *why = NULL;
	struct gv_buf b = GV_BUF_INIT;
	if (sv->n >= sv->max)
		why = gv_strdup("the server has too many connections");
	if (!why && !identify(sv, &cl, &why) && cl.member_id &&
	    connections_of(sv, cl.uid) >= MEMBER_CONNECTIONS)
		why = gv_asprintf("%s has %d connections open already: close one", cl.member,
				  MEMBER_CONNECTIONS);
	if (why) {
		gv_proto_refusal(&b, why);
		/* said once, as far as the socket takes it: refused all the same */
		(void)send(fd, b.data, b.len, MSG_NOSIGNAL | MSG_DONTWAIT);
		gv_buf_free(&b);
		free(why);
		client_free(&cl);
		return true;
	}
	gv_proto_hello(&b, cl.member_id ? "member" : "clerk", cl.member);
	*GV_PUSH(sv->clients, sv->n) = cl;
	queue(&sv->clients[sv->n - 1], &b);
	gv_buf_free(&b);
	return true;
}

/* What a member may run, and what nobody runs through the server. */
static bool listed(const char *name, const char *const *names)
{
	for (; *names; names++)
		if (!strcmp(name, *names))
			return true;
	return false;
}
static const char *const member_commands[] = {
	"cast", "speak", "annotate", "annotations", "agenda show", "live status", "meeting list",
	"help", "version", NULL};
static const char *const meeting_free[] = {"meeting list", "help", "version", "annotations",
					   NULL};
static const char *const not_served[] = {"tui", "demo", "init", "serve", "display", NULL};

/* The meeting ref names into *id and *slug (caller frees). */
static int meeting_of(struct server *sv, const char *ref, int64_t *id, char **slug,
		      struct gv_err *err)
{
	struct gv_meeting m;
	if (gv_meeting_find(sv->ctx->ws, ref, &m, err))
		return err->code;
	*id = m.id;
	if (slug)
		*slug = gv_strdup(m.slug);
	gv_meeting_clear(&m);
	return 0;
}

/* May cl run a (parsed)? A member runs the commands above, on meetings of
 * the bodies they sit on. */
static int allowed(struct server *sv, const struct client *cl, const struct gv_args *a,
		   struct gv_err *err)
{
	const char *name = a->cmd->name;
	if (listed(name, not_served))
		return gv_err_set(err, GV_EREFUSED, "'%s' does not run through the server", name);
	if (!cl->member_id)
		return 0;
	if (!listed(name, member_commands))
		return gv_err_set(err, GV_EREFUSED, "a member may not run '%s'", name);
	if (listed(name, meeting_free) && !(!strcmp(name, "annotations") && a->npos))
		return 0;
	int64_t meeting = 0;
	int sits;
	if (meeting_of(sv, a->pos[0], &meeting, NULL, err) ||
	    gv_login_sits(sv->ctx->ws, cl->member_id, meeting, &sits, err))
		return err->code;
	if (!sits)
		return gv_err_set(err, GV_EREFUSED, "%s does not sit on the body of %s", cl->member,
				  a->pos[0]);
	return 0;
}

/* Whether a command that succeeded changed what subscribers follow. */
static bool announces(const struct gv_args *a)
{
	const char *name = a->cmd->name;
	if (!strcmp(name, "cast") || !strcmp(name, "speak"))
		return true;
	if (strncmp(name, "live ", 5) || !strcmp(name, "live status") || !strcmp(name, "live log"))
		return false;
	return strcmp(name, "live speakers") || strcmp(a->pos[1], "list");
}

/* A change may have moved a login's link (member link): a member's
 * connection opened under the old link is told and dropped now, not at its
 * next request, which may never come (docs/serve.md). */
static void recheck(struct server *sv)
{
	for (size_t i = 0; i < sv->n; i++)
		if (sv->clients[i].member_id && !sv->clients[i].drop)
			still_same(sv, &sv->clients[i]);
}

static void broadcast(struct server *sv, int64_t meeting, const char *slug, const char *command,
		      const char *member)
{
	recheck(sv);
	struct gv_buf b = GV_BUF_INIT;
	gv_proto_event(&b, "changed", slug, command, member);
	for (size_t i = 0; i < sv->n; i++) {
		struct client *cl = &sv->clients[i];
		if (cl->subscribed == -1 || (cl->subscribed && cl->subscribed == meeting) ||
		    (cl->subscribed && !meeting))
			queue(cl, &b);
	}
	gv_buf_free(&b);
}

/* A command run for a client: its context first, so that the notice
 * callback finds the notices. */
struct run {
	struct gv_ctx ctx;
	char **notices;
	size_t n_notices;
};

static void notice(struct gv_ctx *ctx, const char *line)
{
	struct run *r = (struct run *)ctx;
	*GV_PUSH(r->notices, r->n_notices) = gv_strdup(line);
}

static void run_request(struct server *sv, struct client *cl, const struct gv_proto_msg *m)
{
	struct gv_buf reply = GV_BUF_INIT;
	struct gv_err err = {0};
	struct gv_args a;
	if (gv_cmd_parse(m->argc, m->argv, &a, &err) || allowed(sv, cl, &a, &err)) {
		gv_proto_reply(&reply, m->id, gv_err_exit_status(err.code), "", 0, err.msg, NULL, 0);
		queue(cl, &reply);
		gv_buf_free(&reply);
		return;
	}
	struct run r = {
		.ctx = {.dir = sv->ctx->dir, .ws = sv->ctx->ws, .member_id = cl->member_id,
			.notice = notice},
	};
	char *text = NULL;
	size_t len = 0;
	r.ctx.out = open_memstream(&text, &len);
	r.ctx.in = fopen("/dev/null", "r");
	int rc, changes = sqlite3_total_changes(sv->ctx->ws->db);
	if (!r.ctx.out || !r.ctx.in)
		rc = gv_err_set(&r.ctx.err, GV_EIO, "cannot run the command: %s", strerror(errno));
	else
		rc = gv_cmd_run(&r.ctx, m->argc, m->argv);
	if (r.ctx.out)
		fclose(r.ctx.out);
	if (r.ctx.in)
		fclose(r.ctx.in);
	/* durable before the reply: every write committed (synchronous=FULL) */
	gv_proto_reply(&reply, m->id, rc ? gv_err_exit_status(rc) : 0, text, len,
		       rc ? r.ctx.err.msg : NULL, r.notices, (int)r.n_notices);
	queue(cl, &reply);
	gv_buf_free(&reply);
	free(text);
	for (size_t i = 0; i < r.n_notices; i++)
		free(r.notices[i]);
	free(r.notices);
	/* what changed the database is heard by subscribers: of its meeting
	 * when the first argument names one, else by all */
	bool wrote = sqlite3_total_changes(sv->ctx->ws->db) != changes;
	if (!rc && (announces(&a) || wrote)) {
		int64_t meeting = 0;
		char *slug = NULL;
		struct gv_err no_meeting = {0};
		if (a.npos && !meeting_of(sv, a.pos[0], &meeting, &slug, &no_meeting))
			broadcast(sv, meeting, slug, a.cmd->name, cl->member_id ? cl->member : NULL);
		else
			broadcast(sv, 0, NULL, a.cmd->name, cl->member_id ? cl->member : NULL);
		free(slug);
	}
}

static void subscribe(struct server *sv, struct client *cl, const struct gv_proto_msg *m)
{
	struct gv_buf reply = GV_BUF_INIT;
	struct gv_err err = {0};
	int64_t meeting = -1;
	int sits = 1;
	const char *want = m->subscribe ? m->subscribe : "";
	if (*want || cl->member_id) {
		if (!*want)
			gv_err_set(&err, GV_EUSAGE, "a member subscribes to a meeting");
		else if (!meeting_of(sv, want, &meeting, NULL, &err) && cl->member_id &&
			 !gv_login_sits(sv->ctx->ws, cl->member_id, meeting, &sits, &err) && !sits)
			gv_err_set(&err, GV_EREFUSED, "%s does not sit on the body of %s",
				   cl->member, want);
	}
	if (!err.code)
		cl->subscribed = meeting;
	gv_proto_reply(&reply, m->id, gv_err_exit_status(err.code), "", 0,
		       err.code ? err.msg : NULL, NULL, 0);
	queue(cl, &reply);
	gv_buf_free(&reply);
}

/* One line from cl: a request, a subscription, or the end of cl. */
static void handle_line(struct server *sv, struct client *cl, const char *line, size_t len)
{
	struct gv_proto_msg m;
	struct gv_err err = {0};
	struct gv_buf b = GV_BUF_INIT;
	if (gv_proto_parse(line, len, &m, &err)) {
		gv_proto_refusal(&b, err.msg);
	} else if (!m.has_protocol || m.protocol != GV_PROTO_VERSION) {
		gv_proto_refusal(&b, "this server speaks protocol 1");
	} else if (m.has_argv == !!m.subscribe || (m.has_argv && !m.argc)) {
		gv_proto_refusal(&b, "a request has either argv (one word or more) or subscribe");
	}
	if (b.len) {
		/* garbage: said once, and the client is dropped */
		queue(cl, &b);
		flush(cl);
		cl->drop = true;
	} else if (!still_same(sv, cl)) {
		/* dropped */
	} else if (m.has_argv) {
		run_request(sv, cl, &m);
	} else {
		subscribe(sv, cl, &m);
	}
	gv_buf_free(&b);
	gv_proto_msg_clear(&m);
}

/* Run the complete lines cl sent, a few at a time; true when more wait. */
static bool serve_lines(struct server *sv, size_t i)
{
	for (int turn = 0; turn < LINES_PER_TURN; turn++) {
		struct client *cl = &sv->clients[i];
		if (cl->drop || !cl->in.len)
			return false;
		char *nl = memchr(cl->in.data, '\n', cl->in.len);
		if (!nl)
			return false;
		size_t len = (size_t)(nl - cl->in.data);
		/* the line as sent, NUL bytes included: the parser refuses them */
		char *line = gv_malloc(len + 1);
		memcpy(line, cl->in.data, len);
		line[len] = '\0';
		memmove(cl->in.data, nl + 1, cl->in.len - len - 1);
		cl->in.len -= len + 1;
		cl->in.data[cl->in.len] = '\0';
		handle_line(sv, cl, line, len);
		free(line);
	}
	struct client *cl = &sv->clients[i];
	return !cl->drop && cl->in.len && memchr(cl->in.data, '\n', cl->in.len);
}

static void read_from(struct client *cl)
{
	char chunk[16384];
	ssize_t r = recv(cl->fd, chunk, sizeof chunk, MSG_DONTWAIT);
	if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
		return;
	if (!r) {
		/* the writing side shut (`nc -N`, a script's one request):
		 * what it sent still runs and its replies still go out in
		 * full, then it is dropped (a peer that closed both sides is
		 * POLLHUP) */
		cl->eof = true;
		return;
	}
	if (r < 0) {
		cl->drop = true;
		return;
	}
	gv_buf_add(&cl->in, chunk, (size_t)r);
	/* a line over the limit: the client is dropped, unanswered */
	char *last = memrchr(cl->in.data, '\n', cl->in.len);
	size_t tail = last ? cl->in.len - (size_t)(last - cl->in.data) - 1 : cl->in.len;
	if (tail >= GV_PROTO_LINE_MAX)
		cl->drop = true;
}

/* Changes made by another process (the clerk's CLI or TUI without the
 * server): subscribers hear that something changed. */
static void watch(struct server *sv)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(sv->ctx->ws->db, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
		return;
	if (sqlite3_step(st) == SQLITE_ROW) {
		int64_t v = sqlite3_column_int64(st, 0);
		if (sv->data_version && v != sv->data_version)
			broadcast(sv, 0, NULL, NULL, NULL);
		sv->data_version = v;
	}
	sqlite3_finalize(st);
}

static int64_t now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void loop(struct server *sv)
{
	struct pollfd *fds = NULL;
	size_t room = 0;        /* fds has room for so many */
	bool busy = false;
	watch(sv); /* the version to compare with: a change in the first half
		    * second is heard too */
	int64_t watched = now_ms();
	while (!stopping) {
		/* one more than the clients: accept_one takes dozens a turn */
		if (room < sv->n + 1) {
			room = sv->n + 1 + 64;
			fds = gv_realloc(fds, room * sizeof *fds);
		}
		fds[0] = (struct pollfd){.fd = sv->listen_fd,
					 .events = now_ms() < sv->accept_after ? 0 : POLLIN};
		for (size_t i = 0; i < sv->n; i++) {
			struct client *cl = &sv->clients[i];
			short ev = 0;
			/* a client with lines waiting sends no more until they are run */
			if (!cl->eof && cl->in.len < GV_PROTO_LINE_MAX &&
			    !memchr(cl->in.data ? cl->in.data : "", '\n', cl->in.len))
				ev |= POLLIN;
			if (cl->out.len > cl->sent)
				ev |= POLLOUT;
			fds[i + 1] = (struct pollfd){.fd = cl->fd, .events = ev};
		}
		size_t polled = sv->n;
		int r = poll(fds, polled + 1, busy ? 0 : fds[0].events ? 500 : ACCEPT_PAUSE_MS);
		if (r < 0 && errno != EINTR)
			break;
		busy = false;
		/* everyone waiting to connect, a few dozen a turn */
		for (int k = 0; r > 0 && fds[0].revents & POLLIN && k < 64 && accept_one(sv); k++)
			;
		for (size_t i = 0; i < polled; i++) {
			struct client *cl = &sv->clients[i];
			short re = r > 0 ? fds[i + 1].revents : 0;
			if (re & POLLIN)
				read_from(cl);
			else if (re & (POLLHUP | POLLERR | POLLNVAL))
				cl->drop = true;
			if (serve_lines(sv, i))
				busy = true;
		}
		for (size_t i = 0; i < sv->n; i++) {
			struct client *cl = &sv->clients[i];
			flush(cl);
			/* done with a client that sends no more: every line run,
			 * every reply sent */
			if (cl->eof && cl->sent == cl->out.len &&
			    !memchr(cl->in.data ? cl->in.data : "", '\n', cl->in.len))
				cl->drop = true;
		}
		size_t kept = 0;
		for (size_t i = 0; i < sv->n; i++) {
			if (sv->clients[i].drop)
				client_free(&sv->clients[i]);
			else
				sv->clients[kept++] = sv->clients[i];
		}
		sv->n = kept;
		if (now_ms() - watched >= 500) {
			watch(sv);
			watched = now_ms();
		}
	}
	free(fds);
}

/* The socket at path: a stale one (of a server killed) is replaced, any
 * other file refused; mode 0660, group serve.group. */
static int listen_on(struct server *sv, const char *path, struct gv_err *err)
{
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	if (strlen(path) >= sizeof addr.sun_path)
		return gv_err_set(err, GV_EUSAGE, "the socket path %s is too long (at most %zu "
				  "bytes): give a shorter one with --socket", path,
				  sizeof addr.sun_path - 1);
	memcpy(addr.sun_path, path, strlen(path) + 1);
	struct stat st;
	if (!lstat(path, &st)) {
		if (!S_ISSOCK(st.st_mode))
			return gv_err_set(err, GV_EREFUSED, "%s exists and is not a socket", path);
		/* the lock is this workspace's: a server of another one may
		 * listen there still. Only a socket nobody answers is stale. */
		int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		int rc = probe < 0 ? -1 : connect(probe, (struct sockaddr *)&addr, sizeof addr);
		int why = errno;
		if (probe >= 0)
			close(probe);
		if (!rc)
			return gv_err_set(err, GV_EREFUSED, "a server already listens on %s", path);
		if (why != ECONNREFUSED)
			return gv_err_set(err, GV_EREFUSED, "cannot tell whether a server listens on "
					  "%s: %s", path, strerror(why));
		unlink(path);
	}
	char *group = gv_setting_get(sv->ctx->ws->db, "serve.group");
	struct group *gr = group && *group ? getgrnam(group) : NULL;
	if (group && *group && !gr) {
		gv_err_set(err, GV_EREFUSED, "serve.group '%s' is not a Unix group on this machine",
			   group);
		free(group);
		return err->code;
	}
	free(group);
	sv->listen_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (sv->listen_fd < 0)
		return gv_err_set(err, GV_EIO, "cannot make a socket: %s", strerror(errno));
	/* mode 0660 from the start, and the group set on the socket itself:
	 * chmod and chown would follow a symlink put in its place */
	mode_t old = umask(0117);
	int rc = bind(sv->listen_fd, (struct sockaddr *)&addr, sizeof addr);
	umask(old);
	if (rc || (gr && fchownat(AT_FDCWD, path, (uid_t)-1, gr->gr_gid, AT_SYMLINK_NOFOLLOW)) ||
	    listen(sv->listen_fd, 128)) {
		gv_err_set(err, GV_EIO, "cannot serve on %s: %s", path, strerror(errno));
		close(sv->listen_fd);
		return err->code;
	}
	return 0;
}

int gv_serve(struct gv_ctx *ctx, const char *path)
{
	struct server sv = {.ctx = ctx, .listen_fd = -1, .max = CLIENTS_MAX};
	struct rlimit nofile;
	if (!getrlimit(RLIMIT_NOFILE, &nofile) && nofile.rlim_cur != RLIM_INFINITY &&
	    nofile.rlim_cur < CLIENTS_MAX + FD_MARGIN)
		sv.max = nofile.rlim_cur > 2 * FD_MARGIN ? nofile.rlim_cur - FD_MARGIN : FD_MARGIN;
	char *db = gv_ws_path(ctx->ws, "gavel.db");
	struct stat st;
	int rc = stat(db, &st);
	free(db);
	if (rc)
		return gv_err_set(&ctx->err, GV_EIO, "cannot read gavel.db: %s", strerror(errno));
	sv.owner = st.st_uid;
	/* the clerk's commands run as the server: as anyone else (root) they
	 * would open the clerk's paths with powers the clerk does not have */
	if (geteuid() != sv.owner) {
		struct passwd *pw = getpwuid(sv.owner);
		if (pw)
			return gv_err_set(&ctx->err, GV_EREFUSED, "gavel.db belongs to %s: serve "
					  "as that user", pw->pw_name);
		return gv_err_set(&ctx->err, GV_EREFUSED, "gavel.db belongs to uid %u: serve "
				  "as that user", (unsigned)sv.owner);
	}
	char *lock = gv_ws_path(ctx->ws, "live/serve.lock");
	/* the socket's path in full: what councillors give --server */
	char *abs = realpath(path ? "." : ctx->ws->dir, NULL);
	char *sock = path ? gv_strdup(path) : gv_path_join(abs ? abs : ctx->ws->dir, "live/gavel.sock");
	if (abs && sock[0] != '/') {
		char *joined = gv_path_join(abs, sock);
		free(sock);
		sock = joined;
	}
	free(abs);
	int lock_fd = -1;
	struct gv_err ignored = {0};
	if (gv_lockfile_take(lock, 0, "the server lock", &lock_fd, &ignored)) {
		rc = gv_err_set(&ctx->err, GV_EREFUSED, "a server already runs on this workspace "
				"(it holds live/serve.lock)");
	} else if (!(rc = listen_on(&sv, sock, &ctx->err))) {
		struct sigaction sa = {.sa_handler = on_signal};
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
		signal(SIGPIPE, SIG_IGN);
		stopping = 0;
		char *where = realpath(ctx->ws->dir, NULL);
		fprintf(ctx->out, "Serving %s on %s (protocol %d); stop with Ctrl-C\n",
			where ? where : ctx->ws->dir, sock, GV_PROTO_VERSION);
		free(where);
		fflush(ctx->out);
		loop(&sv);
		for (size_t i = 0; i < sv.n; i++)
			client_free(&sv.clients[i]);
		free(sv.clients);
		close(sv.listen_fd);
		unlink(sock);
		fprintf(ctx->out, "Stopped serving\n");
	}
	if (lock_fd >= 0)
		gv_lockfile_release(lock_fd);
	free(lock);
	free(sock);
	return rc;
}
