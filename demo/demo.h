/* The demo workspace: a fictional municipality with members, past meetings
 * and an upcoming one, built through the core library like any workspace. */
#ifndef GAVEL_DEMO_H
#define GAVEL_DEMO_H

struct gv_err;

/* Create a workspace in dir (refused if one is there) and fill it. */
int gv_demo_build(const char *dir, struct gv_err *err);

#endif
