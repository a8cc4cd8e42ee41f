#include "base/err.h"

#include <stdarg.h>
#include <stdio.h>

/* (gv_err_set): the name, not the analyzer's macro of base/err.h */
int (gv_err_set)(struct gv_err *err, int code, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof err->msg, fmt, ap);
		va_end(ap);
		err->code = code;
	}
	return code;
}

int gv_err_exit_status(int code)
{
	if (code == GV_OK)
		return 0;
	return code == GV_EUSAGE ? 2 : 1;
}
