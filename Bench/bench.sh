#!/usr/bin/env bash
# `make bench`: Marshrut on generated regions against baselines that do the same job with no
# host — the stock `lua5.4` running the same Scripts/ over a Lua data file, and the `sqlite3`
# shell doing the same select and insert. Prints one markdown table of medians and ratios and
# writes it to .bench/latest.md.
#
# Sizes: 10,000 and 100,000 teachers; BENCH_FULL=1 adds 1,000,000, where only marshrut runs (the
# baseline's data file would be about 10 GB, more than lua5.4 can load in this machine's memory), to
# show its time and peak memory. Each measurement runs
# BENCH_RUNS times (default 3); the slow end-to-end ones (rules check, the Lua baseline, import)
# run BENCH_RUNS_LARGE times (default 1) at 100,000 and more, which the table says. Findings per
# rule must agree between `marshrut rules check --json` and the baseline, or the script fails.
# BENCH_SCRATCH sets SwiftPM's build folder (default .build-static); BENCH_SIZES replaces the sizes (the
# first one also gets the incentives comparison and the export/import), e.g. for a quick try.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/.bench
RUNS=${BENCH_RUNS:-3}
RUNS_LARGE=${BENCH_RUNS_LARGE:-1}
SEED=${BENCH_SEED:-1}
TODAY=2026-11-29          # the generator's default "as of" day: rules see the region as it was made
SCRIPTS=$ROOT/Scripts
read -ra SIZES <<<"${BENCH_SIZES:-10000 100000}"
[[ ${BENCH_FULL:-0} == 1 ]] && SIZES+=(1000000)

fail() { echo "bench: $*" >&2; exit 1; }
note() { echo "== $*" >&2; }

# --- tools -------------------------------------------------------------------------------------
missing=()
command -v lua5.4 >/dev/null || missing+=(lua5.4)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
# The static binary links libcurl, which the command line's server client (FoundationNetworking) uses.
compgen -G '/usr/lib/*/libcurl.so' >/dev/null || missing+=(libcurl4-openssl-dev)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v pkg-config >/dev/null && pkg-config --exists lua5.4 || missing+=(liblua5.4-dev pkg-config)
if ((${#missing[@]})); then
  note "installing ${missing[*]}"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The release binary as it is shipped: the Swift runtime and Foundation linked in, so a command
# starts without loading and relocating a dozen shared libraries (`route show` 28.9 ms -> 22.2 ms).
# Its own build folder, so a plain `swift build -c release` does not rebuild everything after it.
BIN=$(Bench/release-binary.sh)
[[ -x $BIN ]] || fail "no binary at $BIN"
mkdir -p "$OUT"
export MARSHRUT_TODAY=$TODAY LANG=C LC_ALL=C

# --- measuring ---------------------------------------------------------------------------------
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.4f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.1f×", a / b }'; }
fmt_s() { awk -v s="$1" 'BEGIN { if (s == "-") print "-"; else if (s < 0.1) printf "%.1f ms", s * 1000; else printf "%.2f s", s }'; }
fmt_mb() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.0f MB", k / 1024 }'; }

# timed NAME CMD…: runs CMD under /usr/bin/time -v with its output in $RUN.out/.err; appends the
# wall seconds to $RUN.wall and the peak resident kB to $RUN.rss. Exit statuses other than 0 and
# $ALLOW (default none) stop the bench.
timed() {
  local name=$1; shift
  RUN=$DIR/$name
  local start status=0; start=$(now)
  /usr/bin/time -v -o "$RUN.time" "$@" >"$RUN.out" 2>"$RUN.err" || status=$?
  if ((status != 0)) && [[ $status != "${ALLOW:-}" ]]; then
    cat "$RUN.err" >&2; fail "$name failed with status $status: $*"
  fi
  seconds_since "$start" >>"$RUN.wall"; echo >>"$RUN.wall"
  awk -F': ' '/Maximum resident set size/ { print $2 }' "$RUN.time" >>"$RUN.rss"
}
med() { median <"$DIR/$1"; }

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }

# Findings per rule, "rule count" lines sorted, from `rules check --json` and from the baseline.
json_counts() { sed -n 's/^ *"rule" *: *"\([^"]*\)".*/\1/p' "$1" | sort | uniq -c | awk '{ print $2, $1 }'; }
json_awards() { sed -n 's/^ *"incentive" *: *"\([^"]*\)".*/\1/p' "$1" | sort | uniq -c | awk '{ print $2, $1 }'; }
lua_counts() { awk -F'\t' -v k="$2" '$1 == k && $3 > 0 { print $2, $3 }' "$1" | sort; }
lua_time() { awk -F'\t' -v k="$2" '$1 == "time" && $2 == k { print $3 }' "$1"; }

AGREEMENT=()
DISAGREE=()
declare -A END_TO_END ONE_WORKER
for N in "${SIZES[@]}"; do
  DIR=$OUT/$N
  rm -rf "$DIR"; mkdir -p "$DIR"
  DB=$DIR/region.db
  LUA=$DIR/region.lua
  runs=$RUNS; ((N >= 100000)) && runs=$RUNS_LARGE
  label=$(echo "$N" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')

  note "$label teachers: generating"
  timed generate "$BIN" --db "$DB" demo generate --teachers "$N" --seed "$SEED"
  gen=$(med generate.wall)
  row "$label" "demo generate (teachers/s)" "$(fmt_s "$gen") ($(awk -v n="$N" -v s="$gen" 'BEGIN { printf "%d", n / s }')/s)" "" "" 1
  if ((N >= 1000000)); then
    note "$label: rules check (marshrut only)"
    ALLOW=1 timed check "$BIN" --db "$DB" --scripts "$SCRIPTS" rules check --json --today "$TODAY" --timing
    json_counts "$RUN.out" >"$DIR/findings.marshrut"
    AGREEMENT+=("$label teachers: $(awk '{ s += $2 } END { print s + 0 }' "$DIR/findings.marshrut") findings; no baseline at this size")
    row "$label" "rules check, end to end (no baseline: its data file would not fit in memory)" "$(fmt_s "$(med check.wall)")" "" "" 1
    row "$label" "  peak memory" "$(fmt_mb "$(med check.rss)")" "" "" 1
    END_TO_END[$N]=$(med check.wall)
    continue
  fi
  note "$label: export-lua"
  timed export-lua "$BIN" --db "$DB" demo export-lua --out "$LUA" --prelude "$DIR/prelude.lua"
  row "$label" "demo export-lua (Lua data file $(du -m "$LUA" | cut -f1) MB)" "$(fmt_s "$(med export-lua.wall)")" "" "" 1

  for ((i = 1; i <= runs; i++)); do
    note "$label: rules check and the Lua baseline, run $i of $runs"
    # Status 1: a rule failed or was stopped by a limit; it is reported, and the findings compared.
    ALLOW=1 timed check "$BIN" --db "$DB" --scripts "$SCRIPTS" rules check --json --today "$TODAY" --timing
    cp "$RUN.out" "$DIR/check-$i.json"
    sed -n 's/.*evaluate=\([0-9.]*\)s.*/\1/p' "$RUN.err" >>"$DIR/check.evaluate"
    sed -n 's/.*read-data=\([0-9.]*\)s.*/\1/p' "$RUN.err" >>"$DIR/check.read"
    sed -n 's/.*build-views=\([0-9.]*\)s.*/\1/p' "$RUN.err" >>"$DIR/check.views"
    sed -n 's/.*load-related=\([0-9.]*\)s.*/\1/p' "$RUN.err" >>"$DIR/check.related"
    timed baseline lua5.4 "$ROOT/Bench/baseline.lua" "$LUA" "$DIR/prelude.lua" "$SCRIPTS" --today "$TODAY" --rules monitors
    cp "$RUN.out" "$DIR/baseline-$i.tsv"
    lua_time "$RUN.out" evaluate-monitors >>"$DIR/baseline.evaluate"
    lua_time "$RUN.out" load >>"$DIR/baseline.load"
  done

  # The two must find the same, per rule. (rules check exits 1 on a script error, which `timed` reports.)
  grep -q $'^error\t' "$DIR/baseline-1.tsv" && fail "$label: the baseline reported errors (see $DIR/baseline-1.tsv)"
  json_counts "$DIR/check-1.json" >"$DIR/findings.marshrut"
  lua_counts "$DIR/baseline-1.tsv" finding >"$DIR/findings.baseline"
  total=$(awk '{ s += $2 } END { print s + 0 }' "$DIR/findings.marshrut")
  if diff -u "$DIR/findings.marshrut" "$DIR/findings.baseline" >"$DIR/findings.diff"; then
    AGREEMENT+=("$label teachers: $(wc -l <"$DIR/findings.marshrut") rules with findings, $total findings — identical per rule")
  else
    DISAGREE+=("$label")
    AGREEMENT+=("**$label teachers: DISAGREE** — per rule, marshrut vs baseline: $(join -a1 -a2 -e0 -o 0,1.2,2.2 \
      "$DIR/findings.marshrut" "$DIR/findings.baseline" | awk '$2 != $3 { printf "%s %s vs %s; ", $1, $2, $3 }')")
    errors=$(sed -n 's/^ *"error" *: *"\(.*\)",*$/\1/p' "$DIR/check-1.json" | head -3)
    [[ -n $errors ]] && AGREEMENT+=("  rules check reported: ${errors//$'\n'/; }")
    cat "$DIR/findings.diff" >&2
    echo "bench: $label: FINDINGS DISAGREE between rules check and the Lua baseline (above); continuing to finish the table" >&2
  fi

  row "$label" "rules check, end to end / lua5.4 data file + rules" "$(fmt_s "$(med check.wall)")" "$(fmt_s "$(med baseline.wall)")" "$(ratio "$(med check.wall)" "$(med baseline.wall)")" "$runs"
  row "$label" "  reading the database / loading the data file" "$(fmt_s "$(med check.read)")" "$(fmt_s "$(med baseline.load)")" "$(ratio "$(med check.read)" "$(med baseline.load)")" "$runs"
  row "$label" "  building the views / (prebuilt tables)" "$(fmt_s "$(med check.views)")" "-" "" "$runs"
  row "$label" "  loading related subjects on demand / (prebuilt tables)" "$(fmt_s "$(med check.related)")" "-" "" "$runs"
  row "$label" "  evaluation only" "$(fmt_s "$(med check.evaluate)")" "$(fmt_s "$(med baseline.evaluate)")" "$(ratio "$(med check.evaluate)" "$(med baseline.evaluate)")" "$runs"
  row "$label" "  peak memory" "$(fmt_mb "$(med check.rss)")" "$(fmt_mb "$(med baseline.rss)")" "$(ratio "$(med check.rss)" "$(med baseline.rss)")" "$runs"
  END_TO_END[$N]=$(med check.wall)
  note "$label: rules check on one worker"
  ALLOW=1 timed check1 "$BIN" --db "$DB" --scripts "$SCRIPTS" rules check --json --today "$TODAY" --workers 1
  ONE_WORKER[$N]=$(med check1.wall)
  row "$label" "rules check --workers 1, end to end / lua5.4" "$(fmt_s "$(med check1.wall)")" "$(fmt_s "$(med baseline.wall)")" "$(ratio "$(med check1.wall)" "$(med baseline.wall)")" 1
  row "$label" "  peak memory" "$(fmt_mb "$(med check1.rss)")" "$(fmt_mb "$(med baseline.rss)")" "$(ratio "$(med check1.rss)" "$(med baseline.rss)")" 1

  if ((N == SIZES[0])); then
    note "$label: incentives and the Lua baseline"
    timed incentives "$BIN" --db "$DB" --scripts "$SCRIPTS" incentives --json --today "$TODAY"
    cp "$RUN.out" "$DIR/incentives.json"
    timed baseline-incentives lua5.4 "$ROOT/Bench/baseline.lua" "$LUA" "$DIR/prelude.lua" "$SCRIPTS" --today "$TODAY" --rules incentives
    json_awards "$DIR/incentives.json" >"$DIR/awards.marshrut"
    lua_counts "$RUN.out" award >"$DIR/awards.baseline"
    diff -u "$DIR/awards.marshrut" "$DIR/awards.baseline" >&2 || fail "$label: AWARDS DISAGREE between incentives and the Lua baseline"
    AGREEMENT+=("$label teachers: awards per incentive identical too ($(awk '{ s += $2 } END { print s + 0 }' "$DIR/awards.marshrut") awards)")
    row "$label" "incentives, end to end / lua5.4" "$(fmt_s "$(med incentives.wall)")" "$(fmt_s "$(med baseline-incentives.wall)")" "$(ratio "$(med incentives.wall)" "$(med baseline-incentives.wall)")" 1
  fi

  # One route in implementation from the middle of the region, and the shell doing what the commands do.
  ROUTE=$(sqlite3 "$DB" "SELECT id FROM route WHERE stage = 'implementation' ORDER BY id LIMIT 1 OFFSET $((N / 2 / 2))")
  [[ -n $ROUTE ]] || fail "$label: no route in implementation"
  SHOW_SQL="SELECT * FROM route WHERE id = '$ROUTE';
SELECT * FROM correction WHERE route_id = '$ROUTE' ORDER BY seq;
SELECT * FROM reflection WHERE route_id = '$ROUTE' ORDER BY seq;
SELECT v.* FROM reflection_revision v JOIN reflection r ON r.seq = v.reflection_seq WHERE r.route_id = '$ROUTE' ORDER BY v.seq;
SELECT p.id, p.body FROM person p JOIN route r ON p.id IN (r.teacher_id, r.tutor_id) WHERE r.id = '$ROUTE';"
  INSERT_SQL="INSERT INTO reflection (route_id, date, activity, deficit, score, text, final, tags)
VALUES ('$ROUTE', '$TODAY', NULL, 'd1', 4, 'Замер: рефлексия из оболочки sqlite3', 0, '[]');"
  for ((i = 1; i <= RUNS; i++)); do
    note "$label: route show / reflect and sqlite3, run $i of $RUNS"
    timed show "$BIN" --db "$DB" route show "$ROUTE"
    timed show-sql sqlite3 "$DB" "$SHOW_SQL"
    timed reflect "$BIN" --db "$DB" reflect "$ROUTE" --deficit d1 --score 4 "Замер: рефлексия из marshrut"
    timed reflect-sql sqlite3 "$DB" "$INSERT_SQL"
  done
  row "$label" "route show $ROUTE / sqlite3 select" "$(fmt_s "$(med show.wall)")" "$(fmt_s "$(med show-sql.wall)")" "$(ratio "$(med show.wall)" "$(med show-sql.wall)")" "$RUNS"
  row "$label" "  peak memory" "$(fmt_mb "$(med show.rss)")" "$(fmt_mb "$(med show-sql.rss)")" "$(ratio "$(med show.rss)" "$(med show-sql.rss)")" "$RUNS"
  row "$label" "reflect / sqlite3 insert" "$(fmt_s "$(med reflect.wall)")" "$(fmt_s "$(med reflect-sql.wall)")" "$(ratio "$(med reflect.wall)" "$(med reflect-sql.wall)")" "$RUNS"
  row "$label" "  peak memory" "$(fmt_mb "$(med reflect.rss)")" "$(fmt_mb "$(med reflect-sql.rss)")" "$(ratio "$(med reflect.rss)" "$(med reflect-sql.rss)")" "$RUNS"

  if ((N == SIZES[0])); then
    note "$label: export and import"
    timed export "$BIN" --db "$DB" export --out "$DIR/export"
    row "$label" "export (YAML, $(find "$DIR/export" -type f | wc -l) files)" "$(fmt_s "$(med export.wall)")" "" "" 1
    import_runs=$RUNS_LARGE
    for ((i = 1; i <= import_runs; i++)); do
      rm -f "$DIR/import.db" "$DIR/import.db-wal" "$DIR/import.db-shm"
      "$BIN" --db "$DIR/import.db" init >/dev/null
      timed import "$BIN" --db "$DIR/import.db" import "$DIR/export"
    done
    row "$label" "import of the export" "$(fmt_s "$(med import.wall)")" "" "" "$import_runs"
    row "$label" "  peak memory" "$(fmt_mb "$(med import.rss)")" "" "" "$import_runs"
  fi
done

# --- the table -----------------------------------------------------------------------------------
{
  echo "# make bench — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, seed $SEED, rules as of $TODAY"
  echo
  echo "Medians of the runs shown. Ratio: marshrut ÷ baseline (above 1× means marshrut is slower)."
  echo "Baselines: \`lua5.4 Bench/baseline.lua\` over the \`demo export-lua\` data file (its times from"
  echo "\`os.clock\`, CPU), and the \`sqlite3\` shell. Wall times around \`/usr/bin/time -v\`, which gives peak memory."
  echo
  echo "| teachers | measurement | marshrut | baseline | ratio | runs |"
  echo "|---:|---|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Growth of \`rules check\` end to end between sizes (linear: time grows as the data does):"
  for ((i = 1; i < ${#SIZES[@]}; i++)); do
    a=${SIZES[i - 1]} b=${SIZES[i]}
    echo "- $a → $b teachers (data ×$(awk -v a=$a -v b=$b "BEGIN { printf \"%g\", b / a }")): $(ratio "${END_TO_END[$b]:--}" "${END_TO_END[$a]:--}") (one worker: $(ratio "${ONE_WORKER[$b]:--}" "${ONE_WORKER[$a]:--}"))"
  done
  echo
  echo "Findings per rule, \`rules check --json\` against the baseline:"
  printf -- '- %s\n' "${AGREEMENT[@]}"
} | tee "$OUT/latest.md"
((${#DISAGREE[@]} == 0)) || fail "FINDINGS DISAGREE at ${DISAGREE[*]} teachers (see the table and .bench/N/findings.diff)"
