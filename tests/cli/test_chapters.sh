# gavel chapters M --format F: chapter markers from the meeting log.

# The scripted meeting (tests/cli/lib.sh): called to order 19:00, stream
# 19:01, item 4 at 19:03, 9.1 at 19:10, 13.1 at 19:30, closed 19:31-19:50,
# adjourned 20:00.

t_youtube_chapters_start_at_zero_relative_to_the_stream() {
	scripted_meeting
	ok chapters "$M" --format youtube
	eq "$(cat "$T/out")" "0:00 Call to order
2:00 4 Adoption of the Agenda
9:00 9.1 Water rates [redacted]
29:00 13.1 Closed session: proposed or pending acquisition or disposition of land, s.239(2)(c)
30:00 Closed session (s. 239(2)(c))
49:00 Open session resumes
59:00 Adjournment" "youtube chapters"
}

t_chapters_carry_nothing_confidential() {
	scripted_meeting
	for f in youtube webvtt ffmetadata podcast matroska; do
		ok chapters "$M" --format $f
		expect_out_lacks CANARY-CLOSED CANARY-REDACT
	done
}

t_youtube_merges_short_chapters_and_needs_three() {
	ok meeting new --title "Short" --at "2026-12-03 19:00"
	S=$(last_line)
	ok live "$S" attend "Côté,Tremblay,Haddad" --present --at "19:00:00"
	ok live "$S" start --at "19:00:00"
	ok live "$S" take 1 --at "19:00:05"
	ok live "$S" take 2 --at "19:00:08"
	ok live "$S" take 4 --at "19:05:00"
	ok live "$S" adjourn --at "19:10:00"
	ok chapters "$S" --format youtube
	# 2 began 3 s after 1, which began 5 s after the call to order: merged.
	eq "$(cut -d' ' -f1 "$T/out" | tr '\n' ' ')" "0:00 5:00 10:00 " "chapter starts"
	ok meeting new --title "Shorter" --at "2026-12-04 19:00"
	S=$(last_line)
	ok live "$S" attend "Côté,Tremblay,Haddad" --present --at "19:00:00"
	ok live "$S" start --at "19:00:00"
	ok live "$S" adjourn --at "19:00:30"
	refused chapters "$S" --format youtube
	expect_err_contains "YouTube needs at least 3 chapters"
}

t_webvtt_passes_the_parser() {
	[ -d "$GAVEL_TOOLS/node_modules/webvtt-parser" ] || fail "npm webvtt-parser missing (make site-tools)"
	scripted_meeting
	ok chapters "$M" --format webvtt
	head -2 "$T/out" | grep -qx 'WEBVTT' || fail "no header"
	grep -qx '00:09:00.000 --> 00:29:00.000' "$T/out" || fail "cue times"
	node "$GAVEL_ROOT/tests/site/webvtt.mjs" "$T/out" || fail "webvtt-parser errors"
}

t_ffmetadata_is_read_by_ffprobe() {
	command -v ffprobe >/dev/null || fail "ffprobe missing (make site-tools)"
	scripted_meeting
	ok agenda edit "$M" 9.1 --title 'Rates; a=b #1 \ back'
	ok chapters "$M" --format ffmetadata
	cp "$T/out" "$SCRATCH/ch.txt"
	ffprobe -v error -f ffmetadata -i "$SCRATCH/ch.txt" -show_chapters -of json >"$SCRATCH/probe.json" ||
		fail "ffprobe refused the file"
	eq "$(jq '.chapters | length' "$SCRATCH/probe.json")" 7 "chapters"
	eq "$(jq -r '.chapters[2].tags.title' "$SCRATCH/probe.json")" '9.1 Rates; a=b #1 \ back' "escaped title"
	eq "$(jq -r '.chapters[2].start_time' "$SCRATCH/probe.json")" "540.000000" "start"
}

t_matroska_chapters_are_accepted_by_mkvmerge() {
	command -v mkvmerge >/dev/null && command -v ffmpeg >/dev/null || fail "mkvtoolnix/ffmpeg missing (make site-tools)"
	scripted_meeting
	ok chapters "$M" --format matroska
	cp "$T/out" "$SCRATCH/ch.xml"
	ffmpeg -v error -f lavfi -i anullsrc=r=8000:cl=mono -t 1 -c:a flac "$SCRATCH/in.mkv" ||
		fail "could not make a test file"
	mkvmerge -q -o "$SCRATCH/out.mkv" --chapters "$SCRATCH/ch.xml" "$SCRATCH/in.mkv" ||
		fail "mkvmerge refused the chapters"
	mkvextract "$SCRATCH/out.mkv" chapters - >"$SCRATCH/back.xml"
	grep -qF '<ChapterString>Closed session (s. 239(2)(c))</ChapterString>' "$SCRATCH/back.xml" ||
		fail "chapters did not survive"
}

t_podcast_chapters_are_ascending_json() {
	scripted_meeting
	ok chapters "$M" --format podcast
	json '.version == "1.2.0"'
	json '[.chapters[].startTime] | . == sort and .[0] == 0 and length == 7'
}

t_chapters_of_a_meeting_in_progress_end_now() {
	ok meeting new --title "Live" --at "2026-11-20 09:30"
	S=$(last_line)
	ok live "$S" attend "Côté,Tremblay,Haddad" --present --at "09:30"
	ok live "$S" start --at "09:30"
	ok live "$S" take 1 --at "09:31"
	# GAVEL_NOW is 2026-11-20T15:00:00Z = 10:00 in Toronto
	ok chapters "$S" --format webvtt
	grep -qx '00:01:00.000 --> 00:30:00.000' "$T/out" || fail "the open chapter does not end now"
}

t_chapters_refusals() {
	ok meeting new --title "Not yet" --at "2026-12-05 19:00"
	refused chapters "$(last_line)" --format youtube
	expect_err_contains "not been called to order"
	scripted_meeting
	run chapters "$M" --format srt
	expect_status 2
	run chapters "$M"
	expect_status 2
	refused chapters 2099-01-01-council --format youtube
}

# Every format of the scripted meeting, compared with tests/golden/chapters/
# (UPDATE_GOLDEN=1 rewrites them after a deliberate change).
t_chapters_match_the_golden_files() {
	scripted_meeting
	for f in youtube:txt webvtt:vtt ffmetadata:ffmeta podcast:json matroska:xml; do
		ok chapters "$M" --format "${f%%:*}"
		golden=$GAVEL_ROOT/tests/golden/chapters/scripted.${f##*:}
		[ -z "${UPDATE_GOLDEN:-}" ] || cp "$T/out" "$golden"
		diff -u "$golden" "$T/out" || fail "${f%%:*} differs from $golden"
	done
}

t_ffmpeg_puts_the_chapters_into_a_video() {
	command -v ffmpeg >/dev/null || fail "ffmpeg missing (make site-tools)"
	scripted_meeting
	ok chapters "$M" --format ffmetadata
	cp "$T/out" "$SCRATCH/ch.txt"
	# a one-hour test video: tiny frames, one per ten seconds
	ffmpeg -v error -f lavfi -i color=c=black:s=16x16:r=0.1:d=3600 -c:v libx264 -preset ultrafast \
		"$SCRATCH/in.mp4" || fail "could not make a test video"
	ffmpeg -v error -i "$SCRATCH/in.mp4" -i "$SCRATCH/ch.txt" -map 0 -map_metadata 1 -map_chapters 1 \
		-c copy "$SCRATCH/out.mp4" || fail "ffmpeg refused the chapters"
	ffprobe -v error -show_chapters -of json "$SCRATCH/out.mp4" >"$SCRATCH/probe.json"
	eq "$(jq '.chapters | length' "$SCRATCH/probe.json")" 7 "chapters in the video"
	eq "$(jq -r '.chapters[4].tags.title' "$SCRATCH/probe.json")" "Closed session (s. 239(2)(c))" "title"
	eq "$(jq -r '.chapters[2].start_time | tonumber | floor' "$SCRATCH/probe.json")" 540 "start"
}

t_a_stream_begun_before_the_call_to_order_starts_at_zero() {
	ok meeting new --title "Regular Meeting" --at "2026-12-01 19:00"
	M=$(last_line)
	ok live "$M" stream --at "2026-12-01 18:55"
	ok live "$M" attend "Côté,Tremblay,Haddad" --present --at "2026-12-01 18:58"
	ok live "$M" start --at "2026-12-01 19:00"
	ok live "$M" take 4 --at "2026-12-01 19:02"
	ok live "$M" adjourn --at "2026-12-01 19:30"
	ok chapters "$M" --format youtube
	eq "$(cat "$T/out")" "0:00 Before the meeting
5:00 Call to order
7:00 4 Adoption of the Agenda
35:00 Adjournment" "youtube chapters"
	ok chapters "$M" --format webvtt
	expect_out_contains "00:00:00.000 --> 00:05:00.000" "Before the meeting"
}

# YouTube's rules (docs/formats.md): the first at 0:00, at least three,
# ascending, each at least 10 s long; on every meeting of the demo with a log.
t_youtube_rules_hold_on_every_demo_meeting() {
	mkdemo
	local M checked=0
	for M in $("$GAVEL" meeting list --json | jq -r '.[].slug'); do
		run chapters "$M" --format youtube
		[ "$STATUS" = 0 ] || continue
		awk -v m="$M" '
			{ n = split($1, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
			NR == 1 && $1 != "0:00" { print m ": first chapter at " $1; bad = 1 }
			NR > 1 && s < last + 10 { print m ": " $1 " is less than 10 s after " prev; bad = 1 }
			{ last = s; prev = $1 }
			END { if (NR < 3) { print m ": " NR " chapters"; bad = 1 } exit bad }' "$T/out" ||
			fail "YouTube's rules broken"
		checked=$((checked + 1))
	done
	[ "$checked" -ge 3 ] || fail "only $checked demo meetings have chapters"
}
