# gavel serve: councillors at their own terminals (docs/serve.md). As root
# the tests make Unix users (a group for the socket, three linked to
# members, one not), run clients as them with setpriv, and remove them.
# timeout: 120

M=2026-12-01-council
CLIENT=$GAVEL_ROOT/tests/cli/serve_client.py

# council: the users, the group and the links, a meeting in session with
# motion 1 on item 9.1 (Haddad declared an interest), and a server on $SOCK.
council() {
	if [ "$(id -u)" != 0 ]; then
		echo "# skipped: test_serve.sh makes Unix users, which needs root"
		SKIPPED=1
		return 0
	fi
	SKIPPED=
	local sfx=$(($$ % 100000))
	GRP=gvs$sfx COTE=gvs${sfx}a TREM=gvs${sfx}b HADD=gvs${sfx}c STRANGER=gvs${sfx}x
	trap 'cleanup_council' EXIT
	trap 'cleanup_council; exit 1' TERM INT
	local u
	# what a run killed before its cleanup left, of the same names
	for u in $COTE $TREM $HADD $STRANGER; do
		! id "$u" >/dev/null 2>&1 || retry userdel "$u"
	done
	! getent group "$GRP" >/dev/null || retry groupdel "$GRP"
	retry groupadd "$GRP"
	for u in $COTE $TREM $HADD $STRANGER; do
		retry useradd -M -N -g "$GRP" -s /usr/sbin/nologin "$u"
	done
	SOCKDIR=$(mktemp -d /tmp/gavel-serve.XXXXXX)
	chmod 711 "$SOCKDIR"
	SOCK=$SOCKDIR/gavel.sock
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	ok config serve.group "$GRP"
	ok member link Côté --user "$COTE"
	ok member link Tremblay --user "$TREM"
	ok member link Haddad --user "$HADD"
	new_meeting
	ok agenda add $M "Water Rates" --under 9 --recommendation "That Council approve the rates."
	ok agenda add $M "Land, Ward 3" --under 13 --closed "239(2)(c)"
	ok live $M attend "Côté,Tremblay,Haddad" --present
	ok live $M attend Bouchard --absent
	ok live $M start
	ok live $M take 9.1
	ok live $M declare Haddad --item 9.1 --reason "owns a rental unit"
	ok live $M move "That Council approve the rates." --mover Côté --seconder Tremblay
	start_server
}

# useradd and groupadd refuse while another holds /etc/passwd's lock.
retry() {
	local i
	for i in $(seq 50); do
		"$@" 2>/dev/null && return 0
		sleep 0.1
	done
	"$@"
}

cleanup_council() {
	[ -z "${SERVER:-}" ] || { kill "$SERVER" && wait "$SERVER"; } 2>/dev/null || true
	local u
	for u in $COTE $TREM $HADD $STRANGER; do
		userdel "$u" 2>/dev/null || retry userdel "$u" 2>/dev/null || true
	done
	groupdel "$GRP" 2>/dev/null || retry groupdel "$GRP" 2>/dev/null || true
	rm -rf "$SOCKDIR"
}

start_server() {
	"$GAVEL" serve --socket "$SOCK" >"$T/serve.log" 2>&1 </dev/null &
	SERVER=$!
	local i
	for i in $(seq 100); do
		[ -S "$SOCK" ] && grep -q Serving "$T/serve.log" && return 0
		sleep 0.05
	done
	cat "$T/serve.log" >&2
	fail "the server did not start"
}

# as LOGIN ARGS...: gavel --server $SOCK ARGS as that login (run's $OUT...).
as() {
	local u=$1 s=0
	shift
	setpriv --reuid="$u" --regid="$GRP" --init-groups \
		"$GAVEL" --server "$SOCK" "$@" >"$T/out" 2>"$T/err" </dev/null || s=$?
	STATUS=$s
	captured
	LAST_CMD="gavel --server (as $u) $*"
}
as_ok() {
	as "$@"
	[ "$STATUS" = 0 ] || { show_run >&2; fail "expected exit 0"; }
}
as_refused() {
	as "$@"
	expect_status 1 && expect_err_line
}
# through LOGIN...: the clerk through the server
clerk() {
	run --server "$SOCK" "$@"
}

t_serve_knows_who_is_asking() {
	council
	[ -z "$SKIPPED" ] || return 0
	ls -l "$SOCK" | grep -q "^srw-rw---- .* $GRP " || fail "socket mode or group: $(ls -l "$SOCK")"
	# a login not linked to a member is refused, whatever it asks
	as_refused "$STRANGER" meeting list
	expect_err_contains "login $STRANGER is not linked to a member"
	# a login outside the socket's group is told what is missing
	setpriv --reuid="$COTE" --regid=nogroup --clear-groups "$GAVEL" --server "$SOCK" \
		meeting list >"$T/out" 2>"$T/err" </dev/null && fail "reached the socket outside its group"
	grep -qx "gavel: cannot reach a server at $SOCK: Permission denied (ask the clerk to put your login in the server's group, serve.group)" "$T/err" ||
		fail "outside the group: $(cat "$T/err")"
	# a member reads, including the closed item of their body's meeting
	as_ok "$COTE" agenda show $M
	expect_out_contains "Water Rates" "Land, Ward 3"
	as_ok "$COTE" live $M status --json
	json '.current_item == "9.1"'
	# but records nothing: no live verbs, no casting for another
	as_refused "$COTE" live $M vote 1 --carried
	expect_err_contains "a member may not run 'live vote'"
	as "$COTE" cast $M 1 yes Tremblay
	expect_status 2
	expect_err_contains "unexpected argument 'Tremblay'"
	as_refused "$COTE" member link Côté --user "$STRANGER"
	# annotations are one's own
	as_ok "$COTE" annotate $M 9.1 "Ask about the seniors' rebate"
	as_ok "$COTE" annotations --json
	json 'length == 1 and .[0].item == "9.1" and .[0].text == "Ask about the seniors'"'"' rebate"'
	as_ok "$COTE" annotations $M
	expect_out_contains "Ask about the seniors' rebate"
	as_ok "$TREM" annotations --json
	json 'length == 0'
	clerk annotations
	expect_status 1
	expect_err_contains "a member's own command"
	# and never reach the record or anyone's search
	ok minutes $M save
	! grep -rq "seniors' rebate" record confidential || fail "an annotation reached the record"
	ok search rebate
	expect_out_lacks "seniors"
	as_ok "$COTE" annotate $M 9.1 ''
	as_ok "$COTE" annotations --json
	json 'length == 0'
	# a connection open when the login's link moves is told, and dropped
	setpriv --reuid="$COTE" --regid="$GRP" --init-groups \
		/usr/bin/python3 "$CLIENT" "$SOCK" again "$T/moved" agenda show $M >"$T/again" &
	local again=$! i
	for i in $(seq 100); do grep -q Water "$T/again" && break; sleep 0.05; done
	ok member link Tremblay --user "$COTE"
	touch "$T/moved"
	wait "$again"
	grep -q '"error":"the login is now linked to Geneviève Tremblay' "$T/again" || fail "again: $(cat "$T/again")"
	grep -qx closed "$T/again" || fail "again: not dropped"
	ok member link Côté --user "$COTE"
	# the clerk through the server: no stdin, and file paths made full here
	clerk agenda add $M "Budget" --under 9 --body-file -
	expect_status 1
	expect_err_contains "through the server, give file paths in full and not '-'"
	mkdir "$SCRATCH/desk"
	echo "The draft budget, line by line." >"$SCRATCH/desk/budget.md"
	# (and what the clerk writes through the server, subscribers hear of)
	timeout 10 python3 "$CLIENT" "$SOCK" subscribe $M 1 "agenda add" >"$T/events" &
	local sub=$!
	for i in $(seq 100); do grep -q ready "$T/events" && break; sleep 0.05; done
	(cd "$SCRATCH/desk" && "$GAVEL" --server "$SOCK" agenda add $M "Budget" --under 9 --body-file budget.md) >"$T/out" 2>&1 ||
		fail "relative body file: $(cat "$T/out")"
	wait "$sub" || fail "no event for the clerk's agenda add: $(cat "$T/events")"
	grep -q '"command":"agenda add"' "$T/events" || fail "events: $(cat "$T/events")"
	ok agenda show $M --format md
	expect_out_contains "The draft budget, line by line."
	# a member lists the meetings of the bodies they sit on
	ok body add "Heritage Committee"
	ok meeting new --title "Heritage" --at "2026-12-03 19:00" --body "Heritage Committee"
	as_ok "$COTE" meeting list
	expect_out_contains "$M"
	expect_out_lacks "Heritage"
	ok meeting list
	expect_out_contains "Heritage"
	# a member whose term has not begun does not sit yet
	ok member add "Nadia Lefebvre" --from 2027-01-01
	ok member link Lefebvre --user "$STRANGER"
	as_refused "$STRANGER" agenda show $M
	expect_err_contains "Nadia Lefebvre does not sit on the body of $M"
	as_refused "$STRANGER" speak $M
}

t_serve_electronic_vote_records_what_was_cast() {
	council
	[ -z "$SKIPPED" ] || return 0
	# a subscriber hears each ballot, never how it went
	python3 "$CLIENT" "$SOCK" subscribe $M 4 >"$T/events" &
	local sub=$! i
	for i in $(seq 100); do grep -q ready "$T/events" && break; sleep 0.05; done
	as_refused "$COTE" cast $M 1 yes
	expect_err_contains "no electronic vote is open on motion 1"
	clerk live $M vote 1 --electronic
	expect_status 0
	expect_out_contains "Electronic vote open on motion 1"
	as_ok "$COTE" cast $M 1 no
	as_ok "$COTE" cast $M 1 yes              # it may change until the close
	as_ok "$TREM" cast $M 1 abstain
	expect_out_contains "Your vote on motion 1: abstain"
	# Haddad declared an interest on the item
	as_refused "$HADD" cast $M 1 yes
	expect_err_contains "Haddad declared an interest on item 9.1"
	# a member not present cannot vote (Bouchard sent no regrets: absent)
	ok member link Bouchard --user "$STRANGER"
	as_refused "$STRANGER" cast $M 1 yes
	expect_err_contains "Élise Bouchard is not present and cannot vote"
	as "$TREM" cast $M 1 maybe
	expect_status 2
	expect_err_contains "'maybe' is not a vote: yes, no or abstain"
	# secret until the close: who has voted, not how
	ok live $M status
	expect_out_contains "Electronic vote on motion 1: 2 voted: Marie Côté, Geneviève Tremblay"
	expect_out_lacks "Côté yes" "Tremblay abstain"
	as_ok "$HADD" live $M status --json
	json '.electronic_vote.motion == 1 and (.electronic_vote.voted | length) == 2 and (.electronic_vote.voted[0] | has("vote") | not)'
	json '.electronic_vote.mine == null'
	# but never from the member who cast it (another terminal, a reconnection)
	as_ok "$COTE" live $M status
	expect_out_contains "Your vote: yes (you may change it until the vote closes)"
	expect_out_lacks "Tremblay abstain"
	as_ok "$TREM" live $M status --json
	json '.electronic_vote.mine == "abstain" and (.electronic_vote.voted | map(has("vote")) | any | not)'
	as_ok "$HADD" live $M status
	expect_out_contains "You have not voted"
	ok live $M status
	expect_out_lacks "Your vote" "You have not voted"
	ok config vote.secret-until-close no
	ok live $M status
	expect_out_contains "Marie Côté yes, Geneviève Tremblay abstain"
	wait "$sub"
	[ "$(grep -c '"command":"cast"' "$T/events")" = 3 ] || fail "events: $(cat "$T/events")"
	! grep -q 'yes\|abstain' "$T/events" || fail "an event told how a member voted"
	clerk live $M close-vote 1
	expect_status 0
	expect_out_contains "Motion 1 lost on a recorded vote; yes: Marie Côté; abstain: Geneviève Tremblay"
	as_refused "$COTE" cast $M 1 no
	expect_err_contains "the vote on motion 1 is closed: lost"
	ok live $M status --json
	json '.electronic_vote == null and .motions[0].result == "lost"'
	ok minutes $M
	expect_out_contains "Recorded vote on motion 1" "| Mayor Côté | Yes |"
}

# A clerk entering the meeting with --at ahead of the clock (the demo does)
# opens the vote at that time, and the ballots are dated at the opening.
t_serve_electronic_vote_opens_at_the_time_given() {
	council
	[ -z "$SKIPPED" ] || return 0
	ok live $M arrive Bouchard --at "2026-12-01 19:20"
	clerk live $M vote 1 --electronic --at "2026-12-01 19:25"
	expect_status 0
	as_ok "$COTE" cast $M 1 yes
	as_ok "$TREM" cast $M 1 yes
	clerk live $M close-vote 1 --at "2026-12-01 19:30"
	expect_status 0
	# every side named: Bouchard, present and silent, was deemed no
	expect_out_contains "Motion 1 carried: resolution 2026-1 on a recorded vote; yes: Marie Côté, Geneviève Tremblay; deemed no: Élise Bouchard"
	ok live $M log
	expect_out_contains "yes: Marie Côté, Geneviève Tremblay; deemed no: Élise Bouchard"
	ok minutes $M
	expect_out_contains "Recorded vote on motion 1" "| Mayor Côté | Yes |"
}

t_serve_speakers_list_and_timer() {
	council
	[ -z "$SKIPPED" ] || return 0
	# Haddad declared an interest on 9.1: no part in its discussion
	as_refused "$HADD" speak $M
	expect_err_contains "Ahmed Haddad declared an interest on item 9.1 and takes no part in its discussion"
	# nor does an absent member take the floor, nor anyone in a recess
	run live $M speakers add Bouchard
	expect_status 1
	expect_err_contains "Élise Bouchard is not present and cannot speak"
	ok live $M recess
	as_refused "$TREM" speak $M
	expect_err_contains "the meeting is not in session (recess)"
	ok live $M resume
	ok live $M vote 1 --carried
	ok agenda add $M "Parks" --under 9
	ok live $M take 9.2
	ok live $M arrive Bouchard
	as_ok "$HADD" speak $M
	expect_out_contains "You are on the speakers' list"
	as_ok "$TREM" speak $M
	as_refused "$TREM" speak $M
	expect_err_contains "already on the speakers' list"
	clerk live $M speakers add Côté
	expect_status 0
	ok live $M speakers add Bouchard
	ok live $M speakers list --json
	json '.speaking == null and .waiting == ["Ahmed Haddad", "Geneviève Tremblay", "Marie Côté", "Élise Bouchard"]'
	as_ok "$TREM" speak $M --withdraw
	ok live $M speakers remove Bouchard
	ok live $M speakers add Bouchard          # back at the end of the list
	run live $M speakers remove Tremblay
	expect_status 1
	expect_err_contains "not on the speakers' list"
	ok live $M speakers up Bouchard
	ok live $M speakers down Haddad
	ok live $M speakers list --json
	json '.waiting == ["Élise Bouchard", "Ahmed Haddad", "Marie Côté"]'
	run live $M speakers up Bouchard
	expect_status 1
	expect_err_contains "already first on the speakers' list"
	ok live $M speakers down Bouchard
	ok live $M speakers down Bouchard
	ok live $M speakers up Côté
	ok live $M speakers list --json
	json '.waiting == ["Marie Côté", "Ahmed Haddad", "Élise Bouchard"]'
	as_refused "$TREM" speak $M --withdraw
	ok live $M speakers up Haddad
	ok live $M speakers next
	expect_out_contains "Speaking: Ahmed Haddad (5:00 left)" "Waiting to speak: 1. Marie Côté, 2. Élise Bouchard"
	# live/now.json names the speaker and when their time ends, for overlays
	jq -e '.speaker.name == "Ahmed Haddad" and .speaker.ends == "2026-12-01T19:05:00-05:00" and .speaker.speaking_time == 300' live/now.json >/dev/null ||
		fail "now.json: $(cat live/now.json)"
	# 90 seconds on: 3:30 left, in the status and its JSON
	GAVEL_NOW=2026-12-01T19:01:30-05:00 run live $M status
	expect_out_contains "Speaking: Ahmed Haddad (3:30 left)"
	ok config procedure.speaking-time 1
	GAVEL_NOW=2026-12-01T19:01:30-05:00 run live $M status --json
	json '.speakers.speaking == "Ahmed Haddad" and .speakers.seconds_left == -30 and .speakers.speaking_time == 60'
	ok live $M speakers done
	jq -e '.speaker == null' live/now.json >/dev/null || fail "now.json: $(cat live/now.json)"
	# the next waiting has left (the mayor, who gives the chair up first):
	# refused, with why
	ok live $M chair Tremblay
	ok live $M leave Côté
	run live $M speakers next
	expect_status 1
	expect_err_contains "Marie Côté is not present and cannot speak"
	ok live $M arrive Côté
	ok live $M speakers list
	expect_out_lacks "Speaking:"
	ok live $M speakers next
	ok live $M speakers next
	ok live $M speakers next
	expect_out_contains "Nobody is waiting to speak"
	ok live $M speakers list
	expect_out_contains "The speakers' list is empty"
	run live $M speakers shout
	expect_status 2
	# the minutes do not list speakers, unless minutes.speakers is on
	ok minutes $M
	expect_out_lacks "Speaking" "Speakers"
	ok config minutes.speakers yes
	ok minutes $M
	expect_out_contains "Speakers: Councillor Haddad, Mayor Côté, Councillor Bouchard."
	ok minutes $M --public
	expect_out_contains "Speakers: Councillor Haddad, Mayor Côté, Councillor Bouchard."
}

t_serve_kill_9_during_a_vote_loses_no_ballot() {
	council
	[ -z "$SKIPPED" ] || return 0
	# Tremblay takes part electronically from here: a remote member votes the same way
	# a hook still running when the server dies holds none of its files
	printf '#!/bin/sh\n[ -e "$GAVEL_WORKSPACE/hooks/pid" ] && exit 0\necho $$ >"$GAVEL_WORKSPACE/hooks/pid"\nexec sleep 20\n' >hooks/on-event
	chmod +x hooks/on-event
	clerk live $M leave Tremblay
	expect_status 0
	ok live $M arrive Tremblay --remote
	clerk live $M vote 1 --electronic
	as_ok "$COTE" cast $M 1 yes
	as_ok "$TREM" cast $M 1 no
	local i
	for i in $(seq 100); do [ -s hooks/pid ] && break; sleep 0.05; done
	[ -s hooks/pid ] || fail "the hook did not run"

	{ kill -KILL "$SERVER" && wait "$SERVER"; } 2>/dev/null || true
	[ -S "$SOCK" ] || fail "the killed server's socket is gone"
	local super
	super=$(ps -o ppid= -p "$(cat hooks/pid)") || fail "the hook is not running"
	! ls -l "/proc/${super// /}/fd" | grep -q 'serve.lock\|socket:' ||
		fail "the hook's supervisor holds the server's lock or sockets"
	as "$COTE" live $M status
	expect_status 1
	# a server started again takes the stale socket over and resumes
	start_server
	ok live $M status
	expect_out_contains "Electronic vote on motion 1: 2 voted"
	as_ok "$TREM" cast $M 1 yes
	clerk live $M close-vote 1
	expect_status 0
	ok live $M status --json
	json '.motions[0].result == "carried" and .motions[0].counts.yes == 2 and ([.motions[0].votes[] | select(.vote == "yes") | .member] | sort) == ["Geneviève Tremblay", "Marie Côté"]'
	kill "$(cat hooks/pid)" 2>/dev/null || true
}

t_serve_drops_bad_clients_alone() {
	council
	[ -z "$SKIPPED" ] || return 0
	# only the owner of gavel.db serves: the clerk's commands run as the server
	chown "$COTE" gavel.db
	refused serve --socket "$SOCKDIR/other.sock"
	chown root gavel.db
	expect_err_contains "gavel.db belongs to $COTE: serve as that user"
	# a second server on the workspace is refused in one line
	refused serve --socket "$SOCKDIR/other.sock"
	expect_err_contains "a server already runs on this workspace"
	[ ! -e "$SOCKDIR/other.sock" ] || fail "the second server made a socket"
	# nor does a server of another workspace take over a live socket
	mkws "$SCRATCH/other"
	timeout 5 "$GAVEL" -C "$SCRATCH/other" serve --socket "$SOCK" >"$T/other" 2>&1 </dev/null &&
		fail "a second server served on a live socket"
	grep -qx "gavel: a server already listens on $SOCK" "$T/other" || fail "other: $(cat "$T/other")"
	clerk live $M status
	expect_status 0
	# many connections in one turn: the server takes them all and still answers
	python3 "$CLIENT" "$SOCK" many 60 >"$T/many" || fail "many: $(cat "$T/many")"
	kill -0 "$SERVER" || fail "the server died of 60 connections at once"
	clerk live $M status
	expect_status 0
	# a member's login holds 8 connections at once, the clerk more
	setpriv --reuid="$COTE" --regid="$GRP" --init-groups /usr/bin/python3 "$CLIENT" "$SOCK" greet 9 >"$T/greet"
	[ "$(grep -c '"hello":"gavel"' "$T/greet")" = 8 ] || fail "greet: $(cat "$T/greet")"
	grep -q '"error":"Marie Côté has 8 connections open already: close one"' "$T/greet" || fail "greet: $(cat "$T/greet")"
	python3 "$CLIENT" "$SOCK" greet 12 >"$T/greet"
	[ "$(grep -c '"hello":"gavel"' "$T/greet")" = 12 ] || fail "clerk greet: $(cat "$T/greet")"
	# garbage: told why, then dropped
	python3 "$CLIENT" "$SOCK" garbage >"$T/garbage"
	grep -q '"error":"not a protocol message' "$T/garbage" || fail "garbage: $(cat "$T/garbage")"
	grep -qx closed "$T/garbage" || fail "garbage: not dropped"
	# a line over the limit: dropped
	python3 "$CLIENT" "$SOCK" huge >"$T/huge"
	grep -qx closed "$T/huge" || fail "huge line: not dropped"
	# a reader that never reads: the others are served meanwhile
	python3 "$CLIENT" "$SOCK" slow 400 >"$T/slow" &
	local slow=$! i
	for i in $(seq 200); do grep -q sent "$T/slow" && break; sleep 0.05; done
	clerk live $M vote 1 --electronic
	expect_status 0
	local start=$SECONDS
	as_ok "$COTE" cast $M 1 yes
	as_ok "$TREM" cast $M 1 yes
	[ $((SECONDS - start)) -le 5 ] || fail "the slow reader stalled the server"
	kill "$slow" 2>/dev/null || true
	wait "$slow" 2>/dev/null || true
	# nothing is moved while members vote (an amendment would leave the
	# vote unclosable); the clerk may cancel the vote instead
	run live $M move "That the rates rise 2%." --mover Tremblay --seconder Côté --amends 1
	expect_status 1
	expect_err_contains "the vote on motion 1 is open: close or cancel it first"
	clerk live $M close-vote 1 --cancel
	expect_status 0
	expect_out_contains "Electronic vote on motion 1 cancelled"
	ok live $M status --json
	json '.electronic_vote == null and .motions[0].result == null and (.motions[0].votes | length) == 0'
	ok live $M move "That the rates rise 2%." --mover Tremblay --seconder Côté --amends 1
	ok live $M vote 2 --carried
	clerk live $M vote 1 --electronic
	expect_status 0
	as_ok "$COTE" cast $M 1 yes
	clerk live $M close-vote 1
	expect_status 0
	kill -0 "$SERVER" || fail "the server died"
}

# The owner of gavel.db is the clerk to the server whatever its link: linked
# to a member it would never be that member, and the member could never vote
# from it. Refused in one line, and nothing linked.
t_serve_the_clerks_login_is_no_members() {
	local me
	me=$(id -un)
	refused member link Côté --user "$me"
	expect_err_contains "the login $me owns gavel.db: it is the clerk's and cannot be a member's"
	[ "$(sqlite3 gavel.db "SELECT count(*) FROM member_logins")" = 0 ] ||
		fail "the clerk's login was linked"
}

# A client that shuts its writing side after its request (`nc -N`, a
# script's one question) gets the whole reply, however long: the server used
# to drop it on reading the end, with a reply larger than the socket's buffer
# half sent.
t_serve_answers_a_half_closed_client_in_full() {
	SOCK=$(mktemp -d /tmp/gavel-serve.XXXXXX)/gavel.sock
	local dir=${SOCK%/gavel.sock}
	trap '[ -z "${SERVER:-}" ] || { kill "$SERVER" && wait "$SERVER"; } 2>/dev/null; rm -rf "'"$dir"'"' EXIT
	new_meeting
	local i
	for i in 1 2 3; do
		python3 -c 'import sys; sys.stdout.write(("Paragraph %s of a long staff report, line by line.\n\n" * 3500) % tuple(range(3500)))' \
			>"$SCRATCH/report$i.md"
		ok agenda add $M "Report $i" --under 9 --body-file "$SCRATCH/report$i.md"
	done
	start_server
	ok agenda show $M --format md
	cp "$T/out" "$SCRATCH/direct"
	[ "$(wc -c <"$SCRATCH/direct")" -gt 500000 ] || fail "the agenda is too short to test"
	timeout 20 python3 "$CLIENT" "$SOCK" halfclose agenda show $M --format md >"$SCRATCH/half" ||
		fail "halfclose: $(tail -c 200 "$SCRATCH/half")"
	cmp -s "$SCRATCH/direct" "$SCRATCH/half" ||
		fail "the reply was cut: $(wc -c <"$SCRATCH/half") bytes of $(wc -c <"$SCRATCH/direct"): $(tail -c 100 "$SCRATCH/half")"
	# and the server goes on serving, the half-closed client gone
	clerk agenda show $M
	expect_status 0
}
