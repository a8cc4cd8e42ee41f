# Hostile input: every row is an input a careless or malicious user could
# give; each gets a clear one-line refusal (exit 1 or 2) and changes nothing,
# or is handled safely and checked to be.

# hostile_row EXIT TEXT ARGS...: gavel ARGS exits EXIT with TEXT in its one
# 'gavel: ' line, and neither the database nor any workspace file changed.
hostile_row() {
	local want=$1 text=$2
	shift 2
	db_snapshot
	files_snapshot
	run "$@"
	expect_status "$want"
	expect_err_line
	expect_err_contains "$text"
	expect_db_unchanged
	expect_files_unchanged
}

long() { # long N: N letters
	head -c "$1" /dev/zero | tr '\0' a
}

t_hostile_arguments_are_refused_with_one_line_and_nothing_changed() {
	new_meeting
	local M=$MEETING esc csi osc bad
	esc=$(printf 'Water\033[2J rates') csi=$(printf 'Evil\0337 name')
	osc=$(printf 'Title \033]0;pwned\007') bad=$(printf 'Caf\xe9 \xff\xfe')
	hostile_row 1 "too long" agenda add $M "$(long 100000)"
	hostile_row 1 "too long" member add "$(long 5000)"
	hostile_row 1 "too long" meeting new --title "$(long 20000)" --at "2026-12-09 19:00"
	hostile_row 1 "not valid UTF-8" agenda add $M "$bad"
	hostile_row 1 "not valid UTF-8" member add "$bad"
	hostile_row 1 "control character (U+001B ESC)" agenda add $M "$esc"
	hostile_row 1 "control character (U+001B ESC)" agenda add $M "$osc"
	hostile_row 1 "control character (U+001B ESC)" member add "$csi"
	hostile_row 1 "line break (U+000A LF)" meeting new --title "$(printf 'a\nb')" --at "2026-12-09 19:00"
	hostile_row 1 "tab (U+0009 HT)" body add "$(printf 'Tab\there')"
	hostile_row 2 "needs a value" agenda add $M --under
	hostile_row 2 "unknown option" agenda add $M "Title" --evil
	hostile_row 1 "" meeting show "../../etc/passwd"
	hostile_row 1 "" agenda show "$(printf 'x\033[31m')"
	hostile_row 1 "" live $M take "$(long 300)"
	hostile_row 1 "" search '"'
	hostile_row 1 "" config clerk.email "$(printf 'a@b\n.example')"
	hostile_row 1 "" publish --out record
	hostile_row 1 "" publish --out record/site
	hostile_row 1 "" publish --out gavel.db
}

t_a_title_that_looks_like_a_flag_is_taken_after_a_double_dash() {
	new_meeting
	ok agenda add $MEETING -- "--under"
	numbers $MEETING | grep -qx "[0-9.]* --under" || fail "the title '--under' was not kept as text"
}

t_hostile_files_are_refused_and_change_nothing() {
	new_meeting
	ok agenda add $MEETING "Report"
	printf 'text\0with a NUL' >"$SCRATCH/nul.md"
	hostile_row 1 "NUL" agenda edit $MEETING 1 --body-file "$SCRATCH/nul.md"
	printf 'bad \xff\xfe bytes' >"$SCRATCH/bad.md"
	hostile_row 1 "UTF-8" agenda edit $MEETING 1 --body-file "$SCRATCH/bad.md"
	long 300000 >"$SCRATCH/huge.md"
	hostile_row 1 "" agenda edit $MEETING 1 --body-file "$SCRATCH/huge.md"
	truncate -s 60M "$SCRATCH/huge.pdf"
	hostile_row 1 "" agenda attach $MEETING 1 "$SCRATCH/huge.pdf"
	mkdir "$SCRATCH/dir.pdf"
	hostile_row 1 "" agenda attach $MEETING 1 "$SCRATCH/dir.pdf"
	hostile_row 1 "" agenda attach $MEETING 1 "$SCRATCH/missing.pdf"
	printf '# Agenda\n\n1. \033[2J Item\n' >"$SCRATCH/agenda.md"
	hostile_row 1 "" agenda import $MEETING "$SCRATCH/agenda.md"
}

t_an_attachment_keeps_only_its_file_name() {
	new_meeting
	ok agenda add $MEETING "Report"
	mkdir -p "$SCRATCH/a/b"
	printf 'x,y\n' >"$SCRATCH/a/b/data.csv"
	ok agenda attach $MEETING 1 "$SCRATCH/a/b/../b/data.csv"
	ok agenda show $MEETING --json
	json '.items[0].attachments[0].name == "data.csv"'
	ok agenda publish $MEETING
	[ -z "$(git -C record ls-files | grep -F '..')" ] || fail "a path with .. in record/"
}

t_publish_never_writes_through_a_link_planted_inside_the_site() {
	scripted_meeting
	ok agenda publish $M
	ok publish
	mkdir "$SCRATCH/elsewhere"
	rm -rf site/meetings
	ln -s "$SCRATCH/elsewhere" site/meetings
	run publish
	expect_status 1
	expect_err_line
	expect_err_contains "site/meetings' is a symbolic link"
	[ -z "$(ls -A "$SCRATCH/elsewhere")" ] || fail "gavel wrote through the link"
}

t_publish_to_a_dangling_link_is_refused() {
	ln -s "$SCRATCH/nowhere" out
	refused publish --out out
	expect_err_contains "'out' is not a directory"
	[ ! -e "$SCRATCH/nowhere" ] || fail "the link's target was created"
}

t_publish_to_a_linked_directory_the_clerk_chose_is_followed() {
	scripted_meeting
	ok agenda publish $M
	mkdir "$SCRATCH/www"
	ln -s "$SCRATCH/www" out
	ok publish --out out
	[ -f "$SCRATCH/www/index.html" ] || fail "no index.html in the linked directory"
}

# Markdown bombs within the size cap: before they were defused, "> " 60,000
# times with a list after it crashed discount (stack overflow) and "[" 200,000
# times took minutes to publish. Each must now publish in seconds, and the
# text stays text.
t_markdown_bombs_publish_in_seconds() {
	scripted_meeting
	ok agenda publish $M
	local bomb
	for bomb in '"> " * 60000 + "x\n" + "- " * 20000 + "y\n" + "`" * 50000' \
		'"[" * 200000' '"<" * 100000' '"[a](" * 30000' '"`" * 100000' '"- " * 40000 + "y"'; do
		python3 -c "print($bomb)" >"$SCRATCH/bomb.md"
		ok agenda edit $M 9.1 --body-file "$SCRATCH/bomb.md"
		ok agenda publish $M
		timeout "$(slow 20)" "$GAVEL" publish >"$T/out" 2>"$T/err" ||
			{ cat "$T/err" >&2; fail "publishing $bomb: exit $?"; }
	done
	# the last bomb: sixteen nested lists, then its markers are text
	eq "$(grep -o '<li><ul>' site/meetings/$M/agenda.html | wc -l)" 15 "lists nested in lists"
	grep -qF -- '- - - - y' site/meetings/$M/agenda.html || fail "the markers beyond are not text"
}
