#include "store/settings.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"

#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_line(const char *v, struct gv_err *err)
{
	return *v ? gv_check_line(v, "value", 200, err) : 0;
}

static int check_email(const char *v, struct gv_err *err)
{
	int rc = check_line(v, err);
	if (rc || !*v)
		return rc;
	const char *at = strchr(v, '@');
	if (!at || at == v || !at[1] || strchr(v, ' ') || strchr(v, '<') || strchr(v, '>'))
		return gv_err_set(err, GV_EREFUSED, "'%s' is not an e-mail address", v);
	return 0;
}

static int check_tz(const char *v, struct gv_err *err)
{
	if (*v && !gv_tz_valid(v))
		return gv_err_set(err, GV_EREFUSED,
				  "unknown time zone '%s' (use a name like America/Toronto)", v);
	return 0;
}

static int one_of(const char *v, const char *const *allowed, struct gv_err *err)
{
	struct gv_buf list = GV_BUF_INIT;
	for (const char *const *a = allowed; *a; a++) {
		if (!strcmp(v, *a)) {
			gv_buf_free(&list);
			return 0;
		}
		gv_buf_printf(&list, "%s%s", list.len ? ", " : "", *a);
	}
	gv_err_set(err, GV_EREFUSED, "'%s' is not one of: %s", v, gv_buf_str(&list));
	gv_buf_free(&list);
	return GV_EREFUSED;
}

static int check_procedure(const char *v, struct gv_err *err)
{
	static const char *const allowed[] = {"ontario", "roberts", NULL};
	return one_of(v, allowed, err);
}

static int check_seconder(const char *v, struct gv_err *err)
{
	static const char *const allowed[] = {"required", "optional", NULL};
	return one_of(v, allowed, err);
}

static int check_yes_no(const char *v, struct gv_err *err)
{
	static const char *const allowed[] = {"yes", "no", NULL};
	return one_of(v, allowed, err);
}

static int check_lang(const char *v, struct gv_err *err)
{
	static const char *const allowed[] = {"en", "fr", NULL};
	return one_of(v, allowed, err);
}

static int check_url(const char *v, struct gv_err *err)
{
	int rc = check_line(v, err);
	if (rc || !*v)
		return rc;
	if (strncmp(v, "https://", 8) && strncmp(v, "http://", 7))
		return gv_err_set(err, GV_EREFUSED, "'%s' is not an http(s) URL", v);
	if (strpbrk(v, " \"'<>`"))
		return gv_err_set(err, GV_EREFUSED, "URL '%s' contains characters URLs cannot have",
				  v);
	return 0;
}

static int check_remote(const char *v, struct gv_err *err)
{
	return check_line(v, err);
}

static int check_threshold(const char *v, struct gv_err *err)
{
	static const char *const ok[] = {"", "majority", "two-thirds", "members-majority",
					 "members-two-thirds", "present-two-thirds"};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		if (!strcmp(v, ok[i]))
			return 0;
	return gv_err_set(err, GV_EREFUSED, "'%s' is not a threshold (majority, two-thirds, "
			  "members-majority, members-two-thirds, present-two-thirds)", v);
}

static int check_seconds(const char *v, struct gv_err *err)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < 1 || n > 3600)
		return gv_err_set(err, GV_EREFUSED, "'%s' is not a number of seconds from 1 to 3600",
				  v);
	return 0;
}

static int check_group(const char *v, struct gv_err *err)
{
	if (*v && !getgrnam(v))
		return gv_err_set(err, GV_EREFUSED, "'%s' is not a Unix group on this machine", v);
	return 0;
}

static int check_minutes(const char *v, struct gv_err *err)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < 1 || n > 120)
		return gv_err_set(err, GV_EREFUSED, "'%s' is not a number of minutes from 1 to 120",
				  v);
	return 0;
}

/* docs/bylaws.md, "Numbers" */
static int check_bylaw_format(const char *v, struct gv_err *err)
{
	int rc = check_line(v, err);
	if (!rc && strchr(v, ','))
		rc = gv_err_set(err, GV_EREFUSED, "'%s' has a comma, which separates by-laws in a list",
				v);
	else if (!rc && !strchr(v, 'N'))
		rc = gv_err_set(err, GV_EREFUSED,
				"'%s' has no N for the number (e.g. YYYY-NNN, By-law YY-NN)", v);
	return rc;
}

static int check_days(const char *v, struct gv_err *err)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < 0 || n > 365)
		return gv_err_set(err, GV_EREFUSED, "'%s' is not a number of days from 0 to 365", v);
	return 0;
}

const struct gv_setting_def gv_setting_defs[] = {
	{"municipality", "", "name of the municipality, shown on agendas and minutes", check_line},
	{"clerk.name", "Clerk", "the clerk: author of commits to the record", check_line},
	{"clerk.email", "clerk@localhost", "the clerk's e-mail address for commits", check_email},
	{"timezone", "", "time zone for showing and entering times (e.g. America/Toronto)",
	 check_tz},
	{"procedure", "ontario", "procedure rules: ontario or roberts", check_procedure},
	{"procedure.seconder", "required", "motions need a seconder: required or optional",
	 check_seconder},
	{"procedure.reconsider", "",
	 "threshold of a motion to reconsider (empty: two-thirds in ontario, majority in roberts)",
	 check_threshold},
	{"procedure.remote", "yes", "members may participate electronically: yes or no",
	 check_yes_no},
	{"procedure.remote-quorum", "yes",
	 "members present electronically count for quorum: yes or no", check_yes_no},
	{"procedure.strong-mayor", "no",
	 "the head of council has the powers of Municipal Act Part VI.1: yes or no", check_yes_no},
	{"mayor.veto-notice-days", "2",
	 "days after a by-law passes to give notice of intent to veto (O. Reg. 530/22)",
	 check_days},
	{"mayor.veto-days", "14", "days after the notice of intent to veto the by-law",
	 check_days},
	{"mayor.override-days", "30", "days after the veto for council to override it",
	 check_days},
	{"bylaw.format", "YYYY-NNN",
	 "how by-laws are numbered: YYYY or YY the year, a run of N the number", check_bylaw_format},
	{"lang", "en", "language of published pages: en or fr", check_lang},
	{"stream.url", "", "default livestream or video URL of meetings", check_url},
	{"publish.remote", "", "default remote for gavel push", check_remote},
	{"publish.base-url", "", "public URL of the published site (for feeds and calendars)",
	 check_url},
	{"publish.pdf", "yes",
	 "the site carries each meeting's agenda package and minutes as PDF: yes or no",
	 check_yes_no},
	{"hooks.timeout", "10", "seconds a streaming hook may run before it is killed",
	 check_seconds},
	{"serve.group", "", "Unix group of gavel serve's socket (empty: the clerk's own group)",
	 check_group},
	{"vote.secret-until-close", "yes",
	 "while an electronic vote is open, show who has voted but not how: yes or no",
	 check_yes_no},
	{"minutes.speakers", "no", "the minutes list who spoke on each item: yes or no",
	 check_yes_no},
	{"procedure.speaking-time", "5", "minutes a speaker has on the speakers' list",
	 check_minutes},
	{NULL, NULL, NULL, NULL},
};

const struct gv_setting_def *gv_setting_def(const char *key)
{
	for (const struct gv_setting_def *d = gv_setting_defs; d->key; d++)
		if (!strcmp(d->key, key))
			return d;
	return NULL;
}

char *gv_setting_get(sqlite3 *db, const char *key)
{
	const struct gv_setting_def *d = gv_setting_def(key);
	if (!d)
		return NULL;
	sqlite3_stmt *st;
	char *v = NULL;
	if (sqlite3_prepare_v2(db, "SELECT value FROM settings WHERE key = ?", -1, &st, NULL) ==
	    SQLITE_OK) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			v = gv_db_text(st, 0);
		sqlite3_finalize(st);
	}
	return v ? v : gv_strdup(d->fallback);
}

int gv_setting_put(sqlite3 *db, const char *key, const char *value, struct gv_err *err)
{
	const struct gv_setting_def *d = gv_setting_def(key);
	if (!d)
		return gv_err_set(err, GV_EREFUSED, "unknown setting '%s' (see 'gavel help config')",
				  key);
	/* before the setting's own check, whose message may quote the value */
	char what[64];
	snprintf(what, sizeof what, "setting %s", key);
	int rc;
	if ((rc = gv_check_chars(value, true, what, err)) || (rc = d->check(value, err)))
		return rc;
	sqlite3_stmt *st;
	if ((rc = gv_db_prepare(db, "INSERT INTO settings(key, value) VALUES (?, ?) "
				    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
				&st, err)))
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	return gv_db_run(db, st, "cannot save setting", err);
}

int gv_setting_set(sqlite3 *db, const char *key, const char *value, struct gv_err *err)
{
	int rc = gv_db_begin(db, err);
	if (rc)
		return rc;
	return gv_db_end(db, gv_setting_put(db, key, value, err), err);
}
