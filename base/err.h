/* Error values: the core never prints or exits; it fills a gv_err that the
 * front end shows. A function returns 0 on success or a negative GV_E* code. */
#ifndef GAVEL_ERR_H
#define GAVEL_ERR_H

enum {
	GV_OK = 0,
	GV_EUSAGE = -2,    /* caller misused the command: exit status 2 */
	GV_EREFUSED = -1,  /* understood but refused or failed: exit status 1 */
	GV_ENOTFOUND = -3, /* a named thing does not exist (exit 1) */
	GV_EIO = -4,       /* file system, database or git failure (exit 1) */
};

struct gv_err {
	int code;
	char msg[512];
};

/* Record an error and return its code, so callers can `return gv_err_set(...)`. */
int gv_err_set(struct gv_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#ifdef __clang_analyzer__
/* What it returns is code: tell the static analyzer, which does not look
 * into a variadic function of another file (make analyze). */
#define gv_err_set(err, code, ...) (gv_err_set(err, code, __VA_ARGS__), (code))
#endif

/* Exit status a front end should use for an error code. */
int gv_err_exit_status(int code);

#endif
