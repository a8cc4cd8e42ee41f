/* gavel serve: one process that owns a workspace while it runs and serves
 * the clerk and the councillors on a Unix socket (docs/serve.md; the
 * protocol: docs/protocol.md). */
#ifndef GAVEL_SERVER_H
#define GAVEL_SERVER_H

struct gv_ctx;

/* Serve ctx->ws on the socket at path (NULL: live/gavel.sock in the
 * workspace) until SIGINT or SIGTERM; what it serves, and when, is said on
 * ctx->out. Refused when another server holds the workspace. */
int gv_serve(struct gv_ctx *ctx, const char *path);

#endif
