# gavel init, finding the workspace, and gavel config.

# --- init -----------------------------------------------------------------

t_init_creates_the_workspace_layout() {
	cd "$SCRATCH"
	ok init --name "Town of Testville" --timezone America/Toronto
	[ -f gavel.db ] || fail "no gavel.db"
	for d in record confidential hooks live; do
		[ -d $d ] || fail "no $d/"
	done
}

t_init_creates_the_database_mode_0600() {
	cd "$SCRATCH"
	ok init --timezone America/Toronto
	eq "$(stat -c %a gavel.db)" 600 "mode of gavel.db"
}

t_init_creates_the_database_in_wal_mode() {
	cd "$SCRATCH"
	ok init --timezone America/Toronto
	eq "$(sqlite3 gavel.db 'PRAGMA journal_mode')" wal "journal_mode"
	eq "$(sqlite3 gavel.db 'PRAGMA integrity_check')" ok "integrity_check"
}

t_init_keeps_confidential_private_mode_0700() {
	cd "$SCRATCH"
	ok init --timezone America/Toronto
	eq "$(stat -c %a confidential)" 700 "mode of confidential/"
}

t_private_files_readable_by_others_are_warned_about_and_fail_check() {
	ok check
	eq "$(wc -c <"$T/err")" 0 "stderr of a private workspace"
	chmod 644 gavel.db
	ok meeting list
	# SQLite gives the write-ahead log, open while gavel runs, the
	# database's mode: it holds the latest pages, so it is named too
	eq "$(cat "$T/err")" \
		"gavel: warning: gavel.db (mode 0644), gavel.db-wal (mode 0644), gavel.db-shm (mode 0644) can be read by other users; run: chmod go-rwx ./gavel.db ./gavel.db-wal ./gavel.db-shm" \
		"the warning"
	run check
	expect_status 1
	expect_out_contains "FAIL gavel.db and confidential/ private to their owner: gavel.db (mode 0644)"
	chmod 600 gavel.db
	chmod 750 confidential
	run check
	expect_status 1
	expect_out_contains "FAIL gavel.db and confidential/ private to their owner: confidential/ (mode 0750) can be read by other users; run: chmod go-rwx ./confidential/"
	chmod 700 confidential
	ok check
	expect_out_contains "ok   gavel.db and confidential/ private to their owner"
}

# Both exposed: one line names them all, and --repair runs the chmod it
# names, nothing more (the owner's own bits stay as they were).
t_check_repair_makes_the_private_files_private_again() {
	chmod 644 gavel.db
	chmod 755 confidential
	run check
	expect_status 1
	expect_out_contains "gavel.db (mode 0644)" "confidential/ (mode 0755) can be read by other users; run: chmod go-rwx ./gavel.db"
	ok check --repair
	expect_out_contains "made gavel.db (mode 0644)" "confidential/ (mode 0755) private to their owner (chmod go-rwx)" \
		"ok   gavel.db and confidential/ private to their owner"
	eq "$(stat -c %a gavel.db) $(stat -c %a confidential)" "600 700" "modes after --repair"
	eq "$(wc -c <"$T/err")" 0 "stderr after --repair"
	ok check
}

t_init_makes_record_and_confidential_git_repositories_on_main() {
	cd "$SCRATCH"
	ok init --timezone America/Toronto
	for r in record confidential; do
		git -C $r rev-parse --git-dir >/dev/null 2>&1 || fail "$r/ is not a git repository"
		eq "$(git -C $r symbolic-ref HEAD)" refs/heads/main "$r HEAD"
		eq "$(git -C $r rev-parse --show-toplevel)" "$PWD/$r" "$r toplevel"
	done
}

t_init_creates_the_council_body() {
	cd "$SCRATCH"
	ok init --timezone America/Toronto
	ok body list --json
	json '[.[] | select(.name == "Council")] | length == 1'
}

t_init_stores_the_municipality_and_timezone() {
	cd "$SCRATCH"
	ok init --name "Ville de Saint-Éloi" --timezone America/Montreal
	ok config municipality
	eq "$OUT" "Ville de Saint-Éloi" municipality
	ok config timezone
	eq "$OUT" America/Montreal timezone
}

t_init_with_procedure_roberts_is_stored() {
	cd "$SCRATCH"
	ok init --timezone America/Toronto --procedure roberts
	ok config procedure
	eq "$OUT" roberts procedure
}

t_init_default_procedure_is_ontario() {
	cd "$SCRATCH"
	ok init --timezone America/Toronto
	ok config procedure
	eq "$OUT" ontario procedure
}

t_init_with_an_unknown_procedure_is_refused_and_creates_nothing() {
	cd "$SCRATCH"
	run init --timezone America/Toronto --procedure chaos
	[ "$STATUS" = 1 ] || [ "$STATUS" = 2 ] || { show_run; fail "expected exit 1 or 2"; }
	[ ! -e gavel.db ] || fail "gavel.db was created"
	[ ! -e record ] || fail "record/ was created"
}

t_init_in_a_named_directory_creates_it() {
	cd "$SCRATCH"
	ok init town/hall --timezone America/Toronto
	[ -f town/hall/gavel.db ] || fail "no town/hall/gavel.db"
	[ ! -e gavel.db ] || fail "gavel.db created in the current directory"
	ok -C town/hall body list
	expect_out_contains Council
}

t_init_twice_is_refused_and_changes_nothing() {
	db_snapshot
	tree_listing >"$T/files.before"
	refused init --name "Other Town" --timezone Europe/Paris
	expect_err_contains "already"
	tree_listing >"$T/files.after"
	diff "$T/files.before" "$T/files.after" || fail "workspace files changed"
	expect_db_unchanged
	ok config municipality
	eq "$OUT" "Town of Testville" municipality
}

t_init_with_a_bogus_timezone_is_refused_and_creates_nothing() {
	cd "$SCRATCH"
	refused init --name X --timezone Nowhere/Bogus
	expect_err_contains "Nowhere/Bogus"
	eq "$(ls -A)" "" "directory contents after a refused init"
}

t_init_with_a_bogus_timezone_in_a_new_dir_creates_nothing() {
	cd "$SCRATCH"
	refused init newtown --timezone Nowhere/Bogus
	[ ! -e newtown/gavel.db ] || fail "newtown/gavel.db was created"
	[ ! -e newtown/record ] || fail "newtown/record was created"
}

t_init_does_not_take_a_timezone_path_outside_the_zone_database() {
	cd "$SCRATCH"
	refused init --timezone ../../../etc/passwd
	[ ! -e gavel.db ] || fail "gavel.db was created"
}

# --- finding the workspace --------------------------------------------------

t_workspace_is_the_current_directory() {
	ok member list
	expect_out_contains "Marie Côté"
}

t_workspace_from_dash_C() {
	local ws=$PWD
	cd "$SCRATCH"
	ok -C "$ws" member list
	expect_out_contains "Marie Côté"
}

t_workspace_from_GAVEL_DIR() {
	local ws=$PWD
	cd "$SCRATCH"
	GAVEL_DIR=$ws ok member list
	expect_out_contains "Marie Côté"
}

t_dash_C_wins_over_GAVEL_DIR() {
	local ws=$PWD
	cd "$SCRATCH"
	mkdir other
	"$GAVEL" init other --name "Other Town" --timezone Europe/Paris >/dev/null
	GAVEL_DIR=$SCRATCH/other ok -C "$ws" config municipality
	eq "$OUT" "Town of Testville" municipality
	GAVEL_DIR=$ws ok config municipality
	eq "$OUT" "Town of Testville" municipality
	GAVEL_DIR=$PWD/other ok config municipality
	eq "$OUT" "Other Town" municipality
}

t_no_workspace_is_refused_naming_init_and_demo() {
	cd "$SCRATCH"
	for cmd in "member list" "body list" "meeting list" "config timezone" "agenda show x"; do
		# shellcheck disable=SC2086
		refused $cmd
		expect_err_contains "gavel init" "gavel demo"
	done
	eq "$(ls -A)" "" "directory contents"
}

t_no_workspace_in_GAVEL_DIR_is_refused() {
	cd "$SCRATCH"
	mkdir empty
	GAVEL_DIR=$PWD/empty refused member list
	expect_err_contains "gavel init"
}

t_dash_C_to_a_missing_directory_is_refused() {
	cd "$SCRATCH"
	refused -C "$SCRATCH/does/not/exist" member list
	[ ! -e does ] || fail "the directory was created"
}

# --- config -------------------------------------------------------------------

t_config_reads_the_defaults() {
	ok config timezone
	eq "$OUT" America/Toronto timezone
	ok config procedure
	eq "$OUT" ontario procedure
	ok config procedure.seconder
	eq "$OUT" required procedure.seconder
	ok config municipality
	eq "$OUT" "Town of Testville" municipality
}

t_config_alone_lists_every_setting() {
	ok config
	expect_out_contains municipality clerk.name clerk.email timezone procedure stream.url \
		"Town of Testville" America/Toronto
}

t_config_json_is_one_object_of_settings() {
	ok config --json
	json 'type == "object"'
	json '.timezone == "America/Toronto" and .procedure == "ontario"'
	json '.municipality == "Town of Testville"'
	json 'has("clerk.name") and has("clerk.email") and has("stream.url")'
}

t_config_sets_and_reads_clerk_name_with_accents() {
	ok config clerk.name "Anne-Hélène Lévesque"
	ok config clerk.name
	eq "$OUT" "Anne-Hélène Lévesque" clerk.name
}

t_config_sets_and_reads_clerk_email() {
	ok config clerk.email clerk@testville.ca
	ok config clerk.email
	eq "$OUT" clerk@testville.ca clerk.email
}

t_config_sets_and_reads_timezone() {
	ok config timezone Europe/Paris
	ok config timezone
	eq "$OUT" Europe/Paris timezone
}

t_config_sets_and_reads_procedure() {
	ok config procedure roberts
	ok config procedure
	eq "$OUT" roberts procedure
	ok config procedure ontario
	ok config procedure
	eq "$OUT" ontario procedure
}

t_config_sets_and_reads_stream_url() {
	ok config stream.url https://video.testville.ca/live
	ok config stream.url
	eq "$OUT" https://video.testville.ca/live stream.url
}

t_config_set_shows_in_the_json_listing() {
	ok config clerk.name "Jane Doe"
	ok config --json
	json '.["clerk.name"] == "Jane Doe"'
}

t_config_bad_email_is_refused_and_unchanged() {
	for bad in not-an-email "a b@c.ca" "@testville.ca" "clerk@"; do
		refused_unchanged config clerk.email "$bad"
	done
}

t_config_bad_timezone_is_refused_and_unchanged() {
	refused_unchanged config timezone Nowhere/Bogus
	refused_unchanged config timezone ../../etc/passwd
	ok config timezone
	eq "$OUT" America/Toronto timezone
}

t_config_unknown_procedure_is_refused_and_unchanged() {
	refused_unchanged config procedure foo
	ok config procedure
	eq "$OUT" ontario procedure
}

t_config_bad_seconder_and_lang_are_refused_and_unchanged() {
	refused_unchanged config procedure.seconder sometimes
	refused_unchanged config lang xx
}

t_config_unknown_key_is_refused_and_unchanged() {
	refused_unchanged config no.such.key value
	refused config no.such.key
	expect_err_contains no.such.key
}

t_config_bad_stream_url_is_refused_and_unchanged() {
	refused_unchanged config stream.url "not a url"
}

t_config_bad_hooks_timeout_is_refused_and_unchanged() {
	refused_unchanged config hooks.timeout soon
	refused_unchanged config hooks.timeout -3
}
