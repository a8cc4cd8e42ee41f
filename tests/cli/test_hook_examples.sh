# The example hooks in streaming-hooks/examples, run by `gavel hooks test`.

install_example() { # install_example FILE AS
	cp "$GAVEL_ROOT/streaming-hooks/examples/$1" "hooks/$2"
	chmod +x "hooks/$2"
}

t_obs_text_example_writes_the_lower_third() {
	install_example on-item.obs-text on-item
	ok hooks test item
	expect_out_contains "on-item (event item): exit 0"
	eq "$(cat live/lower-third.txt)" "9.1  Sample report" "lower third"
	[ -z "$(ls live | grep '\.tmp\.')" ] || fail "temporary file left"
}

t_youtube_chapters_example_appends_a_line_per_item() {
	install_example on-item.youtube-chapters on-item
	ok hooks test item
	ok hooks test item
	eq "$(cat live/youtube-chapters.txt)" "12:34 9.1 Sample report
12:34 9.1 Sample report" "chapter lines"
}

t_post_example_sends_the_event_json() {
	command -v curl >/dev/null && command -v nc >/dev/null || fail "curl and nc needed"
	install_example on-event.post on-event
	port=$((20000 + RANDOM % 20000))
	echo "http://127.0.0.1:$port/events" >hooks/post.url
	(printf 'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n' | timeout 10 nc -l 127.0.0.1 "$port" >"$SCRATCH/request") &
	listener=$!
	for _ in $(seq 50); do ss -ltn 2>/dev/null | grep -q ":$port " && break; sleep 0.1; done
	ok hooks test vote
	wait $listener || true
	grep -q '^POST /events' "$SCRATCH/request" || fail "no POST arrived"
	tail -1 "$SCRATCH/request" | jq -e '.event == "vote" and .sample' >/dev/null || fail "body is not the event"
}
