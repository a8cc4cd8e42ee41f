# The agenda of a meeting with a log: items the log refers to stay.

t_an_item_in_the_log_cannot_be_removed() {
	ok meeting new --title "Regular" --at "2026-12-01 19:00"
	M=$(last_line)
	ok agenda add "$M" "Report" --under 9
	ok agenda add "$M" "Annex" --under 9.1
	ok live "$M" attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live "$M" start --at 19:00
	ok live "$M" take 9.1.1 --at 19:05
	refused_unchanged agenda rm "$M" 9
	expect_err_contains "item 9 cannot be removed: the meeting log refers to it or to an item under it"
	refused_unchanged agenda rm "$M" 9.1.1
	ok agenda rm "$M" 10
	ok agenda edit "$M" 9.1 --title "Report, revised"
}

t_an_agenda_with_a_log_cannot_be_replaced() {
	ok meeting new --title "Regular" --at "2026-12-01 19:00"
	M=$(last_line)
	ok agenda show "$M" --format md
	cp "$T/out" "$SCRATCH/agenda.md"
	ok live "$M" attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live "$M" start --at 19:00
	ok live "$M" take 1 --at 19:05
	refused_unchanged agenda import "$M" "$SCRATCH/agenda.md"
	expect_err_contains "the agenda cannot be replaced: the meeting log refers to its items"
}
