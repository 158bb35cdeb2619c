#!/usr/bin/env bash
# Runs the README's tours and every listing command with two builds of marshrut, in English and
# in Russian, text and JSON, and shows any difference in what they print (standard output,
# standard error and exit status). Used to check that a refactoring changes no output.
#
#   Bench/same-output.sh OLD_BINARY NEW_BINARY [REGION_TEACHERS]
#
# With REGION_TEACHERS, also compares `rules check --json`, `incentives --json` and
# `report --format json` on a generated region of that many teachers.
set -uo pipefail
old=$1 new=$2 teachers=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MARSHRUT_TODAY=2026-11-28 MARSHRUT_SCRIPTS="$root/Scripts" MARSHRUT_USER=kovaleva XDG_CONFIG_HOME="$work/config"

commands=(
  "import $root/Routes"
  "route list" "route list --json" "route list --stage implementation"
  "route show kuznetsov-2024" "route show kuznetsov-2024 --json" "route show belousova-2022" "route show romanova-2021"
  "route history kuznetsov-2024" "route history kuznetsov-2024 --json"
  "person list" "person list --json" "person list --unpaired" "person show ivanova"
  "program list" "program list --json" "program show prog-2025-01" "program show prog-2025-01 --json"
  "journal kuznetsov-2024" "journal kuznetsov-2024 --format md" "journal kuznetsov-2024 --format json"
  "match" "match --json" "plan" "plan --json" "plan --today 2022-09-15"
  "rules list" "rules check" "rules check --json" "rules check --route kuznetsov-2024" "rules test"
  "incentives" "incentives --json"
  "report --year 2025 --format md" "report --year 2025 --format json" "report --year 2024 --format md"
  "route new smirnova-2026 --teacher fomina --tutor kovaleva --start 2026-09-01"
  "route image smirnova-2026 Учитель"
  "route advance smirnova-2026"
  "route advance smirnova-2026 --to roadmap"
  "route deficit smirnova-2026 --area ict --level 2 Не-использует"
  "route advance smirnova-2026 --to roadmap"
  "route activity smirnova-2026 --kind course --title Курс --hours 36 --start 2026-10-01 --due 2026-11-20 --addresses d1"
  "route advance smirnova-2026"
  "route correct smirnova-2026 a1 --due 2027-01-31 --reason Перенос"
  "route history smirnova-2026"
  "route show smirnova-2026"
  "reflect kuznetsov-2024 --activity a7 --score 5 --tag практикум Провёл"
  "journal kuznetsov-2024 --from -7d"
  "route advance romanova-2021"
  "match --apply"
  "program list"
  "export --out EXPORT"
  "route show nobody"
  "person show nobody"
)

status=0
for lang in en ru; do
  for which in old new; do
    bin=${!which}
    # Both builds run in the same folder, so the paths they print are the same.
    run="$work/run"
    rm -rf "$run" "$work/config"
    mkdir -p "$run"
    out="$work/$which-$lang.txt"
    : > "$out"
    for c in "${commands[@]}"; do
      c=${c//EXPORT/$run/export}
      {
        echo "### $c"
        # shellcheck disable=SC2086
        (cd "$run" && "$bin" --db "$run/test.db" --lang "$lang" $c 2>&1; echo "exit $?")
      } >> "$out"
    done
    [ -d "$run/export" ] && (cd "$run/export" && cat $(ls | sort)) >> "$out"
  done
  if diff -u "$work/old-$lang.txt" "$work/new-$lang.txt" > "$work/diff-$lang.txt"; then
    echo "same output ($lang): $(grep -c '^### ' "$work/new-$lang.txt") commands, $(wc -c < "$work/new-$lang.txt") bytes"
  else
    echo "DIFFERENT output ($lang):"; head -60 "$work/diff-$lang.txt"; status=1
  fi
done

if [ -n "$teachers" ]; then
  "$new" --db "$work/region.db" demo generate --teachers "$teachers" --seed 1 > /dev/null || exit 1
  for c in "rules check --json" "incentives --json" "report --format json --year 2025"; do
    # shellcheck disable=SC2086
    "$old" --db "$work/region.db" $c > "$work/region-old.json" 2>/dev/null; o=$?
    # shellcheck disable=SC2086
    "$new" --db "$work/region.db" $c > "$work/region-new.json" 2>/dev/null; n=$?
    if [ $o = $n ] && cmp -s "$work/region-old.json" "$work/region-new.json"; then
      echo "same output: $c on $teachers teachers ($(wc -c < "$work/region-new.json") bytes, exit $n)"
    else
      echo "DIFFERENT output: $c on $teachers teachers (exit $o vs $n)"; status=1
    fi
  done
fi
exit $status
