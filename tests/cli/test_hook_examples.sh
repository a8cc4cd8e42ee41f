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

# The obs-websocket example against a stand-in server that speaks the v5
# protocol (handshake, Hello with an authentication challenge, Identify,
# SetInputSettings): OBS itself is not a Debian package.
t_obs_websocket_example_sets_the_text_source_through_the_v5_protocol() {
	install_example on-item.obs-websocket on-item
	port=$((20000 + RANDOM % 20000))
	printf 'url=ws://127.0.0.1:%s\npassword=s3cret pass\nsource=Lower third\n' "$port" >hooks/obs.conf
	python3 "$GAVEL_ROOT/tests/cli/obs_websocket_server.py" "$port" "s3cret pass" "$SCRATCH/request" &
	server=$!
	for _ in $(seq 50); do ss -ltn 2>/dev/null | grep -q ":$port " && break; sleep 0.1; done
	ok hooks test item
	expect_out_contains "on-item (event item): exit 0" "OBS source 'Lower third': 9.1  Sample report"
	wait $server || fail "the server did not see a whole, authenticated request"
	jq -e '.d.requestType == "SetInputSettings" and .d.requestData.inputName == "Lower third"
		and .d.requestData.inputSettings.text == "9.1  Sample report"' "$SCRATCH/request" >/dev/null ||
		fail "wrong request: $(cat "$SCRATCH/request")"
}

t_obs_websocket_example_fails_visibly_on_a_wrong_password() {
	install_example on-item.obs-websocket on-item
	port=$((20000 + RANDOM % 20000))
	printf 'url=ws://127.0.0.1:%s\npassword=wrong\n' "$port" >hooks/obs.conf
	python3 "$GAVEL_ROOT/tests/cli/obs_websocket_server.py" "$port" "right" "$SCRATCH/request" &
	server=$!
	for _ in $(seq 50); do ss -ltn 2>/dev/null | grep -q ":$port " && break; sleep 0.1; done
	ok hooks test item
	expect_out_contains "on-item (event item): exit 1" "OBS closed the connection: Authentication failed."
	! wait $server || fail "the server accepted a wrong password"
	[ ! -e "$SCRATCH/request" ] || fail "a request was made after failed authentication"
}
