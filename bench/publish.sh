#!/usr/bin/env bash
# bench/publish.sh WORKSPACE SCRATCH: publishing a generated archive.
#   - full publish (an empty output directory), the median of BENCH_REPEAT
#     runs (default 3), against pandoc converting the same markdown files
#     (the site's meetings/*/*.md) to standalone HTML, one process per file as
#     a site build would; with more than PANDOC_FILES files (default 60) pandoc
#     converts an even sample and its time is scaled by bytes (said so);
#   - incremental publish after one agenda item changed, and after no change,
#     as a fraction of the full publish.
# Targets (DESIGN.md): gavel >= 20x faster than pandoc; incremental <= 2%.
# Appends "years meetings md_mb full_ms incr_ms pandoc_ratio" to $BENCH_SUMMARY.
set -eu
ws_src=$1 scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
GAVEL=${GAVEL:-$PWD/gavel}
repeat=${BENCH_REPEAT:-3}
export GAVEL_NOW=2026-01-05T17:00:00Z

ws=$scratch/ws site=$scratch/site
rm -rf "$ws" "$site"
cp -a "$ws_src" "$ws"
meetings=$("$GAVEL" -C "$ws" meeting list --json | jq 'if type == "array" then length else .meetings | length end')
years=$(basename "$ws_src" | sed -E 's/^y([0-9]+)-.*/\1/')

full=()
for _ in $(seq "$repeat"); do
	rm -rf "$site"
	full+=("$(time_ms "$GAVEL" -C "$ws" publish --out "$site")")
done
full_ms=$(median "${full[@]}")

mapfile -t md < <(find "$site/meetings" -name '*.md' | sort)
md_bytes=$(cat "${md[@]}" | wc -c)
md_mb=$(awk -v b="$md_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "publish: $years years, $meetings meetings, ${#md[@]} markdown files ($md_mb MB)"
echo "  gavel publish, full:       $(printf '%9.1f' "$full_ms") ms (median of $repeat: ${full[*]})"

# pandoc on the same files, sampled evenly when there are many
max=${PANDOC_FILES:-60}
step=$(( (${#md[@]} + max - 1) / max ))
[ "$step" -ge 1 ] || step=1
out=$scratch/pandoc
mkdir -p "$out"
sample_bytes=0 n=0 t0=$(date +%s%N)
for ((i = 0; i < ${#md[@]}; i += step)); do
	f=${md[i]}
	pandoc -f markdown -t html5 -s --metadata title=agenda "$f" -o "$out/$n.html"
	sample_bytes=$((sample_bytes + $(wc -c <"$f")))
	n=$((n + 1))
done
t1=$(date +%s%N)
pandoc_ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
if [ "$n" -lt "${#md[@]}" ]; then
	pandoc_all=$(awk -v t="$pandoc_ms" -v s="$sample_bytes" -v a="$md_bytes" \
		'BEGIN { printf "%.1f", t * a / s }')
	echo "  pandoc, one process a file: $(printf '%9.1f' "$pandoc_all") ms (measured $pandoc_ms ms on $n of ${#md[@]} files, scaled by bytes)"
else
	pandoc_all=$pandoc_ms
	echo "  pandoc, one process a file: $(printf '%9.1f' "$pandoc_all") ms"
fi
pandoc_ratio=$(ratio "$pandoc_all" "$full_ms")
verdict=$(awk -v r="$pandoc_ratio" 'BEGIN { print (r >= 20 ? "met" : "NOT met") }')
echo "  ratio: gavel is ${pandoc_ratio}x faster than pandoc (target >= 20x: $verdict)"

# one change: a report's title in a Council meeting half-way through
slug=$("$GAVEL" -C "$ws" meeting list --json |
	jq -r '[(if type == "array" then . else .meetings end)[] | select(.slug | endswith("-council"))] |
		.[length / 2 | floor].slug')
incr=()
for i in $(seq "$repeat"); do
	"$GAVEL" -C "$ws" agenda edit "$slug" 9.1 --title "Report changed for the benchmark ($i)" >/dev/null
	incr+=("$(time_ms "$GAVEL" -C "$ws" publish --out "$site")")
done
incr_ms=$(median "${incr[@]}")
none_ms=$(time_ms "$GAVEL" -C "$ws" publish --out "$site")
pct=$(awk -v a="$incr_ms" -v b="$full_ms" 'BEGIN { printf "%.1f", 100 * a / b }')
verdict=$(awk -v p="$pct" 'BEGIN { print (p <= 2 ? "met" : "NOT met") }')
echo "  after one item changed:    $(printf '%9.1f' "$incr_ms") ms (median of $repeat: ${incr[*]}) = $pct% of full (target <= 2%: $verdict)"
echo "  after no change:           $(printf '%9.1f' "$none_ms") ms = $(awk -v a="$none_ms" -v b="$full_ms" 'BEGIN { printf "%.1f", 100 * a / b }')% of full"
[ -z "${BENCH_SUMMARY:-}" ] ||
	echo "$years $meetings $md_mb $full_ms $incr_ms $pandoc_ratio" >>"$BENCH_SUMMARY"
rm -rf "$ws" "$site" "$out"
