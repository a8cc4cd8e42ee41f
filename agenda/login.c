#include "agenda/login.h"

#include "agenda/member.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int gv_login_link(struct gv_ws *ws, const char *member_ref, const char *login,
		  struct gv_err *err)
{
	if (gv_check_line(login, "login", 64, err))
		return err->code;
	struct passwd *pw = getpwnam(login);
	if (!pw)
		return gv_err_set(err, GV_EREFUSED, "'%s' is not a Unix login on this machine",
				  login);
	/* gavel serve takes the owner of gavel.db for the clerk whatever its
	 * link (docs/serve.md, "Who is asking"): linked, it would never be the
	 * member, and the member could never vote from it */
	char *db = gv_ws_path(ws, "gavel.db");
	struct stat db_st;
	int owner = !stat(db, &db_st) && db_st.st_uid == pw->pw_uid;
	free(db);
	if (owner)
		return gv_err_set(err, GV_EREFUSED, "the login %s owns gavel.db: it is the clerk's "
				  "and cannot be a member's; give the member a login of their own",
				  login);
	int64_t id;
	if (gv_member_resolve(ws, member_ref, 0, &id, err))
		return err->code;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "INSERT INTO member_logins(login, member_id) VALUES (?, ?)"
			  " ON CONFLICT(login) DO UPDATE SET member_id = excluded.member_id",
			  &st, err))
		return err->code;
	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	return gv_db_run(ws->db, st, "linking the login", err);
}

int gv_login_member(struct gv_ws *ws, const char *login, int64_t *member_id,
		    struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT member_id FROM member_logins WHERE login = ?", &st,
			  err))
		return err->code;
	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*member_id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		return gv_db_fail(ws->db, "reading logins", err);
	return gv_err_set(err, GV_ENOTFOUND, "the login '%s' is not linked to a member", login);
}

int gv_login_sits(struct gv_ws *ws, int64_t member_id, int64_t meeting_id, int *sits,
		  struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT count(*) FROM terms t JOIN meetings m"
			  " ON m.body_id = t.body_id WHERE m.id = ? AND t.member_id = ?"
			  " AND (t.from_date IS NULL OR t.from_date <= ?3)"
			  " AND (t.to_date IS NULL OR t.to_date > ?3)",
			  &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, meeting_id);
	sqlite3_bind_int64(st, 2, member_id);
	char today[11];
	gv_today(today);
	sqlite3_bind_text(st, 3, today, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	*sits = rc == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : gv_db_fail(ws->db, "reading terms", err);
}
