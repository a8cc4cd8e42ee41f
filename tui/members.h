/* The members view's state, shared by its list (view_members.c), the form
 * it draws under the list while a member is added, edited or retired
 * (members_form.c), and those actions, which run `member add|edit|retire`
 * through the one command table (members_act.c), so the view refuses
 * exactly what the CLI refuses (docs/people.md, "Refusals"). */
#ifndef GAVEL_TUI_MEMBERS_H
#define GAVEL_TUI_MEMBERS_H

#include "tui/list.h"
#include "tui/view.h"

#include "agenda/member.h"

#include <stdbool.h>

struct tui;

enum members_req {
	MEMBERS_REQ_ADD = TUI_REQ_VIEW,
	MEMBERS_REQ_EDIT,
	MEMBERS_REQ_RETIRE,
	MEMBERS_REQ_ALL,
	MEMBERS_REQ_ON,
};

/* Whose roster the list shows: `member list`, `--all` or `--on D`. */
enum members_mode { MEMBERS_TODAY, MEMBERS_ALL, MEMBERS_ON };

#define MEMBERS_FIELDS 6

/* A form being filled: its fields in the order they are asked, and the one
 * being asked (its row is where the line editor opens). */
struct members_form {
	bool open;
	char *heading;                 /* "Add a member", "Edit Émilie Côté" */
	int n, at;
	struct members_field {
		const char *label;     /* "Name" */
		const char *hint;      /* what to type, under the fields */
		char *value;           /* as typed so far; never NULL */
		bool role;             /* chosen from the known roles, not typed */
	} f[MEMBERS_FIELDS];
};

struct members {
	struct tui_view view;
	enum members_mode mode;
	char on[11];                   /* the day shown in MEMBERS_ON */
	char today[11];                /* at the last reload */
	char *title;                   /* of the title bar */
	struct gv_member *m;
	size_t n;
	struct tui_list list;
	int64_t select;                /* member to select at the next reload (0: keep) */
	struct members_form form;
};

/* The selected member, NULL when the list is empty. */
const struct gv_member *members_selected(const struct members *ms);

/* Add, edit or retire the selected member, or ask the date of the roster
 * to show; TUI_* flags. */
int members_act(struct members *ms, struct tui *t, int req);

/* The form (members_form.c). Begin one with a heading (copied); add its
 * fields (values copied; NULL is ""); fill them with the line editor from
 * the first, Enter going to the next and Escape cancelling (false). */
void members_form_begin(struct members_form *f, const char *heading);
void members_form_field(struct members_form *f, const char *label, const char *value,
			const char *hint, bool role);
bool members_form_fill(struct members *ms, struct tui *t);
void members_form_end(struct members_form *f);
/* Rows the form takes on screen (0 when closed). */
int members_form_rows(const struct members_form *f);
/* Draw the form in r (members_form_rows high) and set where the line editor
 * opens. */
void members_form_draw(struct members *ms, struct tui_rect r);

#endif
