#include "agenda/member.h"

#include "agenda/body.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/clock.h"
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

const char *gv_role_name(size_t i)
{
	return i < N_ROLES ? roles[i].name : NULL;
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

const char *gv_surname(const char *name)
{
	const char *sp = strchr(name, ' ');
	return sp && sp[1] ? sp + 1 : name;
}

char *gv_person_styled(const char *name, const char *role, const char *title, bool full)
{
	const char *t = title && *title ? title : gv_role_label(role);
	if (gv_role_votes(role))
		return gv_asprintf("%s %s", t, full ? name : gv_surname(name));
	return gv_asprintf("%s, %s", name, t);
}

/* By role, then surname, then the whole name, accents and case folded
 * (docs/formats.md, "HTML site"): minutes, pages and the console alike. */
static int by_role_then_name(const void *x, const void *y)
{
	const struct gv_member *a = x, *b = y;
	size_t ra = role_rank(a->role), rb = role_rank(b->role);
	if (ra != rb)
		return ra < rb ? -1 : 1;
	char *sa = gv_fold(gv_surname(a->name)), *sb = gv_fold(gv_surname(b->name));
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
		free(m[i].title);
		free(m[i].from);
		free(m[i].to);
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

static int refuse_joining_a_log(sqlite3 *db, const char *name, int64_t body, const char *from,
				struct gv_err *err);
static int member_insert(struct gv_ws *ws, const char *name, const char *role,
			 const char *ward, const char *bodies_csv, const char *from,
			 const char *title, int64_t *id, struct gv_err *err);

int gv_member_add(struct gv_ws *ws, const char *name, const char *role, const char *ward,
		  const char *bodies_csv, int64_t *id, struct gv_err *err)
{
	return gv_member_add_from(ws, name, role, ward, bodies_csv, NULL, NULL, id, err);
}

int gv_member_add_from(struct gv_ws *ws, const char *name, const char *role, const char *ward,
		       const char *bodies_csv, const char *from, const char *title, int64_t *id,
		       struct gv_err *err)
{
	/* Spaces pasted around a name would defeat name resolution later. */
	char *clean = gv_trim(name);
	int rc = member_insert(ws, clean, role, ward, bodies_csv, from, title, id, err);
	free(clean);
	return rc;
}

static int check_date(const char *d, struct gv_err *err);
static int check_title(const char *role, const char *title, struct gv_err *err);
static int64_t same_name(sqlite3 *db, const char *name, int64_t except, char **found);
static int open_period(sqlite3 *db, int64_t member, char **from, bool *open, char **last_to,
		       struct gv_err *err);
static int insert_period(sqlite3 *db, int64_t member, const char *from, const char *name,
			 const char *role, const char *title, const char *ward,
			 struct gv_err *err);
static int insert_term(sqlite3 *db, int64_t member, int64_t body, const char *from,
		       struct gv_err *err);
static int mirror(sqlite3 *db, int64_t member, struct gv_err *err);

static int member_insert(struct gv_ws *ws, const char *name, const char *role,
			 const char *ward, const char *bodies_csv, const char *from,
			 const char *title, int64_t *id, struct gv_err *err)
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
	if ((from && check_date(from, err)) || check_title(role, title, err))
		return GV_EREFUSED;
	int64_t *bodies;
	size_t nb;
	int rc = resolve_bodies(ws, bodies_csv, &bodies, &nb, err);
	if (rc)
		return rc;

	sqlite3_stmt *st = NULL;
	char *found = NULL, *pfrom = NULL, *last_to = NULL;
	if ((rc = gv_db_begin(ws->db, err)))
		goto out;
	int64_t mid = same_name(ws->db, name, 0, &found);
	if (mid) {
		/* The same person again: a new term for a member who has
		 * retired, never a second member of that name. */
		bool open;
		if ((rc = open_period(ws->db, mid, &pfrom, &open, &last_to, err)))
			goto out;
		if (open || !last_to)
			rc = gv_err_set(err, GV_EREFUSED, "a member named '%s' already exists (id %lld)",
					found, (long long)mid);
		else if (!from)
			rc = gv_err_set(err, GV_EREFUSED,
					"'%s' retired on %s; a new term needs --from YYYY-MM-DD", found,
					last_to);
		else if (strcmp(from, last_to) < 0)
			rc = gv_err_set(err, GV_EREFUSED,
					"overlapping terms: '%s' was a member until %s, so a new term "
					"cannot begin on %s",
					found, last_to, from);
		if (rc)
			goto out;
	} else {
		if ((rc = gv_db_prepare(ws->db,
					"INSERT INTO members(name, role, ward) VALUES (?,?,?)", &st,
					err)))
			goto out;
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
		if (ward)
			sqlite3_bind_text(st, 3, ward, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE) {
			rc = gv_db_fail(ws->db, "cannot add member", err);
			goto out;
		}
		mid = sqlite3_last_insert_rowid(ws->db);
	}
	/* a term from a day before a recorded meeting of its body would add
	 * the member to that meeting's roster (docs/people.md, "Refusals") */
	if (from && gv_role_votes(role) && (rc = refuse_joining_a_log(ws->db, name, 1, from, err)))
		goto out;
	for (size_t i = 0; from && i < nb; i++)
		if ((rc = refuse_joining_a_log(ws->db, name, bodies[i], from, err)))
			goto out;
	if ((rc = insert_period(ws->db, mid, from, name, role, title, ward, err)))
		goto out;
	/* Council is body 1, made by init. */
	if (gv_role_votes(role) && (rc = insert_term(ws->db, mid, 1, from, err)))
		goto out;
	for (size_t i = 0; i < nb; i++)
		if ((!gv_role_votes(role) || bodies[i] != 1) &&
		    (rc = insert_term(ws->db, mid, bodies[i], from, err)))
			goto out;
	if ((rc = mirror(ws->db, mid, err)))
		goto out;
	if (id)
		*id = mid;
out:
	sqlite3_finalize(st);
	free(bodies);
	free(found);
	free(pfrom);
	free(last_to);
	return gv_db_end(ws->db, rc, err);
}

/* The rows of a members query (id, name, role, ward, title, from, to,
 * bodies), by role then surname; finalizes st. */
static int read_members(sqlite3_stmt *st, struct gv_member **out, size_t *n)
{
	*n = 0;
	*out = NULL;
	GV_ROOM(*out, 0); /* never NULL, even empty */
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_member *m = GV_PUSH(*out, *n);
		m->id = sqlite3_column_int64(st, 0);
		m->name = gv_db_text(st, 1);
		m->role = gv_db_text(st, 2);
		m->ward = gv_db_text(st, 3);
		m->title = gv_db_text(st, 4);
		m->from = gv_db_text(st, 5);
		m->to = gv_db_text(st, 6);
		m->bodies = gv_db_text(st, 7);
		if (!m->bodies)
			m->bodies = gv_strdup("");
	}
	sqlite3_finalize(st);
	qsort(*out, *n, sizeof **out, by_role_then_name);
	return 0;
}

int gv_member_list(struct gv_ws *ws, int64_t body_id, struct gv_member **out, size_t *n,
		   struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT m.id, m.name, m.role, m.ward, NULL, NULL, NULL,"
			  " (SELECT group_concat(name, ', ') FROM (SELECT b.name FROM body_members bm"
			  "   JOIN bodies b ON b.id = bm.body_id WHERE bm.member_id = m.id"
			  "   ORDER BY b.id))"
			  " FROM members m WHERE ?1 = 0 OR m.id IN"
			  "  (SELECT member_id FROM body_members WHERE body_id = ?1)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, body_id);
	return read_members(st, out, n);
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

/* --- people over time (docs/people.md) ------------------------------------ */

void gv_today(char out[11])
{
	gv_time_format(gv_now(), "%Y-%m-%d", out, 11);
}

const char *gv_member_title(const struct gv_member *m)
{
	return m->title ? m->title : gv_role_label(m->role);
}

static int check_date(const char *d, struct gv_err *err)
{
	if (gv_date_valid(d))
		return 0;
	return gv_err_set(err, GV_EREFUSED, "unknown date '%s' (write YYYY-MM-DD, a day that exists)",
			  d);
}

/* The titles of the roles that vote; any other role takes a job title. */
static const char *const voting_titles[] = {"Mayor", "Deputy Mayor", "Councillor",
					    "Regional Councillor"};
#define N_VOTING_TITLES (sizeof voting_titles / sizeof *voting_titles)

static int check_title(const char *role, const char *title, struct gv_err *err)
{
	if (!title)
		return 0;
	if (gv_check_line(title, "title", 200, err))
		return GV_EREFUSED;
	bool known = false;
	for (size_t i = 0; i < N_VOTING_TITLES; i++)
		if (!strcmp(title, voting_titles[i]))
			known = true;
	if (gv_role_votes(role) && !known)
		return gv_err_set(err, GV_EREFUSED,
				  "unknown title '%s' for a %s (Mayor, Deputy Mayor, Councillor, "
				  "Regional Councillor)",
				  title, role);
	if (!gv_role_votes(role) && known)
		return gv_err_set(err, GV_EREFUSED,
				  "'%s' is the title of a member who votes; a %s takes a job "
				  "title such as 'Clerk' or 'Director of Finance'",
				  title, role);
	if (strchr(title, ','))
		return gv_err_set(err, GV_EREFUSED, "title '%s' cannot contain a comma", title);
	return 0;
}

/* The member other than `except` whose name folds as name's does ("Cote"
 * and "Côté" could never be told apart); 0 if none. */
static int64_t same_name(sqlite3 *db, const char *name, int64_t except, char **found)
{
	sqlite3_stmt *st;
	*found = NULL;
	if (sqlite3_prepare_v2(db, "SELECT id, name FROM members", -1, &st, NULL) != SQLITE_OK)
		return 0;
	char *want = gv_fold(name);
	int64_t id = 0;
	while (!id && sqlite3_step(st) == SQLITE_ROW) {
		char *have = gv_fold((const char *)sqlite3_column_text(st, 1));
		if (!strcmp(have, want) && sqlite3_column_int64(st, 0) != except) {
			id = sqlite3_column_int64(st, 0);
			*found = gv_db_text(st, 1);
		}
		free(have);
	}
	free(want);
	sqlite3_finalize(st);
	return id;
}

/* The member's open period: its first day (*from, NULL since always) and
 * *open; when none is open, *last_to the day the last one ended. */
static int open_period(sqlite3 *db, int64_t member, char **from, bool *open, char **last_to,
		       struct gv_err *err)
{
	sqlite3_stmt *st;
	*from = *last_to = NULL;
	*open = false;
	if (gv_db_prepare(db,
			  "SELECT from_date, to_date FROM member_periods WHERE member_id = ?"
			  " ORDER BY to_date IS NULL DESC, to_date DESC LIMIT 1",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, member);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*open = sqlite3_column_type(st, 1) == SQLITE_NULL;
		*from = gv_db_text(st, 0);
		*last_to = gv_db_text(st, 1);
	}
	sqlite3_finalize(st);
	return 0;
}

static int insert_period(sqlite3 *db, int64_t member, const char *from, const char *name,
			 const char *role, const char *title, const char *ward,
			 struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "INSERT INTO member_periods(member_id, from_date, name, role, title, ward)"
			  " VALUES (?,?,?,?,?,?)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, member);
	if (from)
		sqlite3_bind_text(st, 2, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, role, -1, SQLITE_STATIC);
	if (title)
		sqlite3_bind_text(st, 5, title, -1, SQLITE_STATIC);
	if (ward && *ward)
		sqlite3_bind_text(st, 6, ward, -1, SQLITE_STATIC);
	return gv_db_run(db, st, "cannot add period", err);
}

/* A term in body from `from`, refused if one of the member's terms there
 * is still open or ends after from. body_members keeps everyone who ever
 * sat on the body (docs/people.md, "Not yet"). */
static int insert_term(sqlite3 *db, int64_t member, int64_t body, const char *from,
		       struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "SELECT b.name, coalesce(t.from_date, 'always'), coalesce(t.to_date, 'now')"
			  " FROM terms t JOIN bodies b ON b.id = t.body_id"
			  " WHERE t.member_id = ?1 AND t.body_id = ?2"
			  "  AND (t.to_date IS NULL OR ?3 IS NULL OR t.to_date > ?3)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, member);
	sqlite3_bind_int64(st, 2, body);
	if (from)
		sqlite3_bind_text(st, 3, from, -1, SQLITE_STATIC);
	int rc = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		rc = gv_err_set(err, GV_EREFUSED,
				"overlapping terms: the member already has a term in %s (from %s "
				"to %s)",
				sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
				sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	if (rc)
		return rc;
	if (gv_db_prepare(db, "INSERT INTO terms(member_id, body_id, from_date) VALUES (?,?,?)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, member);
	sqlite3_bind_int64(st, 2, body);
	if (from)
		sqlite3_bind_text(st, 3, from, -1, SQLITE_STATIC);
	if ((rc = gv_db_run(db, st, "cannot add term", err)))
		return rc;
	return insert_membership(db, body, member, err);
}

/* members holds the latest period's name, role and ward, for the code that
 * does not read periods yet. */
static int mirror(sqlite3 *db, int64_t member, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "UPDATE members SET (name, role, ward) = (SELECT name, role, ward"
			  "  FROM member_periods WHERE member_id = ?1"
			  "  ORDER BY to_date IS NULL DESC, to_date DESC, from_date DESC LIMIT 1)"
			  " WHERE id = ?1",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, member);
	return gv_db_run(db, st, "cannot update member", err);
}

static int exec_member_date(sqlite3 *db, const char *sql, int64_t member, const char *date,
			    struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, sql, &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, member);
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	return gv_db_run(db, st, "cannot change terms", err);
}

/* The member's name as it stands, for a refusal that names them. */
static char *name_of(sqlite3 *db, int64_t id)
{
	sqlite3_stmt *st;
	char *name = NULL;
	if (!gv_db_prepare(db, "SELECT name FROM members WHERE id = ?", &st, NULL)) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW)
			name = gv_db_text(st, 0);
		sqlite3_finalize(st);
	}
	return name ? name : gv_asprintf("member %lld", (long long)id);
}

/* The latest meeting with a log among those where (the SQL condition on
 * meetings m, with ?1 bound to key) holds: its slug and local day, or false
 * when there is none. A change of roster from a day on or before that day
 * would rewrite it (docs/people.md, "Refusals"). */
static bool latest_logged(sqlite3 *db, const char *where, int64_t key, char **slug,
			  char day[11])
{
	char *sql = gv_asprintf("SELECT m.slug, m.starts_at FROM meetings m WHERE %s AND EXISTS"
				" (SELECT 1 FROM events e WHERE e.meeting_id = m.id)"
				" ORDER BY m.starts_at DESC LIMIT 1", where);
	sqlite3_stmt *st;
	bool found = false;
	if (!gv_db_prepare(db, sql, &st, NULL)) {
		sqlite3_bind_int64(st, 1, key);
		if ((found = sqlite3_step(st) == SQLITE_ROW)) {
			struct tm tm;
			*slug = gv_db_text(st, 0);
			gv_time_local(sqlite3_column_int64(st, 1), &tm);
			strftime(day, 11, "%Y-%m-%d", &tm);
		}
		sqlite3_finalize(st);
	}
	free(sql);
	return found;
}

/* A retirement on `on` takes member id off the roster of every meeting of
 * its bodies held on or after that day: refused when one has a log. */
static int refuse_rewriting_a_log(sqlite3 *db, int64_t id, const char *on, struct gv_err *err)
{
	char *slug = NULL, day[11];
	int rc = 0;
	if (latest_logged(db, "m.body_id IN (SELECT body_id FROM terms"
			      " WHERE member_id = ?1 AND to_date IS NULL)", id, &slug, day) &&
	    strcmp(day, on) >= 0) {
		char *name = name_of(db, id);
		rc = gv_err_set(err, GV_EREFUSED,
				"%s is on the roster of %s (%s), whose log is recorded: retire on a"
				" day after it", name, slug, day);
		free(name);
	}
	free(slug);
	return rc;
}

/* A term in body from day `from` puts the member on the roster of every
 * meeting of the body held on or after it: refused when one has a log,
 * which was recorded without them. */
static int refuse_joining_a_log(sqlite3 *db, const char *name, int64_t body, const char *from,
				struct gv_err *err)
{
	char *slug = NULL, day[11];
	int rc = 0;
	if (latest_logged(db, "m.body_id = ?1", body, &slug, day) && strcmp(day, from) >= 0)
		rc = gv_err_set(err, GV_EREFUSED,
				"a term from %s would put %s on the roster of %s (%s), whose log is"
				" recorded: begin it on a day after that meeting", from, name, slug, day);
	free(slug);
	return rc;
}

int gv_member_retire(struct gv_ws *ws, const char *ref, const char *on, struct gv_err *err)
{
	if (check_date(on, err))
		return GV_EREFUSED;
	int64_t id;
	int rc = gv_member_resolve(ws, ref, 0, &id, err);
	if (rc)
		return rc;
	char *from = NULL, *last_to = NULL, *first = NULL;
	bool open;
	sqlite3_stmt *st = NULL;
	if ((rc = gv_db_begin(ws->db, err)) ||
	    (rc = open_period(ws->db, id, &from, &open, &last_to, err)))
		goto out;
	if (!open) {
		char *name = name_of(ws->db, id);
		rc = gv_err_set(err, GV_EREFUSED, "%s already retired on %s", name, last_to);
		free(name);
		goto out;
	}
	/* The first day of any period or term still open, or of the first
	 * ever: a retirement on or before it would leave an empty term. */
	if ((rc = gv_db_prepare(ws->db,
				"SELECT max(d) FROM (SELECT from_date d FROM member_periods"
				"  WHERE member_id = ?1 AND to_date IS NULL"
				" UNION ALL SELECT from_date FROM terms"
				"  WHERE member_id = ?1 AND to_date IS NULL)",
				&st, err)))
		goto out;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		first = gv_db_text(st, 0);
	sqlite3_finalize(st);
	st = NULL;
	if (first && strcmp(on, first) <= 0) {
		rc = gv_err_set(err, GV_EREFUSED,
				"a retirement on %s is not after the term it ends began (%s)", on,
				first);
		goto out;
	}
	if ((rc = refuse_rewriting_a_log(ws->db, id, on, err)))
		goto out;
	if ((rc = exec_member_date(ws->db,
				   "UPDATE member_periods SET to_date = ?2"
				   " WHERE member_id = ?1 AND to_date IS NULL",
				   id, on, err)) ||
	    (rc = exec_member_date(ws->db,
				   "UPDATE terms SET to_date = ?2 WHERE member_id = ?1 AND to_date IS NULL",
				   id, on, err)))
		goto out;
out:
	free(from);
	free(last_to);
	free(first);
	return gv_db_end(ws->db, rc, err);
}

static bool same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* Run sql on member ?1's term in body ?3 with today as ?2. */
static int term_today(sqlite3 *db, const char *sql, int64_t id, const char *today, int64_t body,
		      struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, sql, &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, today, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, body);
	return gv_db_run(db, st, "cannot change terms", err);
}

int gv_member_edit(struct gv_ws *ws, const char *ref, const struct gv_member_change *c,
		   struct gv_err *err)
{
	if (!c->name && !c->role && !c->ward && !c->title && !c->bodies)
		return gv_err_set(err, GV_EUSAGE,
				  "nothing to change (--name, --role, --ward, --title, --body)");
	int64_t id;
	int rc = gv_member_resolve(ws, ref, 0, &id, err);
	if (rc)
		return rc;
	char today[11];
	gv_today(today);
	char *name = c->name ? gv_trim(c->name) : NULL;
	char *pfrom = NULL, *last_to = NULL, *found = NULL;
	char *oname = NULL, *orole = NULL, *otitle = NULL, *oward = NULL;
	int64_t *bodies = NULL;
	size_t nb = 0;
	bool open;
	sqlite3_stmt *st = NULL;
	if (name) {
		if (gv_check_line(name, "member name", 200, err) ||
		    (strchr(name, ',') &&
		     gv_err_set(err, GV_EREFUSED, "member name '%s' cannot contain a comma", name)) ||
		    (strspn(name, "0123456789") == strlen(name) &&
		     gv_err_set(err, GV_EREFUSED, "a member name cannot be only digits"))) {
			rc = GV_EREFUSED;
			goto done;
		}
	}
	if (c->role && !gv_role_valid(c->role)) {
		rc = gv_err_set(err, GV_EREFUSED, "unknown role '%s' (see 'gavel help member add')",
				c->role);
		goto done;
	}
	if (c->ward && *c->ward && gv_check_line(c->ward, "ward", 200, err)) {
		rc = GV_EREFUSED;
		goto done;
	}
	if ((rc = resolve_bodies(ws, c->bodies, &bodies, &nb, err)))
		goto done;
	if ((rc = gv_db_begin(ws->db, err)))
		goto done;
	if ((rc = open_period(ws->db, id, &pfrom, &open, &last_to, err)))
		goto out;
	if (!open) {
		char *was = name_of(ws->db, id);
		/* a retirement may be dated ahead: the term has an end either way */
		rc = gv_err_set(err, GV_EREFUSED, "%s %s on %s; only a member whose term is open can"
				" be edited", was, strcmp(last_to, today) > 0 ? "retires" : "retired",
				last_to);
		free(was);
		goto out;
	}
	if (gv_db_prepare(ws->db,
			  "SELECT name, role, title, ward FROM member_periods"
			  " WHERE member_id = ? AND to_date IS NULL",
			  &st, err)) {
		rc = GV_EIO;
		goto out;
	}
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		oname = gv_db_text(st, 0);
		orole = gv_db_text(st, 1);
		otitle = gv_db_text(st, 2);
		oward = gv_db_text(st, 3);
	}
	sqlite3_finalize(st);
	st = NULL;
	const char *nname = name ? name : oname, *nrole = c->role ? c->role : orole;
	/* A new role drops a title it does not take, unless one is given. */
	const char *ntitle = c->title ? (*c->title ? c->title : NULL)
				      : (c->role && strcmp(c->role, orole) ? NULL : otitle);
	const char *nward = c->ward ? (*c->ward ? c->ward : NULL) : oward;
	if ((rc = check_title(nrole, ntitle, err)))
		goto out;
	int64_t other = same_name(ws->db, nname, id, &found);
	if (other) {
		rc = gv_err_set(err, GV_EREFUSED,
				"'%s' would be indistinguishable from '%s' (id %lld) by every name",
				nname, found, (long long)other);
		goto out;
	}
	bool changed = !same_text(nname, oname) || !same_text(nrole, orole) ||
		       !same_text(ntitle, otitle) || !same_text(nward, oward);
	/* A period that began today (or has not begun) changes in place; an
	 * older one ends today and a new one begins. */
	bool in_place = pfrom && strcmp(pfrom, today) >= 0;
	if (changed) {
		if (in_place) {
			if ((rc = gv_db_prepare(ws->db,
						"DELETE FROM member_periods"
						" WHERE member_id = ? AND to_date IS NULL",
						&st, err)))
				goto out;
			sqlite3_bind_int64(st, 1, id);
			rc = gv_db_run(ws->db, st, "cannot change member", err);
			st = NULL;
		} else {
			rc = exec_member_date(ws->db,
					      "UPDATE member_periods SET to_date = ?2"
					      " WHERE member_id = ?1 AND to_date IS NULL",
					      id, today, err);
		}
		if (rc || (rc = insert_period(ws->db, id, in_place ? pfrom : today, nname, nrole,
					      ntitle, nward, err)))
			goto out;
	}
	/* Bodies: those named (and Council for a role that votes) from today. */
	bool set_bodies = c->bodies != NULL;
	if (gv_role_votes(nrole) && (set_bodies || !gv_role_votes(orole))) {
		bool has = false;
		for (size_t i = 0; i < nb; i++)
			has |= bodies[i] == 1;
		if (!has)
			*GV_PUSH(bodies, nb) = 1;
		set_bodies = true;
	}
	if (set_bodies) {
		int64_t *open_bodies = NULL;
		size_t no = 0;
		if ((rc = gv_db_prepare(ws->db,
					"SELECT body_id FROM terms WHERE member_id = ? AND to_date IS NULL",
					&st, err)))
			goto out;
		sqlite3_bind_int64(st, 1, id);
		while (sqlite3_step(st) == SQLITE_ROW)
			*GV_PUSH(open_bodies, no) = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		st = NULL;
		for (size_t i = 0; i < no && !rc; i++) {
			bool keep = false;
			for (size_t k = 0; k < nb; k++)
				keep |= bodies[k] == open_bodies[i];
			if (keep || (!c->bodies && open_bodies[i] != 1))
				continue;
			if (!c->bodies)
				continue;
			/* A term that began today or later never was: gone; an
			 * older one ends today. */
			rc = term_today(ws->db,
					"DELETE FROM terms WHERE member_id = ?1 AND body_id = ?3"
					" AND to_date IS NULL AND from_date >= ?2",
					id, today, open_bodies[i], err);
			if (!rc)
				rc = term_today(ws->db,
						"UPDATE terms SET to_date = ?2 WHERE member_id = ?1"
						" AND body_id = ?3 AND to_date IS NULL",
						id, today, open_bodies[i], err);
		}
		for (size_t k = 0; k < nb && !rc; k++) {
			bool has = false;
			for (size_t i = 0; i < no; i++)
				has |= open_bodies[i] == bodies[k];
			if (!has)
				rc = insert_term(ws->db, id, bodies[k], today, err);
		}
		free(open_bodies);
		if (rc)
			goto out;
	}
	rc = mirror(ws->db, id, err);
out:
	sqlite3_finalize(st);
	rc = gv_db_end(ws->db, rc, err);
done:
	free(name);
	free(pfrom);
	free(last_to);
	free(found);
	free(oname);
	free(orole);
	free(otitle);
	free(oward);
	free(bodies);
	return rc;
}

int gv_member_list_on(struct gv_ws *ws, int64_t body_id, const char *on,
		      struct gv_member **out, size_t *n, struct gv_err *err)
{
	if (on && check_date(on, err))
		return GV_EREFUSED;
#define COVERS(t) "(" t ".from_date IS NULL OR " t ".from_date <= ?2) AND (" t \
		  ".to_date IS NULL OR " t ".to_date > ?2)"
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT m.id, p.name, p.role, p.ward, p.title, p.from_date, p.to_date,"
			  " (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT b.id, b.name"
			  "   FROM terms t JOIN bodies b ON b.id = t.body_id WHERE t.member_id = m.id"
			  "   AND (?2 IS NULL OR " COVERS("t") ") ORDER BY b.id))"
			  " FROM members m JOIN member_periods p ON p.member_id = m.id"
			  " WHERE (?2 IS NULL AND p.rowid = (SELECT q.rowid FROM member_periods q"
			  "   WHERE q.member_id = m.id ORDER BY q.to_date IS NULL DESC,"
			  "   q.to_date DESC, q.from_date DESC LIMIT 1)"
			  "  OR ?2 IS NOT NULL AND " COVERS("p") ")"
			  " AND (?1 = 0 OR EXISTS (SELECT 1 FROM terms t WHERE t.member_id = m.id"
			  "   AND t.body_id = ?1 AND (?2 IS NULL OR " COVERS("t") ")))",
			  &st, err))
		return GV_EIO;
#undef COVERS
	sqlite3_bind_int64(st, 1, body_id);
	if (on)
		sqlite3_bind_text(st, 2, on, -1, SQLITE_STATIC);
	return read_members(st, out, n);
}
