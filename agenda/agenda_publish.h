/* Publishing an agenda to the record: the public agenda.md goes to record/,
 * the full one to confidential/. */
#ifndef GAVEL_AGENDA_PUBLISH_H
#define GAVEL_AGENDA_PUBLISH_H

#include <stdbool.h>

struct gv_ws;
struct gv_err;

/* Commit meetings/YYYY/<slug>/agenda.md to both repositories (no commit when
 * unchanged) and mark the agenda public. *changed says whether record/ got a
 * new commit. */
int gv_agenda_publish(struct gv_ws *ws, const char *meeting_ref, bool *changed,
		      struct gv_err *err);

#endif
