#!/usr/bin/env bash
# `make bench`, the server's part: BENCH_CLIENTS (default 50) concurrent clients post reflections
# to `marshrut serve` over the embedded SQLite store for BENCH_DURATION seconds (default 30), with
# wrk from Debian's packages; beside it, the same reflection written by the local CLI. Checks that
# every 2xx answer is a stored reflection and that no answer was another status, then prints a
# table (also appended to .bench/latest.md when that file exists). BENCH_BIN names a binary to
# measure instead of building the release one. BENCH_POSTGRES=1 runs the same on a PostgreSQL
# database of a throwaway cluster (tools/postgres-cluster.sh) instead of the SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CLIENTS=${BENCH_CLIENTS:-50}
DURATION=${BENCH_DURATION:-30}
LOCAL_RUNS=${BENCH_LOCAL_RUNS:-20}
export MARSHRUT_TODAY=2026-11-29 LANG=C LC_ALL=C MARSHRUT_LANG=en

fail() { echo "bench: $*" >&2; exit 1; }
note() { echo "== $*" >&2; }

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
# The static binary links libcurl, which the command line's server client (FoundationNetworking) uses.
compgen -G '/usr/lib/*/libcurl.so' >/dev/null || missing+=(libcurl4-openssl-dev)
if ((${#missing[@]})); then
  note "installing ${missing[*]}"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

BIN=$(Bench/release-binary.sh)
[[ -x $BIN ]] || fail "no binary at $BIN"

WORK=$(mktemp -d)
SERVER=
CLUSTER=
cleanup() {
  [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null
  [[ -n $CLUSTER ]] && tools/postgres-cluster.sh stop "$CLUSTER"
  rm -rf "$WORK"
}
trap cleanup EXIT
if [[ ${BENCH_POSTGRES:-0} == 1 ]]; then
  CLUSTER=$(mktemp -d /tmp/marshrut-bench-pg.XXXXXX)
  PGSERVER=$(tools/postgres-cluster.sh start "$CLUSTER")
  psql -q "$PGSERVER" -c "CREATE DATABASE school" >/dev/null
  DB=${PGSERVER%/postgres}/school
  STORE="PostgreSQL store"
  count() { psql -tA "$DB" -c "SELECT count(*) FROM reflection"; }
else
  DB=$WORK/school.db
  STORE="SQLite store"
  count() { sqlite3 "$DB" "SELECT count(*) FROM reflection"; }
fi
PASSWORD=kuznetsov-bench-1

note "a school with one teacher's account"
"$BIN" --db "$DB" init >/dev/null
"$BIN" --db "$DB" import "$ROOT/Routes" >/dev/null
"$BIN" --db "$DB" organization add malinovka --name "МКОУ «Малиновская ООШ»" --type region >/dev/null
"$BIN" --db "$DB" person edit kuznetsov --organization malinovka >/dev/null
echo "$PASSWORD" | "$BIN" --db "$DB" account add kuznetsov --person kuznetsov --password-stdin >/dev/null

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MARSHRUT_LOG=error "$BIN" --db "$DB" serve --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/session" -d "{\"login\": \"kuznetsov\", \"password\": \"$PASSWORD\"}" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')

cat >"$WORK/post.lua" <<'LUA'
-- Each request a new reflection, so every stored one can be told apart.
-- wrk.format with its own headers would drop the Authorization header given with -H.
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"deficit": "d4", "score": 4, "text": "bench %d %d"}', math.random(1, 1e9), n)
  return wrk.format("POST", nil, nil, body)
end
LUA

BEFORE=$(count)
note "$CLIENTS clients posting reflections for ${DURATION} s"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$WORK/post.lua" -H "Authorization: Bearer $TOKEN" \
  "http://127.0.0.1:$PORT/api/v1/routes/kuznetsov-2024/reflections" >"$WORK/wrk.out"
AFTER=$(count)
kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
SERVER=

TOTAL=$(awk '/requests in/ { print $1 }' "$WORK/wrk.out")
NON2XX=$(awk '/Non-2xx/ { print $NF }' "$WORK/wrk.out")
NON2XX=${NON2XX:-0}
ERRORS=$(awk '/Socket errors/ { print }' "$WORK/wrk.out")
P50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.out")
P99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.out")
RATE=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.out")
STORED=$((AFTER - BEFORE))
[[ $NON2XX == 0 ]] || fail "$NON2XX answers were not 2xx: $(cat "$WORK/wrk.out")"
# wrk counts only the answers it read whole; a request cut off when the run ends may still be stored.
((STORED >= TOTAL && STORED <= TOTAL + CLIENTS)) || fail "$TOTAL acknowledged, $STORED stored"

note "the local CLI: $LOCAL_RUNS reflections one after another"
times=()
for i in $(seq 1 "$LOCAL_RUNS"); do
  start=$(date +%s.%N)
  "$BIN" --db "$DB" reflect kuznetsov-2024 --deficit d4 --score 4 "local $i" >/dev/null
  times+=("$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.4f", b - a }')")
done
LOCAL_MEDIAN=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')

mkdir -p "$ROOT/.bench"
{
  echo
  echo "### The server: $CLIENTS clients posting reflections for ${DURATION} s ($STORE)"
  echo
  echo "| | figure |"
  echo "|---|---|"
  echo "| answered 2xx (every one stored) | $TOTAL ($STORED stored) |"
  echo "| answers not 2xx | $NON2XX |"
  echo "| throughput | $RATE reflections/s |"
  echo "| latency p50 / p99 | $P50 / $P99 |"
  [[ -n $ERRORS ]] && echo "| wrk socket errors | ${ERRORS#*: } |"
  echo "| local CLI, one \`reflect\` (process start to exit, median of $LOCAL_RUNS) | $(awk -v s="$LOCAL_MEDIAN" 'BEGIN { printf "%.1f ms", s * 1000 }') |"
} | tee -a "$ROOT/.bench/server.md"
if [[ -f $ROOT/.bench/latest.md ]]; then cat "$ROOT/.bench/server.md" >>"$ROOT/.bench/latest.md"; fi
rm -f "$ROOT/.bench/server.md"
