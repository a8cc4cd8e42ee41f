# Markdown formatted on the terminal through one renderer (render/mdterm.h):
# the agenda preview, the item page and search snippets show headings,
# lists, links and tables as a reader sees them, never the marks.

# rates_table: give 9.1 a body with a heading, a list, a link and a table.
rates_table() {
	cat >"$SCRATCH/body.md" <<'MD'
#### Rates by class

- **Residential** meters
1. *first* reading

| Class | 2026 | 2027 | Note |
|---|---:|---:|---|
| Residential | 1.10 | 1.13 | most households in the township, billed quarterly from the meter reading |
| Commercial | 1.40 | 1.45 | |

See [the report](https://lakeview.example/rates).
MD
	"$GAVEL" -C "$W" agenda edit "$M" 9.1 --body-file "$SCRATCH/body.md" >/dev/null
}

t_preview_formats_markdown_with_a_table_as_a_grid_at_120x40() {
	rates_table
	start
	tm resize-window -x 120 -y 40
	open_agenda
	select_item "Tarifs de l'eau 2027"
	wait_line '^ .*│ Rates by class'
	wait_line '│ +• Residential meters'
	wait_line '│ +1\. first reading'
	wait_line '│ +Class +│ +2026 +│ +2027 +│ Note'
	wait_line '│ +─+┼─'
	wait_line 'See the report <https://lakeview.example/rates>'
	s=$(screen)
	for raw in '####' '**' '| Class' '|---' '](http'; do
		grep -qF -- "$raw" <<<"$s" && fail "raw markdown '$raw' on screen"
	done
	# the table's rows keep their columns: the bars line up
	grep -E '│.*│' <<<"$s" | sed 's/^[^│]*│//' | grep_bars_aligned
}

# grep_bars_aligned: the lines on stdin have their bars in the same columns.
grep_bars_aligned() {
	local first="" line pos n=0
	while IFS= read -r line; do
		pos=$(awk '{ s = $0; off = 0; out = ""
			while ((i = index(s, "│")) > 0) { off += i; out = out " " off; s = substr(s, i + 1) }
			print out }' <<<"$line")
		[ -n "$pos" ] || continue
		n=$((n + 1))
		[ -z "$first" ] && first=$pos
		[ "$pos" = "$first" ] || fail "grid bars at '$pos', not '$first' in: $line"
	done
	[ "$n" -ge 4 ] || fail "expected 4 grid rows, saw $n"
}

t_item_page_wraps_a_wide_table_by_cell_at_80x24() {
	rates_table
	start
	open_agenda
	select_item "Tarifs de l'eau 2027"
	tm resize-window -x 80 -y 24
	keys Enter
	wait_for "item 9.1"
	wait_line '^ +Class +│ +2026 +│ +2027 +│ Note'
	# the long note wraps inside its column: its second row starts under it
	wait_line '^ +│ +│ +│ [a-z]'
	s=$(screen)
	grep -E '│' <<<"$s" | grep_bars_aligned
	grep -qF '**' <<<"$s" && fail "raw ** on the item page"
	true
}

t_search_snippets_are_formatted() {
	start
	keys /
	text "water rates"
	keys Enter
	wait_for "Search: water rates (1 match)"
	wait_line "^ +Report The water rates rise by 3%"
	screen | grep -qF '**' && fail "raw ** in the snippet"
	true
}
