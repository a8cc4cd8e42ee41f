# A full disk (tests/fault/full_disk.c, preloaded: every write under a
# directory fails with ENOSPC) during a live event, a minutes save and a
# publish: a clear one-line error, the previous state intact, and success
# once space returns.

# on_full_disk DIR ARGS...: run gavel ARGS as `run` does, with DIR full.
on_full_disk() {
	local dir=$1
	shift
	run_faulty FULL_DISK_DIR="$dir" -- "$@"
}

t_the_fault_library_really_fills_the_disk() {
	mkdir "$SCRATCH/full"
	LD_PRELOAD=$FAULT_LIB FULL_DISK_DIR=$SCRATCH/full sh -c "echo x >'$SCRATCH/full/f'" 2>"$T/err" &&
		fail "a write to a full disk succeeded"
	[ ! -s "$SCRATCH/full/f" ] || fail "the full disk took data"
	LD_PRELOAD=$FAULT_LIB FULL_DISK_DIR=$SCRATCH/full sh -c "echo x >'$SCRATCH/elsewhere'" ||
		fail "a write outside the full directory failed"
}

t_a_live_event_on_a_full_disk_is_refused_and_recorded_once_space_returns() {
	new_meeting
	ok live $MEETING attend "Côté,Tremblay,Haddad" --present --at "2026-12-01 19:00"
	ok live $MEETING start --at "2026-12-01 19:00"
	db_snapshot
	on_full_disk "$PWD" live $MEETING take 1 --at "2026-12-01 19:01"
	expect_status 1
	expect_err_line
	expect_err_contains "the disk is full"
	expect_db_unchanged
	eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
	ok live $MEETING take 1 --at "2026-12-01 19:01"
	ok live $MEETING status --json
	json '.current_item == "1"'
}

t_a_minutes_save_on_a_full_disk_fails_and_the_next_save_completes() {
	scripted_meeting
	ok minutes $M note 9.1 "Written while the disk was full."
	local record confidential
	record=$(git -C record rev-parse main) confidential=$(git -C confidential rev-parse main)
	on_full_disk "$PWD" minutes $M save
	expect_status 1
	expect_err_line
	expect_err_contains "the disk is full"
	eq "$(git -C record rev-parse main)" "$record" "record/ main after the failure"
	eq "$(git -C confidential rev-parse main)" "$confidential" "confidential/ main after the failure"
	# only record/ full: confidential/ (written first) may take the new
	# version; record/ keeps the old one whole, and the next save evens them
	on_full_disk "$PWD/record" minutes $M save
	expect_status 1
	expect_err_line
	expect_err_contains "No space left on device"
	eq "$(git -C record rev-parse main)" "$record" "record/ main after the failure"
	git -C record fsck --strict >/dev/null 2>&1 || fail "git fsck --strict record/"
	git -C confidential fsck --strict >/dev/null 2>&1 || fail "git fsck --strict confidential/"
	ok minutes $M save
	local r
	for r in record confidential; do
		git -C $r show "main:meetings/2026/$M/minutes.md" | grep -qF "Written while the disk was full." ||
			fail "the note did not reach $r/ once space returned"
	done
	ok check
}

t_a_publish_on_a_full_disk_fails_keeps_every_page_whole_and_the_next_one_completes() {
	scripted_meeting
	ok publish
	ok agenda edit $M 9.1 --recommendation "That Council approve the new rates."
	ok agenda publish $M
	find site -type f ! -name '.gavel-site*' -exec md5sum {} + | sort -k2 >"$SCRATCH/before"
	on_full_disk "$PWD/site" publish
	expect_status 1
	expect_err_line
	expect_err_contains "No space left on device"
	find site -type f ! -name '.gavel-site*' -exec md5sum {} + | sort -k2 >"$SCRATCH/after"
	diff "$SCRATCH/before" "$SCRATCH/after" || fail "a page changed although nothing could be written"
	[ -z "$(find site -name '*.tmp.*')" ] || fail "temporary files left in the site"
	ok publish
	grep -qF "That Council approve the new rates." site/meetings/$M/agenda.html ||
		fail "the change is not on the site once space returned"
	ok publish --out "$SCRATCH/fresh"
	diff -r -x '.gavel-site*' site "$SCRATCH/fresh" >/dev/null || fail "the site differs from a fresh one"
}
