#!/usr/bin/env bash
# bench/publish.sh WORKSPACE SCRATCH: publishing a generated archive.
#   - full publish (an empty output directory), the median of BENCH_REPEAT
#     runs (default 3), against pandoc converting the same markdown files
#     (the site's meetings/*/*.md) to standalone HTML, one process per file as
#     a site build would; with more than PANDOC_FILES files (default 60) pandoc
#     converts an even sample and its times are scaled by bytes (said so);
#   - incremental publish after one agenda item changed, and after no change,
#     as a fraction of the full publish.
# - the full publish on one thread, to show what the other processors give.
# Each figure is wall-clock time and processor time (user + system); the
# ratios use processor time, which the other work on a shared machine
# disturbs least. Targets (docs/performance.md): gavel >= 20x faster than pandoc;
# incremental <= 2% of full.
# Appends "years meetings md_mb full_cpu incr_cpu pandoc_ratio" to $BENCH_SUMMARY.
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
meetings=$("$GAVEL" -C "$ws" meeting list --json | jq length)
years=$(basename "$ws_src" | sed -E 's/^y([0-9]+)-.*/\1/')

# figure NAME WALLS CPUS: "NAME: wall W ms, cpu C ms (medians of N)"
figure() {
	printf '  %-30s wall %9.1f ms, cpu %8.0f ms' "$1:" "$2" "$3"
}

# full_publish [ENV...]: publish into an empty directory with nothing kept
# from an earlier publish; sets WALL_MS and CPU_MS.
full_publish() {
	rm -rf "$site" "$ws/site-cache"
	timed env "$@" "$GAVEL" -C "$ws" publish --out "$site"
}

walls=() cpus=() one_walls=()
for _ in $(seq "$repeat"); do
	full_publish GAVEL_PUBLISH_THREADS=1
	one_walls+=("$WALL_MS")
	full_publish
	walls+=("$WALL_MS") cpus+=("$CPU_MS")
done
full_wall=$(median "${walls[@]}") full_cpu=$(median "${cpus[@]}")
one_wall=$(median "${one_walls[@]}")

mapfile -t md < <(find "$site/meetings" -name '*.md' | sort)
md_bytes=$(cat "${md[@]}" | wc -c)
md_mb=$(awk -v b="$md_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "publish: $years years, $meetings meetings, ${#md[@]} markdown files ($md_mb MB)"
figure "gavel publish, full" "$full_wall" "$full_cpu"
echo " (medians of $repeat)"
echo "  on $(nproc) processors: wall $full_wall ms; on one thread (GAVEL_PUBLISH_THREADS=1): wall $one_wall ms, $(ratio "$one_wall" "$full_wall")x"

# pandoc on the same files, sampled evenly when there are many
max=${PANDOC_FILES:-60}
step=$(( (${#md[@]} + max - 1) / max ))
[ "$step" -ge 1 ] || step=1
out=$scratch/pandoc
mkdir -p "$out"
sample_bytes=0 n=0 p_wall=0 p_cpu=0
for ((i = 0; i < ${#md[@]}; i += step)); do
	f=${md[i]}
	timed pandoc -f markdown -t html5 -s --metadata title=agenda "$f" -o "$out/$n.html"
	p_wall=$(awk -v a="$p_wall" -v b="$WALL_MS" 'BEGIN { print a + b }')
	p_cpu=$(awk -v a="$p_cpu" -v b="$CPU_MS" 'BEGIN { print a + b }')
	sample_bytes=$((sample_bytes + $(wc -c <"$f")))
	n=$((n + 1))
done
scale=$(awk -v s="$sample_bytes" -v a="$md_bytes" 'BEGIN { print a / s }')
pd_wall=$(awk -v t="$p_wall" -v k="$scale" 'BEGIN { printf "%.1f", t * k }')
pd_cpu=$(awk -v t="$p_cpu" -v k="$scale" 'BEGIN { printf "%.0f", t * k }')
figure "pandoc, one process a file" "$pd_wall" "$pd_cpu"
if [ "$n" -lt "${#md[@]}" ]; then
	echo " (measured on $n of ${#md[@]} files, scaled by bytes)"
else
	echo
fi
pandoc_ratio=$(ratio "$pd_cpu" "$full_cpu")
verdict=$(awk -v r="$pandoc_ratio" 'BEGIN { print (r >= 20 ? "met" : "NOT met") }')
echo "  ratio: gavel is ${pandoc_ratio}x faster than pandoc in processor time, $(ratio "$pd_wall" "$full_wall")x in wall time (target >= 20x: $verdict)"

# one change: a report's title in the latest Council meeting whose minutes
# are not approved (an approved meeting's agenda is locked: docs/minutes.md,
# "What approval locks")
slug=$(sqlite3 "$ws/gavel.db" "SELECT slug FROM meetings WHERE slug LIKE '%-council'
	AND agenda_published_at > 0 AND id NOT IN (SELECT meeting_id FROM minutes_approvals)
	ORDER BY starts_at DESC LIMIT 1")
walls=() cpus=()
for i in $(seq "$repeat"); do
	"$GAVEL" -C "$ws" agenda edit "$slug" 9.1 --title "Report changed for the benchmark ($i)" >/dev/null
	timed "$GAVEL" -C "$ws" publish --out "$site"
	walls+=("$WALL_MS") cpus+=("$CPU_MS")
done
incr_wall=$(median "${walls[@]}") incr_cpu=$(median "${cpus[@]}")
timed "$GAVEL" -C "$ws" publish --out "$site"
none_wall=$WALL_MS none_cpu=$CPU_MS
pct=$(awk -v a="$incr_cpu" -v b="$full_cpu" 'BEGIN { printf "%.1f", 100 * a / b }')
verdict=$(awk -v p="$pct" 'BEGIN { print (p <= 2 ? "met" : "NOT met") }')
figure "after one item changed" "$incr_wall" "$incr_cpu"
echo " = $pct% of full in processor time (target <= 2%: $verdict)"
figure "after no change" "$none_wall" "$none_cpu"
echo " = $(awk -v a="$none_cpu" -v b="$full_cpu" 'BEGIN { printf "%.1f", 100 * a / b }')% of full"
[ -z "${BENCH_SUMMARY:-}" ] ||
	echo "$years $meetings $md_mb $full_cpu $incr_cpu $pandoc_ratio" >>"$BENCH_SUMMARY"
rm -rf "$ws" "$site" "$out"
