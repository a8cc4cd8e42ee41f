/* gavel serve's protocol (docs/protocol.md): newline-delimited JSON over a
 * Unix socket. Every message is one JSON object on one line of at most
 * GV_PROTO_LINE_MAX bytes. This parser reads the objects both sides send
 * (it is fuzzed: tests/fuzz/fuzz_protocol.c); the writers make them. */
#ifndef GAVEL_PROTO_H
#define GAVEL_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_buf;
struct gv_err;

#define GV_PROTO_VERSION 1
#define GV_PROTO_LINE_MAX 65536 /* bytes of a line, its newline included */
#define GV_PROTO_ARGS_MAX 64    /* words of argv */
#define GV_PROTO_DEPTH_MAX 8    /* nesting of values a message may skip */

/* The members of a message that gavel reads; any other member is skipped
 * (a later protocol may add some). Strings are UTF-8 without NUL. */
struct gv_proto_msg {
	bool has_protocol, has_id, has_status, has_argv;
	int64_t protocol, id, status;
	char **argv;           /* a request: the command's words */
	int argc;
	char *subscribe;       /* a request: subscribe to a meeting's events ("": all) */
	char *hello;           /* the server's greeting: "gavel" */
	char *as;              /* ...and whom it serves: "clerk" or "member" */
	char *member;          /* the member's name; an event: who acted */
	char *out;             /* a reply: what the command printed */
	char *error;           /* a reply or refusal: why it failed */
	char *event;           /* a pushed event's kind */
	char *meeting;         /* an event's meeting (slug) */
	char *command;         /* an event: the command that made it */
	char **notices;        /* a reply: what the command told beside its output */
	int n_notices;
};

/* Parse one line (without its newline). Refused (GV_EUSAGE) naming the
 * first thing wrong: not an object, bad JSON, a known member of the wrong
 * type, too many words, too deep. */
int gv_proto_parse(const char *line, size_t len, struct gv_proto_msg *m, struct gv_err *err);
void gv_proto_msg_clear(struct gv_proto_msg *m);

/* Writers: each appends one line, newline included. */
void gv_proto_request(struct gv_buf *b, int64_t id, int argc, char *const *argv);
void gv_proto_subscribe(struct gv_buf *b, int64_t id, const char *meeting);
void gv_proto_hello(struct gv_buf *b, const char *as, const char *member);
void gv_proto_reply(struct gv_buf *b, int64_t id, int status, const char *out, size_t out_len,
		    const char *error, char *const *notices, int n_notices);
/* A refusal with no request to answer (id 0): a login not linked, a line
 * that is not a message. */
void gv_proto_refusal(struct gv_buf *b, const char *error);
void gv_proto_event(struct gv_buf *b, const char *event, const char *meeting,
		    const char *command, const char *member);

#endif
