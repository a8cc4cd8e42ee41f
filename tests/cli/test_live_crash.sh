# Crash safety of the meeting log: a clerk's script records events in a loop
# while it is killed (SIGKILL) at random moments. Every event whose command
# exited 0 must be in the log, at most one more per kill (committed, not yet
# acknowledged), and the database must pass its integrity check.
# LIVE_CRASH_KILLS sets the number of kills (`make stress` makes hundreds).

M=2026-12-01-council

# recorder ACKS: take items up, one after the other, forever; a line in ACKS
# for every command that exited 0.
recorder() {
	local acks=$1 i=0
	while :; do
		i=$((i + 1))
		"$GAVEL" live $M take $((i % 2 + 1)) >/dev/null 2>&1 && echo "$i" >>"$acks"
	done
}

t_live_acknowledged_events_survive_kill_9() {
	new_meeting
	# the clock on the meeting's evening: the events are in time order
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok live $M attend "Côté,Tremblay,Haddad" --present
	ok live $M start
	local acks=$T/acks kills=${LIVE_CRASH_KILLS:-25} k
	: >"$acks"
	for ((k = 0; k < kills; k++)); do
		export -f recorder
		setsid bash -c "GAVEL='$GAVEL' M=$M recorder '$acks'" </dev/null &
		local pid=$!
		sleep "0.$((RANDOM % 6 + 1))$((RANDOM % 10))"
		kill -KILL -- -"$pid" 2>/dev/null || kill -KILL "$pid"
		wait "$pid" 2>/dev/null || true
	done
	local acked logged
	acked=$(wc -l <"$acks")
	logged=$(sql "select count(*) from events where kind = 'take'")
	[ "$acked" -gt 0 ] || fail "no command finished between kills"
	[ "$logged" -ge "$acked" ] || fail "$acked acknowledged but only $logged in the log"
	[ "$logged" -le $((acked + kills)) ] || fail "$logged logged for $acked acknowledged"
	echo "$acked acknowledged, $logged logged, $kills kills"
	stress_report "$kills kills, $acked events acknowledged, $logged logged, 0 lost"
	eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check"
	eq "$(sql 'select count(distinct seq) = count(*) from events')" 1 "unique seq"
	ok live $M status --json
	json ".events == $((logged + 2)) and .state == \"in-session\""
	ok live $M take 9
}
