/* A selectable list of n rows shown through a window of rows: the cursor
 * and scroll arithmetic that the meetings and agenda views share. */
#ifndef GAVEL_TUI_LIST_H
#define GAVEL_TUI_LIST_H

#include <stdbool.h>

struct tui_list {
	int n;   /* rows */
	int sel; /* selected row, 0 when n is 0 */
	int top; /* first row shown */
};

/* Apply a movement request (TUI_REQ_UP ... TUI_REQ_LAST) with page rows on
 * screen; false if req is not a movement. */
bool tui_list_move(struct tui_list *l, int req, int page);

/* Keep sel within the rows and on screen in a window of h rows. */
void tui_list_fit(struct tui_list *l, int h);

#endif
