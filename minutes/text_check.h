/* Text a workspace already holds that breaks the rule of every text field
 * (base/text.h, gv_check_chars): stored by a gavel from before the rule, or
 * written into gavel.db by something else. `gavel check` lists it so that
 * the clerk can clean the workspace. */
#ifndef GAVEL_TEXT_CHECK_H
#define GAVEL_TEXT_CHECK_H

struct gv_ws;
struct gv_err;

/* Call found once for every stored field that breaks the rule (settings,
 * bodies, members, meetings, agenda items and their attachments, notes, the
 * wording of motions and reasons), with one line that names the field, the
 * character and the command that changes the field. The line never quotes
 * the text. Fails only when the database cannot be read. */
int gv_text_check(struct gv_ws *ws, void (*found)(void *arg, const char *problem), void *arg,
		  struct gv_err *err);

#endif
