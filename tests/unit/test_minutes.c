/* Minutes from the core: rendering of a log recorded through gv_live_record,
 * notes, saving with messages that name what changed, approval and the lock. */
#include "live_fixture.h"

#include "minutes/approval.h"
#include "minutes/minutes.h"
#include "minutes/notes.h"
#include "minutes/record.h"

static char *render(struct fixture *f, bool public)
{
	struct gv_minutes m;
	if (gv_minutes_load(f->ws, f->slug, &m, &f->err))
		fail_msg("load: %s", f->err.msg);
	if (public)
		gv_minutes_make_public(&m);
	struct gv_buf b = GV_BUF_INIT;
	gv_minutes_md(&b, &m);
	gv_minutes_clear(&m);
	return gv_buf_detach(&b);
}

static int64_t meeting_id(struct fixture *f)
{
	return f->c.meeting_id;
}

static void start(struct fixture *f)
{
	assert_int_equal(fx_attend(f, "Côté,Tremblay,Haddad,Bouchard,Roy,Lee,Wong", MARK_PRESENT), 0);
	assert_int_equal(fx_simple(f, EV_START), 0);
}

static void contains(const char *text, const char *want)
{
	if (!strstr(text, want))
		fail_msg("minutes lack \"%s\":\n%s", want, text);
}

static void lacks(const char *text, const char *unwanted)
{
	if (strstr(text, unwanted))
		fail_msg("minutes contain \"%s\":\n%s", unwanted, text);
}

static void test_closed_session_motions_appear_only_in_the_confidential_minutes(void **state)
{
	struct fixture *f = *state;
	start(f);
	assert_int_equal(fx_item_event(f, EV_TAKE, "13"), 0);
	assert_int_equal(fx_move(f, (struct fx_motion){.text = "That Council go into closed session",
						      .mover = "Côté", .seconder = "Roy",
						      .to_close = "239(2)(e)"}), 1);
	assert_int_equal(fx_hands(f, 1, "carried", -1, -1), 0);
	assert_int_equal(fx_closed(f, "239(2)(e)"), 0);
	assert_int_equal(fx_item_event(f, EV_TAKE, "13.1"), 0);
	assert_int_equal(fx_move(f, (struct fx_motion){.text = "That counsel settle for SECRET-SUM",
						      .mover = "Roy", .seconder = "Lee",
						      .kind = "direction"}), 2);
	assert_int_equal(fx_hands(f, 2, "carried", -1, -1), 0);
	assert_int_equal(fx_simple(f, EV_RISE), 0);
	char *pub = render(f, true), *full = render(f, false);
	contains(pub, "> That Council go into closed session");
	contains(pub, "under section 239(2)(e) of the Municipal Act, 2001 (litigation or potential "
		      "litigation).");
	contains(pub, "Council rose from closed session at 7:");
	contains(pub, "Direction given in closed session (Resolution 2026-2).");
	lacks(pub, "SECRET-SUM");
	lacks(pub, "Motion 2");
	lacks(pub, "motion 2");
	contains(full, "> That counsel settle for SECRET-SUM");
	contains(full, "without note or comment");
	free(pub);
	free(full);
}

static void test_a_tie_is_shown_lost_with_its_counts_and_a_recorded_vote_names_everyone(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(fx_attend(f, "Côté,Tremblay,Haddad,Bouchard,Roy,Lee", MARK_PRESENT), 0);
	assert_int_equal(fx_attend(f, "Wong", MARK_ABSENT), 0);
	assert_int_equal(fx_simple(f, EV_START), 0);
	assert_int_equal(fx_item_event(f, EV_TAKE, "9.1"), 0);
	assert_int_equal(fx_move(f, (struct fx_motion){.mover = "Haddad", .seconder = "Roy"}), 1);
	assert_int_equal(fx_recorded(f, 1, "Côté,Tremblay,Haddad", "Bouchard,Roy", "Lee"), 0);
	char *md = render(f, true);
	/* Yeas and Nays add up: the abstention is counted in the negative
	 * (s.246(2)) and said so, not counted twice */
	contains(md, "**Lost** (Yeas 3, Nays 3).");
	contains(md, "| Councillor Lee | No (abstained: deemed in the negative, s.246(2)) |");
	contains(md, "| Councillor Wong | Absent |");
	contains(md, "| Councillor Bouchard | No |");
	contains(md, "| Mayor Côté | Yes |");
	/* the attendance names each member in full, the votes by title and surname */
	contains(md, "**Present:** Mayor Marie Côté,");
	free(md);
}

static char *render_html(struct fixture *f, bool public)
{
	struct gv_minutes m;
	if (gv_minutes_load(f->ws, f->slug, &m, &f->err))
		fail_msg("load: %s", f->err.msg);
	if (public)
		gv_minutes_make_public(&m);
	struct gv_buf b = GV_BUF_INIT;
	struct gv_minutes_html_opts o = {0};
	assert_int_equal(gv_minutes_html_body(&b, &m, &o, &f->err), 0);
	gv_minutes_clear(&m);
	return gv_buf_detach(&b);
}

static void test_html_vote_tables_have_a_caption_and_header_scopes(void **state)
{
	struct fixture *f = *state;
	start(f);
	assert_int_equal(fx_item_event(f, EV_TAKE, "9.1"), 0);
	assert_int_equal(fx_move(f, (struct fx_motion){.mover = "Haddad", .seconder = "Roy"}), 1);
	assert_int_equal(fx_recorded(f, 1, "Côté,Tremblay,Haddad,Bouchard,Roy", "Lee,Wong", NULL), 0);
	char *h = render_html(f, true);
	contains(h, "<div class=\"motion\" id=\"resolution-2026-1\">");
	contains(h, "<table class=\"vote\">\n<caption>Recorded vote on resolution 2026-1: carried, "
		    "Yeas 5, Nays 2</caption>\n"
		    "<thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Vote</th></tr></thead>");
	contains(h, "<tr><th scope=\"row\">Councillor Lee</th><td>No</td></tr>");
	contains(h, "<h3 id=\"item-9-1\">9.1 2027 budget</h3>");
	contains(h, "<p class=\"status draft\"><strong>Draft</strong>");
	lacks(h, "| Member |");
	free(h);
}

static void test_html_shows_names_and_titles_as_typed(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(gv_member_add(f->ws, "Ann *Star_ [x](https://evil.example)", "councillor",
				       NULL, NULL, NULL, &f->err), 0);
	fx_reload(f);
	start(f);
	assert_int_equal(fx_attend(f, "Ann", MARK_PRESENT), 0);
	assert_int_equal(fx_item_event(f, EV_TAKE, "9.1"), 0);
	assert_int_equal(fx_move(f, (struct fx_motion){.mover = "Ann", .seconder = "Roy"}), 1);
	char *h = render_html(f, true);
	contains(h, "moved by Councillor *Star_ [x](https://evil.example), seconded by");
	lacks(h, "href=\"https://evil.example");
	lacks(h, "<em>Star");
	free(h);
}

static void test_notes_are_redacted_in_public_and_hidden_on_closed_items(void **state)
{
	struct fixture *f = *state;
	char number[32];
	assert_int_equal(gv_note_set(f->ws, meeting_id(f), "9.1",
				     "Open [redact]private name[/redact] text.", number, &f->err), 0);
	assert_string_equal(number, "9.1");
	assert_int_equal(gv_note_set(f->ws, meeting_id(f), "13.1", "closed-note", number, &f->err),
			 0);
	char *pub = render(f, true), *full = render(f, false);
	contains(pub, "Open [redacted] text.");
	lacks(pub, "private name");
	lacks(pub, "closed-note");
	contains(full, "Open [redact]private name[/redact] text.");
	contains(full, "closed-note");
	free(pub);
	free(full);
}

static void test_bad_notes_are_refused(void **state)
{
	struct fixture *f = *state;
	char number[32];
	assert_int_equal(gv_note_set(f->ws, meeting_id(f), "99", "x", number, &f->err), GV_ENOTFOUND);
	assert_int_equal(gv_note_set(f->ws, meeting_id(f), "9.1", "bad \xff", number, &f->err),
			 GV_EREFUSED);
	char *big = malloc(GV_NOTE_MAX + 2);
	memset(big, 'x', GV_NOTE_MAX + 1);
	big[GV_NOTE_MAX + 1] = '\0';
	assert_int_equal(gv_note_set(f->ws, meeting_id(f), "9.1", big, number, &f->err), GV_EREFUSED);
	free(big);
	struct gv_note *notes;
	size_t n;
	assert_int_equal(gv_notes_load(f->ws->db, meeting_id(f), &notes, &n, &f->err), 0);
	assert_int_equal(n, 0);
	gv_notes_free(notes, n);
}

static char *last_message(struct fixture *f, const char *repo_name)
{
	char *repo = gv_ws_path(f->ws, repo_name);
	struct gv_repo_version *v;
	size_t n;
	const char *paths[] = {"meetings"};
	assert_int_equal(gv_repo_log(repo, paths, 1, &v, &n, &f->err), 0);
	char *msg = n ? gv_strdup(v[0].message) : gv_strdup("");
	gv_repo_versions_free(v, n);
	free(repo);
	return msg;
}

static void test_save_messages_say_what_changed_and_unchanged_saves_commit_nothing(void **state)
{
	struct fixture *f = *state;
	bool committed;
	char number[32], *msg;
	assert_int_equal(gv_minutes_save(f->ws, meeting_id(f), NULL, &committed, &f->err), 0);
	assert_true(committed);
	msg = last_message(f, "record");
	assert_string_equal(msg, "Minutes of 2026-12-01-council: draft\n");
	free(msg);
	assert_int_equal(gv_minutes_save(f->ws, meeting_id(f), NULL, &committed, &f->err), 0);
	assert_false(committed);
	assert_int_equal(gv_note_set(f->ws, meeting_id(f), "9.2", "Zoning note.", number, &f->err), 0);
	assert_int_equal(gv_minutes_save(f->ws, meeting_id(f), NULL, &committed, &f->err), 0);
	assert_true(committed);
	msg = last_message(f, "record");
	assert_string_equal(msg, "Minutes of 2026-12-01-council: note on 9.2\n");
	free(msg);
	start(f);
	assert_int_equal(gv_minutes_save(f->ws, meeting_id(f), NULL, &committed, &f->err), 0);
	msg = last_message(f, "record");
	assert_string_equal(msg, "Minutes of 2026-12-01-council: attendance, 1, 3, 15\n");
	free(msg);
}

static void test_approval_locks_the_minutes_with_a_message_naming_the_meeting(void **state)
{
	struct fixture *f = *state;
	char *later = fx_meeting(f, "2027-01-12 19:00");
	char *first = gv_strdup(f->slug);
	free(f->slug);
	f->slug = gv_strdup(later);
	fx_reload(f);
	f->at = f->c.starts_at; /* that meeting's own evening */
	start(f);
	assert_int_equal(fx_move(f, (struct fx_motion){.mover = "Haddad", .seconder = "Roy"}), 1);
	assert_int_equal(fx_hands(f, 1, "lost", 2, 5), 0);
	assert_int_equal(fx_move(f, (struct fx_motion){.mover = "Haddad", .seconder = "Roy"}), 2);
	assert_int_equal(fx_hands(f, 2, "carried", 6, 1), 0);
	free(f->slug);
	f->slug = first;
	fx_reload(f);
	assert_int_equal(gv_minutes_approve(f->ws, f->slug, later, 1, false, &f->err), GV_EREFUSED);
	assert_int_equal(gv_minutes_locked(f->ws, meeting_id(f), &f->err), 0);
	assert_int_equal(gv_minutes_approve(f->ws, f->slug, later, 2, false, &f->err), 0);
	assert_int_equal(gv_minutes_locked(f->ws, meeting_id(f), &f->err), GV_EREFUSED);
	assert_string_equal(f->err.msg, "minutes of 2026-12-01-council were approved at "
					"2027-01-12-council (resolution 2027-1)");
	char number[32];
	bool committed;
	assert_int_equal(gv_note_set(f->ws, meeting_id(f), "9.1", "late", number, &f->err),
			 GV_EREFUSED);
	assert_int_equal(gv_minutes_save(f->ws, meeting_id(f), NULL, &committed, &f->err),
			 GV_EREFUSED);
	char *msg = last_message(f, "record");
	assert_string_equal(msg, "Minutes of 2026-12-01-council: approved at 2027-01-12-council "
				 "(resolution 2027-1)\n");
	free(msg);
	char *md = render(f, true);
	contains(md, "*Approved at the Regular Council Meeting of January 12, 2027 (Resolution 2027-1).*");
	free(md);
	free(later);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(name) cmocka_unit_test_setup_teardown(name, fx_setup, fx_teardown)
		T(test_closed_session_motions_appear_only_in_the_confidential_minutes),
		T(test_a_tie_is_shown_lost_with_its_counts_and_a_recorded_vote_names_everyone),
		T(test_html_vote_tables_have_a_caption_and_header_scopes),
		T(test_html_shows_names_and_titles_as_typed),
		T(test_notes_are_redacted_in_public_and_hidden_on_closed_items),
		T(test_bad_notes_are_refused),
		T(test_save_messages_say_what_changed_and_unchanged_saves_commit_nothing),
		T(test_approval_locks_the_minutes_with_a_message_naming_the_meeting),
#undef T
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
