# Refusals a clerk relies on: a declaration of interest after taking part
# in the item (docs/procedure.md, "Declared interests"), a recorded vote
# that names nobody ("Recorded votes"), a site path that climbs back into a
# directory that is not a gavel site (docs/safety.md), and the handle that
# member add and body add print last (docs/people.md).
# The workspace (mkws) has Marie Côté (mayor), Geneviève Tremblay (deputy
# mayor), Ahmed Haddad and Élise Bouchard (councillors) and Jane Doe (clerk).

M=2026-12-01-council

# in_session: the meeting called to order with everyone present, items 9.1
# and 9.2 on its agenda, and the consent section 8 (8.1, 8.2).
in_session() {
	export GAVEL_NOW=2026-12-01T23:30:00Z
	new_meeting
	ok agenda add $M "Arena sale" --under 9
	ok agenda add $M "Road paving" --under 9
	ok agenda add $M "Committee minutes" --under 8 --consent
	ok agenda add $M "Road salt tender" --under 8 --consent
	ok live $M attend "Côté,Tremblay,Haddad,Bouchard" --present --at 19:00
	ok live $M start --at 19:01
}

# refused_nothing_changed ARGS...: exit 1, one 'gavel: ' line, and the
# database (the live log with it) and the workspace's files as they were.
refused_nothing_changed() {
	files_snapshot
	refused_unchanged "$@"
	expect_files_unchanged
}

t_declaration_after_seconding_is_refused_until_undone() {
	in_session
	ok live $M take 9.1 --at 19:02
	ok live $M move "That the arena be sold." --mover Haddad --seconder Bouchard --at 19:03
	refused_nothing_changed live $M declare Bouchard --item 9.1 --reason "owns the buyer" \
		--at 19:04
	expect_err_contains "Élise Bouchard already took part in item 9.1 (seconded motion 1)" \
		"MCIA s.5(1)"
	refused_nothing_changed live $M declare Haddad --item 9.1 --at 19:04
	expect_err_contains "Ahmed Haddad already took part in item 9.1 (moved motion 1)"
	# the participation recorded by mistake is undone: the declaration stands
	ok live $M undo
	ok live $M declare Bouchard --item 9.1 --reason "owns the buyer" --at 19:05
	ok minutes $M
	expect_out_contains "owns the buyer"
}

t_declaration_after_a_recorded_vote_is_refused() {
	in_session
	ok live $M take 9.1 --at 19:02
	ok live $M move "That the arena be sold." --mover Haddad --seconder Tremblay --at 19:03
	ok live $M vote 1 --recorded --yes Haddad,Tremblay,Côté --at 19:04
	refused_nothing_changed live $M declare Côté --item 9.1 --reason "owns the buyer" --at 19:05
	expect_err_contains "Marie Côté already took part in item 9.1 (voted on motion 1)"
	# named by nobody, a member present is deemed to vote no (ontario)
	refused_nothing_changed live $M declare Bouchard --item 9.1 --at 19:05
	expect_err_contains "Élise Bouchard already took part in item 9.1 (was deemed to vote no on motion 1)"
	ok minutes $M
	expect_out_lacks "took no part"
	# without the vote, Côté neither moved nor seconded: the declaration stands
	ok live $M undo
	ok live $M declare Côté --item 9.1 --reason "owns the buyer" --at 19:06
}

t_declaration_at_the_start_of_the_item_or_on_another_item_is_allowed() {
	in_session
	ok live $M take 9.1 --at 19:02
	ok live $M declare Bouchard --item 9.1 --reason "owns the buyer" --at 19:02
	ok live $M move "That the arena be sold." --mover Haddad --seconder Tremblay --at 19:03
	refused_nothing_changed live $M vote 1 --recorded --yes Haddad,Tremblay,Bouchard --at 19:04
	expect_err_contains "Élise Bouchard declared an interest on item 9.1"
	ok live $M vote 1 --recorded --yes Haddad,Tremblay --no Côté --at 19:04
	# Haddad moved on 9.1, not on 9.2
	ok live $M declare Haddad --item 9.2 --reason "lives on the road" --at 19:05
	ok minutes $M
	expect_out_contains "owns the buyer" "lives on the road"
}

t_declaration_on_a_consent_item_the_resolution_adopts_is_refused() {
	in_session
	ok live $M take 8 --at 19:02
	ok live $M move "That the consent agenda be adopted." --mover Haddad --seconder Tremblay \
		--at 19:03
	refused_nothing_changed live $M declare Haddad --item 8.1 --at 19:04
	expect_err_contains "Ahmed Haddad already took part in item 8.1 (moved motion 1)"
	# held, 8.2 is no longer adopted by that resolution
	ok live $M hold 8.2 --at 19:04
	ok live $M declare Haddad --item 8.2 --reason "bids on the salt" --at 19:05
}

t_recorded_vote_naming_nobody_for_or_against_is_a_usage_error() {
	in_session
	ok live $M take 9.1 --at 19:02
	ok live $M move "That the arena be sold." --mover Haddad --seconder Tremblay --at 19:03
	local args
	for args in "" "--abstain Côté" "--yes ," "--yes '' --no ''"; do
		db_snapshot
		eval "run live $M vote 1 --recorded $args --at 19:04"
		expect_usage_error "live vote"
		expect_err_line
		expect_err_contains "a --recorded vote needs --yes or --no NAMES"
		expect_no_output
		expect_db_unchanged
	done
	ok live $M status --json
	json '.motions[0].result == null'
	ok live $M vote 1 --recorded --no Côté --abstain Bouchard --at 19:04
	ok live $M status --json
	json '.motions[0] | .recorded and .counts.no == 4 and .counts.abstain == 0'
}

# sites_dir: $SCRATCH/www holds a town's own page, as a web server's root.
sites_dir() {
	mkdir -p "$SCRATCH/www"
	printf '<p>The town page</p>\n' >"$SCRATCH/www/index.html"
	tree_listing "$SCRATCH" >"$T/scratch.before"
}

expect_scratch_unchanged() {
	tree_listing "$SCRATCH" >"$T/scratch.after"
	diff "$T/scratch.before" "$T/scratch.after" >&2 || fail "files outside the site changed"
}

t_publish_into_a_foreign_directory_through_dotdot_is_refused() {
	new_meeting
	ok agenda publish $MEETING
	sites_dir
	local out
	for out in "$SCRATCH/www/x/.." "$SCRATCH/www/x/y/../.." "$SCRATCH/www/./x/../" \
		"$SCRATCH/other/../www"; do
		refused publish --out "$out"
		expect_err_contains "'$out' is not empty and is not a gavel site"
		expect_scratch_unchanged
	done
	# the guard resolves the path as the kernel will: relative too
	refused publish --out "../$(basename "$SCRATCH")/www/new/.."
	expect_scratch_unchanged
	# and so does the check of the workspace's own directories
	refused publish --out "x/../record"
	expect_err_contains "the site cannot go inside the workspace's record/"
	[ ! -e x ] || fail "publish made x"
	# a new directory reached through '..' is published into
	ok publish --out "$SCRATCH/www/x/../site"
	[ -f "$SCRATCH/www/site/index.html" ] && [ -f "$SCRATCH/www/site.gavel-site" ] ||
		fail "the site is not in www/site"
	[ ! -e "$SCRATCH/www/x" ] || fail "publish made www/x"
	eq "$(cat "$SCRATCH/www/index.html")" "<p>The town page</p>" "the town page"
}

t_member_add_prints_the_id_alone_last() {
	ok member add "Paul Roy" --ward 4
	expect_out_contains "Added councillor Paul Roy"
	local id
	id=$(last_line)
	eq "$id" "$(sql "SELECT id FROM members WHERE name = 'Paul Roy'")" "the last line"
	ok member edit "$id" --ward 5
	ok member list --json
	json '.[] | select(.name == "Paul Roy") | .ward == "5"'
}

t_body_add_prints_the_slug_alone_last() {
	ok body add "  Heritage Committee" --seats 3
	expect_out_contains "Added body Heritage Committee"
	expect_last_line heritage-committee
	ok member add "Paul Roy" --body "$(last_line)"
	ok member list --json
	json '.[] | select(.name == "Paul Roy") | .bodies | index("Heritage Committee")'
}
