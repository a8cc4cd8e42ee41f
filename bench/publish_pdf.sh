#!/usr/bin/env bash
# bench/publish_pdf.sh WORKSPACE SCRATCH: what the PDFs cost a publish
# (docs/performance.md, "Agenda package"): the same archive published with
# the setting publish.pdf yes (an agenda package and, with minutes, a minutes
# PDF for every public meeting) and no, in the same run, alternated, medians
# of BENCH_REPEAT runs (default 3):
#   - a first publish into an empty directory (every PDF typeset);
#   - a publish that remakes every page (the base URL changed) where every
#     PDF's content is the same, so it is kept.
# Processor time (user + system, all threads). Target: with PDFs <= 2x without.
set -eu
ws_src=$1 scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
GAVEL=${GAVEL:-$PWD/gavel}
repeat=${BENCH_REPEAT:-3}
export GAVEL_NOW=2026-01-05T17:00:00Z

ws=$scratch/pdf-ws
rm -rf "$ws" && cp -a "$ws_src" "$ws"
g() { "$GAVEL" -C "$ws" "$@" >/dev/null; }

# first PDF: a first publish into an empty directory, nothing kept; sets CPU_MS
first() {
	g config publish.pdf "$1"
	rm -rf "$scratch/site-$1" "$ws/site-cache"
	timed "$GAVEL" -C "$ws" publish --out "$scratch/site-$1"
}
# remade PDF N: every page of site-PDF made again (a new base URL); sets CPU_MS
remade() {
	g config publish.pdf "$1"
	g publish --out "$scratch/site-$1"
	g config publish.base-url "https://example.org/$2/"
	timed "$GAVEL" -C "$ws" publish --out "$scratch/site-$1"
}

with=() without=() with_r=() without_r=()
for i in $(seq "$repeat"); do
	first no && without+=("$CPU_MS")
	first yes && with+=("$CPU_MS")
	remade no "n$i" && without_r+=("$CPU_MS")
	remade yes "y$i" && with_r+=("$CPU_MS")
done
pdfs=$(find "$scratch/site-yes" -name '*.pdf' | wc -l)
w=$(median "${with[@]}") wo=$(median "${without[@]}")
wr=$(median "${with_r[@]}") wor=$(median "${without_r[@]}")
echo "publish with PDFs ($pdfs of them) and without, $(basename "$ws_src"), processor time ($TIMED_BY), medians of $repeat:"
echo "  first publish, empty directory: with $w ms, without $wo ms"
echo "ratio: a first publish with PDFs takes $(ratio "$w" "$wo")x the time without them (target <= 2x)"
echo "  every page remade, every PDF kept: with $wr ms, without $wor ms"
echo "ratio: a publish that remakes every page takes $(ratio "$wr" "$wor")x with PDFs (target <= 2x)"
rm -rf "$ws" "$scratch/site-yes" "$scratch/site-no"
