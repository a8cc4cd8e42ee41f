# Helpers for the TUI tests (sourced by tests/tui/run).
#
# Each test function t_* runs in its own temporary directory holding a fresh
# copy of the test workspace ($W), with its own tmux server ($SOCK), under
# `set -e`. The real ./gavel runs in a shell inside a 100x30 tmux window with
# LANG=C.UTF-8 and TERM=xterm-256color; the helpers type into it with
# send-keys and read it with capture-pane, always polling, never sleeping a
# fixed time.
#   $GAVEL  absolute path of the binary under test
#   $M      the slug of the meeting in the workspace (2026-12-08-council)
#   $SCRATCH an empty directory outside the workspace

export GAVEL_NOW=2026-11-20T15:00:00Z
M=2026-12-08-council
# plant-sql DB SQL: change the database as an older gavel could have stored it
PLANT_SQL=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/plant-sql
WAIT_SECONDS=${WAIT_SECONDS:-10}

fail() {
	echo "FAIL: $*" >&2
	return 1
}

tm() {
	tmux -L "$SOCK" "$@"
}

# launch [ENV=VALUE...] [-- GAVEL-ARGS...]: open a shell in tmux and run gavel
# in it (in the workspace); the shell says "gavel exited N" when it ends.
launch() {
	local envs=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		envs+=("$1")
		shift
	done
	[ "${1:-}" = -- ] && shift
	tm -f /dev/null new-session -d -x 100 -y 30 \
		"env -i HOME=$HOME PATH=$PATH LANG=C.UTF-8 TERM=xterm-256color PS1='shell\$ ' \
		 GAVEL_NOW=$GAVEL_NOW ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} \
		 ${envs[*]} bash --norc --noprofile"
	tm set-option -g window-size manual >/dev/null
	wait_line '^shell\$$'
	# The subshell writes its pid and becomes gavel, so the tests can signal it.
	keys "cd $(printf %q "$W") && (echo \$BASHPID >$SCRATCH/gavel.pid; exec $GAVEL $*); echo \"gavel exited \$?\"" Enter
}

# start [ENV=VALUE...] [-- GAVEL-ARGS...]: launch, and wait for the first screen.
start() {
	launch "$@"
	wait_for 'gavel - '
}

screen() {
	tm capture-pane -p
}

# keys KEY...: tmux send-keys (key names such as Enter, Escape, Up, or text).
keys() {
	tm send-keys "$@"
}

# text STRING: type STRING literally.
text() {
	tm send-keys -l "$1"
}

# poll WHAT CHECK...: every 50 ms, run CHECK with the screen on its stdin
# until it succeeds; after WAIT_SECONDS, show the screen and fail saying WHAT.
# SCREEN names another function to read the screen with.
poll() {
	local what=$1 deadline=$((SECONDS + WAIT_SECONDS)) s
	shift
	while :; do
		s=$(${SCREEN:-screen})
		"$@" <<<"$s" && return 0
		[ $SECONDS -lt $deadline ] || break
		sleep 0.05
	done
	echo "--- screen:" >&2
	echo "$s" >&2
	fail "timed out waiting for $what"
}

absent() {
	! grep -qF -- "$1"
}

# wait_for TEXT: until the screen shows TEXT (a fixed string).
wait_for() {
	poll "'$1'" grep -qF -- "$1"
}

# wait_gone TEXT: until the screen no longer shows TEXT.
wait_gone() {
	poll "'$1' to go" absent "$1"
}

# wait_line REGEX: until a line of the screen matches the extended REGEX.
wait_line() {
	poll "a line matching /$1/" grep -qE -- "$1"
}

# open_agenda: from the meetings list, open the meeting and wait for its tree
# (it is the later of the two meetings, so the last line).
open_agenda() {
	wait_for "Réunion ordinaire"
	keys G Enter
	wait_for "$M: Réunion ordinaire"
}

# select_item TITLE: select the row with TITLE (its place in the database's
# reading order is its row) and wait for the preview to show its number.
select_item() {
	local found i num
	found=$("$GAVEL" -C "$W" agenda show "$M" --json |
		jq -r --arg t "$1" '.items as $items | [$items[].title] | index($t) as $i |
			if $i == null then "" else "\($i) \($items[$i].number)" end')
	[ -n "$found" ] || fail "no item '$1'"
	read -r i num <<<"$found"
	local down=()
	for ((; i > 0; i--)); do down+=(j); done
	keys g "${down[@]}"
	wait_line "│ ${num//./\\.}( |\$)"
}

# number_of TITLE: the item's number in the database.
number_of() {
	"$GAVEL" -C "$W" agenda show "$M" --json |
		jq -r --arg t "$1" '.items[] | select(.title == $t) | .number'
}

# item_field TITLE FIELD: a field of the item in the database.
item_field() {
	"$GAVEL" -C "$W" agenda show "$M" --json |
		jq -r --arg t "$1" --arg f "$2" '.items[] | select(.title == $t) | .[$f]'
}

# gavel_pid: the gavel process started by launch.
gavel_pid() {
	cat "$SCRATCH/gavel.pid"
}

# wait_exit: until gavel is gone and the shell prompt is back.
wait_exit() {
	wait_line '^shell\$$'
}

alternate_on() {
	tm display-message -p '#{alternate_on}'
}

expect_eq() {
	[ "$1" = "$2" ] || fail "expected '$2', got '$1'${3:+ ($3)}"
}
