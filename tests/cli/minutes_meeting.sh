# The scripted meeting behind the minutes tests (sourced by test_minutes*.sh):
# attendance changes, a declaration, a consent agenda with a held item, a main
# motion with an amendment and a secondary amendment, a recorded vote, a lost
# tie, a withdrawn motion, a recess, a closed session and an adjournment.
# Everything said only in closed session carries the word CANARY.

MINUTES_MEETING=2026-12-08-council
MINUTES_APPROVER=2027-01-12-council

# at HH:MM: the --at of a live verb on the meeting's day.
at() {
	echo "2026-12-08 $1"
}

live() {
	ok live "$MINUTES_MEETING" "$@"
}

minutes_agenda() {
	local m=$MINUTES_MEETING
	ok member add "Robert Lee" --role councillor --ward 4
	ok meeting new --title "Regular Meeting" --at "2026-12-08 19:00" --location "Council Chambers"
	ok agenda add $m "Minutes of the Finance Committee" --under 8 --consent
	ok agenda add $m "Lease of 12 Elm Street" --under 8 --consent
	ok agenda add $m "Road Salt Tender" --under 8 --consent
	ok agenda add $m "2027 Operating Budget" --under 9
	ok agenda add $m "Seniors' Transit Fares" --under 9
	ok agenda add $m "Dog Park Proposal" --under 9
	ok agenda add $m "Bargaining with CUPE Local 123" --under 13 --closed "239(2)(d)"
}

minutes_meeting() {
	minutes_agenda
	live attend "Côté,Tremblay,Haddad" --present --at "$(at 19:02)"
	live attend "Bouchard" --absent --at "$(at 19:02)"
	live attend "Lee" --regrets --at "$(at 19:02)"
	live attend "Jane Doe" --present --at "$(at 19:02)"
	live start --at "$(at 19:02)"
	live take 2 --at "$(at 19:03)"
	live take 3 --at "$(at 19:05)"
	live declare Haddad --item 8.2 --reason "owns the neighbouring property" --at "$(at 19:06)"
	live take 8 --at "$(at 19:10)"
	live hold 8.2 --at "$(at 19:11)"
	live move "That the consent agenda be adopted." --mover Tremblay --seconder Côté \
		--at "$(at 19:12)"
	live vote 1 --carried --for 3 --against 0 --at "$(at 19:13)"
	live take 8.2 --at "$(at 19:14)"
	live move "That the lease of 12 Elm Street be renewed for five years." --mover Tremblay \
		--seconder Côté --at "$(at 19:15)"
	live vote 2 --carried --at "$(at 19:16)"
	live arrive Bouchard --at "$(at 19:20)"
	live take 9.1 --at "$(at 19:25)"
	live move "That Council approve the 2027 operating budget." --mover Haddad \
		--seconder Bouchard --at "$(at 19:26)"
	live move "That \$50,000 be added for transit." --amends 3 --mover Tremblay \
		--seconder Bouchard --at "$(at 19:30)" \
		--replace-text "That Council approve the 2027 operating budget with \$50,000 added for transit."
	live move "That the amount be \$75,000." --amends 4 --mover Bouchard --seconder Haddad \
		--at "$(at 19:35)" \
		--replace-text "That \$75,000 be added for transit."
	live vote 5 --recorded --yes Bouchard,Haddad --no Côté,Tremblay --at "$(at 19:40)"
	live vote 4 --carried --for 3 --against 1 --at "$(at 19:45)"
	live vote 3 --recorded --yes Côté,Tremblay,Haddad --no Bouchard --at "$(at 19:50)"
	live recess --at "$(at 20:00)"
	live resume --at "$(at 20:10)"
	live take 9.2 --at "$(at 20:11)"
	live move "That seniors ride transit free of charge." --mover Bouchard --seconder Haddad \
		--at "$(at 20:12)"
	live vote 6 --lost --for 2 --against 2 --at "$(at 20:15)"
	live take 9.3 --at "$(at 20:16)"
	live move "That staff report on a dog park." --mover Haddad --seconder Tremblay \
		--at "$(at 20:17)"
	live withdraw 7 --at "$(at 20:18)"
	live take 13 --at "$(at 20:30)"
	live move "That Council proceed into closed session to discuss labour relations." \
		--to-close "239(2)(d)" --mover Côté --seconder Tremblay --at "$(at 20:31)"
	live vote 8 --carried --at "$(at 20:31)"
	live closed --clause "239(2)(d)" --at "$(at 20:32)"
	live take 13.1 --at "$(at 20:33)"
	live move "That staff offer the union CANARY-PURPLE-OTTER." --direction --mover Tremblay \
		--seconder Côté --at "$(at 20:35)"
	live vote 9 --carried --at "$(at 20:40)"
	live rise --at "$(at 20:50)"
	live move "That Council ratify the direction given to staff in closed session." \
		--mover Côté --seconder Haddad --at "$(at 20:51)"
	live vote 10 --carried --at "$(at 20:52)"
	live leave Tremblay --at "$(at 20:55)"
	live take 15 --at "$(at 21:00)"
	live adjourn --at "$(at 21:01)"
	ok minutes "$MINUTES_MEETING" note 9.1 "Staff presented the budget. The treasurer noted [redact]the salary of J. Smith[/redact] in answer to a question."
	ok minutes "$MINUTES_MEETING" note 13.1 "CANARY-CLOSED-NOTE: the offer was discussed."
}

# A shorter meeting for the tests of the record: a note, a declaration, a
# closed session with its canary, an adjournment.
minutes_short_meeting() {
	minutes_agenda
	live attend "Côté,Tremblay,Haddad,Bouchard" --present --at "$(at 19:02)"
	live start --at "$(at 19:02)"
	live declare Haddad --item 8.2 --reason "owns the neighbouring property" --at "$(at 19:06)"
	live take 13.1 --at "$(at 20:30)"
	live move "That Council proceed into closed session to discuss labour relations." \
		--to-close "239(2)(d)" --mover Côté --seconder Tremblay --at "$(at 20:31)"
	live vote 1 --carried --at "$(at 20:31)"
	live closed --clause "239(2)(d)" --at "$(at 20:32)"
	live move "That staff offer the union CANARY-PURPLE-OTTER." --direction --mover Tremblay \
		--seconder Côté --at "$(at 20:35)"
	live vote 2 --carried --at "$(at 20:40)"
	live rise --at "$(at 20:50)"
	live adjourn --at "$(at 21:01)"
	ok minutes "$MINUTES_MEETING" note 9.1 "The treasurer noted [redact]the salary of J. Smith[/redact]."
	ok minutes "$MINUTES_MEETING" note 13.1 "CANARY-CLOSED-NOTE: the offer was discussed."
}

# The January meeting that approves the December minutes: motion 1 carries,
# motion 2 is lost, motion 3 is still pending.
approving_meeting() {
	local m2=$MINUTES_APPROVER
	ok meeting new --title "Regular Meeting" --at "2027-01-12 19:00" --template blank
	ok agenda add $m2 "Adoption of Minutes"
	ok live $m2 attend "Côté,Tremblay,Haddad,Bouchard" --present --at "2027-01-12 19:00"
	ok live $m2 start --at "2027-01-12 19:00"
	ok live $m2 take 1 --at "2027-01-12 19:01"
	ok live $m2 move "That the minutes of December 8 be adopted." --mover Haddad --seconder Côté \
		--at "2027-01-12 19:02"
	ok live $m2 vote 1 --carried --at "2027-01-12 19:03"
	ok live $m2 move "That the minutes be rejected." --mover Haddad --seconder Côté \
		--at "2027-01-12 19:04"
	ok live $m2 vote 2 --lost --at "2027-01-12 19:05"
	ok live $m2 move "That the minutes be read aloud." --mover Haddad --seconder Côté \
		--at "2027-01-12 19:06"
}
