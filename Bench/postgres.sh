#!/usr/bin/env bash
# `make bench`, PostgreSQL beside SQLite: the same generated region in a SQLite file and in a
# PostgreSQL database of a throwaway cluster (tools/postgres-cluster.sh), and the same commands
# on both — `demo generate`, `rules check --json` end to end (whose output must be byte-identical),
# `route show` and `reflect`. Prints a markdown table of medians (also appended to
# .bench/latest.md when that file exists). BENCH_SIZES (default 10000 100000), BENCH_RUNS
# (default 3; 1 for rules check at 100,000 and more), BENCH_BIN as in server.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${BENCH_RUNS:-3}
read -ra SIZES <<<"${BENCH_SIZES:-10000 100000}"
TODAY=2026-11-29
export MARSHRUT_TODAY=$TODAY LANG=C LC_ALL=C MARSHRUT_LANG=en
fail() { echo "bench: $*" >&2; exit 1; }
note() { echo "== $*" >&2; }

BIN=$(Bench/release-binary.sh)
[[ -x $BIN ]] || fail "no binary at $BIN"

WORK=$(mktemp -d)
CLUSTER=$(mktemp -d /tmp/marshrut-bench-pg.XXXXXX)
cleanup() { tools/postgres-cluster.sh stop "$CLUSTER" || true; rm -rf "$WORK"; }
trap cleanup EXIT
SERVER_URL=$(tools/postgres-cluster.sh start "$CLUSTER")
note "PostgreSQL at $SERVER_URL"
create() { psql -q "$SERVER_URL" -c "CREATE DATABASE $1" >/dev/null; echo "${SERVER_URL%/postgres}/$1"; }

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
fmt_s() { awk -v s="$1" 'BEGIN { if (s < 0.1) printf "%.1f ms", s * 1000; else printf "%.2f s", s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
# timed FILE CMD…: appends CMD's wall seconds to FILE; its output goes to FILE.out.
timed() {
  local file=$1; shift
  local start; start=$(now)
  "$@" >"$file.out" 2>"$file.err" || { local s=$?; [[ $s == 1 && $1 == "$BIN" && " $* " == *" rules "* ]] || { cat "$file.err" >&2; fail "failed ($s): $*"; }; }
  awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.4f\n", b - a }' >>"$file"
}

ROWS=()
for N in "${SIZES[@]}"; do
  label=$(echo "$N" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
  runs=$RUNS; ((N >= 100000)) && runs=1
  FILE=$WORK/region-$N.db
  PG=$(create "region_$N")
  note "$label teachers: generating into the file and into PostgreSQL"
  timed "$WORK/gen-sqlite-$N" "$BIN" --db "$FILE" demo generate --teachers "$N"
  timed "$WORK/gen-pg-$N" "$BIN" --db "$PG" demo generate --teachers "$N"
  gs=$(median <"$WORK/gen-sqlite-$N") gp=$(median <"$WORK/gen-pg-$N")
  ROWS+=("| $label | demo generate | $(fmt_s "$gs") | $(fmt_s "$gp") | $(ratio "$gp" "$gs") | 1 |")
  for ((i = 1; i <= runs; i++)); do
    note "$label: rules check on both, run $i of $runs"
    timed "$WORK/check-sqlite-$N" "$BIN" --db "$FILE" --scripts "$ROOT/Scripts" rules check --json --today "$TODAY"
    timed "$WORK/check-pg-$N" "$BIN" --db "$PG" --scripts "$ROOT/Scripts" rules check --json --today "$TODAY"
    cmp -s "$WORK/check-sqlite-$N.out" "$WORK/check-pg-$N.out" || fail "$label: rules check --json differs between SQLite and PostgreSQL"
  done
  cs=$(median <"$WORK/check-sqlite-$N") cp=$(median <"$WORK/check-pg-$N")
  ROWS+=("| $label | rules check --json, end to end (output byte-identical: $(wc -c <"$WORK/check-pg-$N.out") bytes) | $(fmt_s "$cs") | $(fmt_s "$cp") | $(ratio "$cp" "$cs") | $runs |")
  ROUTE=$(sqlite3 "$FILE" "SELECT id FROM route WHERE stage = 'implementation' ORDER BY id LIMIT 1 OFFSET $((N / 4))")
  for ((i = 1; i <= RUNS; i++)); do
    timed "$WORK/show-sqlite-$N" "$BIN" --db "$FILE" route show "$ROUTE"
    timed "$WORK/show-pg-$N" "$BIN" --db "$PG" route show "$ROUTE"
    timed "$WORK/reflect-sqlite-$N" "$BIN" --db "$FILE" reflect "$ROUTE" --deficit d1 --score 4 "Замер $i"
    timed "$WORK/reflect-pg-$N" "$BIN" --db "$PG" reflect "$ROUTE" --deficit d1 --score 4 "Замер $i"
  done
  for what in show reflect; do
    s=$(median <"$WORK/$what-sqlite-$N") p=$(median <"$WORK/$what-pg-$N")
    name=$([[ $what == show ]] && echo "route show $ROUTE" || echo "reflect (one process, start to exit)")
    ROWS+=("| $label | $name | $(fmt_s "$s") | $(fmt_s "$p") | $(ratio "$p" "$s") | $RUNS |")
  done
done

{
  echo
  echo "### SQLite and PostgreSQL side by side (same region, same release binary; PostgreSQL $(psql -tA "$SERVER_URL" -c 'SHOW server_version') on loopback, fsync off)"
  echo
  echo "| teachers | measurement | SQLite | PostgreSQL | PostgreSQL ÷ SQLite | runs |"
  echo "|---:|---|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
} | tee "$WORK/table.md"
if [[ -f $ROOT/.bench/latest.md ]]; then cat "$WORK/table.md" >>"$ROOT/.bench/latest.md"; fi
