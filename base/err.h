/* Errors: the one contract of every function of gavel that can fail.
 *
 * Such a function returns int: 0 when it did what its header says, else
 * one of the negative codes below. The core never prints or exits; the
 * message goes into a struct gv_err that the front end shows (the CLI
 * prints err.msg and exits with gv_err_exit_status(err.code)).
 *
 * - A function that returns a code has set err to that same code and a
 *   message a clerk can act on. After a success err means nothing (a
 *   function may have tried one way, failed, and succeeded another).
 * - err may be NULL everywhere: the caller only wants to know whether it
 *   failed. Only gv_err_set writes into err, and it ignores NULL; no
 *   function reads the code back out of an err it was given, it keeps the
 *   code it was returned (`if ((rc = f(..., err))) return rc;`). A front
 *   end that owns its struct gv_err (the command context's) reads it.
 * - A function that stops because a callee failed returns the callee's
 *   code with the callee's message, unless it sets a code and message of
 *   its own (more specific: "item 9.1 cannot be removed: ..."). */
#ifndef GAVEL_ERR_H
#define GAVEL_ERR_H

enum {
	GV_OK = 0,
	/* Understood but refused: the procedure rules, a text field's
	 * characters, an ambiguous name, a change that would lose or expose
	 * something. Exit status 1. */
	GV_EREFUSED = -1,
	/* The command was misused: an argument missing or malformed, an
	 * option that does not apply. Exit status 2. */
	GV_EUSAGE = -2,
	/* A thing named by the caller (meeting, item, member, setting,
	 * version) does not exist. Exit status 1. */
	GV_ENOTFOUND = -3,
	/* The file system, the database or git failed; the message says how
	 * (busy, disk full, read-only). Exit status 1. */
	GV_EIO = -4,
};

struct gv_err {
	int code;
	char msg[512];
};

/* Set err (when not NULL) to code and the message fmt formats, and return
 * code, so callers can `return gv_err_set(...)`. */
int gv_err_set(struct gv_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#ifdef __clang_analyzer__
/* What it returns is code: tell the static analyzer, which does not look
 * into a variadic function of another file (make analyze). */
#define gv_err_set(err, code, ...) (gv_err_set(err, code, __VA_ARGS__), (code))
#endif

/* How a refusal that --force would lift ends ("...; add --force to do it
 * anyway"): a front end that can ask the user (the TUI) offers to go ahead
 * and calls again with force. */
#define GV_FORCE_HINT "; add --force to do it anyway"

/* Exit status a front end should use for an error code. */
int gv_err_exit_status(int code);

#endif
