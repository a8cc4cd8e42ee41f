#include "live/event.h"

#include "base/buf.h"
#include "base/err.h"
#include "store/db.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* The names the log stores (events.kind, event_marks.mark): one for each
 * value, or a kind would be stored as NULL. */
static const char *const kind_names[] = {
	[EV_START] = "start",       [EV_STREAM] = "stream",   [EV_ATTEND] = "attend",
	[EV_ARRIVE] = "arrive",     [EV_LEAVE] = "leave",     [EV_TAKE] = "take",
	[EV_DECLARE] = "declare",   [EV_HOLD] = "hold",       [EV_MOVE] = "move",
	[EV_SECOND] = "second",     [EV_VOTE] = "vote",       [EV_WITHDRAW] = "withdraw",
	[EV_CLOSED] = "closed",     [EV_RISE] = "rise",       [EV_RECESS] = "recess",
	[EV_RESUME] = "resume",     [EV_ADJOURN] = "adjourn", [EV_CHAIR] = "chair",
	[EV_RULING] = "ruling",
	[EV_UNDO] = "undo",
};
static const char *const mark_names[] = {
	[MARK_PRESENT] = "present", [MARK_ABSENT] = "absent", [MARK_REGRETS] = "regrets",
	[MARK_YES] = "yes",         [MARK_NO] = "no",         [MARK_ABSTAIN] = "abstain",
	[MARK_REMOTE] = "remote",
};
_Static_assert(sizeof kind_names / sizeof *kind_names == EV_KIND_COUNT,
	       "a name for every event kind");
_Static_assert(sizeof mark_names / sizeof *mark_names == MARK_REMOTE + 1,
	       "a name for every mark");

const char *gv_event_kind_name(enum gv_event_kind k)
{
	if (k >= EV_KIND_COUNT)
		return "?";
	assert(kind_names[k]);
	return kind_names[k];
}

int gv_event_kind_parse(const char *name)
{
	for (int k = 0; k < EV_KIND_COUNT; k++)
		if (!strcmp(kind_names[k], name))
			return k;
	return -1;
}

const char *gv_mark_name(enum gv_mark m)
{
	assert((size_t)m < sizeof mark_names / sizeof *mark_names);
	return mark_names[m];
}

static int mark_parse(const char *name)
{
	for (size_t i = 0; i < sizeof mark_names / sizeof *mark_names; i++)
		if (!strcmp(mark_names[i], name))
			return (int)i;
	return -1;
}

void gv_event_init(struct gv_event *e, enum gv_event_kind k)
{
	memset(e, 0, sizeof *e);
	e->kind = k;
	e->yes = e->no = -1;
}

void gv_event_clear(struct gv_event *e)
{
	free(e->text);
	free(e->replace_text);
	free(e->clause);
	free(e->threshold);
	free(e->motion_kind);
	free(e->result);
	free(e->disposition);
	free(e->target);
	free(e->marks);
	gv_event_init(e, e->kind);
}

void gv_events_free(struct gv_event *e, size_t n)
{
	for (size_t i = 0; i < n; i++)
		gv_event_clear(&e[i]);
	free(e);
}

void gv_event_copy(struct gv_event *dst, const struct gv_event *src)
{
	*dst = *src;
	dst->text = gv_strdup(src->text);
	dst->replace_text = gv_strdup(src->replace_text);
	dst->clause = gv_strdup(src->clause);
	dst->threshold = gv_strdup(src->threshold);
	dst->motion_kind = gv_strdup(src->motion_kind);
	dst->result = gv_strdup(src->result);
	dst->disposition = gv_strdup(src->disposition);
	dst->target = gv_strdup(src->target);
	dst->marks = NULL;
	dst->n_marks = 0;
	for (size_t i = 0; i < src->n_marks; i++)
		gv_event_mark(dst, src->marks[i].member_id, src->marks[i].mark);
}

void gv_event_mark(struct gv_event *e, int64_t member_id, enum gv_mark m)
{
	*GV_PUSH(e->marks, e->n_marks) = (struct gv_mark_entry){member_id, m};
}

#define EVENT_COLUMNS                                                                   \
	"id, meeting_id, seq, kind, at, recorded_at, member_id, seconder_id, item_id, "  \
	"motion, amends, text, replace_text, clause, threshold, motion_kind, result, "   \
	"recorded, yes, no, resolution_year, resolution_seq, voids, confidential, "     \
	"disposition, disposes, target, target_meeting_id"

static int int_or(sqlite3_stmt *st, int col, int none)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? none : sqlite3_column_int(st, col);
}

static int event_from_row(sqlite3_stmt *st, struct gv_event *e, struct gv_err *err)
{
	int kind = gv_event_kind_parse((const char *)sqlite3_column_text(st, 3));
	if (kind < 0)
		return gv_err_set(err, GV_EIO, "the meeting log holds an unknown event kind '%s'",
				  sqlite3_column_text(st, 3));
	gv_event_init(e, (enum gv_event_kind)kind);
	e->id = sqlite3_column_int64(st, 0);
	e->meeting_id = sqlite3_column_int64(st, 1);
	e->seq = sqlite3_column_int(st, 2);
	e->at = sqlite3_column_int64(st, 4);
	e->recorded_at = sqlite3_column_int64(st, 5);
	e->member_id = sqlite3_column_int64(st, 6);
	e->seconder_id = sqlite3_column_int64(st, 7);
	e->item_id = sqlite3_column_int64(st, 8);
	e->motion = sqlite3_column_int(st, 9);
	e->amends = sqlite3_column_int(st, 10);
	e->text = gv_db_text(st, 11);
	e->replace_text = gv_db_text(st, 12);
	e->clause = gv_db_text(st, 13);
	e->threshold = gv_db_text(st, 14);
	e->motion_kind = gv_db_text(st, 15);
	e->result = gv_db_text(st, 16);
	e->recorded = sqlite3_column_int(st, 17) != 0;
	e->yes = int_or(st, 18, -1);
	e->no = int_or(st, 19, -1);
	e->resolution_year = sqlite3_column_int(st, 20);
	e->resolution_seq = sqlite3_column_int(st, 21);
	e->voids = sqlite3_column_int64(st, 22);
	e->confidential = sqlite3_column_int(st, 23) != 0;
	e->disposition = gv_db_text(st, 24);
	e->disposes = sqlite3_column_int(st, 25);
	e->target = gv_db_text(st, 26);
	e->target_meeting_id = sqlite3_column_int64(st, 27);
	e->target_at = sqlite3_column_int64(st, 28);
	return 0;
}

static struct gv_event *by_id(struct gv_event *e, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (e[i].id == id)
			return &e[i];
	return NULL;
}

static int load_marks(sqlite3 *db, int64_t meeting_id, struct gv_event *e, size_t n,
		      struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "SELECT em.event_id, em.member_id, em.mark FROM event_members em"
			  " JOIN events e ON e.id = em.event_id WHERE e.meeting_id = ?"
			  " ORDER BY em.event_id, em.rowid",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	int rc = 0, step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_event *ev = by_id(e, n, sqlite3_column_int64(st, 0));
		int mark = mark_parse((const char *)sqlite3_column_text(st, 2));
		if (ev && mark >= 0)
			gv_event_mark(ev, sqlite3_column_int64(st, 1), (enum gv_mark)mark);
	}
	if (step != SQLITE_DONE)
		rc = gv_db_fail(db, "cannot read the meeting log", err);
	sqlite3_finalize(st);
	return rc;
}

int gv_event_load(sqlite3 *db, int64_t meeting_id, struct gv_event **out, size_t *n,
		  struct gv_err *err)
{
	sqlite3_stmt *st;
	*out = NULL;
	*n = 0;
	/* a deferral names its meeting: that meeting's start, whatever its
	 * slug says (docs/procedure.md, "Dispositions") */
	if (gv_db_prepare(db, "SELECT " EVENT_COLUMNS ", (SELECT starts_at FROM meetings"
			      " WHERE meetings.id = events.target_meeting_id)"
			      " FROM events WHERE meeting_id = ? ORDER BY seq", &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	int rc = 0, step;
	bool any_marks = false;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		GV_ROOM(*out, *n);
		if ((rc = event_from_row(st, &(*out)[*n], err)))
			break;
		enum gv_event_kind k = (*out)[*n].kind;
		any_marks |= k == EV_ATTEND || k == EV_VOTE;
		(*n)++;
	}
	if (!rc && step != SQLITE_DONE)
		rc = gv_db_fail(db, "cannot read the meeting log", err);
	sqlite3_finalize(st);
	if (!rc && any_marks)
		rc = load_marks(db, meeting_id, *out, *n, err);
	if (rc) {
		gv_events_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

static void bind_id(sqlite3_stmt *st, int col, int64_t v)
{
	if (v)
		sqlite3_bind_int64(st, col, v);
}

static void bind_count(sqlite3_stmt *st, int col, int v)
{
	if (v >= 0)
		sqlite3_bind_int(st, col, v);
}

static int insert_marks(sqlite3 *db, const struct gv_event *e, struct gv_err *err)
{
	if (!e->n_marks)
		return 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(db, "INSERT INTO event_members(event_id, member_id, mark) VALUES (?,?,?)",
			  &st, err))
		return GV_EIO;
	int rc = 0;
	for (size_t i = 0; i < e->n_marks && !rc; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, e->id);
		sqlite3_bind_int64(st, 2, e->marks[i].member_id);
		sqlite3_bind_text(st, 3, gv_mark_name(e->marks[i].mark), -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = gv_db_fail(db, "cannot record the event", err);
	}
	sqlite3_finalize(st);
	return rc;
}

int gv_event_insert(sqlite3 *db, struct gv_event *e, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, "INSERT INTO events(" EVENT_COLUMNS ") VALUES "
			      "(NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, e->meeting_id);
	sqlite3_bind_int(st, 2, e->seq);
	sqlite3_bind_text(st, 3, gv_event_kind_name(e->kind), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, e->at);
	sqlite3_bind_int64(st, 5, e->recorded_at);
	bind_id(st, 6, e->member_id);
	bind_id(st, 7, e->seconder_id);
	bind_id(st, 8, e->item_id);
	bind_id(st, 9, e->motion);
	bind_id(st, 10, e->amends);
	sqlite3_bind_text(st, 11, e->text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 12, e->replace_text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 13, e->clause, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 14, e->threshold, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 15, e->motion_kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 16, e->result, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 17, e->recorded);
	bind_count(st, 18, e->yes);
	bind_count(st, 19, e->no);
	bind_id(st, 20, e->resolution_year);
	bind_id(st, 21, e->resolution_seq);
	bind_id(st, 22, e->voids);
	sqlite3_bind_int(st, 23, e->confidential);
	sqlite3_bind_text(st, 24, e->disposition, -1, SQLITE_STATIC);
	bind_id(st, 25, e->disposes);
	sqlite3_bind_text(st, 26, e->target, -1, SQLITE_STATIC);
	bind_id(st, 27, e->target_meeting_id);
	int rc = gv_db_run(db, st, "cannot record the event", err);
	if (!rc) {
		e->id = sqlite3_last_insert_rowid(db);
		rc = insert_marks(db, e, err);
	}
	return rc;
}
