#include "agenda/member.h"

#include "agenda/body.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The one list of roles, in the order lists of members show them: the
 * roles that vote come first. */
static const struct role {
	const char *name;
	const char *label; /* on pages and in minutes */
	bool votes;
} roles[] = {
	{"mayor", "Mayor", true},
	{"deputy-mayor", "Deputy Mayor", true},
	{"councillor", "Councillor", true},
	{"clerk", "Clerk", false},
	{"staff", "Staff", false},
};
#define N_ROLES (sizeof roles / sizeof *roles)

static const struct role *role_of(const char *name)
{
	for (size_t i = 0; i < N_ROLES; i++)
		if (!strcmp(roles[i].name, name))
			return &roles[i];
	return NULL;
}

bool gv_role_valid(const char *role)
{
	return role_of(role) != NULL;
}

bool gv_role_votes(const char *role)
{
	const struct role *r = role_of(role);
	return r && r->votes;
}

const char *gv_role_label(const char *role)
{
	const struct role *r = role_of(role);
	return r ? r->label : role;
}

char *gv_role_votes_sql(const char *column)
{
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "%s IN (", column);
	for (size_t i = 0, n = 0; i < N_ROLES; i++)
		if (roles[i].votes)
			gv_buf_printf(&b, "%s'%s'", n++ ? ", " : "", roles[i].name);
	gv_buf_putc(&b, ')');
	return gv_buf_detach(&b);
}

/* Where lists show a member of role: the roles that vote in the order of
 * roles[], every other one after them. */
static size_t role_rank(const char *role)
{
	const struct role *r = role_of(role);
	return r && r->votes ? (size_t)(r - roles) : N_ROLES;
}

/* The surname as lists sort it: the name after its first word ("Ó Briain"
 * of "Siobhán Ó Briain"), the whole name when it has one word. */
static const char *surname(const char *name)
{
	const char *sp = strchr(name, ' ');
	return sp && sp[1] ? sp + 1 : name;
}

/* By role, then surname, then the whole name, accents and case folded
 * (docs/formats.md, "HTML site"): minutes, pages and the console alike. */
static int by_role_then_name(const void *x, const void *y)
{
	const struct gv_member *a = x, *b = y;
	size_t ra = role_rank(a->role), rb = role_rank(b->role);
	if (ra != rb)
		return ra < rb ? -1 : 1;
	char *sa = gv_fold(surname(a->name)), *sb = gv_fold(surname(b->name));
	char *na = gv_fold(a->name), *nb = gv_fold(b->name);
	int c = strcmp(sa, sb);
	if (!c)
		c = strcmp(na, nb);
	if (!c)
		c = strcmp(a->name, b->name);
	free(sa);
	free(sb);
	free(na);
	free(nb);
	return c;
}

void gv_members_free(struct gv_member *m, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(m[i].name);
		free(m[i].role);
		free(m[i].ward);
		free(m[i].bodies);
	}
	free(m);
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* q starts the name at its first word or at a later one, so that a surname
 * of two words counts whole ("ó briain", "briain" and "siobhan" all start
 * "Siobhán Ó Briain"). */
static bool starts_a_word(const char *folded, const char *q)
{
	for (const char *p = folded;; p++) {
		if (starts_with(p, q))
			return true;
		if (!(p = strchr(p, ' ')))
			return false;
	}
}

int gv_name_match(const char *query, const char *const *names, size_t n, size_t *index,
		  struct gv_err *err)
{
	char *t = gv_trim(query);
	char *q = gv_fold(t);
	free(t);
	size_t exact = 0, exact_at = 0, prefix = 0, prefix_at = 0;
	bool *hit = gv_calloc(n, sizeof *hit);
	for (size_t i = 0; i < n && *q; i++) {
		char *f = gv_fold(names[i]);
		if (!strcmp(f, q)) {
			exact++;
			exact_at = i;
		}
		if (starts_a_word(f, q)) {
			hit[i] = true;
			prefix++;
			prefix_at = i;
		}
		free(f);
	}
	int rc = 0;
	if (exact == 1) {
		*index = exact_at;
	} else if (prefix == 1) {
		*index = prefix_at;
	} else if (prefix == 0) {
		rc = gv_err_set(err, GV_ENOTFOUND, "no member named '%s' (see 'gavel member list')",
				query);
	} else {
		struct gv_buf list = GV_BUF_INIT;
		for (size_t i = 0; i < n; i++)
			if (hit[i])
				gv_buf_printf(&list, "%s%s", list.len ? ", " : "", names[i]);
		rc = gv_err_set(err, GV_EREFUSED, "'%s' is ambiguous: %s", query, gv_buf_str(&list));
		gv_buf_free(&list);
	}
	free(hit);
	free(q);
	return rc;
}

static int insert_membership(sqlite3 *db, int64_t body, int64_t member, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, "INSERT OR IGNORE INTO body_members(body_id, member_id) VALUES (?,?)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, body);
	sqlite3_bind_int64(st, 2, member);
	return gv_db_run(db, st, "cannot add membership", err);
}

/* Resolve each body named in csv; *ids is the caller's to free. */
static int resolve_bodies(struct gv_ws *ws, const char *csv, int64_t **ids, size_t *n,
			  struct gv_err *err)
{
	*ids = NULL;
	*n = 0;
	if (!csv)
		return 0;
	char *copy = gv_strdup(csv), *save = NULL;
	int rc = 0;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char *name = gv_trim(tok);
		struct gv_body b = {0};
		if (*name)
			rc = gv_body_find(ws, name, &b, err);
		free(name);
		if (rc)
			break;
		if (!b.id)
			continue;
		*GV_PUSH(*ids, *n) = b.id;
		gv_body_clear(&b);
	}
	free(copy);
	if (rc) {
		free(*ids);
		*ids = NULL;
	}
	return rc;
}

/* A second member of the same name (up to case and accents) could never be
 * named again: every reference to either would be ambiguous. */
static int refuse_same_name(sqlite3 *db, const char *name, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, "SELECT id, name FROM members", &st, err))
		return GV_EIO;
	char *want = gv_fold(name);
	int rc = 0;
	while (!rc && sqlite3_step(st) == SQLITE_ROW) {
		char *have = gv_fold((const char *)sqlite3_column_text(st, 1));
		if (!strcmp(have, want))
			rc = gv_err_set(err, GV_EREFUSED, "a member named '%s' already exists (id %lld)",
					sqlite3_column_text(st, 1),
					(long long)sqlite3_column_int64(st, 0));
		free(have);
	}
	free(want);
	sqlite3_finalize(st);
	return rc;
}

static int member_insert(struct gv_ws *ws, const char *name, const char *role,
			 const char *ward, const char *bodies_csv, int64_t *id, struct gv_err *err);

int gv_member_add(struct gv_ws *ws, const char *name, const char *role, const char *ward,
		  const char *bodies_csv, int64_t *id, struct gv_err *err)
{
	/* Spaces pasted around a name would defeat name resolution later. */
	char *clean = gv_trim(name);
	int rc = member_insert(ws, clean, role, ward, bodies_csv, id, err);
	free(clean);
	return rc;
}

static int member_insert(struct gv_ws *ws, const char *name, const char *role,
			 const char *ward, const char *bodies_csv, int64_t *id, struct gv_err *err)
{
	if (gv_check_line(name, "member name", 200, err))
		return GV_EREFUSED;
	if (strchr(name, ','))
		return gv_err_set(err, GV_EREFUSED,
				  "member name '%s' cannot contain a comma (lists of names are "
				  "comma-separated); write it as 'John Smith'",
				  name);
	if (!gv_role_valid(role)) {
		struct gv_buf known = GV_BUF_INIT;
		for (size_t i = 0; i < N_ROLES; i++)
			gv_buf_printf(&known, "%s%s", i ? ", " : "", roles[i].name);
		int refused = gv_err_set(err, GV_EREFUSED, "unknown role '%s' (%s)", role,
					 gv_buf_str(&known));
		gv_buf_free(&known);
		return refused;
	}
	if (ward && gv_check_line(ward, "ward", 200, err))
		return GV_EREFUSED;
	if (isdigit((unsigned char)name[0]) && strspn(name, "0123456789") == strlen(name))
		return gv_err_set(err, GV_EREFUSED, "a member name cannot be only digits "
						    "(numbers refer to member ids)");
	int64_t *bodies;
	size_t nb;
	int rc = resolve_bodies(ws, bodies_csv, &bodies, &nb, err);
	if (rc)
		return rc;

	sqlite3_stmt *st = NULL;
	if ((rc = gv_db_begin(ws->db, err)) || (rc = refuse_same_name(ws->db, name, err)))
		goto out;
	if ((rc = gv_db_prepare(ws->db, "INSERT INTO members(name, role, ward) VALUES (?,?,?)",
				&st, err)))
		goto out;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
	if (ward)
		sqlite3_bind_text(st, 3, ward, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = gv_db_fail(ws->db, "cannot add member", err);
		goto out;
	}
	int64_t mid = sqlite3_last_insert_rowid(ws->db);
	/* Council is body 1, made by init. */
	if (gv_role_votes(role) && (rc = insert_membership(ws->db, 1, mid, err)))
		goto out;
	for (size_t i = 0; i < nb; i++)
		if ((rc = insert_membership(ws->db, bodies[i], mid, err)))
			goto out;
	if (id)
		*id = mid;
out:
	sqlite3_finalize(st);
	free(bodies);
	return gv_db_end(ws->db, rc, err);
}

int gv_member_list(struct gv_ws *ws, int64_t body_id, struct gv_member **out, size_t *n,
		   struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT m.id, m.name, m.role, m.ward,"
			  " (SELECT group_concat(name, ', ') FROM (SELECT b.name FROM body_members bm"
			  "   JOIN bodies b ON b.id = bm.body_id WHERE bm.member_id = m.id"
			  "   ORDER BY b.id))"
			  " FROM members m WHERE ?1 = 0 OR m.id IN"
			  "  (SELECT member_id FROM body_members WHERE body_id = ?1)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, body_id);
	*n = 0;
	*out = NULL;
	GV_ROOM(*out, 0); /* never NULL, even empty */
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_member *m = GV_PUSH(*out, *n);
		m->id = sqlite3_column_int64(st, 0);
		m->name = gv_db_text(st, 1);
		m->role = gv_db_text(st, 2);
		m->ward = gv_db_text(st, 3);
		m->bodies = gv_db_text(st, 4);
		if (!m->bodies)
			m->bodies = gv_strdup("");
	}
	sqlite3_finalize(st);
	qsort(*out, *n, sizeof **out, by_role_then_name);
	return 0;
}

int gv_member_resolve(struct gv_ws *ws, const char *ref, int64_t body_id, int64_t *id,
		      struct gv_err *err)
{
	struct gv_member *m;
	size_t n;
	int rc = gv_member_list(ws, body_id, &m, &n, err);
	if (rc)
		return rc;
	char *t = gv_trim(ref);
	bool numeric = *t && strspn(t, "0123456789") == strlen(t);
	if (numeric) {
		int64_t want = strtoll(t, NULL, 10);
		size_t i;
		for (i = 0; i < n && m[i].id != want; i++)
			;
		if (i < n)
			*id = want;
		else
			rc = gv_err_set(err, GV_ENOTFOUND, "no member with id %s%s", t,
					body_id ? " in this body" : "");
	} else {
		const char **names = gv_calloc(n, sizeof *names);
		for (size_t i = 0; i < n; i++)
			names[i] = m[i].name;
		size_t at;
		rc = gv_name_match(t, names, n, &at, err);
		if (!rc)
			*id = m[at].id;
		free(names);
	}
	free(t);
	gv_members_free(m, n);
	return rc;
}

int gv_member_resolve_list(struct gv_ws *ws, const char *csv, int64_t body_id, int64_t **ids,
			   size_t *n, struct gv_err *err)
{
	*ids = NULL;
	*n = 0;
	char *copy = gv_strdup(csv), *save = NULL;
	int rc = 0;
	for (char *tok = strtok_r(copy, ",", &save); tok && !rc; tok = strtok_r(NULL, ",", &save)) {
		int64_t id;
		char *name = gv_trim(tok);
		if (*name && !(rc = gv_member_resolve(ws, name, body_id, &id, err))) {
			for (size_t i = 0; i < *n; i++)
				if ((*ids)[i] == id)
					rc = gv_err_set(err, GV_EREFUSED, "'%s' is named twice", name);
			if (!rc)
				*GV_PUSH(*ids, *n) = id;
		}
		free(name);
	}
	free(copy);
	if (rc) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return rc;
}
