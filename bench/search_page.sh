#!/usr/bin/env bash
# bench/search_page.sh WORKSPACE SCRATCH: the site's search page on a
# generated archive, against today's page in the same run
# (bench/search_page.mjs measures both in headless Chromium).
#   - the new site: WORKSPACE published with ./gavel ($GAVEL);
#   - today's page: the same WORKSPACE published with a gavel built from the
#     last commit with the month-wide index: $SEARCH_BASELINE (a gavel binary,
#     e.g. one built from main), else one built once from commit
#     $SEARCH_BASELINE_REV (default 42b28d4) with `git archive` and `make`, and
#     kept in build/bench/gavel-REV.
# Also prints the sizes of the new index (manifest, shards, documents) and
# what a publish after one change rewrites of it.
# WORKSPACE is copied into SCRATCH first (a note is added to its minutes).
# Needs `make site-tools` (Chromium, playwright-core in tools/).
set -eu
ws_src=$1 scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
GAVEL=${GAVEL:-$root/gavel}
export GAVEL_TOOLS=${GAVEL_TOOLS:-$root/tools} GAVEL_NOW=2026-01-05T17:00:00Z
mkdir -p "$scratch"
for need in node "${CHROMIUM:-/usr/bin/chromium}" "$GAVEL_TOOLS/node_modules/playwright-core"; do
	command -v "$need" >/dev/null || [ -e "$need" ] ||
		{ echo "search page: skipped, $need is missing (make site-tools)"; exit 0; }
done

base=${SEARCH_BASELINE:-}
if [ -z "$base" ]; then
	rev=${SEARCH_BASELINE_REV:-42b28d4}
	base=$root/build/bench/gavel-$rev
	if [ ! -x "$base" ]; then
		echo "   building today's page's gavel from $rev into $base" >&2
		src=$scratch/baseline-src
		rm -rf "$src"
		mkdir -p "$src"
		git -C "$root" archive "$rev" | tar -x -C "$src"
		make -C "$src" -j2 gavel >"$scratch/baseline-build.log" 2>&1 ||
			{ tail -20 "$scratch/baseline-build.log" >&2; exit 1; }
		mkdir -p "$(dirname "$base")"
		cp "$src/gavel" "$base"
		rm -rf "$src"
	fi
fi

old=$scratch/site-today new=$scratch/site-chunked ws=$scratch/ws
rm -rf "$old" "$new" "$ws" "$scratch/ws-today"
cp -a "$ws_src" "$ws"
rm -rf "$ws/site-cache"
# today's gavel refuses a database of a newer schema: it publishes a copy
# set back to its schema (SEARCH_BASELINE_SCHEMA, 10 for 42b28d4), which it
# reads as its own because the later migrations (11: a table of when the
# procedure rules began, 12: an index, 13: members' periods and terms, which
# the members table mirrors) only add what it does not read
cp -a "$ws" "$scratch/ws-today"
sqlite3 "$scratch/ws-today/gavel.db" "PRAGMA user_version = ${SEARCH_BASELINE_SCHEMA:-10}"
"$base" -C "$scratch/ws-today" publish --out "$old" >/dev/null
rm -rf "$scratch/ws-today"
"$GAVEL" -C "$ws" publish --out "$new" >/dev/null

size() { du -cb "$@" 2>/dev/null | tail -1 | cut -f1; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
old_index=$(size "$old"/search/*.js)
shards=("$new"/search/t/*.js) docs=("$new"/search/d/*.js)
largest=$(ls -S "${shards[@]}" | head -1)
echo "search index: today's page $(ls "$old"/search/*.js | wc -l) scripts, $(mb "$old_index"), all loaded;" \
	"chunked: manifest $(size "$new/search/index.js") bytes, ${#shards[@]} shards" \
	"($(mb "$(size "${shards[@]}")"), largest $(size "$largest") bytes), ${#docs[@]} document files" \
	"($(mb "$(size "${docs[@]}")"))"

# A note added to the minutes of the newest meeting held whose minutes may
# still change (not approved): what the index rewrites.
noted=
for slug in $("$GAVEL" -C "$ws" meeting list --json | jq -r '[.[] | select(.date < "2026")] | reverse | .[].slug'); do
	"$GAVEL" -C "$ws" minutes "$slug" note 1 "The clerk read the minutes (search benchmark)." \
		>/dev/null 2>&1 && noted=$slug && break
done
[ -n "$noted" ] || { echo "search page: no meeting takes a note" >&2; exit 1; }
find "$new/search" -type f -printf '%T@ %p\n' | sort >"$scratch/before"
sleep 0.01
"$GAVEL" -C "$ws" publish --out "$new" >/dev/null
find "$new/search" -type f -printf '%T@ %p\n' | sort >"$scratch/after"
changed=$(comm -13 "$scratch/before" "$scratch/after" | cut -d' ' -f2)
echo "after a note in one meeting's minutes: $(grep -c '/search/t/' <<<"$changed" || true) of ${#shards[@]} shards," \
	"$(grep -c '/search/d/' <<<"$changed" || true) document files and" \
	"$(grep -c 'index.js' <<<"$changed" || true) manifest rewritten"

# SEARCH_QUERIES: one query a line (default: words of the generated archive)
queries=("water rates" tender budget '"operating budget"' "zoning amendment" resumed cote librar)
[ -z "${SEARCH_QUERIES:-}" ] || mapfile -t queries <<<"$SEARCH_QUERIES"
node "$here/search_page.mjs" "$old" "$new" "${queries[@]}"
