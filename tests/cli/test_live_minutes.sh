# The live log and the minutes: adjournment saves them; approval locks the log.

t_adjournment_saves_the_minutes() {
	scripted_meeting
	expect_out_contains "Adjourned at 8:00 p.m." "Minutes saved to record/ and confidential/"
	git -C record log -1 --format=%s | grep -qx "Minutes of $M: draft, as adjourned" || fail "no commit in record/"
	git -C record show HEAD:meetings/2026/$M/minutes.md | grep -q "Adjourned\|adjourned" || fail "minutes lack the adjournment"
	! git -C record show HEAD:meetings/2026/$M/minutes.md | grep -q CANARY || fail "confidential text in record/"
	git -C confidential show HEAD:meetings/2026/$M/minutes.md | grep -q CANARY-CLOSED || fail "closed session missing from confidential/"
	git -C record fsck --strict 2>&1 | grep -v '^Checking' | grep . && fail "fsck"
	true
}

t_approved_minutes_lock_the_log() {
	ok meeting new --title "Regular" --at "2026-12-01 19:00"
	S=$(last_line)
	ok live "$S" attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live "$S" start --at 19:00
	ok minutes "$S" save
	ok minutes "$S" approve --force
	refused_unchanged live "$S" take 1
	expect_err_contains "approved"
}
