# gavel package M [--out FILE] [--public]: the agenda package as one accessible
# PDF (docs/formats.md, "PDF"), checked with qpdf and poppler-utils.

# pdf_json FILE: qpdf's JSON of FILE into $T/pdf.json.
pdf_json() {
	qpdf --json "$1" >"$T/pdf.json" || fail "qpdf --json $1 failed"
}

# pdf_objects JQ: the objects (values) of $T/pdf.json that JQ selects.
pdf_objects() {
	jq -c "[.qpdf[1] | to_entries[] | .value.value | select(type == \"object\") | $1]" "$T/pdf.json"
}

# A one-item meeting packaged to FILE: a PDF to attach, with text of its own.
attachment_pdf() {
	ok meeting new --title "Source of the attachment" --at "2026-11-03 19:00" --template blank
	local src
	src=$(last_line)
	ok agenda add "$src" "Zebra crossing study"
	printf 'The ATTACHED-TEXT zebra crossing study found 42 crossings.\n' >"$SCRATCH/body.md"
	ok agenda edit "$src" 1 --body-file "$SCRATCH/body.md"
	ok package "$src" --out "$1"
}

t_package_is_a_clean_tagged_pdf_with_title_language_and_fonts() {
	scripted_meeting
	ok package "$M" --out pkg.pdf
	expect_last_line pkg.pdf
	qpdf --check pkg.pdf >/dev/null || fail "qpdf --check pkg.pdf"
	pdfinfo pkg.pdf >"$T/info"
	grep -q '^Tagged: *yes' "$T/info" || fail "not tagged: $(cat "$T/info")"
	grep -q '^Title: *Agenda package: Regular Meeting, Council, December 1, 2026' "$T/info" ||
		fail "title: $(grep Title "$T/info")"
	grep -q '^Author: *Town of Testville' "$T/info" || fail "author"
	# the same in XMP, where PDF/UA checkers look for the title
	grep -q '^Metadata Stream: *yes' "$T/info" || fail "no XMP metadata"
	pdfinfo -meta pkg.pdf >"$T/xmp"
	grep -qF '<rdf:li xml:lang="x-default">Agenda package: Regular Meeting, Council, December 1, 2026</rdf:li>' \
		"$T/xmp" || fail "dc:title: $(cat "$T/xmp")"
	grep -qF '<rdf:li>en-CA</rdf:li>' "$T/xmp" || fail "dc:language"
	pages=$(awk '/^Pages:/ {print $2}' "$T/info")
	[ "$pages" -ge 3 ] || fail "only $pages pages"
	pdf_json pkg.pdf
	eq "$(pdf_objects 'select(.["/Type"] == "/Catalog") | .["/Lang"]')" '["u:en-CA"]' "language"
	# every font embedded, with a Unicode map
	pdffonts pkg.pdf | tail -n +3 >"$T/fonts"
	[ -s "$T/fonts" ] || fail "no fonts"
	if awk '$(NF-4) != "yes" || $(NF-2) != "yes"' "$T/fonts" | grep -q .; then
		fail "a font not embedded or without Unicode map: $(cat "$T/fonts")"
	fi
	# the confidential package is the clerk's alone
	eq "$(stat -c %a pkg.pdf)" 600 "mode of the confidential package"
	# the same data, the same bytes
	ok package "$M" --out again.pdf
	cmp -s pkg.pdf again.pdf || fail "two packages of the same meeting differ"
}

t_package_has_cover_agenda_and_running_headers() {
	scripted_meeting
	ok package "$M" --out pkg.pdf
	pages=$(pdfinfo pkg.pdf | awk '/^Pages:/ {print $2}')
	pdftotext -f 1 -l 1 pkg.pdf "$T/cover"
	for s in "Town of Testville" "Regular Meeting" "Agenda package" \
		"Council, Tuesday, December 1, 2026, 7:00 p.m." "Council Chambers" \
		"https://video.example/council/2026-12-01"; do
		grep -qF "$s" "$T/cover" || fail "cover lacks '$s'"
	done
	pdftotext -f 2 -l 2 pkg.pdf "$T/p2"
	grep -qxF "Council — December 1, 2026 — Confidential — page 2 of $pages" "$T/p2" ||
		fail "running header of page 2: $(head -3 "$T/p2")"
	pdftotext -f "$pages" -l "$pages" pkg.pdf "$T/last"
	grep -qF "page $pages of $pages" "$T/last" || fail "header of the last page"
	# the cover has no running header
	if grep -qF "page 1 of" "$T/cover"; then fail "header on the cover"; fi
}

t_package_items_in_agenda_order_with_reports() {
	scripted_meeting
	printf '## Background\n\nThe CANARY-FREE report on **water** rates.\n' >"$SCRATCH/r.md"
	ok agenda edit "$M" 9.1 --body-file "$SCRATCH/r.md" --recommendation "That Council approve the rates."
	ok package "$M" --out pkg.pdf
	# the items' pages: from the page after the agenda
	pdftotext -f 3 pkg.pdf "$T/items"
	run agenda show "$M" --json
	prev=0
	while IFS=$'\t' read -r number depth title; do
		sep=" "
		[ "$depth" = 1 ] && sep=". "
		line=$(grep -nF -m1 "$number$sep${title:0:30}" "$T/items" | cut -d: -f1)
		[ -n "$line" ] || fail "item $number ($title) not found after the agenda"
		[ "$line" -gt "$prev" ] || fail "item $number is out of order (line $line after $prev)"
		prev=$line
	done < <(jq -r '.items[] | [.number, (.number | split(".") | length), .title] | @tsv' "$T/out")
	grep -qF "The CANARY-FREE report on water rates." "$T/items" || fail "report text"
	grep -qF "That Council approve the rates." "$T/items" || fail "recommendation text"
}

t_package_outline_mirrors_the_agenda_and_links_reach_items() {
	scripted_meeting
	ok package "$M" --out pkg.pdf
	pdf_json pkg.pdf
	run agenda show "$M" --json
	# top level: the agenda, then each top-level item; 9.1 under 9
	want=$(jq -c '["Agenda"] + [.items[] | select(.number | contains(".") | not) | "\(.number). \(.title)"]' "$T/out")
	got=$(jq -c '[.outlines[].title]' "$T/pdf.json")
	eq "$got" "$want" "outline top level"
	got=$(jq -c '[.outlines[] | select(.title | startswith("9. ")) | .kids[].title]' "$T/pdf.json")
	eq "$got" "$(jq -c '[.items[] | select(.number | startswith("9.")) | "\(.number) \(.title)"]' "$T/out")" "outline under 9"
	# every outline entry points at a page
	eq "$(jq '[.. | objects | select(has("destpageposfrom1")) | .destpageposfrom1 | select(. < 1)] | length' "$T/pdf.json")" 0 "outline pages"
	# one link per item from the agenda page, each to a destination that exists
	dests=$(pdf_objects 'select(.["/Subtype"] == "/Link") | .["/Dest"] // empty')
	eq "$(jq length <<<"$dests")" "$(jq '.items | length' "$T/out")" "agenda links"
	names=$(pdf_objects '.["/Names"]? // empty | .[]? | strings' | jq -c 'sort')
	missing=$(jq -n --argjson d "$dests" --argjson n "$names" '[$d[] | select(. as $x | $n | index($x) | not)]')
	eq "$missing" "[]" "links without a destination"
	jq -e 'index("u:item-9.1")' <<<"$dests" >/dev/null || fail "no link to item 9.1"
	# the stream link is a URI link
	pdf_objects 'select(.["/Subtype"] == "/Link") | .["/A"]["/URI"] // empty' >"$T/uris"
	grep -qF "u:https://video.example/council/2026-12-01" "$T/uris" || fail "stream link: $(cat "$T/uris")"
}

t_package_typesets_markdown_with_structure_tags() {
	scripted_meeting
	cat >"$SCRATCH/r.md" <<'EOF'
## Options considered

Rates *rise* by **3%** as [the plan](https://example.org/plan) says:

- keep the `base` charge
- raise the volume charge

| Class | 2026 | 2027 |
|---|---|---|
| Residential | 1.10 | 1.13 |
| Commercial | 1.40 | 1.44 |
EOF
	ok agenda edit "$M" 9.1 --body-file "$SCRATCH/r.md"
	ok package "$M" --out pkg.pdf
	pdftotext pkg.pdf "$T/text"
	for s in "Options considered" "Rates rise by 3% as the plan says:" "keep the base charge" \
		"raise the volume charge" "Residential" "1.44"; do
		grep -qF "$s" "$T/text" || fail "text lacks '$s'"
	done
	pdf_json pkg.pdf
	tags=$(pdf_objects 'select(.["/S"]? != null) | .["/S"]' | jq -c 'unique')
	for t in /Document /H1 /H2 /H3 /P /L /LI /Lbl /LBody /Table /TR /TH /TD /Link /TOC /TOCI; do
		jq -e --arg t "$t" 'index($t)' <<<"$tags" >/dev/null || fail "no $t structure element in $tags"
	done
	# a contents entry is in a TOC, as PDF/UA checkers ask
	eq "$(jq -c '[.qpdf[1] as $o | $o | to_entries[] | .value.value |
		select(type == "object" and .["/S"] == "/TOCI") | $o["obj:" + .["/P"]].value["/S"]] |
		unique' "$T/pdf.json")" '["/TOC"]' "parents of the TOCI elements"
	pdf_objects 'select(.["/Subtype"] == "/Link") | .["/A"]["/URI"] // empty' >"$T/uris"
	grep -qF "u:https://example.org/plan" "$T/uris" || fail "markdown link"
	# every link says where it goes (PDF/UA: /Contents): its text
	eq "$(pdf_objects 'select(.["/Subtype"] == "/Link" and .["/Contents"] == null)')" '[]' \
		"links without /Contents"
	pdf_objects 'select(.["/Subtype"] == "/Link") | .["/Contents"]' >"$T/contents"
	for s in "u:the plan" "u:9.1 Water rates"; do
		grep -qF "\"$s" "$T/contents" || fail "no link described '$s': $(cat "$T/contents")"
	done
}

t_package_places_attached_pdf_pages_as_vector_text() {
	scripted_meeting
	attachment_pdf "$SCRATCH/study.pdf"
	att_pages=$(pdfinfo "$SCRATCH/study.pdf" | awk '/^Pages:/ {print $2}')
	ok package "$M" --out before.pdf
	before=$(pdfinfo before.pdf | awk '/^Pages:/ {print $2}')
	printf 'a,b\n1,2\n' >"$SCRATCH/data.csv"
	ok agenda attach "$M" 9.1 "$SCRATCH/study.pdf"
	ok agenda attach "$M" 9.1 "$SCRATCH/data.csv"
	ok package "$M" --out pkg.pdf
	qpdf --check pkg.pdf >/dev/null || fail "qpdf --check"
	pdfinfo pkg.pdf | grep -q '^Tagged: *yes' || fail "pkg.pdf not tagged"
	after=$(pdfinfo pkg.pdf | awk '/^Pages:/ {print $2}')
	[ "$after" -ge $((before + att_pages)) ] || fail "$after pages, expected $before + $att_pages"
	pdftotext pkg.pdf "$T/text"
	grep -qF "The ATTACHED-TEXT zebra crossing study found 42 crossings." "$T/text" ||
		fail "the attachment's text is not text"
	grep -qF "study.pdf (PDF," "$T/text" || fail "PDF attachment not listed"
	grep -qF "data.csv (CSV, 8 bytes)" "$T/text" || fail "CSV attachment not listed with type and size"
	# placed after its item, before the next one
	a=$(grep -nF -m1 "ATTACHED-TEXT" "$T/text" | cut -d: -f1)
	i=$(grep -nF "9.1 Water rates" "$T/text" | tail -1 | cut -d: -f1)
	n=$(grep -nF "10. " "$T/text" | tail -1 | cut -d: -f1)
	[ "$i" -lt "$a" ] && [ "$a" -lt "$n" ] || fail "attachment at line $a, not between 9.1 ($i) and 10 ($n)"
	# vectors: no image on any page
	eq "$(pdfimages -list pkg.pdf | tail -n +3 | wc -l)" 0 "images in the package"
	# Those pages were copied in as they are (form XObjects of their own
	# content and fonts, render/pdf_graft.h); a PDF that reader does not
	# take (here one with a cross-reference stream and object streams) is
	# drawn again through Poppler first, then copied: either way the pages
	# are there, their text text.
	qpdf --object-streams=generate "$SCRATCH/study.pdf" "$SCRATCH/packed.pdf"
	grep -aq '/ObjStm' "$SCRATCH/packed.pdf" || fail "qpdf wrote no object stream"
	ok agenda detach "$M" 9.1 study.pdf
	ok agenda attach "$M" 9.1 "$SCRATCH/packed.pdf"
	ok package "$M" --out drawn.pdf
	qpdf --check drawn.pdf >/dev/null || fail "qpdf --check drawn.pdf"
	pdfinfo drawn.pdf | grep -q '^Tagged: *yes' || fail "drawn.pdf not tagged"
	pdftotext drawn.pdf "$T/text"
	grep -qF "The ATTACHED-TEXT zebra crossing study found 42 crossings." "$T/text" ||
		fail "the attachment's text is not text in drawn.pdf"
	forms() { qpdf --qdf --object-streams=disable "$1" - | grep -ac '/Subtype /Form'; }
	eq "$(forms pkg.pdf)" "$att_pages" "form XObjects of the copied pages"
	eq "$(forms drawn.pdf)" "$att_pages" "form XObjects of the drawn pages"
	eq "$(pdfinfo drawn.pdf | awk '/^Pages:/ {print $2}')" "$after" "pages, copied and drawn"
}

# Poppler and the libraries it needs are loaded only to read an attached
# PDF the page copier does not take (render/pdf_libs.h; docs/performance.md,
# "Gavel's own pages"): the loader's log (LD_DEBUG) tells which were loaded.
t_poppler_is_loaded_only_for_an_attachment_that_is_not_copied() {
	scripted_meeting
	attachment_pdf "$SCRATCH/study.pdf"
	loaded() { # loaded LIB GAVEL-ARGS...: did the run load LIB?
		local lib=$1
		shift
		LD_DEBUG=libs run "$@"
		[ "$STATUS" = 0 ] || { show_run >&2; fail "gavel $* failed"; }
		grep -q "$lib" "$T/err"
	}
	loaded libcairo minutes "$M" --format pdf --out m.pdf || fail "the minutes loaded no Cairo"
	if loaded libpoppler minutes "$M" --format pdf --out m.pdf; then
		fail "the minutes PDF loaded Poppler"
	fi
	ok agenda attach "$M" 9.1 "$SCRATCH/study.pdf"
	if loaded libpoppler package "$M" --out copied.pdf; then
		fail "a package whose attachment is copied loaded Poppler"
	fi
	pdftotext copied.pdf - | grep -qF "ATTACHED-TEXT" || fail "the copied attachment's text"
	qpdf --object-streams=generate "$SCRATCH/study.pdf" "$SCRATCH/packed.pdf"
	ok agenda detach "$M" 9.1 study.pdf
	ok agenda attach "$M" 9.1 "$SCRATCH/packed.pdf"
	loaded libpoppler package "$M" --out drawn.pdf || fail "an attachment to draw loaded no Poppler"
	pdftotext drawn.pdf - | grep -qF "ATTACHED-TEXT" || fail "the drawn attachment's text"
}

t_public_package_has_nothing_closed_or_redacted() {
	scripted_meeting
	printf 'CANARY-CLOSED appraisal of the land.\n' >"$SCRATCH/closed.md"
	ok agenda edit "$M" 13.1 --body-file "$SCRATCH/closed.md" --recommendation "CANARY-CLOSED offer"
	printf 'Rates up [redact]CANARY-REDACT-BODY[/redact] soon.\n' >"$SCRATCH/r.md"
	ok agenda edit "$M" 9.1 --body-file "$SCRATCH/r.md"
	attachment_pdf "$SCRATCH/study.pdf"
	ok agenda attach "$M" 13.1 "$SCRATCH/study.pdf"
	ok package "$M" --public --out public.pdf
	qpdf --check public.pdf >/dev/null || fail "qpdf --check"
	eq "$(stat -c %a public.pdf)" 644 "mode of the public package"
	pdftotext public.pdf "$T/public"
	for s in CANARY-CLOSED CANARY-REDACT ATTACHED-TEXT "Land matter" "study.pdf"; do
		if grep -qF "$s" "$T/public"; then fail "public package shows '$s'"; fi
	done
	grep -qF "[redacted]" "$T/public" || fail "no [redacted] in the public package"
	grep -qF "Closed session" "$T/public" || fail "closed item's public title missing"
	if grep -qF "Confidential" "$T/public"; then fail "public package says Confidential"; fi
	# strings in the file itself (outline, metadata) are checked too
	pdf_json public.pdf
	if grep -qF "CANARY" "$T/pdf.json"; then fail "canary in the PDF's objects"; fi
	ok package "$M" --out confidential.pdf
	pdftotext confidential.pdf "$T/conf"
	for s in CANARY-CLOSED CANARY-REDACT-BODY ATTACHED-TEXT "Land matter"; do
		grep -qF "$s" "$T/conf" || fail "confidential package lacks '$s'"
	done
}

t_package_renders_accented_and_vietnamese_names() {
	scripted_meeting
	ok agenda add "$M" "Councillor Nguyễn Thị Minh Khai — Motion on Côté Street" --under 12
	ok package "$M" --out pkg.pdf
	pdftotext pkg.pdf "$T/text"
	grep -qF "Councillor Nguyễn Thị Minh Khai — Motion on Côté Street" "$T/text" ||
		fail "Vietnamese name not extracted as typed"
	# a page to look at
	mkdir -p "$GAVEL_ROOT/build/site-check"
	pdftoppm -r 70 -png -f 2 -l 2 -singlefile pkg.pdf "$GAVEL_ROOT/build/site-check/package-agenda"
	[ -s "$GAVEL_ROOT/build/site-check/package-agenda.png" ] || fail "no page image"
	echo "# page image: build/site-check/package-agenda.png"
}

# A character no font of the machine has (CJK without a CJK font, an
# emoji: DejaVu has neither) is a .notdef box whose text is actual text,
# the first one too: .notdef has no entry in the Unicode map.
t_package_characters_without_a_font_still_read() {
	scripted_meeting
	ok agenda add "$M" "Twinning with 会议 town 🎉" --under 12
	n=$(last_line)
	printf 'The 代表团 visits 🎉👍 in May.\n' >"$SCRATCH/body.md"
	ok agenda edit "$M" "$n" --body-file "$SCRATCH/body.md"
	ok package "$M" --out pkg.pdf
	qpdf --check pkg.pdf >/dev/null || fail "qpdf --check pkg.pdf"
	pdftotext pkg.pdf - | tr -d ' ' >"$T/text"
	for s in "Twinningwith会议town🎉" "The代表团visits🎉👍inMay."; do
		grep -qF "$s" "$T/text" || fail "'$s' not extracted: $(grep -F Twinning "$T/text")"
	done
}

# A list nested deeper than the page is wide stops going in at ten levels:
# every item stays on the page, its words whole.
t_package_deeply_nested_list_stays_on_the_page() {
	scripted_meeting
	for i in $(seq 0 69); do
		printf '%*s- level %d item\n' $((i * 2)) '' "$i"
	done >"$SCRATCH/body.md"
	ok agenda add "$M" "Nested" --under 12 --body-file "$SCRATCH/body.md"
	ok package "$M" --out pkg.pdf
	qpdf --check pkg.pdf >/dev/null || fail "qpdf --check pkg.pdf"
	pdftotext pkg.pdf "$T/text"
	for i in 0 12 25 40 69; do
		grep -qx "[•◦]* *level $i item" "$T/text" ||
			fail "'level $i item' not on a line of its own: $(grep -F "level $i" "$T/text")"
	done
}

# A table cell starts at its first word, not at the space before it in the
# HTML: a word wider than its column starts on the cell's first line, level
# with its neighbour's text.
t_package_table_cell_starts_with_its_first_word() {
	scripted_meeting
	long=$(printf 'Unbreakable%.0s' $(seq 30))
	printf '| A | B |\n|---|---|\n| %s | short |\n' "$long" >"$SCRATCH/body.md"
	ok agenda add "$M" "Table" --under 12 --body-file "$SCRATCH/body.md"
	ok package "$M" --out pkg.pdf
	pdftotext -layout pkg.pdf "$T/text"
	grep -qE '^ *Unbreakable[a-zA-Z]* +short$' "$T/text" ||
		fail "long word and 'short' not on one line: $(grep -F -e Unbreak -e short "$T/text")"
}

# The XMP metadata is XML whatever the title holds.
t_package_metadata_escapes_the_title() {
	ok meeting new --title "Parks & Recreation <Committee>" --at "2026-11-03 19:00" --template blank
	src=$(last_line)
	ok package "$src" --out pkg.pdf
	pdfinfo -meta pkg.pdf >"$T/xmp"
	grep -qF 'Agenda package: Parks &amp; Recreation &lt;Committee&gt;, ' "$T/xmp" ||
		fail "title not escaped: $(grep dc:title "$T/xmp")"
}

# The text of the file is the document's own: the running header and the
# table borders are artifacts, outside the structure tree (pdfinfo
# -struct-text prints the text of each element); header cells have a
# scope; a paragraph that crosses a page is one element; a glyph drawn for
# two different texts (HarfBuzz draws "é" typed whole and "e" with a
# combining accent with the same glyph) extracts as each was typed
# (docs/formats.md, "PDF: the file").
t_package_text_is_tagged_and_the_furniture_is_not() {
	scripted_meeting
	{
		printf '| Class | 2026 |\n|---|---|\n| Residential | 1.10 |\n\n'
		printf 'The Caf\xc3\xa9 Royal and the Cafe\xcc\x81 Bleu pay the new rates.\n\n'
		for i in $(seq 1 120); do printf 'LONG-PARAGRAPH sentence %d of the report. ' "$i"; done
		printf '\n'
	} >"$SCRATCH/r.md"
	ok agenda edit "$M" 9.1 --body-file "$SCRATCH/r.md"
	ok package "$M" --out pkg.pdf
	pdfinfo -struct-text pkg.pdf >"$T/struct" 2>"$T/struct.err"
	[ ! -s "$T/struct.err" ] || fail "pdfinfo: $(head -3 "$T/struct.err")"
	grep -q 'Residential"$' "$T/struct" || fail "table text not in the structure tree"
	grep -q 'page 2 of' "$T/struct" && fail "the running header is in the structure tree"
	pdftotext -f 2 -l 2 pkg.pdf "$T/p2"
	grep -q 'page 2 of' "$T/p2" || fail "no running header on page 2"
	# the long paragraph: one P whose text runs from its first sentence to its last
	grep -c 'LONG-PARAGRAPH sentence 1 of' "$T/struct" | grep -qx 1 || fail "first sentence"
	awk '/LONG-PARAGRAPH sentence 1 of/ {p = 1} p && /^ *P/ {exit 1} p && /sentence 120 of/ {exit 0}' \
		"$T/struct" || fail "the paragraph across the page break is not one element"
	pdftotext pkg.pdf "$T/text"
	grep -qF $'The Caf\u00e9 Royal and the Cafe\u0301 Bleu' "$T/text" ||
		fail "the same glyph for two texts: $(grep Bleu "$T/text")"
	pdf_json pkg.pdf
	eq "$(pdf_objects 'select(.["/S"]? == "/TH") | .["/A"]["/Scope"]' | jq -c unique)" '["/Column"]' "header cells' scope"
}

t_package_default_name_and_refusals() {
	scripted_meeting
	ok package "$M"
	expect_last_line "$M-agenda-package.pdf"
	[ -s "$M-agenda-package.pdf" ] || fail "no default file"
	ok package "$M" --public
	expect_last_line "$M-agenda-package-public.pdf"
	refused package 2031-01-01-council --out x.pdf
	[ ! -e x.pdf ] || fail "a file written for an unknown meeting"
	refused package "$M" --out "$SCRATCH/no/such/dir/p.pdf"
	run package
	expect_usage_error
	run package "$M" --format pdf
	expect_usage_error
}

t_minutes_pdf_has_signature_lines_the_minutes_text_and_no_closed_text_in_public() {
	scripted_meeting
	ok minutes "$M" --format pdf --out minutes.pdf
	expect_last_line minutes.pdf
	qpdf --check minutes.pdf >/dev/null || fail "qpdf --check"
	pdfinfo minutes.pdf >"$T/info"
	grep -q '^Tagged: *yes' "$T/info" || fail "not tagged"
	grep -q '^Title: *Minutes: Regular Meeting, Council, December 1, 2026' "$T/info" || fail "title"
	pdftotext minutes.pdf "$T/text"
	run minutes "$M"
	# every heading of the markdown minutes, in order
	prev=0
	while read -r h; do
		line=$(grep -nxF -m1 "$h" "$T/text" | cut -d: -f1)
		[ -n "$line" ] || fail "heading '$h' missing"
		[ "$line" -gt "$prev" ] || fail "heading '$h' out of order"
		prev=$line
	done < <(sed -n 's/^##* //p' "$T/out" | cut -c1-60 | grep -v '[*_`[]')
	# the signature lines: drawn lines over the names, not underscores
	grep -qxF "Mayor Marie Côté" "$T/text" || fail "mayor's signature label"
	grep -qxF "Jane Doe, Clerk" "$T/text" || fail "clerk's signature label"
	if grep -qF "____" "$T/text"; then fail "underscores instead of signature lines"; fi
	grep -qF "CANARY-CLOSED" "$T/text" || fail "confidential minutes lack the closed session"
	qpdf --json minutes.pdf >"$T/pdf.json"
	jq -e '[.outlines[].title] | index("Attendance")' "$T/pdf.json" >/dev/null || fail "outline"
	# the public minutes: no closed session, no redacted span
	ok minutes "$M" --format pdf --public
	expect_last_line "$M-minutes-public.pdf"
	pdftotext "$M-minutes-public.pdf" "$T/text"
	for s in CANARY-CLOSED CANARY-REDACT; do
		if grep -qF "$s" "$T/text"; then fail "public minutes PDF shows $s"; fi
	done
	grep -qF "[redacted]" "$T/text" || fail "no [redacted]"
	run minutes "$M" --format md --out x.pdf
	expect_usage_error
	run minutes "$M" --format odt
	expect_usage_error
}

t_site_has_the_package_and_minutes_pdf_linked_and_public() {
	scripted_meeting
	printf 'CANARY-CLOSED appraisal.\n' >"$SCRATCH/closed.md"
	ok agenda edit "$M" 13.1 --body-file "$SCRATCH/closed.md"
	ok publish
	dir=site/meetings/$M
	for f in agenda-package.pdf minutes.pdf; do
		qpdf --check "$dir/$f" >/dev/null || fail "qpdf --check $f"
		pdftotext "$dir/$f" "$T/text"
		for s in CANARY-CLOSED CANARY-REDACT "Land matter" Confidential; do
			if grep -qF "$s" "$T/text"; then fail "$f on the site shows '$s'"; fi
		done
	done
	grep -qE '<a href="agenda-package.pdf">[^<]*\(PDF, [0-9.]+ [KM]?B\)</a>' "$dir/agenda.html" ||
		fail "agenda page does not link the package with its type and size"
	grep -qE '<a href="minutes.pdf">[^<]*\(PDF, [0-9.]+ [KM]?B\)</a>' "$dir/minutes.html" ||
		fail "minutes page does not link the PDF with its type and size"
	# the manifest, beside the site, lists it as the site's own file
	grep -qF " meetings/$M/agenda-package.pdf" site.gavel-site || fail "package not in the site's manifest"
}

# The site's PDFs are typeset again only when what they show changed, not
# whenever their meeting's pages are made again. The typesetting libraries
# are loaded only to write a PDF (render/pdf_libs.h), so the loader's log
# (LD_DEBUG) tells whether a publish typeset one.
t_site_pdfs_are_typeset_again_only_when_what_they_show_changed() {
	scripted_meeting
	ok publish
	dir=site/meetings/$M
	stamp() { stat -c '%Y.%y' "$dir/agenda-package.pdf" "$dir/minutes.pdf"; }
	before=$(stamp)
	# the base URL is on every page (the key of every meeting moves), in no PDF
	ok config publish.base-url "https://council.example"
	sleep 0.01
	LD_DEBUG=libs run publish
	[ "$STATUS" = 0 ] || { show_run >&2; fail "publish failed"; }
	if grep -q 'libcairo' "$T/err"; then fail "a PDF was typeset though none changed"; fi
	eq "$(stamp)" "$before" "the PDFs' times"
	# a note changes the minutes, not the agenda package
	ok minutes "$M" note 9.1 "The clerk read the PDF-NOTE aloud."
	LD_DEBUG=libs run publish
	[ "$STATUS" = 0 ] || { show_run >&2; fail "publish failed"; }
	grep -q 'libcairo' "$T/err" || fail "the changed minutes were not typeset"
	pdftotext "$dir/minutes.pdf" - | grep -qF PDF-NOTE || fail "the minutes PDF lacks the note"
	eq "$(stat -c '%Y.%y' "$dir/agenda-package.pdf")" "${before%%$'\n'*}" "the package's time"
	# the site's package is the published revision, as its agenda page is: an
	# edit not yet published stays out; once published, it is made again
	ok agenda edit "$M" 9.1 --recommendation "That Council adopt the PDF-REVISION."
	ok publish
	if pdftotext "$dir/agenda-package.pdf" - | grep -qF PDF-REVISION; then
		fail "the package shows the working agenda, not the published one"
	fi
	ok agenda publish "$M"
	ok publish
	pdftotext "$dir/agenda-package.pdf" - | grep -qF PDF-REVISION || fail "the package was not made again"
}

t_site_without_pdfs_when_publish_pdf_is_no() {
	scripted_meeting
	ok publish
	dir=site/meetings/$M
	[ -f "$dir/agenda-package.pdf" ] && [ -f "$dir/minutes.pdf" ] || fail "no PDFs by default"
	ok config publish.pdf no
	LD_DEBUG=libs run publish
	[ "$STATUS" = 0 ] || { show_run >&2; fail "publish failed"; }
	if grep -q 'libcairo' "$T/err"; then fail "PDF libraries loaded with publish.pdf no"; fi
	[ ! -e "$dir/agenda-package.pdf" ] && [ ! -e "$dir/minutes.pdf" ] || fail "the PDFs were left on the site"
	if grep -rlF '.pdf"' "$dir"/*.html; then fail "a page still links a PDF"; fi
	ok config publish.pdf yes
	ok publish
	grep -qF 'agenda-package.pdf' "$dir/agenda.html" || fail "the agenda page does not link its package again"
	grep -qF 'minutes.pdf' "$dir/minutes.html" || fail "the minutes page does not link its PDF again"
	qpdf --check "$dir/minutes.pdf" >/dev/null || fail "minutes.pdf is not a sound PDF"
	refused config publish.pdf maybe
}

# Page breaks a reader would mend by hand, on the demo's own documents: a
# line that introduces a motion ("Motion 13, moved by ...:") on the page of
# the motion's wording; no page of the minutes opening with the last line
# of a paragraph; a contents entry that wraps going on under its title, not
# under its number.
t_page_breaks_keep_lines_with_what_they_belong_to() {
	run demo "$SCRATCH/town"
	expect_status 0
	"$GAVEL" -C "$SCRATCH/town" minutes 2026-11-10-council --format pdf --out min.pdf >/dev/null ||
		fail "minutes --format pdf"
	local pages
	pages=$(pdfinfo min.pdf | awk '/^Pages:/ {print $2}')
	local found=""
	for pg in $(seq "$pages"); do
		pdftotext -f "$pg" -l "$pg" -layout min.pdf "$T/page"
		if grep -q "Motion 13, moved by" "$T/page"; then
			found=$pg
			grep -q "That By-laws 2026-049 to 2026-051" "$T/page" ||
				fail "page $pg has 'Motion 13, moved by' without its wording"
		fi
		# the first line under the running header: never a paragraph's lone last words
		first=$(grep -v '^\s*$' "$T/page" | sed -n 2p)
		[ "$(echo "$first" | wc -w)" -gt 1 ] || [ -z "$first" ] ||
			fail "page $pg opens with a lone line: '$first'"
	done
	[ -n "$found" ] || fail "no 'Motion 13, moved by' in the minutes"
	"$GAVEL" -C "$SCRATCH/town" package 2026-12-08-council --out pkg.pdf >/dev/null || fail "package"
	pdftotext -f 2 -l 3 -layout pkg.pdf "$T/toc"
	local num title cont
	num=$(grep -m1 '10\.1 Ministry' "$T/toc")
	cont=$(grep -A1 -m1 '10\.1 Ministry' "$T/toc" | tail -1)
	title=$(( $(echo "$num" | awk '{print index($0, "Ministry")}') ))
	[ "$(echo "$cont" | awk '{print index($0, $1)}')" -ge "$title" ] ||
		fail "the wrapped contents entry goes on under its number: '$cont'"
}
