/* The pages of the site, each made from the public site model into a
 * buffer. Paths are relative to the site root. */
#ifndef GAVEL_PUBLISH_PAGES_H
#define GAVEL_PUBLISH_PAGES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "agenda/member_history.h"

struct gv_buf;
struct gv_err;
struct gv_site;
struct gv_site_meeting;

/* meetings/<slug>/agenda.html: the agenda package, as its latest revision,
 * with what changed in it and links to the earlier ones. */
int gv_page_agenda(struct gv_buf *out, const struct gv_site *s,
		   const struct gv_site_meeting *sm, struct gv_err *err);
/* meetings/<slug>/revision-N/agenda.html: earlier revision k (an index into
 * sm->revisions, not the latest), its files in files/ beside it. */
int gv_page_agenda_revision(struct gv_buf *out, const struct gv_site *s,
			    const struct gv_site_meeting *sm, size_t k, struct gv_err *err);
/* meetings/<slug>/minutes.html: the public minutes, draft or approved
 * (sm->minutes must be set). */
int gv_page_minutes(struct gv_buf *out, const struct gv_site *s,
		    const struct gv_site_meeting *sm, struct gv_err *err);
/* index.html: upcoming meetings, then past ones by year. */
void gv_page_index(struct gv_buf *out, const struct gv_site *s);
/* style.css: the one stylesheet, with a print style. */
void gv_page_style(struct gv_buf *out);
/* calendar.ics (RFC 5545); only (may be NULL: all) picks meetings. */
void gv_page_calendar(struct gv_buf *out, const struct gv_site *s, const bool *only);
/* feed.xml (Atom): new agendas, newest first. */
void gv_page_feed(struct gv_buf *out, const struct gv_site *s);

/* search.html (loading search/index.js, then search.js) and search.js;
 * gv_part_search makes a meeting's documents part (a header line and a
 * JSON array per document) and terms part (publish/search_index.h), sm
 * loaded. */
void gv_page_search(struct gv_buf *out, const struct gv_site *s);
void gv_page_search_script(struct gv_buf *out);
void gv_part_search(struct gv_buf *docs, struct gv_buf *terms, const struct gv_site_meeting *sm);

/* declarations.html: the public registry of declarations of interest,
 * from every meeting's part (parts[i] of s->meetings[i]), made by
 * gv_part_declarations from gv_declared_load (live/registry.h); the
 * members with a page (members[0..n_members)) are linked to it. */
struct gv_declared_meeting;
void gv_part_declarations(struct gv_buf *part, const struct gv_declared_meeting *dm);
struct gv_member;
int gv_page_declarations(struct gv_buf *out, const struct gv_site *s, const struct gv_buf *parts,
			 const struct gv_member *members, size_t n_members, struct gv_err *err);

/* bylaws.html: the by-law register and the head of council's decisions;
 * actions.html: the outstanding items of public resolutions (docs/bylaws.md). */
int gv_page_bylaws(struct gv_buf *out, const struct gv_site *s, struct gv_err *err);
int gv_page_actions(struct gv_buf *out, const struct gv_site *s, struct gv_err *err);
/* Text a clerk typed as the public reads it: redacted, HTML-escaped. */
void gv_page_public_text(struct gv_buf *b, const char *s);
/* A meeting by name, linked to its page when it is on the site. */
void gv_page_meeting_link(struct gv_buf *b, const struct gv_site *s, const char *slug,
			  const char *name);

/* members/index.html and members/<id>-<name>.html: the people of today
 * and the former members, and for each member who votes or voted their
 * history, attendance and every recorded vote (docs/people.md, "In
 * minutes, pages and open data"). */
struct gv_vote_record;
struct gv_member;
struct gv_ws;
/* Who the members pages list: today's members and staff (the local date,
 * GAVEL_NOW honoured) by role, then surname, with their titles; those who
 * once voted and are no longer members, as they were last; everyone's
 * history. */
struct gv_site_people {
	struct gv_member *now, *former;
	size_t n_now, n_former;
	struct gv_member_history h;
};
int gv_site_people_load(struct gv_ws *ws, struct gv_site_people *sp, struct gv_err *err);
void gv_site_people_clear(struct gv_site_people *sp);
/* Whether m has a member page: they vote, or once did (a councillor who
 * became staff keeps their record). */
bool gv_site_person_has_page(const struct gv_site_people *sp, const struct gv_member *m);
void gv_page_members(struct gv_buf *out, const struct gv_site *s, const struct gv_site_people *sp);
/* A member's page from their history and their rows, newest meeting
 * first: each meeting's rows come from gv_part_member_rows, as records by
 * member. */
void gv_page_member(struct gv_buf *out, const struct gv_site *s, const struct gv_member *m,
		    bool former, const struct gv_member_history *h, const struct gv_buf *attendance,
		    const struct gv_buf *votes);
struct gv_pub_meeting;
void gv_part_member_rows(struct gv_buf *attendance, struct gv_buf *votes,
			 const struct gv_pub_meeting *pm);
/* "members/12-marie-cote.html" (caller frees) */
char *gv_member_page_path(const struct gv_member *m);
/* The same for member id under another name (a former one). */
char *gv_member_page_path_named(int64_t id, const char *name);
/* members/<id>-<former name>.html: a member's page under a name they no
 * longer have, which links and bookmarks still name; it sends the reader
 * to the page of today (docs/people.md, "In minutes, pages and open data"). */
void gv_page_member_moved(struct gv_buf *out, const struct gv_site *s, const struct gv_member *m,
			  const char *former_name);

#endif
