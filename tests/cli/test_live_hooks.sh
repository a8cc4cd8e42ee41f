# Live events fire the streaming hooks and rewrite live/now.*, with public
# text only and without waiting for the hooks. The clock is the evening of
# the meetings (2026-12-01), which are called to order on their day and whose
# events run forward in time.

export GAVEL_NOW=2026-12-01T19:00:00-05:00

# wait_lines FILE N: until FILE has at least N lines (hooks run detached).
wait_lines() {
	for _ in $(seq 100); do
		[ -f "$1" ] && [ "$(wc -l <"$1")" -ge "$2" ] && return 0
		sleep 0.1
	done
	fail "$1 has fewer than $2 lines: $(cat "$1" 2>/dev/null)"
}

t_every_public_event_runs_on_event_with_its_variables() {
	printf '#!/bin/sh\necho "$GAVEL_EVENT|$GAVEL_ITEM|$GAVEL_MOTION|$GAVEL_RESULT|$GAVEL_OFFSET|$(cat)" >>"$GAVEL_WORKSPACE/hooks/seen"\n' >hooks/on-event
	chmod +x hooks/on-event
	scripted_meeting
	# 21 live commands; the move and vote inside the closed session run no hook.
	wait_lines hooks/seen 19
	sleep 0.5   # let any stragglers land before looking for what must not
	! grep -q 'CANARY' hooks/seen || fail "confidential or redacted text reached a hook"
	grep -q '^start||||0|' hooks/seen || fail "no start event"
	grep -q '^item|9.1|||540|' hooks/seen || fail "item 9.1 with its stream offset"
	grep -q '^vote|9.1|2|lost|' hooks/seen || fail "the lost vote"
	grep -q '^closed|' hooks/seen && grep -q '"clause":"239(2)(c)"' hooks/seen || fail "closed with its clause"
	grep -q '^rise|' hooks/seen || fail "rise"
	grep -q '^motion|13.1|4|' hooks/seen || fail "the public resolution to close"
	! grep -q '^motion|[^|]*|5|' hooks/seen || fail "the closed-session motion reached a hook"
	grep '^vote|9.1|2|' hooks/seen | cut -d'|' -f6- | jq -e '.counts == {"yes":1,"no":1,"abstain":0} and .item_title == "Water rates [redacted]"' >/dev/null ||
		fail "vote JSON"
}

t_a_hanging_hook_does_not_slow_the_clerk() {
	printf '#!/bin/sh\nsleep 30\n' >hooks/on-start
	chmod +x hooks/on-start
	ok meeting new --title "Hooked" --at "2026-12-01 19:00"
	S=$(last_line)
	ok live "$S" attend "Côté,Tremblay,Haddad" --present --at 19:00
	start=$(date +%s%N)
	ok live "$S" start --at 19:00
	ms=$((($(date +%s%N) - start) / 1000000))
	# waiting for the hook would take its 10 s time limit at least
	[ "$ms" -lt 8000 ] || fail "live start took $ms ms with a hanging hook"
}

t_now_files_carry_public_text_only() {
	ok meeting new --title "Closed" --at "2026-12-01 19:00"
	S=$(last_line)
	ok agenda add "$S" "Land CANARY-TITLE [redact]x[/redact]" --under 13 --closed "239(2)(c)"
	ok live "$S" attend "Côté,Tremblay,Haddad" --present
	ok live "$S" start --at 19:00
	ok live "$S" move "That Council proceed into closed session under s.239(2)(c)." \
		--to-close "239(2)(c)" --mover Côté --seconder Tremblay
	ok live "$S" vote 1 --carried
	ok live "$S" closed --clause "239(2)(c)"
	ok live "$S" take 13.1
	ok live "$S" move "CANARY-CLOSED direction" --mover Côté --seconder Tremblay --direction
	jq -e '.state == "closed-session" and .item == null and .motion == null' live/now.json >/dev/null ||
		fail "now.json in closed session: $(cat live/now.json)"
	eq "$(cat live/now.txt)" "In closed session" "now.txt in closed session"
	! grep -q CANARY live/now.json live/now.txt || fail "confidential text in now files"
}

t_now_files_show_the_item_and_the_last_vote() {
	ok meeting new --title "Now" --at "2026-12-01 19:00"
	S=$(last_line)
	ok agenda add "$S" "Budget [redact]secret[/redact]" --under 9
	ok live "$S" attend "Côté,Tremblay,Haddad,Bouchard" --present
	ok live "$S" start --at 19:00
	ok live "$S" take 9.1
	ok live "$S" move "That the budget be approved." --mover Côté --seconder Tremblay
	ok live "$S" vote 1 --carried --for 3 --against 1
	eq "$(cat live/now.txt)" "Item 9.1: Budget [redacted]
Motion 1 carried, 3 to 1" "now.txt"
	jq -e '.item.number == "9.1" and .last_vote.result == "carried" and .last_vote.counts.yes == 3' live/now.json >/dev/null ||
		fail "now.json"
}

t_motion_wording_never_reaches_a_shell() {
	printf '#!/bin/sh\ncat >>"$GAVEL_WORKSPACE/hooks/json"\nprintf "%%s\\n" "$GAVEL_ITEM_TITLE" >>"$GAVEL_WORKSPACE/hooks/seen"\n' >hooks/on-event
	chmod +x hooks/on-event
	ok meeting new --title "Quoting" --at "2026-12-01 19:00"
	S=$(last_line)
	ok agenda add "$S" 'Fees $(touch CANARY-ITEM) `touch CANARY-TICK` "q" '"'s'" --under 9
	ok live "$S" attend "Côté,Tremblay,Haddad" --present
	ok live "$S" start --at 19:00
	ok live "$S" take 9.1
	ok live "$S" move 'That $(touch CANARY-MOTION); `touch CANARY-TICK2` "and" '"'more'" --mover Côté --seconder Tremblay
	wait_lines hooks/seen 4
	sleep 0.3
	[ -z "$(find . "$SCRATCH" / -maxdepth 1 -name 'CANARY*' 2>/dev/null)" ] || fail "a shell ran user text"
	grep -qF 'Fees $(touch CANARY-ITEM) `touch CANARY-TICK` "q" '"'s'" hooks/seen || fail "title not passed verbatim"
	jq -se 'map(select(.event == "motion"))[0].motion_text == "That $(touch CANARY-MOTION); `touch CANARY-TICK2` \"and\" '"'more'"'"' hooks/json >/dev/null ||
		fail "motion wording not passed verbatim"
}

t_a_reader_never_sees_a_partial_now_file() {
	ok meeting new --title "Busy" --at "2026-12-01 19:00"
	S=$(last_line)
	ok live "$S" attend "Côté,Tremblay,Haddad,Bouchard" --present
	ok live "$S" start --at 19:00
	: >"$SCRATCH/bad"
	( while [ ! -e "$SCRATCH/stop" ]; do
		if [ -s live/now.json ]; then
			jq -e .state live/now.json >/dev/null 2>&1 || cp live/now.json "$SCRATCH/bad"
		fi
	  done ) &
	reader=$!
	for i in $(seq 12); do
		ok live "$S" take $(((i % 14) + 1))
	done
	touch "$SCRATCH/stop"
	wait $reader
	[ ! -s "$SCRATCH/bad" ] || fail "read a partial now.json: $(cat "$SCRATCH/bad")"
}

t_a_hook_that_cannot_run_is_skipped_and_logged() {
	printf '#!/bin/sh\necho ran >>"$GAVEL_WORKSPACE/hooks/ran"\n' >hooks/on-start
	chmod -x hooks/on-start
	ok meeting new --title "Plain" --at "2026-12-01 19:00"
	S=$(last_line)
	ok live "$S" attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live "$S" start --at 19:00
	grep -qF 'on-start (event start): skipped, not executable (chmod +x)' hooks/log || fail "not logged"
	[ ! -e hooks/ran ] || fail "ran a hook that is not executable"
	ok hooks list
	expect_out_contains "on-start     not executable (chmod +x)"
}
