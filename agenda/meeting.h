/* Meetings: when and where a body meets, and the slug that names it. */
#ifndef GAVEL_MEETING_H
#define GAVEL_MEETING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

struct gv_meeting {
	int64_t id;
	int64_t body_id;
	char *body_name;
	char *slug;
	char *title;
	int64_t starts_at;           /* UTC seconds */
	char *location;              /* may be NULL */
	char *stream_url;            /* may be NULL */
	char *lang;                  /* "en" or "fr" */
	bool cancelled;
	int sequence;                /* bumped by every edit (iCalendar SEQUENCE) */
	int64_t agenda_published_at; /* 0 until the agenda is published */
	int items;                   /* agenda items */
	int agenda_revision;         /* the latest published revision, 0: none */
	bool agenda_changed;         /* the working agenda differs from that revision */
};

struct gv_meeting_spec {
	const char *title;
	int64_t starts_at;
	const char *body;      /* NULL: Council */
	const char *location;  /* may be NULL */
	const char *template;  /* NULL: ontario-regular */
};

/* "2026-12-01-council", or "-2", "-3"... when the body already meets that day.
 * taken(slug, ctx) says whether a slug is in use. Caller frees. */
char *gv_meeting_slug(const char *date, const char *body_slug,
		      bool (*taken)(const char *slug, void *ctx), void *ctx);

/* Create a meeting with its template agenda; *slug (caller frees) names it. */
int gv_meeting_new(struct gv_ws *ws, const struct gv_meeting_spec *spec, char **slug,
		   struct gv_err *err);

/* Find by slug or numeric id. Clear with gv_meeting_clear. */
int gv_meeting_find(struct gv_ws *ws, const char *ref, struct gv_meeting *out,
		    struct gv_err *err);
/* All meetings by start time. Free with gv_meetings_free. */
int gv_meeting_list(struct gv_ws *ws, struct gv_meeting **out, size_t *n, struct gv_err *err);
/* count of them from the from-th on (a long list loads the rows it shows). */
int gv_meeting_range(struct gv_ws *ws, size_t from, size_t count, struct gv_meeting **out,
		     size_t *n, struct gv_err *err);
/* Every meeting's id and start, in the same order (free *out). */
struct gv_meeting_start {
	int64_t id, starts_at;
};
int gv_meeting_starts(struct gv_ws *ws, struct gv_meeting_start **out, size_t *n,
		      struct gv_err *err);
void gv_meeting_clear(struct gv_meeting *m);
void gv_meetings_free(struct gv_meeting *m, size_t n);

struct gv_meeting_edit {
	const char *title;       /* NULL: unchanged */
	const int64_t *starts_at;
	const char *location;
	const char *stream_url;  /* "" clears */
	const char *lang;
	bool cancel;
};
int gv_meeting_edit(struct gv_ws *ws, const char *ref, const struct gv_meeting_edit *e,
		    struct gv_err *err);

/* "2026-12-01" of the meeting's local date. */
void gv_meeting_date(const struct gv_meeting *m, char out[16]);
/* A meeting as residents and the minutes name it (docs/formats.md, "Naming
 * a meeting"): "the Regular Meeting of Council of November 10, 2026", or
 * without the body when the title names it. Caller frees. */
char *gv_meeting_name(const char *title, const char *body_name, int64_t starts_at);

#endif
