/* What the public may see, loaded once per publish: the municipality and
 * every meeting whose agenda is published, with its agenda already made
 * public (closed items and their sub-items emptied to clause and nature,
 * [redact] spans replaced), so no page can leak by forgetting a check, and
 * its minutes when it has any (pages render them only in public form). */
#ifndef GAVEL_PUBLISH_SITE_H
#define GAVEL_PUBLISH_SITE_H

#include <stddef.h>
#include <stdint.h>

#include "agenda/item.h"
#include "agenda/meeting.h"
#include "streaming-hooks/chapters.h"

struct gv_ws;
struct gv_err;
struct gv_minutes;

struct gv_site_meeting {
	struct gv_meeting m;
	struct gv_agenda agenda;  /* public form */
	const struct gv_chapters *chapters;  /* of the recording; none before the call to order */
	struct gv_minutes *minutes;  /* NULL until the meeting has minutes (gv_minutes_exist) */
	char *minutes_md;         /* the public minutes in markdown, NULL without minutes */
	int64_t minutes_at;       /* when the draft was made: adjournment, else the last event */
	char date[16];            /* local "2026-12-08" */
	char key[65];             /* SHA-256 of everything its agenda pages are made from */
	char minutes_key[65];     /* and of everything its minutes pages are made from */
};

struct gv_site {
	struct gv_ws *ws;
	char *municipality;
	char *base_url;     /* "" when not set */
	char *clerk_name;
	char *clerk_email;
	int64_t now;
	struct gv_site_meeting *meetings;  /* by start time */
	size_t n;
};

int gv_site_load(struct gv_ws *ws, struct gv_site *s, struct gv_err *err);
void gv_site_free(struct gv_site *s);

/* The meeting named by ref (slug or id) if it is public; refused otherwise. */
int gv_site_find(struct gv_site *s, const char *ref, struct gv_site_meeting **out,
		 struct gv_err *err);

/* "meetings/2026-12-08-council/" */
void gv_site_meeting_dir(const struct gv_site_meeting *sm, char out[160]);

/* The page of the meeting whose motion approved sm's minutes, relative to
 * sm's own pages: "../<slug>/minutes.html#motion-K" when that meeting's
 * minutes are on the site, its agenda when only that is, NULL otherwise.
 * Caller frees. */
char *gv_site_approval_href(const struct gv_site *s, const struct gv_site_meeting *sm);

/* The file name an attachment gets on the site: "7.2-staff-report.pdf". */
char *gv_site_attachment_name(const struct gv_item *it, const struct gv_attachment *att);

#endif
