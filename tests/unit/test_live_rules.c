/* The procedure rules of docs/procedure.md, each through the core on a real workspace:
 * what is refused (with the rule named and the log unchanged) and what the
 * votes decide. Council has seven seats, so quorum is four. */
#include "live_fixture.h"

#include "live/rules.h"
#include "live/tally.h"
#include "live/live_view.h"

#define ALL "côté,tremblay,haddad,bouchard,roy,lee,wong"
#define SIX "côté,tremblay,haddad,bouchard,roy,lee"

static const struct gv_motion *motion(const struct gv_live_state *s, int k)
{
	const struct gv_motion *m = gv_live_motion(s, k);
	assert_non_null(m);
	return m;
}

static enum gv_vote vote_of(struct fixture *f, const struct gv_motion *m, const char *name)
{
	int64_t id = fx_member(f, name);
	for (size_t i = 0; i < m->n_votes; i++)
		if (m->votes[i].member_id == id)
			return m->votes[i].vote;
	fail_msg("%s has no vote on motion %d", name, m->number);
	return VOTE_ABSENT;
}

static void expect_result(struct fixture *f, int k, enum gv_result want, int yes, int no)
{
	struct gv_live_state s;
	fx_state(f, &s);
	const struct gv_motion *m = motion(&s, k);
	if (m->result != want)
		fail_msg("motion %d: result %d, expected %d", k, m->result, want);
	if (yes >= 0) {
		assert_true(m->counted);
		assert_int_equal(m->yes, yes);
		assert_int_equal(m->no, no);
	}
	gv_live_state_clear(&s);
}

static int seconded(struct fixture *f, const char *threshold)
{
	return fx_move(f, (struct fx_motion){.mover = "haddad", .seconder = "roy",
					     .threshold = threshold});
}

static void test_tie_vote_is_lost(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	REFUSED(f, fx_hands(f, k, "carried", 3, 3), "--carried but 3 for, 3 against");
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad", "bouchard,roy,lee", NULL));
	expect_result(f, k, RESULT_LOST, 3, 3);
}

static void test_exactly_two_thirds_carries(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, "two-thirds");
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad,bouchard", "roy,lee", NULL));
	expect_result(f, k, RESULT_CARRIED, 4, 2);
}

static void test_one_short_of_two_thirds_is_lost(void **state)
{
	struct fixture *f = *state;
	fx_open(f, ALL, "9.1");
	int k = seconded(f, "two-thirds");
	REFUSED(f, fx_hands(f, k, "carried", 4, 3), "--carried but 4 for, 3 against");
	OK(f, fx_hands(f, k, "lost", 4, 3));
	expect_result(f, k, RESULT_LOST, 4, 3);
}

static void test_members_majority_counts_absent_seats(void **state)
{
	struct fixture *f = *state;
	fx_open(f, "côté,tremblay,haddad,bouchard,roy", "9.1");
	/* 3 of 5 present is a majority of votes, not of the 7 seats */
	int k = seconded(f, "members-majority");
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad", "bouchard,roy", NULL));
	expect_result(f, k, RESULT_LOST, 3, 2);
	k = seconded(f, "members-majority");
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad,bouchard", "roy", NULL));
	expect_result(f, k, RESULT_CARRIED, 4, 1);
}

static void test_ontario_deems_silent_members_no_and_counts_abstentions_as_no(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	/* 3 yes; Bouchard no, Roy abstains, Lee silent: 3 against, a tie */
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad", "bouchard", "roy"));
	struct gv_live_state s;
	fx_state(f, &s);
	const struct gv_motion *m = motion(&s, k);
	assert_int_equal(m->result, RESULT_LOST);
	assert_int_equal(m->yes, 3);
	assert_int_equal(m->no, 3);
	assert_int_equal(m->abstain, 1);
	/* Lee deemed no, Wong absent */
	assert_int_equal(vote_of(f, m, "lee"), VOTE_DEEMED_NO);
	assert_int_equal(vote_of(f, m, "wong"), VOTE_ABSENT);
	assert_int_equal(vote_of(f, m, "roy"), VOTE_ABSTAIN);
	gv_live_state_clear(&s);
}

static void test_roberts_counts_neither_silence_nor_abstention(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(gv_setting_set(f->ws->db, "procedure", "roberts", &f->err), 0);
	fx_reload(f);
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad", "bouchard", "roy"));
	struct gv_live_state s;
	fx_state(f, &s);
	const struct gv_motion *m = motion(&s, k);
	assert_int_equal(m->result, RESULT_CARRIED);
	assert_int_equal(m->yes, 3);
	assert_int_equal(m->no, 1);
	assert_int_equal(vote_of(f, m, "lee"), VOTE_NOT_VOTING);
	gv_live_state_clear(&s);
}

static void test_declared_member_cannot_vote_and_is_not_deemed_no(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, NULL);
	OK(f, fx_declare(f, "côté", "9.2"));
	OK(f, fx_item_event(f, EV_TAKE, "9.2"));
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy"}),
		"Marie Côté declared an interest on item 9.2");
	int k = seconded(f, NULL);
	REFUSED(f, fx_recorded(f, k, "côté,tremblay", NULL, NULL),
		"Marie Côté declared an interest on item 9.2");
	/* 3 yes, 2 no: Côté is excluded rather than deemed no */
	OK(f, fx_recorded(f, k, "tremblay,haddad,bouchard", "roy,lee", NULL));
	struct gv_live_state s;
	fx_state(f, &s);
	const struct gv_motion *m = motion(&s, k);
	assert_int_equal(m->result, RESULT_CARRIED);
	assert_int_equal(m->no, 2);
	assert_int_equal(vote_of(f, m, "côté"), VOTE_INTEREST);
	gv_live_state_clear(&s);
}

static void test_absent_member_cannot_vote(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	REFUSED(f, fx_recorded(f, k, "wong", NULL, NULL), "Tom Wong is not present");
	OK(f, fx_member_event(f, EV_LEAVE, "lee"));
	REFUSED(f, fx_recorded(f, k, "lee", NULL, NULL), "Sarah Lee is not present");
}

static void test_lost_quorum_blocks_a_vote(void **state)
{
	struct fixture *f = *state;
	fx_open(f, "côté,tremblay,haddad,roy", "9.1");
	int k = seconded(f, NULL);
	OK(f, fx_member_event(f, EV_LEAVE, "tremblay"));
	REFUSED(f, fx_hands(f, k, "carried", -1, -1), "no quorum: 3 of 7 present, 4 needed");
	OK(f, fx_member_event(f, EV_ARRIVE, "tremblay"));
	OK(f, fx_hands(f, k, "carried", -1, -1));
	expect_result(f, k, RESULT_CARRIED, -1, -1);
}

static void test_mcia_s7_two_qualified_members_are_a_quorum(void **state)
{
	struct fixture *f = *state;
	fx_open(f, "côté,tremblay,haddad,roy", NULL);
	OK(f, fx_declare(f, "côté", "9.2"));
	OK(f, fx_declare(f, "tremblay", "9.2"));
	OK(f, fx_item_event(f, EV_TAKE, "9.2"));
	int k = seconded(f, NULL);
	OK(f, fx_hands(f, k, "carried", 2, 0));
	expect_result(f, k, RESULT_CARRIED, 2, 0);

	OK(f, fx_declare(f, "roy", "9.1"));
	OK(f, fx_declare(f, "côté", "9.1"));
	OK(f, fx_declare(f, "tremblay", "9.1"));
	OK(f, fx_item_event(f, EV_TAKE, "9.1"));
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "haddad", .seconder = "roy"}),
		"Paul Roy declared an interest on item 9.1");
	k = fx_move(f, (struct fx_motion){.mover = "haddad"});
	assert_true(k > 0);
	assert_int_equal(gv_setting_set(f->ws->db, "procedure.seconder", "optional", &f->err), 0);
	fx_reload(f);
	REFUSED(f, fx_hands(f, k, "carried", -1, -1), "MCIA s.7");
}

static void test_third_level_amendment_is_refused(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int main_k = seconded(f, NULL);
	int a1 = fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy", .amends = main_k});
	int a2 = fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy", .amends = a1});
	assert_int_equal(a1, 2);
	assert_int_equal(a2, 3);
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy", .amends = a2}),
		"third level");
}

static void test_motion_cannot_be_voted_before_its_pending_amendment(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	int a = fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy", .amends = k});
	REFUSED(f, fx_hands(f, k, "carried", -1, -1), "amendment to motion 1 is still pending");
	OK(f, fx_hands(f, a, "lost", -1, -1));
	OK(f, fx_hands(f, k, "carried", -1, -1));
	expect_result(f, k, RESULT_CARRIED, -1, -1);
}

static void test_unseconded_motion_cannot_be_voted(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = fx_move(f, (struct fx_motion){.mover = "haddad"});
	REFUSED(f, fx_hands(f, k, "carried", -1, -1), "motion 1 has no seconder");
	REFUSED(f, fx_second(f, k, "haddad"), "Ahmed Haddad moved motion 1");
	OK(f, fx_second(f, k, "bouchard"));
	OK(f, fx_hands(f, k, "carried", -1, -1));
}

static void test_consent_agenda_adopts_all_but_the_held_item(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "8");
	REFUSED(f, fx_item_event(f, EV_HOLD, "9.1"), "item 9.1 is not on the consent agenda");
	OK(f, fx_item_event(f, EV_HOLD, "8.2"));
	REFUSED(f, fx_item_event(f, EV_HOLD, "8.2"), "item 8.2 is already held");
	int k = seconded(f, NULL);
	OK(f, fx_hands(f, k, "carried", -1, -1));
	REFUSED(f, fx_item_event(f, EV_HOLD, "8.3"), "already adopted");
	struct gv_live_state s;
	fx_state(f, &s);
	assert_true(motion(&s, k)->consent);
	assert_int_equal(s.n_adopted, 2);
	assert_int_equal(s.adopted[0], fx_item_id(f, "8.1"));
	assert_int_equal(s.adopted[1], fx_item_id(f, "8.3"));
	gv_live_state_clear(&s);
	/* the held item is then dealt with on its own */
	OK(f, fx_item_event(f, EV_TAKE, "8.2"));
	k = seconded(f, NULL);
	fx_state(f, &s);
	assert_false(motion(&s, k)->consent);
	gv_live_state_clear(&s);
}

static void test_closed_session_votes_only_directions_and_procedure(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "13.1");
	OK(f, fx_to_close(f, "239(2)(e)"));
	OK(f, fx_closed(f, "239(2)(e)"));
	int d = fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy",
					      .kind = "direction"});
	OK(f, fx_hands(f, d, "carried", -1, -1));
	/* (after the direction: with a main motion pending, another waits) */
	int k = seconded(f, NULL);
	REFUSED(f, fx_hands(f, k, "carried", -1, -1), "s.239(6)");
	REFUSED(f, fx_simple(f, EV_ADJOURN), "rise first");
	OK(f, fx_simple(f, EV_RISE));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_true(motion(&s, d)->confidential);
	assert_int_equal(s.phase, PHASE_IN_SESSION);
	assert_int_equal(s.n_closed, 1);
	assert_string_equal(s.closed[0].clause, "239(2)(e)");
	assert_true(s.closed[0].to > s.closed[0].from);
	gv_live_state_clear(&s);
}

static void test_undo_voids_a_vote_and_keeps_the_correction(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	OK(f, fx_hands(f, k, "carried", 5, 1));
	int before = fx_events(f);
	OK(f, fx_simple(f, EV_UNDO));
	assert_int_equal(fx_events(f), before + 1);
	expect_result(f, k, RESULT_PENDING, -1, -1);
	struct gv_live_state s;
	fx_state(f, &s);
	assert_int_equal(motion(&s, k)->resolution_seq, 0);
	gv_live_state_clear(&s);
	/* voted again, it gets the number the voided vote had */
	OK(f, fx_hands(f, k, "carried", 4, 2));
	fx_state(f, &s);
	assert_int_equal(motion(&s, k)->resolution_seq, 1);
	assert_int_equal(motion(&s, k)->yes, 4);
	gv_live_state_clear(&s);
}

static void test_carried_amendment_replaces_the_wording(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = fx_move(f, (struct fx_motion){.text = "That council adopt the 2027 budget",
					      .mover = "haddad", .seconder = "roy"});
	int a = fx_move(f, (struct fx_motion){
		.text = "That the levy increase be 2.9%", .mover = "lee", .seconder = "roy",
		.amends = k, .replace = "That council adopt the 2027 budget with a 2.9% levy"});
	OK(f, fx_hands(f, a, "carried", -1, -1));
	OK(f, fx_hands(f, k, "carried", -1, -1));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_string_equal(motion(&s, k)->text,
			    "That council adopt the 2027 budget with a 2.9% levy");
	assert_string_equal(motion(&s, k)->moved_text, "That council adopt the 2027 budget");
	gv_live_state_clear(&s);
}

static void test_carried_secondary_amendment_carries_into_the_main_motion(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = fx_move(f, (struct fx_motion){.text = "That council buy one truck",
					      .mover = "haddad", .seconder = "roy"});
	int a = fx_move(f, (struct fx_motion){.text = "That one be two", .mover = "lee",
					      .seconder = "roy", .amends = k,
					      .replace = "That council buy two trucks"});
	int aa = fx_move(f, (struct fx_motion){.text = "That two be three", .mover = "roy",
					       .seconder = "lee", .amends = a,
					       .replace = "That council buy three trucks"});
	OK(f, fx_hands(f, aa, "carried", -1, -1));
	OK(f, fx_hands(f, a, "carried", -1, -1));
	OK(f, fx_hands(f, k, "carried", -1, -1));
	struct gv_live_state s;
	fx_state(f, &s);
	/* the amendment keeps its own words; what it puts into the motion changed */
	assert_string_equal(motion(&s, a)->text, "That one be two");
	assert_string_equal(motion(&s, a)->replace_text, "That council buy three trucks");
	assert_string_equal(motion(&s, k)->text, "That council buy three trucks");
	gv_live_state_clear(&s);
}

static void test_withdrawing_a_motion_withdraws_its_amendments(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	int a = fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy", .amends = k});
	int a2 = fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy", .amends = a});
	OK(f, fx_motion_event(f, EV_WITHDRAW, k));
	expect_result(f, k, RESULT_WITHDRAWN, -1, -1);
	expect_result(f, a, RESULT_WITHDRAWN, -1, -1);
	expect_result(f, a2, RESULT_WITHDRAWN, -1, -1);
	REFUSED(f, fx_hands(f, k, "carried", -1, -1), "motion 1 was already withdrawn");
}

static void test_resolutions_are_numbered_per_year_across_meetings(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	OK(f, fx_hands(f, seconded(f, NULL), "carried", -1, -1));
	OK(f, fx_hands(f, seconded(f, NULL), "lost", -1, -1));
	OK(f, fx_hands(f, seconded(f, NULL), "carried", -1, -1));
	OK(f, fx_simple(f, EV_ADJOURN));
	REFUSED(f, fx_simple(f, EV_RECESS), "adjourned");

	fx_switch(f, "2026-12-15 19:00");
	fx_open(f, SIX, "9");
	OK(f, fx_hands(f, seconded(f, NULL), "carried", -1, -1));
	struct gv_live_state s;
	fx_state(f, &s);
	char res[24];
	gv_live_resolution(motion(&s, 1), res);
	assert_string_equal(res, "2026-3");
	gv_live_state_clear(&s);

	fx_switch(f, "2027-01-12 19:00");
	fx_open(f, SIX, "9");
	OK(f, fx_hands(f, seconded(f, NULL), "carried", -1, -1));
	fx_state(f, &s);
	gv_live_resolution(motion(&s, 1), res);
	assert_string_equal(res, "2027-1");
	gv_live_state_clear(&s);
}

static void test_business_waits_for_the_call_to_order(void **state)
{
	struct fixture *f = *state;
	OK(f, fx_attend(f, SIX, MARK_PRESENT));
	REFUSED(f, fx_item_event(f, EV_TAKE, "9.1"), "has not been called to order");
	OK(f, fx_simple(f, EV_START));
	REFUSED(f, fx_simple(f, EV_START), "already called to order");
	OK(f, fx_simple(f, EV_RECESS));
	REFUSED(f, seconded(f, NULL), "in recess");
	OK(f, fx_simple(f, EV_RESUME));
	assert_true(seconded(f, NULL) == 1);
}

static void test_show_of_hands_cannot_count_more_than_are_present(void **state)
{
	struct fixture *f = *state;
	fx_open(f, "côté,tremblay,haddad,roy,lee", "9.1");
	int k = seconded(f, NULL);
	REFUSED(f, fx_hands(f, k, "carried", 5, 1), "only 5 members present can vote");
}

static void test_thresholds_in_integer_arithmetic(void **state)
{
	(void)state;
	static const struct {
		const char *threshold;
		int yes, no, seats;
		bool carried;
	} cases[] = {
		{"majority", 4, 3, 7, true},           {"majority", 3, 3, 7, false},
		{"majority", 0, 0, 7, false},          {"majority", 1, 0, 7, true},
		{"two-thirds", 4, 2, 7, true},         {"two-thirds", 4, 3, 7, false},
		{"two-thirds", 2, 1, 7, true},         {"two-thirds", 0, 0, 7, false},
		{"two-thirds", 6, 3, 9, true},         {"two-thirds", 5, 3, 9, false},
		{"members-majority", 4, 0, 7, true},   {"members-majority", 3, 0, 7, false},
		{"members-majority", 4, 3, 8, false},  {"members-majority", 5, 0, 8, true},
		{"members-two-thirds", 5, 0, 7, true}, {"members-two-thirds", 4, 0, 7, false},
		{"members-two-thirds", 6, 1, 9, true}, {"members-two-thirds", 5, 0, 9, false},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		if (gv_threshold_met(cases[i].threshold, cases[i].yes, cases[i].no, cases[i].seats) !=
		    cases[i].carried)
			fail_msg("%s %d-%d of %d seats should be %s", cases[i].threshold, cases[i].yes,
				 cases[i].no, cases[i].seats, cases[i].carried ? "carried" : "lost");
}

static void test_vote_decided_in_closed_session_stays_confidential(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "13.1");
	int k = fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy",
					      .kind = "procedural"});
	OK(f, fx_to_close(f, "239(2)(e)"));
	OK(f, fx_closed(f, "239(2)(e)"));
	OK(f, fx_hands(f, k, "carried", -1, -1));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_true(motion(&s, k)->confidential);
	gv_live_state_clear(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(name) cmocka_unit_test_setup_teardown(name, fx_setup, fx_teardown)
		T(test_tie_vote_is_lost),
		T(test_exactly_two_thirds_carries),
		T(test_one_short_of_two_thirds_is_lost),
		T(test_members_majority_counts_absent_seats),
		T(test_ontario_deems_silent_members_no_and_counts_abstentions_as_no),
		T(test_roberts_counts_neither_silence_nor_abstention),
		T(test_declared_member_cannot_vote_and_is_not_deemed_no),
		T(test_absent_member_cannot_vote),
		T(test_lost_quorum_blocks_a_vote),
		T(test_mcia_s7_two_qualified_members_are_a_quorum),
		T(test_third_level_amendment_is_refused),
		T(test_motion_cannot_be_voted_before_its_pending_amendment),
		T(test_unseconded_motion_cannot_be_voted),
		T(test_consent_agenda_adopts_all_but_the_held_item),
		T(test_closed_session_votes_only_directions_and_procedure),
		T(test_undo_voids_a_vote_and_keeps_the_correction),
		T(test_carried_amendment_replaces_the_wording),
		T(test_carried_secondary_amendment_carries_into_the_main_motion),
		T(test_withdrawing_a_motion_withdraws_its_amendments),
		T(test_resolutions_are_numbered_per_year_across_meetings),
		T(test_business_waits_for_the_call_to_order),
		T(test_show_of_hands_cannot_count_more_than_are_present),
		cmocka_unit_test(test_thresholds_in_integer_arithmetic),
		T(test_vote_decided_in_closed_session_stays_confidential),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
