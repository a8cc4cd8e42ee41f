# The councillors' side on the clerk's screens (docs/serve.md): the live
# console shows the electronic vote open and the speakers' list with the
# time left; the chamber display shows who has the floor and their time.

t_console_and_display_show_the_speaker_and_the_electronic_vote() {
	agenda_motion_on_the_floor
	live vote 1 --electronic >/dev/null
	live speakers add "Grace Lee" >/dev/null
	live speakers add "Omar Haddad" >/dev/null
	live speakers next >/dev/null
	start
	open_console
	wait_for "Electronic vote on motion 1: 0 voted"
	wait_for "Speaking: Grace Lee (5:00 left)"
	wait_for "Waiting to speak: 1. Omar Haddad"
	display_window
	dwait "the speaker" grep -qF "Speaking: Grace Lee   5:00"
	# the next speaker, called by the CLI, reaches both screens
	live speakers next >/dev/null
	WAIT_SECONDS=3 dwait "the next speaker" grep -qF "Speaking: Omar Haddad"
	wait_for "Speaking: Omar Haddad (5:00 left)"
	dscreen | absent "Electronic vote" || fail "the display shows the electronic vote"
}
