# gavel connect (docs/connect.md): a councillor at their own terminal, as
# their own Unix login, through the clerk's gavel serve alone. As root the
# test makes a group and a user, links the user to a member, serves the
# workspace and runs gavel connect as that user in tmux.

# connect_council: the user, Bélanger linked to it, five councillors in
# session on item 9.1 with motion 1 on the floor, a server on $CSOCK, and
# in $CCLIENT the command line of gavel connect as that user for tmux.
connect_council() {
	# the test's own process: tests run side by side as subshells of one
	# runner, whose $$ they share, and two connect tests with one group
	# deleted it from under each other
	local sfx=$((BASHPID % 100000))
	CGRP=gvc$sfx CUSER=gvc${sfx}u
	trap connect_cleanup EXIT
	connect_retry groupadd "$CGRP"
	connect_retry useradd -M -N -g "$CGRP" -s /usr/sbin/nologin "$CUSER"
	CHOME=$(mktemp -d /tmp/gavel-connect-home.XXXXXX)
	chown "$CUSER:$CGRP" "$CHOME"
	CSOCKDIR=$(mktemp -d /tmp/gavel-connect.XXXXXX)
	chmod 711 "$CSOCKDIR"
	CSOCK=$CSOCKDIR/gavel.sock
	CCLIENT="setpriv --reuid=$CUSER --regid=$CGRP --init-groups env -i HOME=$CHOME PATH=$PATH \
		 LANG=C.UTF-8 TERM=xterm-256color $GAVEL connect $CSOCK; echo gavel exited \$?; sleep 60"
	export GAVEL_NOW=2026-12-08T19:05:00-05:00
	local g="$GAVEL -C $W"
	{
		$g config serve.group "$CGRP"
		$g member link Bélanger --user "$CUSER"
		$g member add "Grace Lee" --ward "Ward 2"
		$g member add "Omar Haddad" --ward "Ward 3"
		$g live "$M" attend "Émilie Côté,François Bélanger,Grace Lee,Omar Haddad" --present
		$g live "$M" start
		$g live "$M" take 9.1
		$g live "$M" move "That Council approve the 2027 water rates." --mover "Grace Lee" \
			--seconder "Omar Haddad"
	} >/dev/null
	(cd "$W" && exec "$GAVEL" serve --socket "$CSOCK") >"$SCRATCH/serve.log" 2>&1 </dev/null &
	CSERVER=$!
	local i
	for i in $(seq 100); do
		grep -q Serving "$SCRATCH/serve.log" && return 0
		sleep 0.05
	done
	fail "the server did not start: $(cat "$SCRATCH/serve.log")"
}

# connect_needs_root: false, with the reason the test is skipped, when not
# root (the test makes a Unix user for the councillor). Apart from
# connect_council, which set -e must watch: not inside an "||".
connect_needs_root() {
	[ "$(id -u)" = 0 ] && return 0
	echo "makes a Unix user for the councillor, which needs root" >"$SCRATCH/../skipped"
	return 1
}

connect_retry() {
	local i
	for i in $(seq 50); do
		"$@" 2>/dev/null && return 0
		sleep 0.1
	done
	"$@"
}

connect_cleanup() {
	[ -z "${CSERVER:-}" ] || { kill "$CSERVER" && wait "$CSERVER"; } 2>/dev/null || true
	userdel "$CUSER" 2>/dev/null || connect_retry userdel "$CUSER" 2>/dev/null || true
	groupdel "$CGRP" 2>/dev/null || connect_retry groupdel "$CGRP" 2>/dev/null || true
	rm -rf "$CSOCKDIR" "$CHOME"
}

# as_member ARGS...: gavel --server as the councillor's login.
as_member() {
	setpriv --reuid="$CUSER" --regid="$CGRP" --init-groups "$GAVEL" --server "$CSOCK" "$@"
}

t_connect_councillor_reads_annotates_speaks_and_votes() {
	connect_needs_root || return 0
	connect_council
	tm -f /dev/null new-session -d -x 100 -y 30 "$CCLIENT"
	wait_for "meetings - François Bélanger"
	# the package: the report formatted, the closed item there and marked
	keys G Enter
	wait_for "$M: Réunion ordinaire - package"
	wait_for "item 1  ] ["
	keys ]
	wait_for "item 2  ] ["
	keys / && text "water rates rise" && keys Enter
	wait_for "The water rates rise by 3%."
	screen | absent "**water" || fail "markdown marks left in the report"
	keys / && text "Acquisition" && keys Enter
	wait_line '13\.1  Acquisition of land, Ward 3$'
	wait_for "CONFIDENTIAL - closed session, s. 239(2)(c)"
	# a private annotation on 9.1, marked, and nowhere in the record
	keys / && text "Tarifs" && keys Enter
	wait_for "item 9.1"
	keys a
	wait_for "Annotation on 9.1"
	text "Ask about the seniors rebate" && keys Enter
	wait_line "9\.1  Tarifs de l'eau 2027  \[note\]"
	expect_eq "$(as_member annotations --json | jq -r '.[] | "\(.item) \(.text)"')" \
		"9.1 Ask about the seniors rebate"
	keys x
	wait_for "Wrote 1 annotation to $CHOME/gavel-annotations-$M.md"
	grep -q "seniors rebate" "$CHOME/gavel-annotations-$M.md"
	"$GAVEL" -C "$W" minutes "$M" save >/dev/null
	"$GAVEL" -C "$W" publish >/dev/null
	! grep -rq "seniors rebate" "$W/record" "$W/site" "$W/confidential" ||
		fail "an annotation reached the record or the site"
	# a vote opened by the clerk is announced on the package too
	"$GAVEL" -C "$W" live "$M" vote 1 --electronic >/dev/null
	wait_for "Vote open on motion 1: L follows the meeting to vote"
	# the live meeting: a request to speak reaches the clerk's list
	keys L
	wait_for "r asks to speak"
	wait_for "Motion 1: That Council approve the 2027 water rates."
	keys r
	wait_for "You are on the speakers' list"
	"$GAVEL" -C "$W" live "$M" speakers list | grep -q "François Bélanger" ||
		fail "the request to speak is not on the clerk's list"
	# the electronic vote: cast, changed, recorded at the close
	wait_for "VOTE OPEN on motion 1"
	keys y
	wait_for "Your vote: yes"
	keys n
	wait_for "Your vote: no"
	"$GAVEL" -C "$W" live "$M" close-vote 1 >"$SCRATCH/close"
	grep -q "no: .*François Bélanger" "$SCRATCH/close" || fail "close-vote: $(cat "$SCRATCH/close")"
	wait_for "Result: Motion 1"
	wait_for "Your vote on motion 1: no"
	keys Q
	wait_for "gavel exited 0"
}

# The vote shown is the server's, not this terminal's memory: a vote
# cancelled and opened again has no ballot, a ballot cast at another
# terminal shows, and so does one cast before connecting again mid-vote,
# with the votes kept secret (it said "Your vote: cast" then, and kept
# showing the cancelled ballot as the vote).
t_connect_shows_the_vote_the_server_holds() {
	connect_needs_root || return 0
	connect_council
	tm -f /dev/null new-session -d -x 100 -y 30 "$CCLIENT"
	wait_for "meetings - François Bélanger"
	keys G L
	wait_for "Motion 1: That Council approve the 2027 water rates."
	"$GAVEL" -C "$W" live "$M" vote 1 --electronic >/dev/null
	wait_for "VOTE OPEN on motion 1"
	wait_for "You have not voted"
	keys y
	wait_for "Your vote: yes"
	"$GAVEL" -C "$W" live "$M" close-vote 1 --cancel >/dev/null
	"$GAVEL" -C "$W" live "$M" vote 1 --electronic >/dev/null
	wait_for "You have not voted"
	screen | absent "Your vote: yes" || fail "the cancelled ballot is shown as the vote"
	as_member cast "$M" 1 no >/dev/null
	wait_for "Your vote: no"
	keys Q
	wait_for "gavel exited 0"
	tm kill-server
	SOCK=${SOCK}-again
	tm -f /dev/null new-session -d -x 100 -y 30 "$CCLIENT"
	wait_for "meetings - François Bélanger"
	keys G L
	wait_for "Your vote: no (you may change it until the vote closes)"
	"$GAVEL" -C "$W" live "$M" close-vote 1 >/dev/null
	wait_for "Result: Motion 1"
	wait_for "Your vote on motion 1: no"
	keys Q
	wait_for "gavel exited 0"
	tm kill-server
}

# In closed session the councillor follows the meeting as entitled: the
# motion put to their vote there is shown in full (the public view gave
# "Motion 3: (null)", the vote asked on a motion they could not read).
t_connect_follows_the_closed_session_in_full() {
	connect_needs_root || return 0
	connect_council
	local g="$GAVEL -C $W"
	{
		$g live "$M" vote 1 --carried
		$g live "$M" take 13.1
		$g live "$M" move "That Council proceed into closed session." --to-close "239(2)(c)" \
			--mover "Grace Lee" --seconder "Omar Haddad"
		$g live "$M" vote 2 --carried
		$g live "$M" closed --clause "239(2)(c)"
		$g live "$M" move "That staff negotiate within the limits discussed." --direction \
			--mover "Grace Lee" --seconder "Omar Haddad"
		$g live "$M" vote 3 --electronic
	} >/dev/null
	tm -f /dev/null new-session -d -x 100 -y 30 "$CCLIENT"
	wait_for "meetings - François Bélanger"
	keys G L
	wait_for "VOTE OPEN on motion 3"
	wait_for "Motion 3: That staff negotiate within the limits discussed."
	screen | absent "(null)" || fail "a closed-session motion shown as (null)"
	keys y
	wait_for "Your vote: yes"
	keys Q
	wait_for "gavel exited 0"
	tm kill-server
}

# The councillor's login linked to another member while the client is open:
# on the live screen and on the meetings screen alike the client closes at
# once, saying so as docs/serve.md words it, and exits 1 (it used to crash
# on the live screen: the dropped connection's reply freed unread).
t_connect_leaves_when_the_login_is_linked_elsewhere() {
	connect_needs_root || return 0
	connect_council
	tm -f /dev/null new-session -d -x 100 -y 30 "$CCLIENT"
	wait_for "meetings - François Bélanger"
	keys G L
	wait_for "Motion 1: That Council approve the 2027 water rates."
	"$GAVEL" -C "$W" member link "Grace Lee" --user "$CUSER" >/dev/null
	wait_for "gavel: the login is now linked to Grace Lee: connect again"
	wait_for "gavel exited 1"
	screen | absent "Segmentation" || fail "the client crashed"
	# again on the meetings screen, without a key pressed; in a tmux server
	# of its own (a new session could reach the old one while it exits)
	tm kill-server
	SOCK=${SOCK}-again
	tm -f /dev/null new-session -d -x 100 -y 30 "$CCLIENT"
	wait_for "meetings - Grace Lee"
	"$GAVEL" -C "$W" member link Bélanger --user "$CUSER" >/dev/null
	wait_for "gavel: the login is now linked to François Bélanger: connect again"
	wait_for "gavel exited 1"
	tm kill-server # the login ends with its last process: the cleanup removes it
}

# Refused before the screen opens, in one line: no server at the socket, the
# clerk's own login (the clerk has gavel tui), no terminal, and through a
# server.
t_connect_refuses_without_a_server_and_the_clerk() {
	CDIR=$(mktemp -d /tmp/gavel-connect.XXXXXX) # a socket's path is short
	local dir=$CDIR
	launch -- connect "$dir/none.sock"
	wait_for "gavel: cannot reach a server at $dir/none.sock: No such file or directory"
	wait_for "gavel exited 1"
	(cd "$W" && exec "$GAVEL" serve --socket "$dir/gavel.sock") >"$SCRATCH/serve.log" 2>&1 \
		</dev/null &
	CSERVER=$!
	trap '{ kill "$CSERVER" && wait "$CSERVER"; } 2>/dev/null; rm -rf "$CDIR"' EXIT
	local i
	for i in $(seq 100); do
		grep -q Serving "$SCRATCH/serve.log" && break
		sleep 0.05
	done
	keys "clear; $GAVEL connect $dir/gavel.sock" Enter
	wait_for "gavel: gavel connect is a member's terminal, and this login is the clerk's"
	local out
	out=$("$GAVEL" -C "$W" --server "$dir/gavel.sock" connect 2>&1) && fail "connect through a server ran"
	expect_eq "$out" "gavel: gavel connect runs from the command line, at a terminal of its own"
	out=$("$GAVEL" -C "$W" connect "$dir/gavel.sock" 2>&1 </dev/null) && fail "connect without a terminal ran"
	expect_eq "$out" "gavel: gavel connect needs a terminal"
}
