/* What the public may see: the municipality and every meeting whose agenda
 * is published, with its agenda (once loaded) already made public (closed
 * items and their sub-items emptied to clause and nature, [redact] spans
 * replaced, attachments as gv_attach_make_public leaves them), so no page
 * can leak by forgetting a check, and its minutes when it has any (pages
 * render them only in public form). */
#ifndef GAVEL_PUBLISH_SITE_H
#define GAVEL_PUBLISH_SITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "agenda/item.h"
#include "agenda/meeting.h"
#include "minutes/approval.h"
#include "live/chapters.h"

struct gv_ws;
struct gv_err;
struct gv_minutes;

/* Bump when the pages change shape, so every page is made again. */
#define GV_SITE_FORMAT "gavel-site-11"

/* A published revision of a meeting's agenda (agenda/revision.h). */
struct gv_site_revision {
	int number;
	int64_t published_at;
	/* after gv_site_load_meeting: what the public reads as changed since
	 * the revision before (none for the first), and, for every revision
	 * but the latest, its agenda in public form */
	char **changes;
	size_t n_changes;
	struct gv_agenda agenda;
};

/* A public meeting. What the index, the calendar and the feed need is
 * always there; its agenda and minutes only once gv_site_load_meeting has
 * loaded them, which a publish does only for meetings that changed. */
struct gv_site_meeting {
	struct gv_meeting m;
	char date[16];            /* local "2026-12-08" */
	char date_words[40];      /* as residents read it: "December 8, 2026" */
	char key[65];             /* names every input of its pages (gv_site_load) */
	/* what the site says about its minutes (loaded, or kept from the last publish) */
	bool has_minutes;
	bool not_held;            /* adjourned for want of quorum, never called to order */
	struct gv_approval approval;
	int64_t minutes_at;       /* when the draft was made: adjournment, else the last event */
	struct gv_site_revision *revisions;  /* oldest first; the latest is what the site shows */
	size_t n_revisions;
	/* after gv_site_load_meeting */
	bool loaded;
	struct gv_agenda agenda;  /* the latest revision, public form */
	const struct gv_chapters *chapters;  /* of the recording; none before the call to order */
	struct gv_minutes *minutes;  /* NULL while the meeting has no minutes (gv_minutes_exist) */
	char *minutes_md;         /* the public minutes in markdown, NULL without minutes */
	/* bytes of agenda-package.pdf and minutes.pdf once written (the pages link them) */
	long long package_size, minutes_pdf_size;
};

struct gv_site {
	struct gv_ws *ws;
	char *municipality;
	char *base_url;     /* "" when not set */
	char *clerk_name;
	char *clerk_email;
	bool pdf;           /* publish.pdf: the agenda package and minutes as PDF */
	int64_t now;
	int64_t changes;    /* the site's change counter: settings, bodies, members */
	struct gv_site_meeting *meetings;  /* by start time */
	size_t n;
};

/* The settings and every public meeting, each with a key that changes
 * whenever anything its pages are made from changes: the site format, the
 * site's and the meeting's change counters (migration 6), and the counter
 * of the meeting that approved its minutes (its pages link there). */
int gv_site_load(struct gv_ws *ws, struct gv_site *s, struct gv_err *err);
/* Load sm's public agenda and minutes (and what the site says about them)
 * through ws (the site's, or another connection to the same workspace). */
int gv_site_load_meeting(struct gv_ws *ws, struct gv_site_meeting *sm, struct gv_err *err);
/* Free what gv_site_load_meeting loaded. */
void gv_site_unload_meeting(struct gv_site_meeting *sm);
void gv_site_free(struct gv_site *s);

/* The meeting named by ref (slug or id) if it is public; refused otherwise. */
int gv_site_find(struct gv_site *s, const char *ref, struct gv_site_meeting **out,
		 struct gv_err *err);

/* "meetings/2026-12-08-council/" */
void gv_site_meeting_dir(const struct gv_site_meeting *sm, char out[160]);
/* The meeting's video to link to, or NULL: none for a cancelled meeting,
 * whose stream URL (the town's channel, by default) shows no meeting. */
const char *gv_site_video(const struct gv_site_meeting *sm);

/* The motion of the meeting that approved sm's minutes, relative to sm's
 * own pages: "../<slug>/minutes.html#motion-K" when that meeting is on the
 * site, NULL otherwise. Caller frees. */
char *gv_site_approval_href(const struct gv_site *s, const struct gv_site_meeting *sm);

/* The file name an attachment gets on the site: "7.2-staff-report.pdf". */
char *gv_site_attachment_name(const struct gv_item *it, const struct gv_attachment *att);

#endif
