# One count of a recorded vote everywhere (docs/procedure.md, "Abstentions"):
# the vote's confirmation, status text and JSON, the minutes, Popolo, OCD,
# CSV and the site's member pages say the same numbers, under `ontario`
# (an abstention is a no, s.246(2)) and under `roberts` (abstentions are
# their own count). Council: Côté, Tremblay, Haddad, Bouchard; the vote is
# yes Côté, Tremblay, Haddad and Bouchard abstains.

M=2026-12-01-council

# counted_vote PROFILE: the meeting, public, with that vote on motion 1,
# whose confirmation is left in $T/out; published and adjourned after.
counted_vote() {
	ok config procedure "$1"
	ok config publish.base-url "https://council.example"
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	new_meeting
	ok agenda add $M "Water Rates" --under 9
	ok agenda publish $M
	ok live $M attend "Côté,Tremblay,Haddad,Bouchard" --present
	ok live $M start
	ok live $M take 9.1
	ok live $M move "That Council approve the rates." --mover Côté --seconder Tremblay
	ok live $M vote 1 --recorded --yes Côté,Tremblay,Haddad --abstain Bouchard
	cp "$T/out" "$T/vote"
}

# event_counts: the counts of the first vote event exported, as {"yes":N,...}
event_counts() {
	jq -c '[.vote_events[0].counts[] | {(.option): .value}] | add' "$T/out"
}

t_ontario_counts_an_abstention_as_a_no_in_every_output() {
	counted_vote ontario
	grep -qxF "Counted: 3 yes, 1 no (1 abstention counted as no: deemed in the negative, s.246(2))" "$T/vote" ||
		fail "vote confirmation: $(cat "$T/vote")"
	ok live $M status
	expect_out_contains "majority; carried (3-1), resolution"
	expect_out_lacks "abstentions"
	ok live $M status --json
	json '.motions[0].counts == {"yes": 3, "no": 1, "abstain": 0}'
	# the individual votes add up to the counts
	json '[.motions[0].votes[] | .vote] | (map(select(. == "yes")) | length) == 3 and (map(select(. == "no")) | length) == 1'
	json '.motions[0].votes[] | select(.member == "Élise Bouchard") |
		.vote == "no" and .deemed and .note == "abstained: deemed in the negative, s.246(2)"'
	ok live $M adjourn --at 20:00
	ok minutes $M
	expect_out_contains "(Yeas 3, Nays 1)." "No (abstained: deemed in the negative, s.246(2))"
	ok export popolo $M
	eq "$(event_counts)" '{"yes":3,"no":1,"abstain":0}' "Popolo counts"
	json '[.vote_events[0].votes[] | .option] | sort == ["no", "yes", "yes", "yes"]'
	ok export ocd $M
	eq "$(event_counts)" '{"yes":3,"no":1,"abstain":0}' "OCD counts"
	json '.vote_events[0].votes[] | select(.voter_name == "Élise Bouchard") |
		.option == "no" and .note == "abstained: deemed in the negative, s.246(2)"'
	ok export csv $M
	grep -qF 'Élise Bouchard,"no (abstained: deemed in the negative, s.246(2))",carried' "$T/out" ||
		fail "CSV row of the abstainer"
	[ "$(grep -c ',yes,carried' "$T/out")" = 3 ] || fail "CSV yes rows"
	ok publish
	grep -qF '<td>no (abstained: deemed in the negative, s.246(2))</td><td>Carried (' \
		site/members/*-elise-bouchard.html || fail "site: the abstainer's vote"
}

t_roberts_counts_an_abstention_on_its_own_in_every_output() {
	counted_vote roberts
	grep -qxF "Counted: 3 yes, 0 no, 1 abstaining" "$T/vote" || fail "vote confirmation: $(cat "$T/vote")"
	ok live $M status
	expect_out_contains "majority; carried (3-0, abstentions), resolution"
	ok live $M status --json
	json '.motions[0].counts == {"yes": 3, "no": 0, "abstain": 1}'
	json '.motions[0].votes[] | select(.member == "Élise Bouchard") | .vote == "abstain" and (.deemed | not) and (has("note") | not)'
	ok live $M adjourn --at 20:00
	ok minutes $M
	expect_out_contains "(Yeas 3, Nays 0, abstained 1)." "Abstained (not counted)"
	ok export popolo $M
	eq "$(event_counts)" '{"yes":3,"no":0,"abstain":1}' "Popolo counts"
	json '[.vote_events[0].votes[] | .option] | sort == ["abstain", "yes", "yes", "yes"]'
	ok export ocd $M
	eq "$(event_counts)" '{"yes":3,"no":0,"abstain":1}' "OCD counts"
	json '.vote_events[0].votes[] | select(.voter_name == "Élise Bouchard") | .option == "abstain" and (has("note") | not)'
	ok export csv $M
	grep -qF 'Élise Bouchard,abstain,carried' "$T/out" || fail "CSV row of the abstainer"
	ok publish
	grep -qF '<td>abstain</td><td>Carried (' site/members/*-elise-bouchard.html ||
		fail "site: the abstainer's vote"
}

# A member present who did not vote is deemed to vote no under ontario
# (s.246(2)): the minutes say so, and so do the CSV, the OCD votes and the
# member page, never a plain "no" the member did not say; Popolo's option is
# "no", as its counts.
t_ontario_says_a_silent_member_was_deemed_no_in_every_output() {
	ok config procedure ontario
	ok config publish.base-url "https://council.example"
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	new_meeting
	ok agenda add $M "Water Rates" --under 9
	ok agenda publish $M
	ok live $M attend "Côté,Tremblay,Haddad,Bouchard" --present
	ok live $M start
	ok live $M take 9.1
	ok live $M move "That Council approve the rates." --mover Côté --seconder Tremblay
	ok live $M vote 1 --recorded --yes Côté,Tremblay,Haddad
	expect_out_contains "deemed no: Élise Bouchard"
	ok live $M adjourn --at 20:00
	local words="present, did not vote: deemed in the negative, s.246(2)"
	ok minutes $M --public
	expect_out_contains "(Yeas 3, Nays 1)." "| Councillor Bouchard | No ($words) |"
	ok export popolo $M
	eq "$(event_counts)" '{"yes":3,"no":1,"abstain":0}' "Popolo counts"
	json '[.vote_events[0].votes[] | .option] | sort == ["no", "yes", "yes", "yes"]'
	ok export ocd $M
	json --arg n "$words" '.vote_events[0].votes[] | select(.voter_name == "Élise Bouchard") |
		.option == "no" and .note == $n'
	json '[.vote_events[0].votes[] | select(.voter_name != "Élise Bouchard") | has("note")] | any | not'
	ok export csv $M
	grep -qF "Élise Bouchard,\"no ($words)\",carried" "$T/out" || fail "CSV row of the silent member"
	ok publish
	grep -qF "<td>no ($words)</td><td>Carried (" site/members/*-elise-bouchard.html ||
		fail "site: the silent member's vote"
}

# A typed recorded vote's line names every side: the silent member present
# is deemed no, in the confirmation and in the log.
t_recorded_vote_line_names_the_members_deemed_no() {
	ok config procedure ontario
	export GAVEL_NOW=2026-12-01T19:00:00-05:00
	new_meeting
	ok agenda add $M "Water Rates" --under 9
	ok live $M attend "Côté,Tremblay,Haddad,Bouchard" --present
	ok live $M start
	ok live $M take 9.1
	ok live $M move "That Council approve the rates." --mover Côté --seconder Tremblay
	ok live $M vote 1 --recorded --yes Côté --no Tremblay --abstain Haddad
	local line="Motion 1 lost on a recorded vote; yes: Marie Côté; no: Geneviève Tremblay; abstain: Ahmed Haddad; deemed no: Élise Bouchard"
	expect_out_contains "$line" "Counted: 1 yes, 3 no (1 abstention counted as no"
	ok live $M log
	expect_out_contains "$line"
	ok live $M log --json
	json --arg l "$line" '.[-1].text == $l'
	# under roberts nobody is deemed no
	ok live $M undo
	ok config procedure roberts
	ok live $M vote 1 --recorded --yes Côté --no Tremblay --abstain Haddad
	expect_out_contains "Motion 1 lost on a recorded vote; yes: Marie Côté; no: Geneviève Tremblay; abstain: Ahmed Haddad"
	expect_out_lacks "deemed"
}
