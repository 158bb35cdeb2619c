#!/usr/bin/env bash
# `make bench`, one school of a region on a server: a region of BENCH_TEACHERS teachers (default
# 100,000) with its organizations (`demo generate --organizations`: a school per 25 teachers) in
# the SQLite file, served by `marshrut serve`. Times, with curl against the live server, a school
# curator's `rules check` and `incentives` (the school's scope only) and a teacher reading their
# own route right after posting a reflection, BENCH_RUNS times each (default 20), and prints the
# median and the slowest (also appended to .bench/latest.md when that file exists). BENCH_BIN
# names a binary to measure instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TEACHERS=${BENCH_TEACHERS:-100000}
RUNS=${BENCH_RUNS:-20}
export MARSHRUT_TODAY=2026-11-29 LANG=C LC_ALL=C MARSHRUT_LANG=en

fail() { echo "bench: $*" >&2; exit 1; }
note() { echo "== $*" >&2; }
command -v curl >/dev/null || fail "curl is needed (apt-get install curl)"

BIN=$(Bench/release-binary.sh)
[[ -x $BIN ]] || fail "no binary at $BIN"

WORK=$(mktemp -d)
SERVER=
cleanup() {
  [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
DB=$WORK/region.db

note "a region of $TEACHERS teachers with its organizations"
"$BIN" --db "$DB" demo generate --teachers "$TEACHERS" --organizations | tail -1 >&2
SCHOOL=$("$BIN" --db "$DB" organization list --json | python3 -c '
import json, sys
print(sorted(o["id"] for o in json.load(sys.stdin) if o["type"] == "school")[0])')
CURATOR=$("$BIN" --db "$DB" person list --json | python3 -c '
import json, sys
school = sys.argv[1]
print(next(p["id"] for p in json.load(sys.stdin) if p.get("organization") == school and "curator" in p.get("roles", [])))' "$SCHOOL")
read -r ROUTE TEACHER DEFICIT < <(sqlite3 "$DB" "
  SELECT route.id, route.teacher_id, json_extract(route.body, '\$.deficits[0].id') FROM route
  JOIN person ON person.id = route.teacher_id
  WHERE route.stage IN ('implementation', 'correction') AND json_extract(person.body, '\$.organization') = '$SCHOOL'
  ORDER BY route.id LIMIT 1" | tr '|' ' ')
[[ -n ${DEFICIT:-} ]] || fail "no route in implementation at $SCHOOL"
echo "school-curator-1" | "$BIN" --db "$DB" account add school-curator --person "$CURATOR" --role "curator@$SCHOOL" --password-stdin >/dev/null
echo "school-teacher-1" | "$BIN" --db "$DB" account add school-teacher --person "$TEACHER" --password-stdin >/dev/null

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MARSHRUT_LOG=error "$BIN" --db "$DB" serve --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 300); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
token() {
  curl -sf -X POST "$BASE/api/v1/session" -d "{\"login\": \"$1\", \"password\": \"$2\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
CURATOR_TOKEN=$(token school-curator school-curator-1)
TEACHER_TOKEN=$(token school-teacher school-teacher-1)

# Seconds of one request, failing the bench on any answer but 2xx.
timed() {
  local out
  out=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}' "$@")
  [[ ${out%% *} == 2* ]] || fail "$* answered ${out%% *}: $(head -c 300 "$WORK/body")"
  echo "${out#* }"
}
# "median / slowest" in ms of the numbers on standard input.
summary() { sort -g | awk '{ v[NR] = $1 } END { printf "%.1f / %.1f ms", v[int((NR + 1) / 2)] * 1000, v[NR] * 1000 }'; }

note "the curator of $SCHOOL: rules check and incentives, $RUNS times each"
CHECK=$(for _ in $(seq 1 "$RUNS"); do timed -H "Authorization: Bearer $CURATOR_TOKEN" "$BASE/api/v1/rules/check"; done | summary)
FINDINGS=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(len(d["findings"]), len(d["errors"]))' "$WORK/body")
AWARDS=$(for _ in $(seq 1 "$RUNS"); do timed -H "Authorization: Bearer $CURATOR_TOKEN" "$BASE/api/v1/incentives"; done | summary)

note "teacher $TEACHER: a reflection, then the route, $RUNS times"
: >"$WORK/post" && : >"$WORK/read"
for i in $(seq 1 "$RUNS"); do
  timed -X POST -H "Authorization: Bearer $TEACHER_TOKEN" -d "{\"deficit\": \"$DEFICIT\", \"score\": 4, \"text\": \"bench $i\"}" \
    "$BASE/api/v1/routes/$ROUTE/reflections" >>"$WORK/post"
  timed -H "Authorization: Bearer $TEACHER_TOKEN" "$BASE/api/v1/routes/$ROUTE" >>"$WORK/read"
done
REFLECTIONS=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["reflections"]))' "$WORK/body")
kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
SERVER=

mkdir -p "$ROOT/.bench"
{
  echo
  echo "### One school of a region of $TEACHERS teachers, through the server (SQLite store; median / slowest of $RUNS)"
  echo
  echo "| request | time |"
  echo "|---|---|"
  echo "| \`rules check\` by the curator of $SCHOOL (${FINDINGS% *} findings, ${FINDINGS#* } script errors) | $CHECK |"
  echo "| \`incentives\` by the same curator | $AWARDS |"
  echo "| a teacher posts a reflection | $(summary <"$WORK/post") |"
  echo "| then reads their route ($REFLECTIONS reflections) | $(summary <"$WORK/read") |"
} | tee -a "$ROOT/.bench/school.md"
if [[ -f $ROOT/.bench/latest.md ]]; then cat "$ROOT/.bench/school.md" >>"$ROOT/.bench/latest.md"; fi
rm -f "$ROOT/.bench/school.md"
