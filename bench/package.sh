#!/usr/bin/env bash
# bench/package.sh WS SCRATCH: the agenda package (docs/performance.md, "Agenda
# package") of WS's largest agenda, with PDF attachments, against headless
# Chromium printing the same agenda's page to PDF (--print-to-pdf, without
# attachments), in the same run. Medians of BENCH_REPEAT (default 3) runs.
# Works on a copy of WS: the attachments are added there.
set -eu
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source bench/lib.sh
ws=$1 scratch=$2
GAVEL=${GAVEL:-$PWD/gavel}
n=${BENCH_REPEAT:-3}
chromium=$(command -v chromium || command -v chromium-browser || true)

rm -rf "$scratch/pkg-ws" && cp -a "$ws" "$scratch/pkg-ws"
w=$scratch/pkg-ws
# The public meeting with the most agenda text.
M=$(sqlite3 "$w/gavel.db" "SELECT m.slug FROM meetings m JOIN items i ON i.meeting_id = m.id
	WHERE m.agenda_published_at IS NOT NULL AND m.agenda_published_at > 0
	GROUP BY m.id ORDER BY sum(length(i.body) + length(i.recommendation)) DESC LIMIT 1")
# The archive's past meetings have approved minutes, which lock their agendas
# (docs/minutes.md, "What approval locks"): in this copy M's approval is
# taken back, so that the attachments a town adds before approval can be
# (after any command, which brings the copy's database to this schema).
"$GAVEL" -C "$w" meeting list >/dev/null
sqlite3 "$w/gavel.db" "DELETE FROM approved_minutes WHERE meeting_id = (SELECT id FROM meetings
	WHERE slug = '$M'); DELETE FROM minutes_approvals WHERE meeting_id = (SELECT id FROM meetings
	WHERE slug = '$M')"
# Attachments: the packages of two other meetings, as a town attaches staff reports.
others=$(sqlite3 "$w/gavel.db" "SELECT slug FROM meetings WHERE slug <> '$M' ORDER BY id DESC LIMIT 2")
items=$("$GAVEL" -C "$w" agenda show "$M" --json | jq -r '[.items[] | select(.closed == null) | .number] | .[length/3|floor], .[2*length/3|floor]')
set -- $items
for o in $others; do
	"$GAVEL" -C "$w" package "$o" --public --out "$scratch/att-$o.pdf" >/dev/null
	"$GAVEL" -C "$w" agenda attach "$M" "$1" "$scratch/att-$o.pdf" >/dev/null
	shift
done

cpu=() wall=()
for _ in $(seq "$n"); do
	timed "$GAVEL" -C "$w" package "$M" --public --out "$scratch/pkg.pdf"
	cpu+=("$CPU_MS") wall+=("$WALL_MS")
done
pages=$(pdfinfo "$scratch/pkg.pdf" | awk '/^Pages:/ {print $2}')
size=$(stat -c %s "$scratch/pkg.pdf")
g_cpu=$(median "${cpu[@]}") g_wall=$(median "${wall[@]}")
echo "gavel package $M --public: $pages pages, $((size / 1024)) KB;" \
	"median $g_wall ms wall, $g_cpu ms processor"

if [ -z "$chromium" ]; then
	echo "chromium: not installed (make site-tools), no comparison"
	exit 0
fi
"$GAVEL" -C "$w" publish --out "$scratch/site" "$M" >/dev/null
page=$scratch/site/meetings/$M/agenda.html
cpu=() wall=()
for _ in $(seq "$n"); do
	timed "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$scratch/chromium-profile" --print-to-pdf="$scratch/chromium.pdf" \
		"file://$page"
	cpu+=("$CPU_MS") wall+=("$WALL_MS")
done
c_pages=$(pdfinfo "$scratch/chromium.pdf" | awk '/^Pages:/ {print $2}')
c_cpu=$(median "${cpu[@]}") c_wall=$(median "${wall[@]}")
echo "chromium --print-to-pdf of its agenda page: $c_pages pages, no attachments;" \
	"median $c_wall ms wall, $c_cpu ms processor"
echo "gavel is $(ratio "$c_wall" "$g_wall")x faster in wall time," \
	"$(ratio "$c_cpu" "$g_cpu")x in processor time (target: 10x)"
echo "processor time measured by $TIMED_BY"
