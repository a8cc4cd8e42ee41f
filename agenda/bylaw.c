#include "agenda/bylaw.h"

#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define STANDING GV_EVENT_STANDING

char *gv_bylaw_number(struct gv_ws *ws, int year, int seq)
{
	char *fmt = gv_setting_get(ws->db, "bylaw.format");
	struct gv_buf b = GV_BUF_INIT;
	for (const char *p = fmt; *p;) {
		if (!strncmp(p, "YYYY", 4)) {
			gv_buf_printf(&b, "%04d", year);
			p += 4;
		} else if (!strncmp(p, "YY", 2)) {
			gv_buf_printf(&b, "%02d", year % 100);
			p += 2;
		} else if (*p == 'N') {
			int w = 0;
			while (p[w] == 'N')
				w++;
			gv_buf_printf(&b, "%0*d", w, seq);
			p += w;
		} else {
			gv_buf_printf(&b, "%c", *p++);
		}
	}
	free(fmt);
	return gv_buf_detach(&b);
}

bool gv_bylaw_vetoed(const struct gv_bylaw *b)
{
	return b->vetoed_on && !b->overridden;
}

const char *gv_bylaw_status(const struct gv_bylaw *b)
{
	if (b->repealed_by)
		return "repealed";
	if (gv_bylaw_vetoed(b))
		return "vetoed";
	if (b->enacted)
		return "enacted";
	if (b->readings & GV_READING_2)
		return "second reading";
	if (b->readings & GV_READING_1)
		return "first reading";
	return "reserved";
}

const char *gv_bylaw_status_date(const struct gv_bylaw *b)
{
	if (b->n_repeals_of)
		return b->repeals_of[0].date;
	if (gv_bylaw_vetoed(b))
		return b->vetoed_on;
	if (b->enacted)
		return b->enacted->date;
	for (size_t k = b->n_steps; k-- > 0;)
		if (b->steps[k].readings)
			return b->steps[k].date;
	return NULL;
}

bool gv_readings_parse(const char *s, unsigned *out)
{
	*out = 0;
	for (const char *p = s; *p; p++) {
		if (*p >= '1' && *p <= '3' && (p[1] == ',' || !p[1]) &&
		    !(*out & (1u << (*p - '1'))))
			*out |= 1u << (*p - '1');
		else if (*p != ',' || p == s || !p[1])
			return false;
	}
	return *out != 0;
}

void gv_readings_words(unsigned r, char out[40])
{
	static const char *const w[] = {"first", "second", "third"};
	const char *parts[3];
	int n = 0;
	for (int i = 0; i < 3; i++)
		if (r & (1u << i))
			parts[n++] = w[i];
	out[0] = '\0';
	for (int i = 0; i < n; i++)
		snprintf(out + strlen(out), 40 - strlen(out), "%s%s",
			 i == 0 ? "" : i == n - 1 ? " and " : ", ", parts[i]);
}

/* The number of year that formats as number (0: none up to 9999). */
static int seq_of(struct gv_ws *ws, int year, const char *number)
{
	for (int seq = 1; seq < 10000; seq++) {
		char *n = gv_bylaw_number(ws, year, seq);
		bool same = !strcasecmp(n, number);
		free(n);
		if (same)
			return seq;
	}
	return 0;
}

int gv_bylaw_reserve(struct gv_ws *ws, int year, const char *number, bool start,
		     const char *title, char **out, struct gv_err *err)
{
	*out = NULL;
	sqlite3_stmt *st;
	int rc = gv_db_begin(ws->db, err);
	if (rc)
		return rc;
	int seq = 1;
	if (!(rc = gv_db_prepare(ws->db, "SELECT coalesce(max(seq), 0) + 1 FROM bylaws WHERE year = ?",
				 &st, err))) {
		sqlite3_bind_int(st, 1, year);
		if (sqlite3_step(st) == SQLITE_ROW)
			seq = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	if (!rc && start && seq > 1)
		rc = gv_err_set(err, GV_EREFUSED,
				"the register of %d has begun: --start only begins a year", year);
	if (!rc && start && !(seq = seq_of(ws, year, number)))
		rc = gv_err_set(err, GV_EREFUSED, "'%s' is not a by-law number of %d in the format "
				"of bylaw.format", number, year);
	if (rc)
		return gv_db_end(ws->db, rc, err);
	char *next = gv_bylaw_number(ws, year, seq);
	int64_t taken = 0;
	if (!rc && number && strcasecmp(number, next) && !gv_bylaw_id(ws, number, &taken, err))
		rc = gv_err_set(err, GV_EREFUSED,
				"by-law %s is already reserved: each number is used once (the next "
				"of %d is %s)", number, year, next);
	else if (!rc && number && strcasecmp(number, next))
		rc = gv_err_set(err, GV_EREFUSED,
				"by-law numbers run in sequence without gaps: the next of %d is %s, "
				"not %s", year, next, number);
	if (!rc && !(rc = gv_db_prepare(ws->db, "INSERT INTO bylaws(year, seq, number, title,"
						" reserved_at) VALUES (?, ?, ?, ?, ?)", &st, err))) {
		sqlite3_bind_int(st, 1, year);
		sqlite3_bind_int(st, 2, seq);
		sqlite3_bind_text(st, 3, next, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, title, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, gv_now());
		rc = gv_db_run(ws->db, st, "cannot reserve the by-law number", err);
	}
	if ((rc = gv_db_end(ws->db, rc, err)))
		free(next);
	else
		*out = next;
	return rc;
}

int gv_bylaw_id(struct gv_ws *ws, const char *number, int64_t *id, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT id FROM bylaws WHERE number = ?", &st, err))
		return GV_EIO;
	sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_ROW ? 0 : GV_EREFUSED;
	*id = rc ? 0 : sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc)
		gv_err_set(err, GV_EREFUSED,
			   "no by-law %s in the register (reserve its number with gavel bylaw "
			   "reserve)", number);
	return rc;
}

static struct gv_bylaw *by_id(struct gv_bylaw *b, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (b[i].id == id)
			return &b[i];
	return NULL;
}

/* by (enacted on date) amends or repeals the by-law whose list this is. */
static void append_change(char **list, struct gv_bylaw_change **c, size_t *n, const char *by,
			  const char *date)
{
	char *l = *list ? gv_asprintf("%s, %s", *list, by) : gv_strdup(by);
	free(*list);
	*list = l;
	struct gv_bylaw_change *x = GV_PUSH(*c, *n);
	x->by = gv_strdup(by);
	snprintf(x->date, sizeof x->date, "%s", date);
}

static int by_enactment(const void *x, const void *y)
{
	const struct gv_bylaw *a = *(struct gv_bylaw *const *)x, *b = *(struct gv_bylaw *const *)y;
	if (a->enacted->at != b->enacted->at)
		return a->enacted->at < b->enacted->at ? -1 : 1;
	return a->year != b->year ? a->year - b->year : a->seq - b->seq;
}

/* The carried motions of the log that name a by-law, in the order of
 * their votes: readings, amendments and repeals, overrides. */
static int load_steps(struct gv_ws *ws, struct gv_bylaw *b, size_t n, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT bm.bylaw_id, bm.readings, bm.override, bm.amends_id, bm.repeals_id,"
			  " v.at, v.resolution_year, v.resolution_seq, m.slug, m.title, bo.name,"
			  " m.starts_at"
			  " FROM bylaw_motions bm CROSS JOIN events mv ON mv.id = bm.event_id"
			  " CROSS JOIN meetings m ON m.id = mv.meeting_id"
			  " CROSS JOIN bodies bo ON bo.id = m.body_id"
			  " CROSS JOIN events v ON v.id = (SELECT max(id) FROM events v2"
			  "  WHERE v2.meeting_id = mv.meeting_id AND v2.kind = 'vote'"
			  "  AND v2.motion = mv.motion AND " STANDING("v2.id") ")"
			  " WHERE " STANDING("mv.id") " AND v.result = 'carried'"
			  " ORDER BY v.at, v.id",
			  &st, err))
		return GV_EIO;
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_bylaw *l = by_id(b, n, sqlite3_column_int64(st, 0));
		if (!l)
			continue;
		struct gv_bylaw_step *s = GV_PUSH(l->steps, l->n_steps);
		memset(s, 0, sizeof *s);
		s->readings = (unsigned)sqlite3_column_int(st, 1);
		s->override = sqlite3_column_int(st, 2);
		s->at = sqlite3_column_int64(st, 5);
		gv_time_format(s->at, "%Y-%m-%d", s->date, sizeof s->date);
		if (sqlite3_column_int(st, 7))
			snprintf(s->res, sizeof s->res, "%d-%d", sqlite3_column_int(st, 6),
				 sqlite3_column_int(st, 7));
		s->meeting = gv_db_text(st, 8);
		s->body = gv_db_text(st, 10);
		s->meeting_name = gv_meeting_name((const char *)sqlite3_column_text(st, 9),
						  (const char *)sqlite3_column_text(st, 10),
						  sqlite3_column_int64(st, 11));
		l->readings |= s->readings;
		struct gv_bylaw *amends = by_id(b, n, sqlite3_column_int64(st, 3));
		struct gv_bylaw *repeals = by_id(b, n, sqlite3_column_int64(st, 4));
		if (amends && !l->amends)
			l->amends = gv_strdup(amends->number);
		if (repeals && !l->repeals)
			l->repeals = gv_strdup(repeals->number);
	}
	int rc = step == SQLITE_DONE ? 0 : gv_db_fail(ws->db, "cannot read the by-laws' motions",
						      err);
	sqlite3_finalize(st);
	/* the pointers once the arrays no longer move */
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < b[i].n_steps; k++) {
			if (b[i].steps[k].readings & GV_READING_3 && !b[i].enacted)
				b[i].enacted = &b[i].steps[k];
			if (b[i].steps[k].override && !b[i].overridden)
				b[i].overridden = &b[i].steps[k];
		}
	/* what enacted by-laws do to earlier ones, dated by their enactment,
	 * earliest first */
	struct gv_bylaw **by = gv_calloc(n ? n : 1, sizeof *by);
	size_t nby = 0;
	for (size_t i = 0; i < n; i++)
		if (b[i].enacted)
			by[nby++] = &b[i];
	qsort(by, nby, sizeof *by, by_enactment);
	for (size_t i = 0; i < nby; i++) {
		const struct gv_bylaw *l = by[i];
		for (size_t j = 0; j < n; j++) {
			if (l->amends && !strcmp(l->amends, b[j].number))
				append_change(&b[j].amended_by, &b[j].amendments,
					      &b[j].n_amendments, l->number, l->enacted->date);
			if (l->repeals && !strcmp(l->repeals, b[j].number))
				append_change(&b[j].repealed_by, &b[j].repeals_of,
					      &b[j].n_repeals_of, l->number, l->enacted->date);
		}
	}
	free(by);
	return rc;
}

static int load_vetoes(struct gv_ws *ws, struct gv_bylaw *b, size_t n, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT bylaw_id, on_date, text FROM mayor_decisions"
				  " WHERE kind = 'veto'", &st, err))
		return GV_EIO;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_bylaw *l = by_id(b, n, sqlite3_column_int64(st, 0));
		if (l) {
			l->vetoed_on = gv_db_text(st, 1);
			l->veto_reasons = gv_db_text(st, 2);
		}
	}
	sqlite3_finalize(st);
	return 0;
}

int gv_bylaw_list(struct gv_ws *ws, int64_t id, struct gv_bylaw **out, size_t *n,
		  struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT id, year, seq, number, title, signed_on, signed_head,"
				  " signed_clerk FROM bylaws ORDER BY year, seq", &st, err))
		return GV_EIO;
	struct gv_bylaw *b = NULL;
	size_t nb = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_bylaw *l = GV_PUSH(b, nb);
		memset(l, 0, sizeof *l);
		l->id = sqlite3_column_int64(st, 0);
		l->year = sqlite3_column_int(st, 1);
		l->seq = sqlite3_column_int(st, 2);
		l->number = gv_db_text(st, 3);
		l->title = gv_db_text(st, 4);
		l->signed_on = gv_db_text(st, 5);
		l->signed_head = gv_db_text(st, 6);
		l->signed_clerk = gv_db_text(st, 7);
	}
	sqlite3_finalize(st);
	int rc = load_steps(ws, b, nb, err);
	if (!rc)
		rc = load_vetoes(ws, b, nb, err);
	if (rc) {
		gv_bylaws_free(b, nb);
		return rc;
	}
	if (id) {
		/* one of them: keep it, free the rest */
		struct gv_bylaw *one = NULL;
		for (size_t i = 0; i < nb; i++)
			if (b[i].id == id && !one) {
				one = gv_calloc(1, sizeof *one);
				*one = b[i];
				if (one->enacted)
					one->enacted = one->steps + (b[i].enacted - b[i].steps);
				if (one->overridden)
					one->overridden = one->steps + (b[i].overridden - b[i].steps);
				b[i] = (struct gv_bylaw){0};
			}
		gv_bylaws_free(b, nb);
		*out = one;
		*n = one ? 1 : 0;
		return 0;
	}
	*out = b;
	*n = nb;
	return 0;
}

void gv_bylaws_free(struct gv_bylaw *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < b[i].n_steps; k++) {
			free(b[i].steps[k].meeting);
			free(b[i].steps[k].meeting_name);
			free(b[i].steps[k].body);
		}
		free(b[i].steps);
		free(b[i].number);
		free(b[i].title);
		free(b[i].amends);
		free(b[i].repeals);
		free(b[i].amended_by);
		free(b[i].repealed_by);
		for (size_t k = 0; k < b[i].n_amendments; k++)
			free(b[i].amendments[k].by);
		free(b[i].amendments);
		for (size_t k = 0; k < b[i].n_repeals_of; k++)
			free(b[i].repeals_of[k].by);
		free(b[i].repeals_of);
		free(b[i].signed_on);
		free(b[i].signed_head);
		free(b[i].signed_clerk);
		free(b[i].vetoed_on);
		free(b[i].veto_reasons);
	}
	free(b);
}

static int load_one(struct gv_ws *ws, int64_t id, struct gv_bylaw **b, struct gv_err *err)
{
	size_t n;
	int rc = gv_bylaw_list(ws, id, b, &n, err);
	if (!rc && !n)
		rc = gv_err_set(err, GV_ENOTFOUND, "no such by-law");
	return rc;
}

int gv_bylaw_sign(struct gv_ws *ws, const char *number, const char *on, const char *head,
		  const char *clerk, struct gv_err *err)
{
	int64_t id;
	struct gv_bylaw *b = NULL;
	int rc = gv_db_begin(ws->db, err);
	if (rc)
		return rc;
	if (!(rc = gv_bylaw_id(ws, number, &id, err)) && !(rc = load_one(ws, id, &b, err))) {
		if (!b->enacted)
			rc = gv_err_set(err, GV_EREFUSED,
					"by-law %s is not enacted (%s): only a by-law given its third "
					"reading is signed", b->number, gv_bylaw_status(b));
		else if (b->signed_on)
			rc = gv_err_set(err, GV_EREFUSED, "by-law %s was signed on %s", b->number,
					b->signed_on);
		else if (b->vetoed_on && !b->overridden)
			rc = gv_err_set(err, GV_EREFUSED,
					"by-law %s was vetoed on %s: it is signed only once Council "
					"overrides the veto", b->number, b->vetoed_on);
		else if (strcmp(on, b->enacted->date) < 0)
			rc = gv_err_set(err, GV_EREFUSED,
					"by-law %s was enacted on %s: it cannot be signed on %s before",
					b->number, b->enacted->date, on);
	}
	sqlite3_stmt *st;
	if (!rc && !(rc = gv_db_prepare(ws->db, "UPDATE bylaws SET signed_on = ?, signed_head = ?,"
						" signed_clerk = ? WHERE id = ?", &st, err))) {
		sqlite3_bind_text(st, 1, on, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, head, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, clerk, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, id);
		rc = gv_db_run(ws->db, st, "cannot record the signatures", err);
	}
	gv_bylaws_free(b, b ? 1 : 0);
	return gv_db_end(ws->db, rc, err);
}

int gv_bylaw_check_readings(struct gv_ws *ws, int64_t bylaw_id, unsigned readings,
			    struct gv_err *err)
{
	static const char *const w[] = {"first", "second", "third"};
	struct gv_bylaw *b;
	int rc = load_one(ws, bylaw_id, &b, err);
	if (rc)
		return rc;
	if (b->enacted)
		rc = gv_err_set(err, GV_EREFUSED,
				"by-law %s was enacted on %s: a new by-law takes a new number (gavel "
				"bylaw reserve)", b->number, b->enacted->date);
	for (int i = 0; !rc && i < 3; i++) {
		if (!(readings & (1u << i)))
			continue;
		if (b->readings & (1u << i))
			rc = gv_err_set(err, GV_EREFUSED, "by-law %s already had its %s reading",
					b->number, w[i]);
		for (int j = 0; !rc && j < i; j++)
			if (!((b->readings | readings) & (1u << j)))
				rc = gv_err_set(err, GV_EREFUSED,
						"by-law %s cannot have its %s reading before its %s: "
						"readings go first, second, third", b->number, w[i],
						w[j]);
	}
	gv_bylaws_free(b, 1);
	return rc;
}

int gv_bylaw_motion_add(struct gv_ws *ws, int64_t event_id, int64_t bylaw_id,
			unsigned readings, int64_t amends_id, int64_t repeals_id, bool override,
			struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "INSERT INTO bylaw_motions(event_id, bylaw_id, readings,"
				  " amends_id, repeals_id, override) VALUES (?, ?, ?, ?, ?, ?)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, event_id);
	sqlite3_bind_int64(st, 2, bylaw_id);
	sqlite3_bind_int(st, 3, (int)readings);
	if (amends_id)
		sqlite3_bind_int64(st, 4, amends_id);
	if (repeals_id)
		sqlite3_bind_int64(st, 5, repeals_id);
	sqlite3_bind_int(st, 6, override);
	return gv_db_run(ws->db, st, "cannot record the by-law's motion", err);
}

int gv_bylaw_item_set(struct gv_ws *ws, int64_t meeting_id, const char *ref, int64_t bylaw_id,
		      struct gv_err *err)
{
	struct gv_agenda_edit e;
	int rc = gv_agenda_edit_begin(&e, ws, meeting_id, ref, err);
	sqlite3_stmt *st;
	if (!rc && !(rc = gv_db_prepare(ws->db, "UPDATE items SET bylaw_id = ? WHERE id = ?", &st,
					err))) {
		sqlite3_bind_int64(st, 1, bylaw_id);
		sqlite3_bind_int64(st, 2, e.it->id);
		rc = gv_db_run(ws->db, st, "cannot give the item its by-law", err);
	}
	return gv_agenda_edit_end(&e, rc, err);
}
