/* The client side of gavel serve's protocol (docs/protocol.md): connect,
 * read the greeting, send requests and read replies and events. */
#ifndef GAVEL_CLIENT_H
#define GAVEL_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "serve/proto.h"

struct gv_err;

struct gv_client {
	int fd;
	struct gv_buf in;
	int64_t next_id;
	struct gv_proto_msg hello; /* the server's greeting */
	bool missed;               /* an event came during a call: whoever follows
				    * events reloads, then clears it */
	char *farewell;            /* the refusal (id 0) the server drops us with:
				    * "the login is now linked to NAME: connect again" */
};

/* Connect to the server at path and read its greeting; a refusal (a login
 * not linked) is the server's own words. */
int gv_client_open(struct gv_client *c, const char *path, struct gv_err *err);
void gv_client_close(struct gv_client *c);
/* The next message from the server, waiting for it; *m is cleared first,
 * so it may be cleared again whatever this returns. A refusal with id 0
 * (the server's last word before it drops us) is kept in c->farewell. */
int gv_client_read(struct gv_client *c, struct gv_proto_msg *m, struct gv_err *err);
/* Run argv on the server and wait for its reply (events before it are
 * skipped, and c->missed set). */
int gv_client_call(struct gv_client *c, int argc, char *const *argv, struct gv_proto_msg *reply,
		   struct gv_err *err);

#endif
