/* Follow-up actions (docs/bylaws.md, "Follow-up actions"): what a carried
 * resolution directs someone to do by a date, and when it was done. An
 * action on a direction given in closed session is confidential: no public
 * output shows it. */
#ifndef GAVEL_ACTION_H
#define GAVEL_ACTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

/* res: a resolution "2026-12", or a motion "SLUG:K". Refused unless it
 * names a motion whose vote, as the log stands, carried. */
int gv_action_add(struct gv_ws *ws, const char *res, const char *to, const char *due,
		  const char *text, int64_t *id, struct gv_err *err);
int gv_action_done(struct gv_ws *ws, int64_t id, const char *on, const char *note,
		   struct gv_err *err);

struct gv_action {
	int64_t id;
	char res[24];
	char *meeting;        /* slug */
	char *meeting_name;
	char *assignee;
	char due[11];
	char *text;
	char *done_on;        /* NULL: open */
	char *note;
	bool confidential;
};
/* Open ones only when open; public: without the confidential ones. By due
 * date. */
int gv_action_list(struct gv_ws *ws, bool open, bool public, struct gv_action **out, size_t *n,
		   struct gv_err *err);
void gv_actions_free(struct gv_action *a, size_t n);
/* Open and due before today. */
bool gv_action_overdue(const struct gv_action *a, const char *today);

#endif
