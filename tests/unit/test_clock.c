/* Parsing every time form of docs/references.md ("Times"), in the workspace zone, and refusing the rest. */
#include "unit.h"

static int setup(void **state)
{
	(void)state;
	unsetenv("GAVEL_NOW");
	return gv_tz_use("America/Toronto", NULL);
}

static int64_t parse_ok(const char *s, int64_t day)
{
	int64_t t = 0;
	struct gv_err err = {0};
	int rc = gv_time_parse(s, day, &t, &err);
	if (rc)
		fail_msg("'%s' refused: %s", s, err.msg);
	return t;
}

static void test_local_date_time_is_converted_to_utc(void **state)
{
	(void)state;
	char iso[32];
	gv_time_iso_utc(parse_ok("2026-12-01 19:00", 0), iso);
	assert_string_equal(iso, "2026-12-02T00:00:00Z");
	gv_time_iso_utc(parse_ok("2026-07-01 19:00:30", 0), iso); /* daylight time */
	assert_string_equal(iso, "2026-07-01T23:00:30Z");
	gv_time_iso_utc(parse_ok("2026-12-01T19:00", 0), iso);
	assert_string_equal(iso, "2026-12-02T00:00:00Z");
}

static void test_iso_with_offset_or_z_is_absolute(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("2026-12-02T00:00:00Z", 0), parse_ok("2026-12-01 19:00", 0));
	assert_int_equal(parse_ok("2026-12-01T20:00:00-04:00", 0),
			 parse_ok("2026-12-02T00:00:00Z", 0));
	assert_int_equal(parse_ok("2026-12-02T01:30:00+0130", 0),
			 parse_ok("2026-12-02T00:00:00Z", 0));
}

static void test_hh_mm_is_on_the_local_day_of_the_reference(void **state)
{
	(void)state;
	int64_t meeting = parse_ok("2026-12-01 19:00", 0);
	char iso[32];
	gv_time_iso(parse_ok("21:15", meeting), iso);
	assert_string_equal(iso, "2026-12-01T21:15:00-05:00");
	/* 23:30 local is already the next day in UTC: still the meeting's day */
	gv_time_iso(parse_ok("23:30", meeting), iso);
	assert_string_equal(iso, "2026-12-01T23:30:00-05:00");
}

static void test_gavel_now_freezes_the_clock_and_anchors_hh_mm(void **state)
{
	(void)state;
	setenv("GAVEL_NOW", "2026-11-23T14:00:00Z", 1);
	assert_int_equal(gv_now(), parse_ok("2026-11-23 09:00", 0));
	char iso[32];
	gv_time_iso(parse_ok("10:30", 0), iso);
	assert_string_equal(iso, "2026-11-23T10:30:00-05:00");
	setenv("GAVEL_NOW", "next tuesday", 1);
	struct gv_err err = {0};
	assert_int_equal(gv_clock_check(&err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "GAVEL_NOW"));
	unsetenv("GAVEL_NOW");
}

static void test_invalid_times_are_refused_with_the_forms_named(void **state)
{
	(void)state;
	const char *bad[] = {"25:00", "12:60", "2026-02-30 10:00", "2026-13-01 10:00",
			     "tomorrow", "", "2026-12-01", "2026-12-01 7pm", "12:00Z",
			     "2026-12-01T10:00:00+25:00", "2026-12-01 10:00 extra"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		int64_t t;
		struct gv_err err = {0};
		if (gv_time_parse(bad[i], 0, &t, &err) != GV_EREFUSED)
			fail_msg("'%s' was accepted", bad[i]);
		assert_non_null(strstr(err.msg, "HH:MM"));
	}
}

static void test_leap_day_is_valid_only_in_leap_years(void **state)
{
	(void)state;
	int64_t t;
	assert_int_equal(gv_time_parse("2028-02-29 10:00", 0, &t, NULL), 0);
	assert_int_equal(gv_time_parse("2026-02-29 10:00", 0, &t, NULL), GV_EREFUSED);
}

/* --until DATE (docs/procedure.md, "Dispositions") */
static void test_a_date_is_a_day_that_exists(void **state)
{
	(void)state;
	assert_true(gv_date_valid("2027-02-28"));
	assert_true(gv_date_valid("2028-02-29"));
	assert_false(gv_date_valid("2027-02-31"));
	assert_false(gv_date_valid("2027-02-29"));
	assert_false(gv_date_valid("2027-13-01"));
	assert_false(gv_date_valid("2027-01-01x"));
	assert_false(gv_date_valid("2027-1-1"));
}

static void test_time_in_daylight_saving_gap_is_refused(void **state)
{
	(void)state;
	int64_t t;
	struct gv_err err = {0};
	assert_int_equal(gv_time_parse("2026-03-08 02:30", 0, &t, &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "does not exist"));
}

static void test_the_repeated_hour_is_told_apart_by_its_zone(void **state)
{
	(void)state;
	/* 2026-11-01 in Toronto: 1:00 to 1:59 a.m. happen twice, EDT then EST */
	int64_t first = parse_ok("2026-11-01 01:10", 0), edt = parse_ok("2026-11-01 01:10 EDT", 0);
	int64_t est = parse_ok("2026-11-01 01:10 est", 0);
	assert_true(first == edt);
	assert_int_equal(est - edt, 3600);
	assert_true(parse_ok("01:10 EST", edt) == est);
	assert_string_equal(gv_time_repeated_zone(edt), "EDT");
	assert_string_equal(gv_time_repeated_zone(est), "EST");
	assert_null(gv_time_repeated_zone(parse_ok("2026-11-01 02:10", 0)));
	assert_null(gv_time_repeated_zone(parse_ok("2026-10-31 23:10", 0)));
	assert_true(gv_time_later_twin(edt) == est);
	assert_true(gv_time_later_twin(est) == est);
	char clock[32];
	gv_time_clock12(est, clock);
	assert_string_equal(clock, "1:10 a.m. EST");
	gv_time_clock12(parse_ok("2026-11-01 02:10", 0), clock);
	assert_string_equal(clock, "2:10 a.m.");
	int64_t t;
	struct gv_err err = {0};
	assert_int_equal(gv_time_parse("2026-11-01 02:10 EDT", 0, &t, &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "then is EST, not EDT"));
	assert_int_equal(gv_time_parse("2026-11-01 01:10 E", 0, &t, &err), GV_EREFUSED);
	assert_int_equal(gv_time_parse("2026-11-01 01:10EST", 0, &t, &err), GV_EREFUSED);
}

static void test_times_beyond_four_digit_years_are_refused(void **state)
{
	(void)state;
	/* found by the time fuzz target: the offset made this year 10000, and
	 * gv_time_iso read past its buffer writing it */
	int64_t t = 0;
	struct gv_err err = {0};
	assert_int_equal(gv_time_parse("9999-12-31T23:59:00-23:59", 0, &t, &err), GV_EREFUSED);
	assert_string_equal(err.msg,
			    "time '9999-12-31T23:59:00-23:59' is out of range (years 1900 to 9999)");
	assert_int_equal(gv_time_parse("9999-12-31 23:00", 0, &t, &err), GV_EREFUSED);
	assert_int_equal(gv_time_parse("1900-01-01T00:00:00+01:00", 0, &t, &err), GV_EREFUSED);
	char iso[32];
	gv_time_iso(parse_ok("9999-12-30 12:00", 0), iso);
	assert_string_equal(iso, "9999-12-30T12:00:00-05:00");
	gv_time_iso(parse_ok("1900-01-01 12:00", 0), iso);
	assert_string_equal(iso, "1900-01-01T12:00:00-05:00");
}

static void test_unknown_time_zone_is_refused(void **state)
{
	(void)state;
	assert_false(gv_tz_valid("Nowhere/Bogus"));
	assert_false(gv_tz_valid("../../etc/passwd"));
	assert_true(gv_tz_valid("Europe/Paris"));
	assert_true(gv_tz_valid("UTC"));
}

static void test_dates_in_words_and_the_day_before(void **state)
{
	(void)state;
	char w[40], d[11];
	assert_true(gv_date_words("2022-11-15", w));
	assert_string_equal(w, "November 15, 2022");
	assert_false(gv_date_words("2026-02-30", w));
	assert_false(gv_date_words(NULL, w));
	gv_date_before("2026-11-15", d);
	assert_string_equal(d, "2026-11-14");
	gv_date_before("2026-01-01", d);
	assert_string_equal(d, "2025-12-31");
	gv_date_before("2024-03-01", d);
	assert_string_equal(d, "2024-02-29");
	gv_date_before("2100-03-01", d);
	assert_string_equal(d, "2100-02-28");
	gv_date_before("not a date", d);
	assert_string_equal(d, "not a date");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_local_date_time_is_converted_to_utc),
		cmocka_unit_test(test_a_date_is_a_day_that_exists),
		cmocka_unit_test(test_iso_with_offset_or_z_is_absolute),
		cmocka_unit_test(test_hh_mm_is_on_the_local_day_of_the_reference),
		cmocka_unit_test(test_gavel_now_freezes_the_clock_and_anchors_hh_mm),
		cmocka_unit_test(test_invalid_times_are_refused_with_the_forms_named),
		cmocka_unit_test(test_leap_day_is_valid_only_in_leap_years),
		cmocka_unit_test(test_time_in_daylight_saving_gap_is_refused),
		cmocka_unit_test(test_the_repeated_hour_is_told_apart_by_its_zone),
		cmocka_unit_test(test_times_beyond_four_digit_years_are_refused),
		cmocka_unit_test(test_unknown_time_zone_is_refused),
		cmocka_unit_test(test_dates_in_words_and_the_day_before),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
