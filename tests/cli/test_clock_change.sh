# A meeting that runs through the night the clocks go back (docs/references.md,
# "Times"): 1:10 a.m. comes twice, and the record must say which, so that
# times never seem to run backwards.

M=2026-10-31-council

# A special meeting of October 31 at 11:30 p.m., everyone present, item 9
# taken up at 1:50 a.m. EDT, before the clocks go back at 2:00.
night_meeting() {
	ok meeting new --title "Special Meeting of Council" --at "2026-10-31 23:30"
	ok live $M attend Côté,Tremblay,Haddad,Bouchard --present --at 23:30
	ok live $M start --at 23:31
	ok live $M take 9 --at "2026-11-01 01:50"
}

t_the_second_of_a_repeated_hour_is_named_by_its_zone() {
	night_meeting
	# without the zone, 1:10 a.m. is the first (EDT): before 1:50 a.m. EDT
	refused live $M take 10 --at "2026-11-01 01:10"
	expect_err_contains "1:10 a.m. EDT is before the latest event" \
		"for the later one, write '2026-11-01 01:10 EST'"
	refused live $M take 10 --at "2026-11-01 01:10 PST"
	expect_err_contains "the zone of America/Toronto then is EDT or EST, not PST"
	ok live $M take 10 --at "2026-11-01 01:10 EST"
	ok live $M adjourn --at "2026-11-01 01:20 est"
	ok live $M log
	expect_out_contains "2026-11-01 01:50:00 EDT  Item 9" "2026-11-01 01:10:00 EST  Item 10" \
		"2026-11-01 01:20:00 EST  Adjourned at 1:20 a.m. EST"
	# before the repeated hour, times need no zone
	expect_out_contains "23:31:00  Called to order at 11:31 p.m.;"
	ok minutes $M --public
	expect_out_contains "The meeting adjourned at 1:20 a.m. EST on Sunday, November 1."
	# the same instants as ISO 8601 with their offsets
	ok live $M log --json
	expect_out_contains "2026-11-01T01:50:00-04:00" "2026-11-01T01:10:00-05:00"
}

t_a_time_outside_a_repeated_hour_has_no_zone_and_takes_none_it_is_not_in() {
	night_meeting
	ok live $M take 10 --at "2026-11-01 02:30"
	ok live $M adjourn --at "2026-11-01 02:40"
	ok minutes $M --public
	expect_out_contains "The meeting adjourned at 2:40 a.m. on Sunday, November 1."
	refused live $M take 11 --at "2026-11-01 02:50 EDT"
	expect_err_contains "the zone of America/Toronto then is EST, not EDT"
}
