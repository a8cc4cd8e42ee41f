/* Members of council and staff, and resolving the names clerks type. */
#ifndef GAVEL_MEMBER_H
#define GAVEL_MEMBER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

struct gv_member {
	int64_t id;
	char *name;
	char *role;   /* mayor, deputy-mayor, councillor, clerk, staff */
	char *ward;   /* may be NULL */
	char *bodies; /* "Council, Planning Committee" */
	/* Set by gv_member_list_on only (NULL elsewhere): */
	char *title;  /* as written, or NULL for the role's label */
	char *from;   /* the period shown: first day, NULL since always */
	char *to;     /* first day after it, NULL while open */
};

/* True for the roles that vote (mayor, deputy-mayor, councillor). */
bool gv_role_votes(const char *role);
/* True if role is one gavel knows. */
bool gv_role_valid(const char *role);
/* The known roles in the order lists show them, to choose one from: the
 * name of the i-th, NULL past the last. */
const char *gv_role_name(size_t i);
/* How pages and minutes write role ("Deputy Mayor"); role itself when
 * gavel does not know it. */
const char *gv_role_label(const char *role);
/* The SQL condition that the role in column votes ("m.role IN ('mayor',
 * ...)"), made from the same list as gv_role_votes. Caller frees. */
char *gv_role_votes_sql(const char *column);

/* Add a member. Voting roles join Council; bodies_csv (may be NULL) names
 * further bodies, comma-separated. */
int gv_member_add(struct gv_ws *ws, const char *name, const char *role, const char *ward,
		  const char *bodies_csv, int64_t *id, struct gv_err *err);
/* Members: the mayor, the deputy mayor, the councillors, then everyone
 * else, each by name; body_id 0 lists everyone. Free with gv_members_free. */
int gv_member_list(struct gv_ws *ws, int64_t body_id, struct gv_member **out, size_t *n,
		   struct gv_err *err);
void gv_members_free(struct gv_member *m, size_t n);

/* Members over time (docs/people.md). Dates are YYYY-MM-DD; from NULL is
 * "since always". gv_member_add_from adds a member, or gives a retired one
 * a new term from `from`; title NULL is the role's label. */
int gv_member_add_from(struct gv_ws *ws, const char *name, const char *role, const char *ward,
		       const char *bodies_csv, const char *from, const char *title, int64_t *id,
		       struct gv_err *err);
/* End ref's open period and terms: on is the first day not a member. */
int gv_member_retire(struct gv_ws *ws, const char *ref, const char *on, struct gv_err *err);
/* What `member edit` changes; NULL leaves a field. ward "" clears it. */
struct gv_member_change {
	const char *name, *role, *ward, *title, *bodies;
};
/* Change a current member from today: a new period (and terms) begins
 * today, the old one ends; a period begun today is changed in place. */
int gv_member_edit(struct gv_ws *ws, const char *ref, const struct gv_member_change *c,
		   struct gv_err *err);
/* The members on date `on` with the name, role, title and ward they had
 * then, and the bodies whose terms cover it; on NULL: everyone ever, as
 * they are last, with every body they sat on. Sorted as gv_member_list. */
int gv_member_list_on(struct gv_ws *ws, int64_t body_id, const char *on,
		      struct gv_member **out, size_t *n, struct gv_err *err);
/* Today's local date (GAVEL_NOW, the workspace's zone) as YYYY-MM-DD. */
void gv_today(char out[11]);
/* How minutes name a member's title: title, else the role's label. */
const char *gv_member_title(const struct gv_member *m);
/* The surname as lists sort it and titles address it: the name after its
 * first word ("Ó Briain" of "Siobhán Ó Briain"), the whole name when it
 * has one word (docs/people.md, "Titles"). */
const char *gv_surname(const char *name);
/* A person as minutes and pages name them (docs/people.md, "Titles"): a
 * member who votes by title and surname ("Mayor Côté"; full: "Mayor Marie
 * Côté"), anyone else by name and job title ("Anne-Marie Desjardins,
 * Clerk"). title NULL or "" is the role's label. Caller frees. */
char *gv_person_styled(const char *name, const char *role, const char *title, bool full);

/* Resolve one name as docs/references.md ("Members") says: numeric id, full
 * name, or an unambiguous
 * case- and accent-insensitive prefix of the full name or of the surname
 * (that is, of the name from any of its words: "Ó Briain" and "Briain").
 * body_id limits the candidates (0: everyone). */
int gv_member_resolve(struct gv_ws *ws, const char *ref, int64_t body_id, int64_t *id,
		      struct gv_err *err);
/* Resolve a comma-separated list; *ids is the caller's to free. Duplicates
 * are refused. */
int gv_member_resolve_list(struct gv_ws *ws, const char *csv, int64_t body_id, int64_t **ids,
			   size_t *n, struct gv_err *err);

/* The pure matching rule behind gv_member_resolve, over candidate names.
 * Sets *index; an ambiguous or unknown name is refused with the candidates. */
int gv_name_match(const char *query, const char *const *names, size_t n, size_t *index,
		  struct gv_err *err);

#endif
