# Nothing hostile gets in or out: every text field refuses control and
# bidirectional characters (docs/safety.md, "Text fields"), and text stored
# before gavel refused them (planted here with sqlite3, as an older gavel
# could have stored it) never reaches a terminal raw: every command shows it
# made visible, and `gavel check` names each field that holds it.

# One of each class of characters no text field may hold: a printf format
# and the character as the refusal names it.
CLASSES=(
	'\033|U+001B ESC'
	'\a|U+0007 BEL'
	'\177|U+007F DEL'
	'\302\205|U+0085 NEL'
	'\342\200\256|U+202E RLO'
	'\342\201\247|U+2067 RLI'
)

# refused_naming FIELD CHARACTER ARGS...: gavel ARGS exits 1 with one
# 'gavel:' line naming the field and the character, and changes nothing.
refused_naming() {
	local field=$1 name=$2
	shift 2
	refused_unchanged "$@"
	expect_err_contains "the $field contains" "($name)"
}

# A meeting of Council with item 9.1 taken up and motion 1 on the floor.
meeting_on_the_floor() {
	new_meeting --location "Council Chambers"
	M=$MEETING
	ok agenda add $M "Water rates" --under 9
	ok live $M attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live $M start --at 19:01
	ok live $M take 9.1 --at 19:02
	ok live $M move "That Council approve the rates." --mover Côté --seconder Tremblay --at 19:03
}

t_agenda_fields_refuse_each_forbidden_character() {
	meeting_on_the_floor
	local class c name
	for class in "${CLASSES[@]}"; do
		c=$(printf "${class%%|*}") name=${class#*|}
		printf 'Report\nline two %s\n' "$c" >"$SCRATCH/body.md"
		printf '# Agenda\n\n## 1 Call to order\n\nWelcome %s\n' "$c" >"$SCRATCH/agenda.md"
		printf '%%PDF-1.4\n' >"$SCRATCH/rates${c}.pdf"
		refused_naming "item title" "$name" agenda add $M "Rates ${c}2027"
		refused_naming "item title" "$name" agenda edit $M 9.1 --title "Rates ${c}2027"
		refused_naming "recommendation" "$name" agenda edit $M 9.1 --recommendation "That ${c}Council"
		refused_naming "item body" "$name" agenda edit $M 9.1 --body-file "$SCRATCH/body.md"
		expect_err_contains "on line 2"
		refused_naming "item body" "$name" agenda add $M "Report" --body-file "$SCRATCH/body.md"
		refused_naming "agenda file" "$name" agenda import $M "$SCRATCH/agenda.md"
		expect_err_contains "on line 5"
		refused_naming "attachment name" "$name" agenda attach $M 9.1 "$SCRATCH/rates${c}.pdf"
	done
}

t_meeting_people_and_settings_refuse_each_forbidden_character() {
	new_meeting
	local M=$MEETING class c name
	for class in "${CLASSES[@]}"; do
		c=$(printf "${class%%|*}") name=${class#*|}
		refused_naming "meeting title" "$name" meeting new --title "Special ${c}" \
			--at "2026-12-09 19:00"
		refused_naming "location" "$name" meeting new --title "Special" \
			--at "2026-12-09 19:00" --location "Hall ${c}"
		refused_naming "meeting title" "$name" meeting edit $M --title "Regular ${c}"
		refused_naming "location" "$name" meeting edit $M --location "Hall ${c}"
		refused_naming "stream URL" "$name" meeting edit $M --stream-url "https://v.example/${c}"
		refused_naming "member name" "$name" member add "Jean ${c}Roy"
		refused_naming "ward" "$name" member add "Jean Roy" --ward "Ward ${c}"
		refused_naming "body name" "$name" body add "Board ${c}"
		refused_naming "setting municipality" "$name" config municipality "Town ${c}"
		refused_naming "setting clerk.name" "$name" config clerk.name "Jane ${c}Doe"
		refused_naming "setting publish.base-url" "$name" config publish.base-url \
			"https://town.example/${c}"
	done
}

t_minutes_and_live_words_refuse_each_forbidden_character() {
	meeting_on_the_floor
	local class c name
	for class in "${CLASSES[@]}"; do
		c=$(printf "${class%%|*}") name=${class#*|}
		printf 'Staff answered.\n\nThen %s left.\n' "$c" >"$SCRATCH/note.md"
		refused_naming "note" "$name" minutes $M note 9.1 "Staff ${c}answered."
		refused_naming "note" "$name" minutes $M note 9.1 --file "$SCRATCH/note.md"
		expect_err_contains "on line 3"
		refused_naming "message" "$name" minutes $M save --message "Draft ${c}"
		refused_naming "reason" "$name" live $M declare Haddad --item 9.1 --reason "owns ${c}land"
		refused_naming "motion text" "$name" live $M move "That ${c}Council" \
			--mover Côté --seconder Tremblay
		refused_naming "replacement text" "$name" live $M move "Amend" --mover Tremblay \
			--seconder Côté --amends 1 --replace-text "That ${c}Council"
	done
}

t_one_line_fields_keep_refusing_tabs_and_line_breaks() {
	new_meeting
	refused_naming "item title" "U+0009 HT" agenda add $MEETING "$(printf 'Rates\t2027')"
	expect_err_contains "use spaces"
	refused_naming "location" "U+000A LF" meeting edit $MEETING --location "$(printf 'Hall\nB')"
	expect_err_contains "write it on one line"
	refused_naming "item title" "U+000D CR" agenda add $MEETING "$(printf 'Rates\r2027')"
}

t_files_with_crlf_line_ends_are_taken_as_lf() {
	meeting_on_the_floor
	printf 'Report\r\n\r\nTabs\tstay.\r\n' >"$SCRATCH/body.md"
	ok agenda edit $M 9.1 --body-file "$SCRATCH/body.md"
	eq "$(sql "SELECT hex(body) FROM items WHERE title = 'Water rates'")" \
		"$(printf 'Report\n\nTabs\tstay.' | xxd -p -u | tr -d '\n')" "stored body"
	printf 'Staff answered.\r\nNguyễn agreed 🎉\r\n' >"$SCRATCH/note.md"
	ok minutes $M note 9.1 --file "$SCRATCH/note.md"
	eq "$(sql "SELECT body FROM minutes_notes")" "$(printf 'Staff answered.\nNguyễn agreed 🎉')" \
		"stored note"
	# a carriage return inside a line would send the cursor back over it
	printf 'Motion carried\rlost\r\n' >"$SCRATCH/cr.md"
	refused_naming "item body" "U+000D CR" agenda edit $M 9.1 --body-file "$SCRATCH/cr.md"
}

t_an_agenda_file_with_crlf_line_ends_imports() {
	new_meeting
	printf '# Agenda\r\n\r\n## 1 Call to order\r\n\r\nWelcome.\r\n\r\n## 2 Côté report\r\n' \
		>"$SCRATCH/agenda.md"
	ok agenda import $MEETING "$SCRATCH/agenda.md"
	ok agenda show $MEETING --json
	json '[.items[].title] == ["Call to order", "Côté report"] and .items[0].body == "Welcome."'
}

# The characters planted below, as gavel shows them (JSON shows them the
# same way, as escapes).
OSC='\u001b]0;PWNED\u0007' CLR='\u001b[2J' RED='\u001b[31m' RLO='\u202e' RLI='\u2067'
C1CSI='\u009b' NEL='\u0085' DEL='\u007f'

# old_workspace: a meeting recorded, saved and published by an older gavel
# that let control and bidirectional characters into titles, names, bodies,
# notes, the log and the settings ($M names it).
old_workspace() {
	new_meeting --location "Council Chambers"
	M=$MEETING
	ok agenda add $M "Water rates" --under 9 --recommendation "That Council approve."
	printf 'Report body\n' >"$SCRATCH/body.md"
	ok agenda edit $M 9.1 --body-file "$SCRATCH/body.md"
	printf '%%PDF-1.4\n' >"$SCRATCH/rates.pdf"
	ok agenda attach $M 9.1 "$SCRATCH/rates.pdf"
	ok minutes $M note 9.1 "Staff answered."
	ok body add "Planning Committee"
	ok config publish.base-url "https://council.example"
	ok live $M attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live $M start --at 19:00
	ok live $M stream --at 19:01
	ok live $M take 9.1 --at 19:05
	ok live $M declare Haddad --item 9.1 --reason "owns a rental" --at 19:06
	ok live $M move "That Council approve the rates." --mover Côté --seconder Tremblay --at 19:07
	ok live $M move "Amend" --mover Tremblay --seconder Côté --amends 1 \
		--replace-text "That Council approve the new rates." --at 19:08
	ok live $M vote 2 --carried --at 19:09
	ok live $M vote 1 --recorded --yes Côté,Tremblay --at 19:10
	ok minutes $M save
	local osc="char(27) || ']0;PWNED' || char(7)" clr="char(27) || '[2J'"
	local red="char(27) || '[31m'" rlo="char(0x202e)"
	"$PLANT_SQL" gavel.db "
		UPDATE items SET title = 'Water ' || $osc || ' rates ' || $rlo || 'x',
			body = 'Report ' || $clr || ' body',
			recommendation = 'That ' || $red || 'Council approve.'
			WHERE title = 'Water rates';
		UPDATE minutes_notes SET body = 'Staff ' || char(0x9b) || '2J answered ' || char(0x2067);
		UPDATE members SET name = 'Ahmed ' || $red || 'Haddad', ward = '2' || char(127)
			WHERE name = 'Ahmed Haddad';
		UPDATE member_periods SET name = 'Ahmed ' || $red || 'Haddad', ward = '2' || char(127)
			WHERE name = 'Ahmed Haddad';
		UPDATE meetings SET title = 'Regular ' || $osc || ' Meeting',
			location = 'Chambers ' || $rlo;
		UPDATE bodies SET name = 'Planning ' || char(0x85) || 'Committee'
			WHERE name = 'Planning Committee';
		UPDATE events SET text = 'That Council ' || $clr || ' approve'
			WHERE kind = 'move' AND motion = 1;
		UPDATE events SET replace_text = 'new ' || $rlo || ' rates' WHERE kind = 'move' AND motion = 2;
		UPDATE events SET text = 'owns ' || $osc || ' rental' WHERE kind = 'declare';
		INSERT INTO settings(key, value) VALUES ('municipality', 'Town ' || $osc),
			('clerk.name', 'Jane ' || $rlo || 'Doe')
			ON CONFLICT(key) DO UPDATE SET value = excluded.value;
		UPDATE attachments SET name = 'rates' || $red || '.pdf';
		DELETE FROM search WHERE kind = 'motion'"
	# the search index as the older gavel kept it: with the motions' words
	run check --repair
	expect_out_contains "rebuilt the search index"
	# versions of the minutes and the agenda in record/ that hold them
	ok minutes $M save
	ok agenda publish $M
	printf '#!/bin/sh\nexit 0\n' >"hooks/$(printf 'on-item\033[31m')"
	chmod 755 hooks/*
}

# on_terminal ARGS...: gavel ARGS on a pseudo-terminal (script(1)), without
# colours; what the terminal got, stdout and stderr, is in $T/tty. COLOUR=1
# keeps colours on.
on_terminal() {
	local cmd
	command -v script >/dev/null || fail "needs script(1) (util-linux)"
	printf -v cmd '%q ' "$GAVEL" "$@"
	LAST_CMD="gavel $* (on a terminal)"
	# stty -onlcr: the terminal's own CRLF would hide a planted CR
	if [ "${COLOUR:-}" = 1 ]; then
		env -u NO_COLOR script -qec "stty -onlcr; $cmd" /dev/null >"$T/tty" </dev/null || true
	else
		NO_COLOR=1 script -qec "stty -onlcr; $cmd" /dev/null >"$T/tty" </dev/null || true
	fi
}

# expect_tty_safe VISIBLE...: the terminal got valid UTF-8 with no ESC, no
# other C0 control but TAB, LF and the CR of a CRLF (CSV and iCalendar line
# ends), no DEL, no C1 control and no bidirectional override or isolate; and
# it shows each VISIBLE, the planted characters made visible (so that it
# cannot pass by leaving them out).
expect_tty_safe() {
	local s bad
	iconv -f UTF-8 -t UTF-8 "$T/tty" >/dev/null 2>&1 ||
		{ cat -v "$T/tty" >&2; fail "$LAST_CMD: not UTF-8"; }
	bad=$(LC_ALL=C grep -naP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!$)|\xc2[\x80-\x9f]|'\
'\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$T/tty" | cat -v | head -5)
	[ -z "$bad" ] || fail "$LAST_CMD: the terminal got raw control characters:"$'\n'"$bad"
	for s in "$@"; do
		grep -qF -- "$s" "$T/tty" || { cat -v "$T/tty" | head -40 >&2; fail "$LAST_CMD: no $s"; }
	done
}

t_stored_control_characters_reach_no_terminal_raw() {
	old_workspace
	local f
	on_terminal agenda show $M
	expect_tty_safe "$OSC" "$RLO"
	for f in --json "--format md" --public; do
		# shellcheck disable=SC2086
		on_terminal agenda show $M $f
		expect_tty_safe "$OSC" "$RLO"
	done
	on_terminal agenda show $M --json
	expect_tty_safe "$CLR" "$RED"
	on_terminal agenda show $M --format md
	expect_tty_safe "$CLR" "$RED" "$RED.pdf"
	on_terminal meeting list
	expect_tty_safe "$OSC"
	on_terminal meeting list --json
	expect_tty_safe "$OSC"
	on_terminal meeting show $M
	expect_tty_safe "$OSC" "$RLO"
	on_terminal meeting show $M --json
	expect_tty_safe "$OSC" "$RLO"
	on_terminal member list
	expect_tty_safe "$RED" "$DEL"
	on_terminal member list --json
	expect_tty_safe "$RED" "$DEL"
	on_terminal body list
	expect_tty_safe "$NEL"
	on_terminal body list --json
	expect_tty_safe "$NEL"
	for f in "" --public; do
		# shellcheck disable=SC2086
		on_terminal minutes $M $f
		expect_tty_safe "$OSC" "$RED" "$CLR" "$C1CSI" "$RLI"
	done
	# (the HTML writer drops some of them itself)
	on_terminal minutes $M --format html
	expect_tty_safe "$OSC" "$RLO" "$C1CSI" "$RLI"
	on_terminal history $M
	expect_tty_safe "$RLO"
	on_terminal history $M --json
	expect_tty_safe "$RLO"
	on_terminal diff $M
	expect_tty_safe "$OSC" "$RED" "$CLR"
	on_terminal search rates
	expect_tty_safe "$OSC"
	on_terminal search rates --json
	expect_tty_safe "$OSC"
	on_terminal search approve
	expect_tty_safe "$CLR"
	on_terminal live $M status
	expect_tty_safe "$OSC" "$RED"
	on_terminal live $M status --json
	expect_tty_safe "$OSC" "$RED"
	on_terminal live $M log
	expect_tty_safe "$OSC" "$RED" "$CLR" "$RLO"
	on_terminal live $M log --json
	expect_tty_safe "$OSC" "$RED" "$CLR" "$RLO"
	on_terminal config municipality
	expect_tty_safe "$OSC"
	on_terminal config
	expect_tty_safe "$OSC" "$RLO"
	on_terminal config --json
	expect_tty_safe "$OSC" "$RLO"
	on_terminal hooks list
	expect_tty_safe "on-item$RED"
	on_terminal hooks list --json
	expect_tty_safe "on-item$RED"
	on_terminal export popolo
	expect_tty_safe "$NEL" "$RED" "$DEL" "$RLO"
	on_terminal export ocd
	expect_tty_safe "$OSC" "$RLO"
	# (the calendar writer drops some of them itself)
	on_terminal export ics
	expect_tty_safe "$RLO"
	on_terminal export csv
	expect_tty_safe "$OSC" "$RLO" "$RED"
	for f in webvtt ffmetadata podcast; do
		on_terminal chapters $M --format $f
		expect_tty_safe "$RLO"
	done
	on_terminal check
	expect_tty_safe "FAIL stored text"
	# an error that quotes stored names, on stderr
	ok member add "Ahmed Smith"
	on_terminal live $M attend Ahmed --present
	expect_tty_safe "gavel: " "Ahmed $RED"
}

t_json_output_keeps_the_stored_data() {
	old_workspace
	ok agenda show $M --json
	eq "$(jget '.items[] | select(.number == "9.1") | .title')" \
		"$(printf 'Water \033]0;PWNED\a rates \342\200\256x')" "title read back from the JSON"
	expect_out_contains "$OSC" "$RLO"
}

t_diff_on_a_terminal_has_only_gavels_own_colour_codes() {
	old_workspace
	COLOUR=1 on_terminal diff $M
	grep -qF $'\033[32m+# Minutes: Regular \\u001b]0;PWNED\\u0007 Meeting\033[m' "$T/tty" ||
		{ cat -v "$T/tty" | head -30 >&2; fail "no green added line"; }
	# gavel's own codes taken out, nothing of the kind is left
	sed -E $'s/\033\\[(1|31|32|36)?m//g' "$T/tty" >"$T/tty.plain"
	mv "$T/tty.plain" "$T/tty"
	expect_tty_safe "$OSC" "$RED" "$CLR"
}

t_check_names_each_planted_field_and_fails() {
	old_workspace
	run check
	expect_status 1
	expect_err_contains "check found 17 problems"
	local fix="remove it with:" bump="UPDATE meetings SET changes = changes + 1 WHERE id = 1"
	expect_out_contains \
		"FAIL stored text: the setting clerk.name contains a bidirectional formatting character (U+202E RLO); $fix gavel config clerk.name VALUE" \
		"FAIL stored text: the setting municipality contains a control character (U+001B ESC); $fix gavel config municipality VALUE" \
		"FAIL stored text: the name of body 2 contains a control character (U+0085 NEL); $fix sqlite3 gavel.db \"UPDATE bodies SET name = 'TEXT' WHERE id = 2\"" \
		"FAIL stored text: the name of member 3 contains a control character (U+001B ESC); $fix sqlite3 gavel.db \"UPDATE members SET name = 'TEXT' WHERE id = 3\"" \
		"FAIL stored text: the ward of member 3 contains a control character (U+007F DEL); $fix sqlite3 gavel.db \"UPDATE members SET ward = 'TEXT' WHERE id = 3\"" \
		"FAIL stored text: the name in member period 3 contains a control character (U+001B ESC); $fix sqlite3 gavel.db \"UPDATE member_periods SET name = 'TEXT' WHERE rowid = 3\"" \
		"FAIL stored text: the ward in member period 3 contains a control character (U+007F DEL); $fix sqlite3 gavel.db \"UPDATE member_periods SET ward = 'TEXT' WHERE rowid = 3\"" \
		"FAIL stored text: the title of meeting $M contains a control character (U+001B ESC); $fix gavel meeting edit $M --title TEXT" \
		"FAIL stored text: the location of meeting $M contains a bidirectional formatting character (U+202E RLO); $fix gavel meeting edit $M --location TEXT" \
		"FAIL stored text: the title of item 9.1 of $M contains a control character (U+001B ESC); $fix gavel agenda edit $M 9.1 --title TEXT" \
		"FAIL stored text: the body of item 9.1 of $M contains a control character (U+001B ESC) on line 1; $fix gavel agenda edit $M 9.1 --body-file FILE" \
		"FAIL stored text: the recommendation of item 9.1 of $M contains a control character (U+001B ESC) on line 1; $fix gavel agenda edit $M 9.1 --recommendation TEXT" \
		"FAIL stored text: the name of attachment 1 of item 9.1 of $M contains a control character (U+001B ESC); $fix sqlite3 gavel.db \"UPDATE attachments SET name = 'TEXT' WHERE id = 1\"" \
		"FAIL stored text: the note on item 9.1 of $M contains a control character (U+009B CSI) on line 1; $fix gavel minutes $M note 9.1 --file FILE" \
		"FAIL stored text: the reason for the declaration in event 5 of $M contains a control character (U+001B ESC); $fix sqlite3 gavel.db \"UPDATE events SET text = 'TEXT' WHERE id = 5; $bump\"" \
		"FAIL stored text: the wording of motion 1 of $M contains a control character (U+001B ESC); $fix sqlite3 gavel.db \"UPDATE events SET text = 'TEXT' WHERE id = 6; $bump\"" \
		"FAIL stored text: the replacement text of motion 2 of $M contains a bidirectional formatting character (U+202E RLO); $fix sqlite3 gavel.db \"UPDATE events SET replace_text = 'TEXT' WHERE id = 7; $bump\""
	eq "$(grep -c '^FAIL stored text: ' "$T/out")" 17 "stored text FAIL lines"
	sed -n "s/.*$fix \(sqlite3 gavel.db .*\)\$/\1/p" "$T/out" >"$SCRATCH/fixes.sh"
	eq "$(wc -l <"$SCRATCH/fixes.sh")" 9 "fixes with sqlite3"
	# the fixes it names clear them
	ok meeting edit $M --title "Regular Meeting" --location "Council Chambers"
	ok agenda edit $M 9.1 --title "Water rates" --recommendation "That Council approve." \
		--body-file "$SCRATCH/body.md"
	ok minutes $M note 9.1 "Staff answered."
	ok config municipality "Town of Testville"
	ok config clerk.name "Jane Doe"
	# (an attachment's name keeps its extension: its type is judged by both)
	sed -i "/UPDATE attachments/s/'TEXT'/'rates.pdf'/" "$SCRATCH/fixes.sh"
	bash -e "$SCRATCH/fixes.sh"
	# the search index follows the log's new words once repaired
	run check
	expect_out_contains "FAIL search index"
	ok check --repair
	ok check
	expect_out_contains "ok   stored text has no control or bidirectional characters"
}
