/* gavel connect: the meeting as it happens, read again from `live M status
 * --json` on every event the server pushes: the item, the motions on the
 * floor with their amendments, quorum and attendance, the speakers' list
 * with the speaker's time counting down, and while an electronic vote is
 * open the prompt to vote (y, n, a), changeable until it closes, then the
 * result. r asks to speak, and again withdraws. */
#include "tui/connect.h"

#include "tui/keys.h"
#include "tui/view.h"

#include "base/buf.h"
#include "base/err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { REQ_YES = TUI_REQ_VIEW, REQ_NO, REQ_ABSTAIN, REQ_SPEAK, REQ_PACKAGE, REQ_NOTES };

static const struct tui_binding live_keys[] = {
	{REQ_YES, "vote-yes", "vote yes while an electronic vote is open", {'y'}},
	{REQ_NO, "vote-no", "vote no while an electronic vote is open", {'n'}},
	{REQ_ABSTAIN, "abstain", "abstain while an electronic vote is open", {'a'}},
	{REQ_SPEAK, "speak", "ask to speak; again withdraws the request", {'r'}},
	{REQ_PACKAGE, "package", "read the meeting's agenda package", {'p', '\n', '\r', KEY_ENTER}},
	{REQ_NOTES, "annotations", "your annotations on this meeting", {'N'}},
	{TUI_REQ_BACK, "close", "back", {TUI_KEY_ESC, KEY_LEFT}},
	{0, NULL, NULL, {0}},
};

struct line {
	enum tui_role role;
	char *text;
};

struct live {
	struct tui_view view;
	char *meeting, *title;
	struct line *lines;
	size_t n;
	size_t speak_line;     /* the line of the speaker (n: none) */
	char *speaking;
	long seconds_left;     /* when fetched */
	struct timespec fetched;
	int vote_motion;       /* the electronic vote open (0: none) */
	bool waiting;          /* we are on the speakers' list */
};

static struct live *of(struct tui_view *v)
{
	return (struct live *)v;
}

static void line(struct live *l, enum tui_role role, char *text)
{
	*GV_PUSH(l->lines, l->n) = (struct line){role, text};
}

static void forget(struct live *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->lines[i].text);
	free(l->lines);
	l->lines = NULL;
	l->n = 0;
	free(l->speaking);
	l->speaking = NULL;
}

/* One column of the first row of sql over json (?1), s (?2) and s3 (?3). */
static char *one3(struct tui *t, const char *sql, const char *json, const char *s,
		  const char *s3)
{
	sqlite3_stmt *st = cn_json_query(t, sql, json);
	char *out = NULL;
	if (st && s)
		sqlite3_bind_text(st, 2, s, -1, SQLITE_STATIC);
	if (st && s3)
		sqlite3_bind_text(st, 3, s3, -1, SQLITE_STATIC);
	if (st && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		out = cn_col(st, 0);
	sqlite3_finalize(st);
	return out;
}

static char *one(struct tui *t, const char *sql, const char *json, const char *s)
{
	return one3(t, sql, json, s, NULL);
}

/* The motions on the floor, each main motion with its amendments under it. */
static void floor_lines(struct live *l, struct tui *t, const char *json)
{
	sqlite3_stmt *st = cn_json_query(
		t,
		"SELECT value->>'number', value->>'text', value->>'mover', value->>'seconder', "
		"value->>'threshold', value->>'amends' FROM json_each(?1, '$.motions') "
		"WHERE value->>'result' IS NULL AND value->>'disposed_by' IS NULL "
		"ORDER BY CAST(coalesce(value->>'amends', value->>'number') AS INTEGER), "
		"value->>'amends' IS NOT NULL, CAST(value->>'number' AS INTEGER)",
		json);
	size_t before = l->n;
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		bool amendment = sqlite3_column_type(st, 5) != SQLITE_NULL;
		const char *ind = amendment ? "    " : "  ";
		line(l, TUI_STRONG,
		     amendment ? gv_asprintf("%sAmendment %d (to motion %d): %s", ind,
					     sqlite3_column_int(st, 0), sqlite3_column_int(st, 5),
					     sqlite3_column_text(st, 1))
			       : gv_asprintf("%sMotion %d: %s", ind, sqlite3_column_int(st, 0),
					     sqlite3_column_text(st, 1)));
		line(l, TUI_NORMAL,
		     gv_asprintf("%s  moved by %s, seconded by %s; %s", ind,
				 sqlite3_column_text(st, 2) ? (const char *)sqlite3_column_text(st, 2) : "-",
				 sqlite3_column_text(st, 3) ? (const char *)sqlite3_column_text(st, 3) : "-",
				 sqlite3_column_text(st, 4)));
	}
	sqlite3_finalize(st);
	if (l->n == before)
		line(l, TUI_HINT, gv_strdup("  No motion on the floor"));
}

static void vote_lines(struct live *l, struct tui *t, const char *json, const char *me)
{
	l->vote_motion = (int)cn_json_int(t, json, "$.electronic_vote.motion");
	if (l->vote_motion) {
		line(l, TUI_ALERT,
		     gv_asprintf("VOTE OPEN on motion %d:  y yes   n no   a abstain", l->vote_motion));
		/* the server's word, not this terminal's memory: a vote cancelled
		 * and opened again has no ballot, another terminal may have
		 * changed it, and one connecting again mid-vote sees it too */
		char *mine = cn_json_text(t, json, "$.electronic_vote.mine");
		if (mine)
			line(l, TUI_STRONG, gv_asprintf("  Your vote: %s (you may change it until the vote closes)",
						       mine));
		else
			line(l, TUI_STRONG, gv_strdup("  You have not voted"));
		free(mine);
		char *who = one(t,
				"SELECT count(*) || ' voted' || coalesce(': ' || group_concat(value->>'member', ', '), '') "
				"FROM json_each(?1, '$.electronic_vote.voted')",
				json, NULL);
		line(l, TUI_NORMAL, gv_asprintf("  %s", who ? who : ""));
		free(who);
		return;
	}
	char *number = one(t,
			   "SELECT value->>'number' FROM json_each(?1, '$.motions') "
			   "WHERE value->>'result' IS NOT NULL "
			   "ORDER BY value->>'decided_at' DESC, CAST(value->>'number' AS INTEGER) DESC LIMIT 1",
			   json, NULL);
	char *last = number ? one(t,
				  "SELECT 'Motion ' || (value->>'number') || ' ' || (value->>'result') || "
				  "coalesce(': ' || (value->'counts'->>'yes') || ' yes, ' || (value->'counts'->>'no') || "
				  "' no, ' || (value->'counts'->>'abstain') || ' abstain', '') "
				  "FROM json_each(?1, '$.motions') WHERE CAST(value->>'number' AS TEXT) = ?2",
				  json, number)
			      : NULL;
	/* how the recorded vote names me: what counted, after a reconnection too */
	char *mine = number ? one3(t,
				   "SELECT (v.value->>'vote') || iif(v.value->>'deemed', ' (deemed)', '') FROM json_each(?1, '$.motions') AS m, "
				   "json_each(m.value, '$.votes') AS v WHERE CAST(m.value->>'number' AS TEXT) = ?2 "
				   "AND v.value->>'member' = ?3",
				   json, number, me)
			    : NULL;
	if (last)
		line(l, TUI_HEADER, gv_asprintf("Result: %s", last));
	if (last && mine)
		line(l, TUI_NORMAL, gv_asprintf("  Your vote on motion %s: %s", number, mine));
	free(last);
	free(mine);
	free(number);
}

static void speaker_lines(struct live *l, struct tui *t, const char *json, const char *me)
{
	l->speaking = cn_json_text(t, json, "$.speakers.speaking");
	l->seconds_left = (long)cn_json_int(t, json, "$.speakers.seconds_left");
	clock_gettime(CLOCK_MONOTONIC, &l->fetched);
	l->speak_line = l->n;
	line(l, TUI_STRONG, NULL); /* drawn with the time left */
	char *waiting = one(t,
			    "SELECT group_concat((key + 1) || '. ' || value, ', ') "
			    "FROM json_each(?1, '$.speakers.waiting')",
			    json, NULL);
	char *mine = one(t, "SELECT 1 FROM json_each(?1, '$.speakers.waiting') WHERE value = ?2", json, me);
	l->waiting = mine || (l->speaking && !strcmp(l->speaking, me));
	line(l, TUI_NORMAL, gv_asprintf("  Waiting to speak: %s", waiting ? waiting : "nobody"));
	line(l, TUI_HINT, gv_strdup(l->waiting ? "  r withdraws your request to speak"
					      : "  r asks to speak"));
	free(waiting);
	free(mine);
}

static int live_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct live *l = of(v);
	char *json = NULL, *agenda = NULL;
	/* a councillor is entitled to the closed session (docs/serve.md): the
	 * motion put to their vote there is read in full, not "(null)" */
	if (cn_run(t, &json, err, (const char *const[]){"live", l->meeting, "status", "--json",
							"--confidential", NULL}) ||
	    cn_run(t, &agenda, err, (const char *const[]){"agenda", "show", l->meeting, "--json", NULL})) {
		free(json);
		return err->code;
	}
	forget(l);
	const char *me = cn_of(t)->member;
	char *title = cn_json_text(t, json, "$.title"), *state = cn_json_text(t, json, "$.state");
	char *presiding = cn_json_text(t, json, "$.presiding");
	free(l->title);
	l->title = gv_asprintf("%s: %s - live", l->meeting, title ? title : "");
	for (char *c = state; c && *c; c++)
		*c = *c == '-' ? ' ' : *c; /* "in-session": in session */
	line(l, TUI_HEADING, gv_asprintf("%s - %s%s%s", title ? title : l->meeting,
					 state ? state : "", presiding ? "; presiding: " : "",
					 presiding ? presiding : ""));
	bool met = cn_json_int(t, json, "$.quorum.met");
	bool sitting = state && !strcmp(state, "in session"); /* no alarm before the start */
	line(l, met || !sitting ? TUI_NORMAL : TUI_ALERT,
	     gv_asprintf("Quorum %s: %lld present, %lld needed", met ? "met" : "NOT met",
			 (long long)cn_json_int(t, json, "$.quorum.present"),
			 (long long)cn_json_int(t, json, "$.quorum.needed")));
	char *item = cn_json_text(t, json, "$.current_item");
	char *item_title = item ? one(t,
				      "SELECT value->>'title' FROM json_each(?1, '$.items') "
				      "WHERE value->>'number' = ?2",
				      agenda, item)
				: NULL;
	line(l, TUI_HEADING, item ? gv_asprintf("Item %s  %s", item, item_title ? item_title : "")
				  : gv_strdup("No item taken up"));
	line(l, TUI_NORMAL, gv_strdup(""));
	line(l, TUI_HEADER, gv_strdup("On the floor"));
	floor_lines(l, t, json);
	line(l, TUI_NORMAL, gv_strdup(""));
	vote_lines(l, t, json, me);
	line(l, TUI_NORMAL, gv_strdup(""));
	speaker_lines(l, t, json, me);
	line(l, TUI_NORMAL, gv_strdup(""));
	const char *who = "SELECT group_concat(value->>'member', ', ') FROM json_each(?1, '$.attendance') "
			  "WHERE value->>'status' = ?2";
	char *present = one(t, who, json, "present"), *absent = one(t, who, json, "absent");
	line(l, TUI_NORMAL, gv_asprintf("Present: %s", present ? present : "-"));
	line(l, TUI_HINT, gv_asprintf("Absent: %s", absent ? absent : "-"));
	free(present);
	free(absent);
	free(item);
	free(item_title);
	free(title);
	free(state);
	free(presiding);
	free(json);
	free(agenda);
	cn_follow(t, l->meeting);
	return 0;
}

static const char *live_title(struct tui_view *v)
{
	return of(v)->title ? of(v)->title : of(v)->meeting;
}

/* "Speaking: Ahmed Haddad (3:30 left)", counting down between events. */
static char *speaker_text(const struct live *l)
{
	if (!l->speaking)
		return gv_strdup("Speaking: nobody");
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long left = l->seconds_left - (long)(now.tv_sec - l->fetched.tv_sec);
	long a = left < 0 ? -left : left;
	return gv_asprintf("Speaking: %s (%ld:%02ld %s)", l->speaking, a / 60, a % 60,
			   left < 0 ? "over" : "left");
}

static void live_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct live *l = of(v);
	int y = r.y, bottom = r.y + r.h - 1;
	struct tui_rect body = {r.y, r.x + 1, r.h - 1, r.w - 2};
	for (size_t i = 0; i < l->n && y < bottom; i++) {
		char *s = i == l->speak_line ? speaker_text(l) : NULL;
		const char *text = s ? s : l->lines[i].text;
		if (l->lines[i].role == TUI_ALERT)
			tui_fill(y, r.x, r.w, TUI_ALERT);
		tui_put_wrapped(body, &y, *text ? text : " ", l->lines[i].role);
		free(s);
	}
	tui_fill(bottom, r.x, r.w, TUI_HINT);
	tui_put_cut(bottom, r.x, r.w,
		    l->vote_motion ? "y yes  n no  a abstain  r speak  p package  ? keys  q back"
				   : "r speak  p package  N annotations  ? keys  q back",
		    TUI_HINT);
}

static int cast(struct live *l, struct tui *t, const char *vote)
{
	if (!l->vote_motion) {
		tui_status(t, "No electronic vote is open");
		return TUI_DONE;
	}
	char k[16];
	snprintf(k, sizeof k, "%d", l->vote_motion);
	struct gv_err err = {0};
	char *out = NULL;
	if (cn_run(t, &out, &err, (const char *const[]){"cast", l->meeting, k, vote, NULL})) {
		tui_status_error(t, &err);
		return TUI_RELOAD;
	}
	out[strcspn(out, "\n")] = '\0';
	tui_status(t, "%s", out);
	free(out);
	return TUI_RELOAD;
}

static int speak(struct live *l, struct tui *t)
{
	struct gv_err err = {0};
	const char *const ask[] = {"speak", l->meeting, NULL};
	const char *const withdraw[] = {"speak", l->meeting, "--withdraw", NULL};
	if (cn_run(t, NULL, &err, l->waiting ? withdraw : ask))
		tui_status_error(t, &err);
	else
		tui_status(t, l->waiting ? "Your request to speak is withdrawn"
					 : "You are on the speakers' list");
	return TUI_RELOAD;
}

static int live_request(struct tui_view *v, struct tui *t, int req)
{
	struct live *l = of(v);
	switch (req) {
	case REQ_YES: return cast(l, t, "yes");
	case REQ_NO: return cast(l, t, "no");
	case REQ_ABSTAIN: return cast(l, t, "abstain");
	case REQ_SPEAK: return speak(l, t);
	case REQ_PACKAGE: tui_push(t, cn_package_new(l->meeting)); return TUI_DONE;
	case REQ_NOTES: cn_notes_show(t, l->meeting); return TUI_DONE;
	default: return TUI_UNHANDLED;
	}
}

static void live_free(struct tui_view *v)
{
	struct live *l = of(v);
	forget(l);
	free(l->meeting);
	free(l->title);
	free(l);
}

static const struct tui_view_ops live_ops = {
	.name = "live",
	.keys = live_keys,
	.reload = live_reload,
	.title = live_title,
	.draw = live_draw,
	.request = live_request,
	.free = live_free,
};

struct tui_view *cn_live_new(const char *meeting)
{
	struct live *l = gv_calloc(1, sizeof *l);
	l->view.ops = &live_ops;
	l->view.page = 1;
	l->meeting = gv_strdup(meeting);
	return &l->view;
}
