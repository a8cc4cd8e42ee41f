#include "serve/client.h"

#include "base/err.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define REPLY_MAX (256u << 20) /* bytes of one line from the server */

static int send_all(struct gv_client *c, const struct gv_buf *b, struct gv_err *err)
{
	for (size_t off = 0; off < b->len;) {
		ssize_t w = send(c->fd, b->data + off, b->len - off, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return gv_err_set(err, GV_EIO, "the server closed the connection");
		off += (size_t)w;
	}
	return 0;
}

int gv_client_read(struct gv_client *c, struct gv_proto_msg *m, struct gv_err *err)
{
	memset(m, 0, sizeof *m); /* cleared even when nothing comes */
	for (;;) {
		char *nl = c->in.len ? memchr(c->in.data, '\n', c->in.len) : NULL;
		if (nl) {
			size_t len = (size_t)(nl - c->in.data);
			int rc = gv_proto_parse(c->in.data, len, m, err);
			memmove(c->in.data, nl + 1, c->in.len - len - 1);
			c->in.len -= len + 1;
			c->in.data[c->in.len] = '\0';
			if (!rc && m->has_id && m->id == 0 && !c->farewell)
				c->farewell = gv_strdup(m->error ? m->error : "refused");
			return rc;
		}
		if (c->in.len > REPLY_MAX)
			return gv_err_set(err, GV_EIO, "the server sent a line too long to read");
		char *room = gv_buf_extend(&c->in, 65536);
		ssize_t r = recv(c->fd, room, 65536, 0);
		c->in.len -= 65536 - (r > 0 ? (size_t)r : 0);
		c->in.data[c->in.len] = '\0';
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return gv_err_set(err, GV_EIO, "the server closed the connection");
	}
}

int gv_client_open(struct gv_client *c, const char *path, struct gv_err *err)
{
	memset(c, 0, sizeof *c);
	c->next_id = 1;
	struct sockaddr_un addr = {.sun_family = AF_UNIX};
	if (strlen(path) >= sizeof addr.sun_path)
		return gv_err_set(err, GV_EUSAGE, "the socket path %s is too long", path);
	memcpy(addr.sun_path, path, strlen(path) + 1);
	c->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (c->fd < 0 || connect(c->fd, (struct sockaddr *)&addr, sizeof addr)) {
		/* the socket and the directories above it are the clerk's to
		 * open to the councillors' group (docs/serve.md, "The server") */
		if (errno == EACCES)
			gv_err_set(err, GV_EIO, "cannot reach a server at %s: %s (ask the clerk to "
				   "put your login in the server's group, serve.group)", path,
				   strerror(errno));
		else
			gv_err_set(err, GV_EIO, "cannot reach a server at %s: %s", path,
				   strerror(errno));
		gv_client_close(c);
		return err->code;
	}
	if (gv_client_read(c, &c->hello, err)) {
		gv_client_close(c);
		return err->code;
	}
	if (!c->hello.hello) {
		gv_err_set(err, GV_EREFUSED, "%s",
			   c->hello.error ? c->hello.error : "the server did not greet");
		gv_client_close(c);
		return err->code;
	}
	return 0;
}

void gv_client_close(struct gv_client *c)
{
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	gv_buf_free(&c->in);
	gv_proto_msg_clear(&c->hello);
	free(c->farewell);
	c->farewell = NULL;
}

int gv_client_call(struct gv_client *c, int argc, char *const *argv, struct gv_proto_msg *reply,
		   struct gv_err *err)
{
	memset(reply, 0, sizeof *reply); /* cleared below whatever fails */
	int64_t id = c->next_id++;
	struct gv_buf b = GV_BUF_INIT;
	gv_proto_request(&b, id, argc, argv);
	int rc = send_all(c, &b, err);
	gv_buf_free(&b);
	while (!rc) {
		if ((rc = gv_client_read(c, reply, err)))
			break;
		if (reply->has_id && (reply->id == id || reply->id == 0)) {
			if (reply->id == 0)
				rc = gv_err_set(err, GV_EREFUSED, "%s",
						reply->error ? reply->error : "refused");
			break;
		}
		if (reply->event)
			c->missed = true; /* a follower reloads: connect's take_events */
		gv_proto_msg_clear(reply);
	}
	if (rc)
		gv_proto_msg_clear(reply);
	return rc;
}
