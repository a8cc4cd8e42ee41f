/* Chapter markers of a meeting's recording, from the public view of its log
 * (live/public_view.h): "Before the meeting" when the stream began earlier,
 * the call to order, each item taken up in open session, recesses and resumptions, a
 * closed session (named only by its clause), the return to open session and
 * the adjournment; times relative to the stream origin (live stream, else
 * the call to order), events before it clipped to it. Written in the forms
 * video platforms read (docs/formats.md). */
#ifndef GAVEL_CHAPTERS_H
#define GAVEL_CHAPTERS_H

#include <stddef.h>
#include <stdint.h>

struct gv_buf;
struct gv_err;
struct gv_ws;

struct gv_chapter {
	int64_t start_ms, end_ms;  /* from the origin */
	char *title;               /* public: redacted, nothing confidential */
	char item[32];             /* the agenda item taken up here, "" for others */
};

struct gv_chapters {
	char *meeting_title;
	char *slug;
	struct gv_chapter *v;
	size_t n;
};

/* The chapters of meeting ref so far (a meeting in progress ends now).
 * Refused when the meeting has not been called to order. */
int gv_chapters_load(struct gv_ws *ws, const char *ref, struct gv_chapters *c,
		     struct gv_err *err);
void gv_chapters_free(struct gv_chapters *c);

/* The first chapter of agenda item number (NULL when it has none). */
const struct gv_chapter *gv_chapters_item(const struct gv_chapters *c, const char *number);

#endif
