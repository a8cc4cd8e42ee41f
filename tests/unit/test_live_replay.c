/* replay(events) -> state: the state replayed from the stored log equals the
 * state built event by event as the commands ran, and an undone event leaves
 * no trace in the state. */
#include "live_fixture.h"

#include "base/json.h"
#include "live/live_view.h"

#define SIX "côté,tremblay,haddad,bouchard,roy,lee"

static char *canonical(struct fixture *f, const struct gv_live_state *s)
{
	struct gv_buf b = GV_BUF_INIT;
	struct gv_json j;
	gv_json_init(&j, &b, true);
	gv_live_status_json(&j, &f->c, s, true);
	return gv_buf_detach(&b);
}

static void expect_replay_equals_mirror(struct fixture *f, struct gv_live_state *mirror)
{
	struct gv_live_state replayed;
	fx_state(f, &replayed);
	char *want = canonical(f, mirror), *got = canonical(f, &replayed);
	assert_string_equal(got, want);
	free(want);
	free(got);
	gv_live_state_clear(&replayed);
}

static void scripted_meeting(struct fixture *f)
{
	OK(f, fx_attend(f, SIX, MARK_PRESENT));
	OK(f, fx_attend(f, "wong", MARK_REGRETS));
	OK(f, fx_simple(f, EV_STREAM));
	OK(f, fx_simple(f, EV_START));
	OK(f, fx_declare(f, "bouchard", "9.2"));
	OK(f, fx_item_event(f, EV_TAKE, "8"));
	OK(f, fx_item_event(f, EV_HOLD, "8.2"));
	int k = fx_move(f, (struct fx_motion){.mover = "haddad", .seconder = "roy"});
	OK(f, fx_hands(f, k, "carried", -1, -1));
	OK(f, fx_item_event(f, EV_TAKE, "8.2"));
	k = fx_move(f, (struct fx_motion){.text = "That the salt tender go to Acme",
					  .mover = "lee"});
	OK(f, fx_second(f, k, "tremblay"));
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad", "lee", "roy"));
	OK(f, fx_item_event(f, EV_TAKE, "9.1"));
	k = fx_move(f, (struct fx_motion){.text = "That council adopt the 2027 budget",
					  .mover = "côté", .seconder = "haddad",
					  .threshold = "members-majority"});
	int a = fx_move(f, (struct fx_motion){.text = "That the levy be 2.9%", .mover = "lee",
					      .seconder = "roy", .amends = k,
					      .replace = "That council adopt the budget at 2.9%"});
	OK(f, fx_hands(f, a, "carried", 4, 2));
	OK(f, fx_hands(f, k, "carried", 5, 1));
	OK(f, fx_member_event(f, EV_LEAVE, "lee"));
	OK(f, fx_member_event(f, EV_ARRIVE, "wong"));
	OK(f, fx_item_event(f, EV_TAKE, "9.2"));
	k = fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "haddad"});
	OK(f, fx_motion_event(f, EV_WITHDRAW, k));
	OK(f, fx_item_event(f, EV_TAKE, "13.1"));
	OK(f, fx_to_close(f, "239(2)(e)"));
	OK(f, fx_closed(f, "239(2)(e)"));
	k = fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "haddad",
					  .kind = "direction"});
	OK(f, fx_hands(f, k, "carried", -1, -1));
	OK(f, fx_simple(f, EV_RISE));
	OK(f, fx_simple(f, EV_RECESS));
	OK(f, fx_simple(f, EV_RESUME));
	OK(f, fx_simple(f, EV_ADJOURN));
}

static void test_replayed_log_equals_the_state_built_as_it_happened(void **state)
{
	struct fixture *f = *state;
	struct gv_live_state mirror;
	gv_live_state_init(&f->c, &mirror);
	fx_mirror = &mirror;
	scripted_meeting(f);
	fx_mirror = NULL;
	/* the meeting did happen: spot-check the mirror before comparing */
	assert_int_equal(mirror.phase, PHASE_ADJOURNED);
	assert_int_equal(mirror.n_motions, 7);
	assert_int_equal(mirror.n_adopted, 2);
	assert_string_equal(mirror.motions[2].text, "That council adopt the budget at 2.9%");
	expect_replay_equals_mirror(f, &mirror);
	gv_live_state_clear(&mirror);
}

static void test_undone_events_leave_no_trace_in_the_state(void **state)
{
	struct fixture *f = *state;
	struct gv_live_state mirror;
	gv_live_state_init(&f->c, &mirror);
	fx_mirror = &mirror;
	OK(f, fx_attend(f, SIX, MARK_PRESENT));
	OK(f, fx_simple(f, EV_START));
	OK(f, fx_item_event(f, EV_TAKE, "9.1"));
	int k = fx_move(f, (struct fx_motion){.mover = "haddad", .seconder = "roy"});
	/* a mistaken vote and a mistaken departure, both undone */
	fx_mirror = NULL;
	OK(f, fx_hands(f, k, "lost", -1, -1));
	OK(f, fx_member_event(f, EV_LEAVE, "lee"));
	OK(f, fx_simple(f, EV_UNDO));
	OK(f, fx_simple(f, EV_UNDO));
	mirror.n_events += 4;
	fx_mirror = &mirror;
	OK(f, fx_hands(f, k, "carried", -1, -1));
	fx_mirror = NULL;
	expect_replay_equals_mirror(f, &mirror);
	assert_int_equal(mirror.motions[0].result, RESULT_CARRIED);
	gv_live_state_clear(&mirror);
}

static void test_undo_with_nothing_left_is_refused(void **state)
{
	struct fixture *f = *state;
	REFUSED(f, fx_simple(f, EV_UNDO), "nothing to undo");
	OK(f, fx_attend(f, SIX, MARK_PRESENT));
	OK(f, fx_simple(f, EV_START));
	OK(f, fx_simple(f, EV_UNDO));
	OK(f, fx_simple(f, EV_UNDO));
	REFUSED(f, fx_simple(f, EV_UNDO), "nothing to undo");
	struct gv_live_state s;
	fx_state(f, &s);
	assert_int_equal(s.phase, PHASE_NOT_STARTED);
	assert_int_equal(s.n_events, 4);
	assert_int_equal(gv_live_attendance(&s, fx_member(f, "côté"))->status, PRES_UNRECORDED);
	gv_live_state_clear(&s);
}

/* Two front ends on one meeting (the console and a CLI): each log kept
 * between events notices what the other appended before it validates. */
static void test_a_kept_log_sees_what_another_process_appended(void **state)
{
	struct fixture *f = *state;
	struct gv_live_log other = {0};
	OK(f, fx_attend(f, SIX, MARK_PRESENT));
	OK(f, fx_simple(f, EV_START));
	OK(f, fx_item_event(f, EV_TAKE, "9.1"));
	int k = fx_move(f, (struct fx_motion){.mover = "haddad", .seconder = "roy"});
	/* the other process votes */
	struct gv_event e;
	gv_event_init(&e, EV_VOTE);
	e.motion = k;
	e.result = gv_strdup("carried");
	e.at = f->at + 30;
	assert_int_equal(gv_live_record(f->ws, &f->c, &other, &e, &f->err), 0);
	assert_int_equal(e.seq, 5);
	gv_event_clear(&e);
	/* this one, behind, must see it: the motion is no longer pending */
	REFUSED(f, fx_hands(f, k, "carried", -1, -1), "motion 1 was already carried");
	OK(f, fx_member_event(f, EV_LEAVE, "lee"));
	assert_int_equal(f->log.state.last_seq, 6);
	assert_int_equal(f->log.state.motions[0].result, RESULT_CARRIED);
	/* and the other sees the departure */
	gv_event_init(&e, EV_UNDO);
	e.at = f->at + 30;
	assert_int_equal(gv_live_record(f->ws, &f->c, &other, &e, &f->err), 0);
	gv_event_clear(&e);
	assert_int_equal(gv_live_attendance(&other.state, fx_member(f, "lee"))->status,
			 PRES_PRESENT);
	assert_int_equal(other.state.n_events, 7);
	gv_live_log_clear(&other);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_replayed_log_equals_the_state_built_as_it_happened,
						fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_undone_events_leave_no_trace_in_the_state,
						fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_undo_with_nothing_left_is_refused, fx_setup,
						fx_teardown),
		cmocka_unit_test_setup_teardown(test_a_kept_log_sees_what_another_process_appended,
						fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
