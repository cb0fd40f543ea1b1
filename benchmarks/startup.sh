#!/usr/bin/env bash
# Start-up to ready, measured as the load harness does (benchmarks/.../load/Application.java): spawn
# the given command with a fresh data directory on 127.0.0.1 and a free port, poll
# /actuator/health/readiness every 20 ms until 200 (from one python3 process), then read the
# process' CPU (user + system, all threads) from /proc. Prints one line per start with the load
# average, then stops the application.
#   benchmarks/startup.sh LABEL java @bot/target/app/jvm.options -jar bot/target/app/relais.jar
# STARTUP_DATA_DIR=dir reuses that data directory and keeps it (a restart: the database is already
# migrated); without it, each start gets a fresh one (a first start, migrations included).
# main = the threads named "java" (the launcher's and the main thread), jit = C1 + C2 compiler threads.
set -euo pipefail
label=$1; shift
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=${STARTUP_DATA_DIR:-$(mktemp -d)}
load=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(date +%s.%N)
SERVER_PORT=$port SERVER_ADDRESS=127.0.0.1 RELAIS_DATA_DIR=$data "$@" > "$data/log" 2>&1 &
pid=$!
# One python3 process polls (a curl and a sleep spawned every 20 ms used about 40 % of a core, taken
# from the application it was timing); it prints the wall-clock time at the first 200.
t1=$(python3 - "$port" "$pid" <<'POLL'
import http.client, sys, time
port, pid = int(sys.argv[1]), int(sys.argv[2])
while True:
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        c.request("GET", "/actuator/health/readiness")
        if c.getresponse().status == 200:
            print(f"{time.time():.6f}")
            break
    except OSError:
        pass
    finally:
        c.close()
    try:
        with open(f"/proc/{pid}/stat") as stat:
            if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                sys.exit(1)  # exited, not yet reaped by the shell
    except FileNotFoundError:
        sys.exit(1)
    time.sleep(0.02)
POLL
) || { echo "$label: exited before ready"; tail -30 "$data/log"; exit 1; }
ticks() { sed 's/.*) //' "$1" | awk '{print $12 + $13}'; }
cpu=$(ticks /proc/$pid/stat); main=0; jit=0
for task in /proc/$pid/task/*; do
  t=$(ticks "$task/stat" 2>/dev/null || echo 0)
  case "$(cat "$task/comm" 2>/dev/null)" in
    java) main=$((main + t)) ;;
    C1*|C2*) jit=$((jit + t)) ;;
  esac
done
started=$(grep -o 'Started RelaisApplication in [0-9.]*' "$data/log" | grep -o '[0-9.]*$' || echo '?')
awk -v l="$label" -v s="$started" -v r="$(echo "$t1 - $t0" | bc)" -v c=$cpu -v m=$main -v j=$jit -v a="$load" \
  'BEGIN { printf "%s: Started in %s s; ready after %.2f s; CPU until ready %.2f s (main %.2f, JIT %.2f); load [%s]\n", l, s, r, c/100, m/100, j/100, a }'
kill $pid; wait $pid 2>/dev/null || true
[ -n "${STARTUP_DATA_DIR:-}" ] || rm -rf "$data"
