#!/usr/bin/env bash
# bench/serve.sh DIR [CLIENTS] [ROUNDS]: gavel serve with CLIENTS subscribers
# (default 50) while a councillor casts ROUNDS ballots (default 100), against
# a bare Unix-socket echo in the same run (bench/serve.c). The councillor is
# a Unix login made for the run and removed after, so it needs root; without
# it the benchmark says so and is skipped.
set -eu
cd "$(dirname "$0")/.."
dir=$1 clients=${2:-50} rounds=${3:-100}
if [ "$(id -u)" != 0 ]; then
	echo "skipped: the councillor is a Unix login made for the run, which needs root"
	exit 0
fi
make --no-print-directory gavel build/bench/serve >/dev/null
user=gvbench$$
useradd -M -N -g nogroup -s /usr/sbin/nologin "$user"
server=
cleanup() {
	[ -z "$server" ] || { kill "$server" && wait "$server"; } 2>/dev/null || true
	userdel "$user" 2>/dev/null || true
}
trap cleanup EXIT
ws=$dir/serve-ws
export GAVEL_NOW=2026-12-08T19:00:00-05:00
g() { ./gavel -C "$ws" "$@" >/dev/null; }
./gavel init "$ws" --name Benchville --timezone America/Toronto >/dev/null
g member add "Marie Côté" --role mayor
g member add "Ahmed Haddad"
g member add "Élise Bouchard"
g member link Haddad --user "$user"
g config serve.group nogroup
M=$(./gavel -C "$ws" meeting new --title "Regular Council Meeting" --at "2026-12-08 19:00" | tail -1)
g agenda add "$M" "Water Rates" --under 9
g live "$M" attend "Côté,Haddad,Bouchard" --present
g live "$M" start
g live "$M" take 9.1
g live "$M" move "That Council approve the rates." --mover Côté --seconder Bouchard
g live "$M" vote 1 --electronic
sock=$dir/serve.sock
chmod 711 "$dir"
./gavel -C "$ws" serve --socket "$sock" >"$dir/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do [ -S "$sock" ] && break; sleep 0.05; done

build/bench/serve "$sock" "$server" "$(id -u "$user")" "$(getent group nogroup | cut -d: -f3)" \
	"$M" "$clients" "$rounds"
