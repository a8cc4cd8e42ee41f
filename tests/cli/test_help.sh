# Help, version, usage errors and the manual page.

# The commands that `gavel help` lists, one a line ("body add", "version", ...).
help_commands() {
	"$GAVEL" help | sed -n 's/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)\?\)  .*/\1/p'
}

# How a usage line spells command $1: "gavel body add", or "gavel live M start"
# and "gavel minutes M save" for the verbs that follow their meeting.
spelled() {
	case $1 in
	"live "*) echo "gavel live M ${1#live }" ;;
	"minutes "*) echo "gavel minutes M ${1#minutes }" ;;
	*) echo "gavel $1" ;;
	esac
}

t_help_lists_every_command_with_a_summary() {
	ok help
	expect_out_contains "usage: gavel" "gavel help COMMAND"
	for c in init demo config help version "body add" "body list" "member add" \
		"member list" "meeting new" "meeting edit" "meeting list" "meeting show" \
		"agenda show" "agenda add" "agenda edit" "agenda move" "agenda rm" \
		"agenda attach" "agenda import" "agenda publish"; do
		help_commands | grep -qxF "$c" || fail "gavel help does not list '$c'"
	done
}

t_dash_dash_help_is_gavel_help() {
	ok help
	local help=$OUT
	ok --help
	eq "$OUT" "$help" "gavel --help"
}

t_help_works_without_a_workspace() {
	cd "$SCRATCH"
	ok help
	ok version
	ok help meeting new
}

t_help_of_one_command_shows_its_usage() {
	ok help meeting new
	expect_out_contains "usage: gavel meeting new" "--title" "--at" "--body" "--template"
	ok help agenda add
	expect_out_contains "usage: gavel agenda add M TITLE" "--under" "--after" "--closed"
}

t_help_of_every_listed_command_succeeds() {
	local c
	help_commands >"$T/commands"
	[ -s "$T/commands" ] || fail "no commands parsed from gavel help"
	while read -r c; do
		# shellcheck disable=SC2086
		ok help $c
		expect_out_contains "usage: $(spelled "$c")"
	done <"$T/commands"
}

t_help_of_a_group_lists_its_subcommands() {
	ok help agenda
	expect_out_contains "agenda add" "agenda publish"
}

t_version_prints_the_version() {
	ok version
	[[ $OUT =~ ^gavel\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "version output: '$OUT'"
}

t_help_of_an_unknown_command_is_a_usage_error() {
	run help nosuch
	expect_usage_error
	expect_no_output
}

t_unknown_command_is_a_usage_error_naming_gavel_help() {
	run frobnicate
	expect_usage_error
	expect_err_contains "frobnicate"
	expect_no_output
}

t_unknown_subcommand_is_a_usage_error() {
	run meeting frobnicate
	expect_status 2
	expect_err_contains "gavel help"
}

t_unknown_flag_is_a_usage_error_naming_the_command() {
	db_snapshot
	run body list --frobnicate
	expect_usage_error "body list"
	expect_err_contains "--frobnicate"
	expect_db_unchanged
}

t_unknown_flag_on_a_writing_command_changes_nothing() {
	db_snapshot
	run member add "Zed Zulu" --frobnicate
	expect_usage_error "member add"
	expect_db_unchanged
}

t_missing_argument_is_a_usage_error() {
	db_snapshot
	run member add
	expect_usage_error "member add"
	run body add
	expect_usage_error "body add"
	run meeting show
	expect_usage_error "meeting show"
	run agenda add "$MEETING"
	expect_usage_error "agenda add"
	expect_db_unchanged
}

t_flag_missing_its_value_is_a_usage_error() {
	db_snapshot
	run body add "Works Committee" --seats
	expect_usage_error "body add"
	expect_db_unchanged
}

t_too_many_arguments_is_a_usage_error() {
	db_snapshot
	run body add "Works Committee" extra
	expect_usage_error "body add"
	expect_db_unchanged
}

t_usage_errors_come_before_the_workspace_check() {
	cd "$SCRATCH"
	run frobnicate
	expect_status 2
}

t_help_man_is_a_manual_page_naming_every_command() {
	ok help --man
	expect_out_contains ".TH GAVEL 1" ".SH NAME" ".SH SYNOPSIS" ".SH COMMANDS"
	sed 's/\\-/-/g' "$T/out" >"$T/man"
	local c
	help_commands >"$T/commands"
	while read -r c; do
		grep -qF "$(spelled "$c")" "$T/man" || fail "gavel help --man does not name '$(spelled "$c")'"
	done <"$T/commands"
}

t_docs_gavel_1_is_built_and_up_to_date() {
	local man
	man=$GAVEL_ROOT/docs/gavel.1
	[ -f "$man" ] || fail "$man does not exist (make builds it)"
	run help --man
	cmp -s "$T/out" "$man" || fail "$man differs from 'gavel help --man' (stale)"
	sed 's/\\-/-/g' "$man" >"$T/man"
	local c
	help_commands >"$T/commands"
	while read -r c; do
		grep -qF "$(spelled "$c")" "$T/man" || fail "docs/gavel.1 does not name '$(spelled "$c")'"
	done <"$T/commands"
}
