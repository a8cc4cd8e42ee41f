# Helpers of the archive benchmarks (sourced by bench/archive and
# bench/publish.sh): a clock, medians, and generated archives kept between
# runs in $BENCH_ARCHIVES (default build/archives), one per size and seed.

# now_ms: the monotonic-enough wall clock in milliseconds.
now_ms() {
	local ns
	ns=$(date +%s%N)
	echo $((ns / 1000000))
}

# time_ms CMD...: run CMD (its output discarded) and print how long it took.
time_ms() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null 2>&1
	t1=$(date +%s%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) / 1e6 }'
}

# timed CMD...: run CMD (its output discarded; it must succeed) and set
# WALL_MS to how long it took and CPU_MS to the processor time it used: every
# thread and every process it started, counted by `perf stat -e task-clock`
# (linux-perf), which follows each process CMD forks whether or not it waits
# for it. Chromium's renderers are not reaped by the process time waits for,
# so /usr/bin/time saw about a third of Chromium's time (0.9 s of 2.8 s).
# Without perf (or where the kernel refuses it), /usr/bin/time's user and
# system time of CMD and the children it waited for, 10 ms resolution, and
# TIMED_BY says which. On a shared machine the processor time is the
# steadier figure.
if perf stat -e task-clock -x, -o /dev/null true >/dev/null 2>&1; then
	TIMED_BY="perf stat -e task-clock (every process and thread)"
else
	TIMED_BY="/usr/bin/time (the children waited for only)"
fi
timed() {
	local t0 t1 f
	f=$(mktemp)
	t0=$(date +%s%N)
	if [ "${TIMED_BY#perf}" != "$TIMED_BY" ]; then
		perf stat -e task-clock -x, -o "$f" "$@" >/dev/null 2>&1 || { rm -f "$f"; return 1; }
		t1=$(date +%s%N)
		CPU_MS=$(awk -F, '$3 == "task-clock" { printf "%.0f", $1 }' "$f")
	else
		/usr/bin/time -f '%U %S' -o "$f" "$@" >/dev/null 2>&1 || { rm -f "$f"; return 1; }
		t1=$(date +%s%N)
		CPU_MS=$(awk '{ printf "%.0f", ($1 + $2) * 1000 }' "$f")
	fi
	WALL_MS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
	rm -f "$f"
}

# median N...: the median of the numbers.
median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# archive YEARS: the path of the generated archive of that many years (seed
# $BENCH_SEED, default 1), made with bench/gen-archive the first time.
# BENCH_REGEN=1 makes it again.
archive() {
	local years=$1 seed=${BENCH_SEED:-1}
	local dir=${BENCH_ARCHIVES:-$PWD/build/archives}/y$years-s$seed
	if [ -n "${BENCH_REGEN:-}" ] || [ ! -f "$dir/gavel.db" ]; then
		rm -rf "$dir" "$dir.tmp"
		mkdir -p "$(dirname "$dir")"
		echo "   generating a $years-year archive (seed $seed) in $dir" >&2
		build/bench/gen-archive --years "$years" --seed "$seed" --out "$dir.tmp" >&2
		mv "$dir.tmp" "$dir"
	fi
	echo "$dir"
}

# ratio A B: A / B with one decimal.
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f\n", (b > 0 ? a / b : 0) }'
}
