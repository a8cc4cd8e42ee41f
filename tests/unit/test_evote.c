/* Electronic votes (docs/serve.md, "Electronic votes"): a ballot the
 * member was told was taken is counted by the close, even when it was
 * cast between the close reading the ballots and recording the vote (the
 * server casting beside the clerk's command line). */
#include "live_fixture.h"

#include "live/evote.h"

#define ALL "côté,tremblay,haddad,bouchard,roy,lee,wong"

static int ballot(struct fixture *f, const char *name, int k, const char *mark)
{
	struct gv_live_log log = {0};
	int rc = gv_live_log_load(f->ws, &f->c, &log, &f->err);
	if (!rc)
		rc = gv_evote_cast(f->ws, &f->c, &log, fx_member(f, name), k, mark, &f->err);
	gv_live_log_clear(&log);
	return rc;
}

static void test_a_ballot_cast_while_the_close_is_made_is_counted(void **state)
{
	struct fixture *f = *state;
	fx_open(f, ALL, "9.1");
	int k = fx_move(f, (struct fx_motion){.mover = "haddad", .seconder = "roy"});
	assert_true(k > 0);
	assert_int_equal(gv_evote_open(f->ws, &f->c, &f->log, k, f->at + 30, &f->err), 0);
	assert_int_equal(ballot(f, "côté", k, "yes"), 0);
	/* the close reads the ballots (as close-vote's fill does) ... */
	struct gv_event e;
	gv_event_init(&e, EV_VOTE);
	assert_int_equal(gv_evote_close(f->ws, &f->c, &f->log.state, k, &e, &f->err), 0);
	e.from_ballots = true;
	assert_int_equal(e.n_marks, 1);
	/* ... a member casts before it is recorded, and is told it is taken */
	assert_int_equal(ballot(f, "tremblay", k, "no"), 0);
	e.at = (f->at += 60);
	if (gv_live_record(f->ws, &f->c, &f->log, &e, &f->err))
		fail_msg("close: %s", f->err.msg);
	assert_int_equal(e.n_marks, 2);
	bool counted = false;
	for (size_t i = 0; i < e.n_marks; i++)
		counted |= e.marks[i].member_id == fx_member(f, "tremblay") &&
			   e.marks[i].mark == MARK_NO;
	assert_true(counted);
	gv_event_clear(&e);
	/* and a ballot after the close is refused, not taken */
	assert_int_equal(ballot(f, "haddad", k, "yes"), GV_EREFUSED);
	assert_non_null(strstr(f->err.msg, "is closed"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_a_ballot_cast_while_the_close_is_made_is_counted,
						fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
