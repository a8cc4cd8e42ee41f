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
	/* the abstention is one of the no, never counted twice: 6 voters */
	assert_int_equal(m->abstain, 0);
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
	assert_int_equal(m->abstain, 1); /* its own count, not a no */
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
	/* nor can anything be moved: an amendment, a disposition, a new motion */
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "haddad",
						 .amends = k}),
		"no quorum: 3 of 7 present, 4 needed: nothing can be moved or voted");
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "haddad",
						 .disposition = "table", .disposes = k}),
		"no quorum: 3 of 7 present, 4 needed");
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
		int yes, no, seats, present;
		bool carried;
	} cases[] = {
		{"majority", 4, 3, 7, 7, true},           {"majority", 3, 3, 7, 7, false},
		{"majority", 0, 0, 7, 7, false},          {"majority", 1, 0, 7, 7, true},
		{"two-thirds", 4, 2, 7, 7, true},         {"two-thirds", 4, 3, 7, 7, false},
		{"two-thirds", 2, 1, 7, 7, true},         {"two-thirds", 0, 0, 7, 7, false},
		{"two-thirds", 6, 3, 9, 9, true},         {"two-thirds", 5, 3, 9, 9, false},
		{"members-majority", 4, 0, 7, 7, true},   {"members-majority", 3, 0, 7, 7, false},
		{"members-majority", 4, 3, 8, 8, false},  {"members-majority", 5, 0, 8, 8, true},
		{"members-two-thirds", 5, 0, 7, 7, true}, {"members-two-thirds", 4, 0, 7, 7, false},
		{"members-two-thirds", 6, 1, 9, 9, true}, {"members-two-thirds", 5, 0, 9, 9, false},
		/* two thirds of those present, whether they vote or not */
		{"present-two-thirds", 4, 0, 7, 6, true}, {"present-two-thirds", 3, 0, 7, 6, false},
		{"present-two-thirds", 4, 1, 7, 5, true}, {"present-two-thirds", 3, 1, 7, 5, false},
		{"present-two-thirds", 0, 0, 7, 0, false},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		if (gv_threshold_met(cases[i].threshold, cases[i].yes, cases[i].no, cases[i].seats,
				     cases[i].present) !=
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

/* The next event happens at t (fx_record adds a minute). */
static void next_at(struct fixture *f, int64_t t)
{
	f->at = t - 60;
}

static int present_count(struct fixture *f)
{
	struct gv_live_state s;
	struct gv_quorum q;
	fx_state(f, &s);
	gv_rules_quorum(&f->c, &s, NULL, &q);
	gv_live_state_clear(&s);
	return q.present;
}

static void test_the_log_is_in_time_order(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1"); /* 7:01, 7:02, 7:03 p.m. */
	int64_t take = f->at;
	next_at(f, take - 60);
	REFUSED(f, fx_item_event(f, EV_TAKE, "9.2"),
		"7:02 p.m. is before the latest event of 2026-12-01-council (take at 7:03 p.m.)");
	/* the stream's start may name an earlier time, and sets no latest time */
	next_at(f, take - 120);
	OK(f, fx_simple(f, EV_STREAM));
	next_at(f, take + 600);
	OK(f, fx_simple(f, EV_STREAM));
	/* the same minute is not earlier */
	next_at(f, take);
	OK(f, fx_item_event(f, EV_TAKE, "9.2"));
	/* a correction comes when it comes, and what it voids sets no time */
	next_at(f, take - 300);
	OK(f, fx_simple(f, EV_UNDO));
	next_at(f, take);
	OK(f, fx_item_event(f, EV_TAKE, "9.2"));
	next_at(f, take - 60);
	REFUSED(f, fx_item_event(f, EV_TAKE, "9.1"), "(take at 7:03 p.m.)");
}

static void test_the_call_to_order_needs_quorum_and_the_meetings_day(void **state)
{
	struct fixture *f = *state;
	REFUSED(f, fx_simple(f, EV_START), "no quorum: 0 of 7 present, 4 needed");
	OK(f, fx_attend(f, "côté,tremblay,haddad", MARK_PRESENT));
	REFUSED(f, fx_simple(f, EV_START), "no quorum: 3 of 7 present, 4 needed");
	OK(f, fx_attend(f, "bouchard", MARK_PRESENT));
	int64_t now = f->at;
	next_at(f, now + 86400);
	REFUSED(f, fx_simple(f, EV_START),
		"meeting 2026-12-01-council is scheduled for Tuesday, December 1, 2026: it cannot "
		"be called to order on Wednesday, December 2, 2026");
	next_at(f, now + 60);
	OK(f, fx_simple(f, EV_START));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_int_equal(s.phase, PHASE_IN_SESSION);
	assert_int_equal(s.n_chairs, 1);
	assert_int_equal(s.chairs[0].member_id, fx_member(f, "côté"));
	gv_live_state_clear(&s);
}

static int start_chaired_by(struct fixture *f, const char *chair)
{
	struct gv_event e;
	gv_event_init(&e, EV_START);
	e.member_id = chair ? fx_member(f, chair) : 0;
	return fx_record(f, &e);
}

static int64_t presiding(struct fixture *f)
{
	struct gv_live_state s;
	fx_state(f, &s);
	int64_t id = s.n_chairs ? s.chairs[s.n_chairs - 1].member_id : 0;
	gv_live_state_clear(&s);
	return id;
}

static void test_the_mayor_presides_else_the_deputy_else_the_chair_named(void **state)
{
	struct fixture *f = *state;
	OK(f, fx_attend(f, "haddad,bouchard,roy,lee", MARK_PRESENT));
	REFUSED(f, start_chaired_by(f, NULL),
		"neither the mayor nor the deputy mayor is present: name who presides with --chair");
	REFUSED(f, start_chaired_by(f, "wong"), "Tom Wong is not present and cannot preside");
	OK(f, start_chaired_by(f, "lee"));
	assert_int_equal(presiding(f), fx_member(f, "lee"));
	OK(f, fx_member_event(f, EV_CHAIR, "roy"));
	assert_int_equal(presiding(f), fx_member(f, "roy"));
	REFUSED(f, fx_member_event(f, EV_CHAIR, "côté"), "Marie Côté is not present");

	fx_switch(f, "2026-12-01 20:00");
	OK(f, fx_attend(f, "tremblay,haddad,bouchard,roy", MARK_PRESENT));
	OK(f, start_chaired_by(f, NULL));
	assert_int_equal(presiding(f), fx_member(f, "tremblay"));
}

static void test_remote_members_count_for_quorum_unless_the_setting_says_no(void **state)
{
	struct fixture *f = *state;
	OK(f, fx_attend(f, "côté,tremblay,haddad", MARK_PRESENT));
	OK(f, fx_attend(f, "bouchard", MARK_REMOTE));
	assert_int_equal(present_count(f), 4);
	assert_int_equal(gv_setting_set(f->ws->db, "procedure.remote-quorum", "no", &f->err), 0);
	fx_reload(f);
	assert_int_equal(present_count(f), 3);
	REFUSED(f, fx_simple(f, EV_START), "no quorum: 3 of 7 present, 4 needed");
	assert_int_equal(gv_setting_set(f->ws->db, "procedure.remote-quorum", "yes", &f->err), 0);
	fx_reload(f);
	OK(f, fx_simple(f, EV_START));
	/* an arrival by video */
	struct gv_event e;
	gv_event_init(&e, EV_ARRIVE);
	e.member_id = fx_member(f, "lee");
	gv_event_mark(&e, e.member_id, MARK_REMOTE);
	OK(f, fx_record(f, &e));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_true(gv_live_attendance(&s, fx_member(f, "lee"))->remote);
	assert_true(gv_live_attendance(&s, fx_member(f, "bouchard"))->remote);
	assert_false(gv_live_attendance(&s, fx_member(f, "côté"))->remote);
	gv_live_state_clear(&s);
	assert_int_equal(present_count(f), 5);
}

static void test_staff_are_recorded_present_and_never_counted(void **state)
{
	struct fixture *f = *state;
	OK(f, fx_attend(f, "jane", MARK_PRESENT));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_int_equal(s.n_staff, 1);
	assert_string_equal(gv_live_member_name(&f->c, s.staff[0]), "Jane Doe");
	assert_null(gv_live_attendance(&s, s.staff[0]));
	gv_live_state_clear(&s);
	assert_int_equal(present_count(f), 0);
	static const enum gv_mark marks[] = {MARK_ABSENT, MARK_REGRETS, MARK_REMOTE};
	for (size_t i = 0; i < 3; i++)
		REFUSED(f, fx_attend(f, "jane", marks[i]),
			"Jane Doe is staff: the minutes record staff only as present");
}

static void test_closed_session_follows_a_carried_resolution_to_close(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "13.1");
	REFUSED(f, fx_closed(f, "239(2)(e)"),
		"going into closed session needs a resolution to close under s.239(2)(e)");
	int k = fx_to_close_moved(f, "239(2)(e)");
	REFUSED(f, fx_closed(f, "239(2)(e)"), "--to-close 239(2)(e)");
	OK(f, fx_hands(f, k, "lost", -1, -1));
	REFUSED(f, fx_closed(f, "239(2)(e)"), "carried just before");
	k = fx_to_close(f, "239(2)(e)");
	OK(f, k);
	REFUSED(f, fx_closed(f, "239(2)(c)"), "resolution to close under s.239(2)(c)");
	OK(f, fx_closed(f, "239(2)(e)"));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_string_equal(motion(&s, k)->kind, "procedural");
	assert_string_equal(motion(&s, k)->to_close, "239(2)(e)");
	assert_false(motion(&s, k)->confidential);
	gv_live_state_clear(&s);
	REFUSED(f, fx_to_close_moved(f, "239(2)(e)"), "already in closed session");
}

static void test_one_main_motion_at_a_time_on_an_item(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	REFUSED(f, seconded(f, NULL),
		"motion 1 is still before the meeting on item 9.1: decide or withdraw it");
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy",
						 .kind = "direction"}),
		"motion 1 is still before the meeting");
	OK(f, fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy", .amends = k}));
	OK(f, fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy",
					    .kind = "procedural"}));
	OK(f, fx_item_event(f, EV_TAKE, "9.2"));
	OK(f, seconded(f, NULL));
}

static void test_only_carried_main_motions_get_resolution_numbers(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	int a = fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy", .amends = k});
	OK(f, fx_hands(f, a, "carried", -1, -1));
	OK(f, fx_hands(f, k, "carried", -1, -1));
	OK(f, fx_item_event(f, EV_TAKE, "9.2"));
	int lost = seconded(f, NULL);
	OK(f, fx_hands(f, lost, "lost", -1, -1));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_int_equal(motion(&s, a)->resolution_seq, 0);
	assert_int_equal(motion(&s, k)->resolution_seq, 1);
	assert_int_equal(motion(&s, lost)->resolution_seq, 0);
	gv_live_state_clear(&s);
}

static int adjourn(struct fixture *f, bool force, const char *result)
{
	struct gv_event e;
	gv_event_init(&e, EV_ADJOURN);
	e.force = force;
	e.result = gv_strdup(result);
	return fx_record(f, &e);
}

static void test_adjournment_waits_for_pending_motions_unless_forced(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	REFUSED(f, adjourn(f, false, NULL),
		"motion 1 is still pending: vote on it or withdraw it first" GV_FORCE_HINT);
	OK(f, adjourn(f, true, NULL));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_int_equal(s.phase, PHASE_ADJOURNED);
	assert_false(s.no_quorum);
	assert_int_equal(motion(&s, k)->result, RESULT_PENDING);
	/* not dealt with: the items without sub-items never reached (9.1 was) */
	int64_t *ids;
	size_t n = gv_live_unreached(&f->c, &s, &ids);
	bool has_92 = false, has_91 = false, has_9 = false;
	for (size_t i = 0; i < n; i++) {
		has_92 |= ids[i] == fx_item_id(f, "9.2");
		has_91 |= ids[i] == fx_item_id(f, "9.1");
		has_9 |= ids[i] == fx_item_id(f, "9");
	}
	assert_true(has_92);
	assert_false(has_91);
	assert_false(has_9);
	free(ids);
	gv_live_state_clear(&s);
}

static void test_a_meeting_without_quorum_is_adjourned_as_not_held(void **state)
{
	struct fixture *f = *state;
	OK(f, fx_attend(f, "côté,tremblay,haddad,bouchard", MARK_PRESENT));
	REFUSED(f, adjourn(f, false, "no-quorum"),
		"there is quorum (4 of 7 present): call the meeting to order instead");
	OK(f, fx_attend(f, "bouchard", MARK_ABSENT));
	OK(f, adjourn(f, false, "no-quorum"));
	struct gv_live_state s;
	fx_state(f, &s);
	assert_int_equal(s.phase, PHASE_ADJOURNED);
	assert_true(s.no_quorum);
	assert_int_equal(s.started_at, 0);
	gv_live_state_clear(&s);

	fx_switch(f, "2026-12-01 20:00");
	fx_open(f, SIX, NULL);
	OK(f, fx_member_event(f, EV_LEAVE, "roy"));
	OK(f, fx_member_event(f, EV_LEAVE, "tremblay"));
	OK(f, fx_member_event(f, EV_LEAVE, "haddad"));
	REFUSED(f, adjourn(f, false, "no-quorum"), "the meeting was called to order: it was held");
}


/* docs/procedure.md, "Calling the meeting to order": the member presiding
 * gives up the chair before leaving */
static void test_the_member_presiding_cannot_leave(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, NULL);
	REFUSED(f, fx_member_event(f, EV_LEAVE, "côté"), "Marie Côté is presiding");
	OK(f, fx_member_event(f, EV_CHAIR, "tremblay"));
	OK(f, fx_member_event(f, EV_LEAVE, "côté"));
	REFUSED(f, fx_member_event(f, EV_LEAVE, "tremblay"), "is presiding");
}

/* docs/procedure.md, "Dispositions" */
static void test_a_carried_referral_takes_the_motion_and_its_amendments_off_the_floor(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	int a = fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy", .amends = k});
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy",
						 .disposition = "refer", .disposes = a}),
		"motion 2 is an amendment");
	int r = fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy",
					      .disposition = "refer", .disposes = k,
					      .target = "the Planning Committee"});
	assert_int_equal(r, 3);
	REFUSED(f, fx_hands(f, k, "carried", -1, -1), "motion 3 (to refer motion 1) is pending");
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy",
						 .disposition = "table", .disposes = k}),
		"motion 3 (to refer motion 1) is already before the meeting");
	OK(f, fx_hands(f, r, "carried", -1, -1));
	expect_result(f, k, RESULT_REFERRED, -1, -1);
	expect_result(f, a, RESULT_REFERRED, -1, -1);
	expect_result(f, r, RESULT_CARRIED, -1, -1);
	struct gv_live_state s;
	fx_state(f, &s);
	char note[GV_DISPOSITION_NOTE_MAX];
	gv_live_disposition_note(&s, motion(&s, k), note, sizeof note);
	assert_string_equal(note, "Referred to the Planning Committee");
	assert_int_equal(motion(&s, r)->resolution_seq, 1);
	assert_int_equal(motion(&s, k)->resolution_seq, 0);
	gv_live_state_clear(&s);
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "lee", .seconder = "roy",
						 .disposition = "defer", .disposes = k}),
		"motion 1 is not pending (it was referred)");
	/* off the floor: the item takes a main motion again */
	OK(f, seconded(f, NULL));
}

static void test_a_lost_tabling_leaves_the_motion_pending(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	int t = fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy",
					      .disposition = "table", .disposes = k});
	OK(f, fx_recorded(f, t, "côté,roy", "tremblay,haddad,bouchard,lee", NULL));
	expect_result(f, t, RESULT_LOST, 2, 4);
	expect_result(f, k, RESULT_PENDING, -1, -1);
	OK(f, fx_hands(f, k, "carried", -1, -1));
}

static void test_a_deferral_to_a_later_meeting_appears_on_its_agenda(void **state)
{
	struct fixture *f = *state;
	char *earlier = fx_meeting(f, "2026-11-17 19:00"), *later = fx_meeting(f, "2027-01-12 19:00");
	struct gv_meeting before, m2;
	assert_int_equal(gv_meeting_find(f->ws, earlier, &before, &f->err), 0);
	assert_int_equal(gv_meeting_find(f->ws, later, &m2, &f->err), 0);
	fx_open(f, SIX, "9.2");
	int k = seconded(f, NULL);
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy",
						 .disposition = "defer", .disposes = k,
						 .until = &before}),
		"is not after 2026-12-01-council");
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy",
						 .disposition = "defer", .disposes = k,
						 .target = "2026-12-01"}),
		"2026-12-01 is not after the meeting");
	int d = fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy",
					      .disposition = "defer", .disposes = k, .until = &m2});
	OK(f, fx_hands(f, d, "carried", -1, -1));
	expect_result(f, k, RESULT_DEFERRED, -1, -1);
	struct gv_agenda a;
	assert_int_equal(gv_agenda_load(f->ws, m2.id, &a, &f->err), 0);
	const struct gv_item *placed = NULL;
	for (size_t i = 0; i < a.n; i++)
		if (a.items[i].deferred_from)
			placed = &a.items[i];
	assert_non_null(placed);
	assert_string_equal(placed->title, "Zoning amendment, 12 Main Street");
	assert_string_equal(placed->deferred_from, f->slug);
	assert_string_equal(placed->deferred_item, "9.2");
	gv_agenda_free(&a);
	/* the note gives the later meeting's date as stored, whatever its
	 * slug: moved two days on, it reads January 14 */
	char note[GV_DISPOSITION_NOTE_MAX], *sql = gv_asprintf(
		"UPDATE meetings SET starts_at = starts_at + 172800 WHERE id = %lld",
		(long long)m2.id);
	assert_int_equal(sqlite3_exec(f->ws->db, sql, NULL, NULL, NULL), SQLITE_OK);
	free(sql);
	struct gv_live_state s;
	fx_state(f, &s);
	gv_live_disposition_note(&s, motion(&s, k), note, sizeof note);
	assert_string_equal(note, "Deferred to the meeting of January 14, 2027");
	gv_live_state_clear(&s);
	gv_meeting_clear(&before);
	gv_meeting_clear(&m2);
	free(earlier);
	free(later);
}

/* docs/procedure.md, "Recorded votes" */
static void test_a_recorded_vote_after_a_show_of_hands_replaces_it(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	OK(f, fx_hands(f, k, "carried", 4, 2));
	expect_result(f, k, RESULT_CARRIED, 4, 2);
	OK(f, fx_recorded(f, k, "côté,tremblay", "haddad,bouchard,roy,lee", NULL));
	expect_result(f, k, RESULT_LOST, 2, 4);
	struct gv_live_state s;
	fx_state(f, &s);
	assert_true(motion(&s, k)->recorded);
	assert_int_equal(motion(&s, k)->resolution_seq, 0);
	gv_live_state_clear(&s);
	/* only once, and only right after */
	REFUSED(f, fx_recorded(f, k, "côté", NULL, NULL), "motion 1 was already lost");
	OK(f, fx_item_event(f, EV_TAKE, "9.2"));
	int k2 = seconded(f, NULL);
	OK(f, fx_hands(f, k2, "carried", -1, -1));
	OK(f, fx_item_event(f, EV_TAKE, "9.1"));
	REFUSED(f, fx_recorded(f, k2, "côté", NULL, NULL),
		"a recorded vote may replace a show of hands only right after it");
}

/* docs/procedure.md, "Who may take part" */
static void test_remote_attendance_only_where_the_by_law_allows_it(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(gv_setting_set(f->ws->db, "procedure.remote", "no", &f->err), 0);
	fx_reload(f);
	REFUSED(f, fx_attend(f, "bouchard", MARK_REMOTE), "cannot take part electronically");
	OK(f, fx_attend(f, "côté,tremblay,haddad,bouchard", MARK_PRESENT));
}

/* docs/procedure.md, "Reconsideration" */
static void test_reconsider_by_the_losing_side_is_refused(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	OK(f, fx_recorded(f, k, "haddad,roy,lee,bouchard", "côté,tremblay", NULL));
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy",
						 .disposition = "reconsider", .target = "2026-1"}),
		"Marie Côté voted against resolution 2026-1 on a recorded vote");
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "lee",
						 .disposition = "reconsider", .target = "2026-7"}),
		"there is no resolution 2026-7 to reconsider");
	int r = fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "lee",
					      .disposition = "reconsider", .target = "2026-1"});
	assert_true(r > 0);
	struct gv_live_state s;
	fx_state(f, &s);
	/* ontario: two thirds */
	assert_string_equal(motion(&s, r)->threshold, "two-thirds");
	gv_live_state_clear(&s);
	REFUSED(f, fx_hands(f, r, "carried", 3, 2), "two-thirds");
	OK(f, fx_hands(f, r, "carried", 4, 2));
	fx_reload(f);
	fx_state(f, &s);
	const struct gv_reconsidered *rc = gv_live_reconsidered(&f->c, motion(&s, k));
	assert_non_null(rc);
	assert_string_equal(rc->by, "2026-2");
	gv_live_state_clear(&s);
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "lee",
						 .disposition = "reconsider", .target = "2026-1"}),
		"resolution 2026-1 was already reconsidered");
}

/* One reader of resolution numbers: "2026-01" is 2026-1. */
static void test_a_resolution_number_reads_as_year_and_number(void **state)
{
	(void)state;
	int y, n;
	assert_true(gv_live_resolution_parse("2026-01", &y, &n));
	assert_int_equal(y, 2026);
	assert_int_equal(n, 1);
	assert_false(gv_live_resolution_parse("2026-1x", &y, &n));
	assert_false(gv_live_resolution_parse("2026-", &y, &n));
	assert_false(gv_live_resolution_parse(" 2026-1", &y, &n));
	assert_false(gv_live_resolution_parse("2026-0", &y, &n));
	assert_false(gv_live_resolution_parse(NULL, &y, &n));
}

/* A pending disposition holds its motion: neither voted nor withdrawn. */
static void test_a_motion_waits_for_its_pending_disposition(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	int d = fx_move(f, (struct fx_motion){.mover = "côté", .seconder = "roy",
					      .disposition = "table", .disposes = k});
	REFUSED(f, fx_motion_event(f, EV_WITHDRAW, k), "motion 2 (to table motion 1) is pending");
	OK(f, fx_motion_event(f, EV_WITHDRAW, d));
	OK(f, fx_motion_event(f, EV_WITHDRAW, k));
}

/* Members present electronically vote by show of hands whether or not
 * they count for quorum. */
static void test_a_show_of_hands_counts_remote_voters(void **state)
{
	struct fixture *f = *state;
	f->c.remote_quorum = false;
	OK(f, fx_attend(f, "côté,tremblay,haddad,bouchard", MARK_PRESENT));
	OK(f, fx_attend(f, "roy", MARK_REMOTE));
	OK(f, fx_simple(f, EV_START));
	int k = seconded(f, NULL);
	REFUSED(f, fx_hands(f, k, "carried", 6, 0), "only 5 members present can vote");
	OK(f, fx_hands(f, k, "carried", 5, 0));
}

/* docs/procedure.md, "Logs recorded under earlier rules": gavel
 * check replays such a log against the rules it was recorded under. */
static void test_a_log_begun_before_the_december_rules_is_held_to_its_own(void **state)
{
	struct fixture *f = *state;
	OK(f, fx_attend(f, "côté", MARK_PRESENT));
	REFUSED(f, fx_simple(f, EV_START), "no quorum: 1 of 7 present");
	f->c.rules = GV_RULES_1;
	OK(f, fx_simple(f, EV_START));
	int k = fx_move(f, (struct fx_motion){.mover = "côté"});
	OK(f, fx_move(f, (struct fx_motion){.mover = "côté", .disposition = "table",
					 .disposes = k}));
	OK(f, fx_motion_event(f, EV_WITHDRAW, k));
	OK(f, fx_closed(f, "239(2)(c)"));
	f->c.rules = GV_RULES_TODAY;
	REFUSED(f, fx_simple(f, EV_ADJOURN), "the meeting is in closed session");
	OK(f, fx_simple(f, EV_RISE));
	REFUSED(f, fx_simple(f, EV_ADJOURN), "motion 2 is still pending");
	f->c.rules = GV_RULES_1;
	OK(f, fx_simple(f, EV_ADJOURN));
}

/* docs/procedure.md, "Logs recorded under earlier rules": an event recorded
 * under version 2 is held to it, which let a member declare after voting;
 * version 3 and today's rules do not. */
static void test_a_declaration_after_voting_passes_only_under_version_2(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	int k = seconded(f, NULL);
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad", "bouchard", NULL));
	REFUSED(f, fx_declare(f, "tremblay", "9.1"), "already took part in item 9.1 (voted on motion");
	f->c.rules = GV_RULES_3;
	REFUSED(f, fx_declare(f, "tremblay", "9.1"), "already took part in item 9.1 (voted on motion");
	f->c.rules = GV_RULES_2;
	OK(f, fx_declare(f, "tremblay", "9.1"));
}

/* docs/procedure.md, "Points of order" */
static void test_a_tie_on_an_appeal_sustains_the_chair(void **state)
{
	struct fixture *f = *state;
	fx_open(f, SIX, "9.1");
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "lee",
						 .disposition = "appeal"}),
		"there is no ruling of the chair to appeal");
	struct gv_event e;
	gv_event_init(&e, EV_RULING);
	e.text = gv_strdup("The motion is out of order");
	OK(f, fx_record(f, &e));
	int k = fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "lee",
					      .disposition = "appeal"});
	assert_true(k > 0);
	REFUSED(f, fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "lee",
						 .disposition = "appeal"}),
		"already appealed");
	OK(f, fx_recorded(f, k, "côté,tremblay,haddad", "bouchard,roy,lee", NULL));
	expect_result(f, k, RESULT_SUSTAINED, 3, 3);
	struct gv_live_state s;
	fx_state(f, &s);
	assert_int_equal(motion(&s, k)->resolution_seq, 0);
	assert_int_equal(s.rulings[0].appeal, k);
	gv_live_state_clear(&s);
	gv_event_init(&e, EV_RULING);
	e.text = gv_strdup("The question is not in order");
	OK(f, fx_record(f, &e));
	k = fx_move(f, (struct fx_motion){.mover = "roy", .seconder = "lee", .disposition = "appeal"});
	OK(f, fx_recorded(f, k, "côté,tremblay", "haddad,bouchard,roy,lee", NULL));
	expect_result(f, k, RESULT_OVERTURNED, 2, 4);
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
		T(test_the_log_is_in_time_order),
		T(test_the_call_to_order_needs_quorum_and_the_meetings_day),
		T(test_the_mayor_presides_else_the_deputy_else_the_chair_named),
		T(test_remote_members_count_for_quorum_unless_the_setting_says_no),
		T(test_staff_are_recorded_present_and_never_counted),
		T(test_closed_session_follows_a_carried_resolution_to_close),
		T(test_one_main_motion_at_a_time_on_an_item),
		T(test_only_carried_main_motions_get_resolution_numbers),
		T(test_adjournment_waits_for_pending_motions_unless_forced),
		T(test_a_meeting_without_quorum_is_adjourned_as_not_held),
		T(test_the_member_presiding_cannot_leave),
		T(test_a_carried_referral_takes_the_motion_and_its_amendments_off_the_floor),
		T(test_a_lost_tabling_leaves_the_motion_pending),
		T(test_a_deferral_to_a_later_meeting_appears_on_its_agenda),
		T(test_a_recorded_vote_after_a_show_of_hands_replaces_it),
		T(test_remote_attendance_only_where_the_by_law_allows_it),
		T(test_reconsider_by_the_losing_side_is_refused),
		T(test_a_tie_on_an_appeal_sustains_the_chair),
		T(test_a_resolution_number_reads_as_year_and_number),
		T(test_a_motion_waits_for_its_pending_disposition),
		T(test_a_show_of_hands_counts_remote_voters),
		T(test_a_log_begun_before_the_december_rules_is_held_to_its_own),
		T(test_a_declaration_after_voting_passes_only_under_version_2),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
