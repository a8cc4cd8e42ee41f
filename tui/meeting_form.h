/* New and changed meetings from the meetings list (n, e): the questions of
 * `meeting new` and `meeting edit`, run through the one command table. A
 * refusal brings the questions back with the answers given. */
#ifndef GAVEL_TUI_MEETING_FORM_H
#define GAVEL_TUI_MEETING_FORM_H

#include <stdint.h>

struct tui;

/* Ask title, time and template, then `meeting new`. The new meeting's
 * slug goes to *slug (caller frees; NULL when nothing was made). */
void tui_meeting_new(struct tui *t, char **slug);

/* Ask title, time and location with the meeting's own filled in, then
 * `meeting edit` with what changed. */
void tui_meeting_edit(struct tui *t, int64_t meeting_id);

#endif
