/* The demo workspace: the Town of Kestrel Falls, Ontario, with its council
 * before and after the election of 2026, staff, a committee, four past
 * meetings (the last the inaugural meeting of the new council) and an
 * upcoming one, made by running a script of gavel commands (demo_script.h)
 * like any workspace. */
#ifndef GAVEL_DEMO_H
#define GAVEL_DEMO_H

struct gv_err;

/* Create the demo workspace in dir. Refused as `gavel init` refuses (a
 * workspace is already there); any other failure is a bug in the script,
 * and err names the line that failed. The workspace is the same whatever
 * the day it is made; the caller's GAVEL_NOW is left as it was. */
int gv_demo_build(const char *dir, struct gv_err *err);

#endif
