/* The Unix login of a member (gavel member link): how gavel serve knows a
 * councillor from the credentials of their connection (docs/serve.md). */
#ifndef GAVEL_LOGIN_H
#define GAVEL_LOGIN_H

#include <stdint.h>

struct gv_ws;
struct gv_err;

/* The login is this member's from now on (a login names one member; linking
 * it again moves it). Refused unless the login exists on this machine. */
int gv_login_link(struct gv_ws *ws, const char *member_ref, const char *login,
		  struct gv_err *err);
/* The member linked to login: 0 with *member_id, GV_ENOTFOUND when none. */
int gv_login_member(struct gv_ws *ws, const char *login, int64_t *member_id,
		    struct gv_err *err);
/* Whether the member sits (today) on the body of the meeting meeting_id. */
int gv_login_sits(struct gv_ws *ws, int64_t member_id, int64_t meeting_id, int *sits,
		  struct gv_err *err);

#endif
