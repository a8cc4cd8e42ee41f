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
};

/* True for the roles that vote (mayor, deputy-mayor, councillor). */
bool gv_role_votes(const char *role);
/* True if role is one gavel knows. */
bool gv_role_valid(const char *role);
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
