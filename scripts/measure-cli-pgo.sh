#!/usr/bin/env bash
# What dynamic PGO costs the command line: the sample's import into a fresh database, then both reports of 2026-H1,
# with the shipped build (PGO off, see src/Reporting.Cli/Reporting.Cli.csproj) and the same build with
# DOTNET_TieredPGO=1 (.NET's default), alternated round by round. Needs out/cli and samples/province, which
# ./scripts/run-sample.sh makes.
#
#   scripts/measure-cli-pgo.sh [ROUNDS] [postgresql://USER:PASSWORD@HOST:PORT/DATABASE]
#
# Without a URI each round imports into a new SQLite file; with one, DATABASE is dropped and made again each round
# (the role needs CREATEDB; psql is used for the drop).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
uri=${2:-}
[ -x out/cli/reporting ] && [ -f samples/province/manifest.csv ] || { echo "run ./scripts/run-sample.sh first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fresh_database() {
  if [ -z "$uri" ]; then
    echo "$work/pgo.db"
    rm -f "$work"/pgo.db*
  else
    psql -q "${uri%/*}/postgres" -c "DROP DATABASE IF EXISTS \"${uri##*/}\" WITH (FORCE)" >&2
    echo "$uri"
  fi
}

seconds_of() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  echo "$EPOCHREALTIME - $start" | bc
}

printf '%-5s %-12s %8s %8s\n' round build import reports
for round in $(seq "$rounds"); do
  for build in shipped pgo-on; do
    db=$(fresh_database)
    out/cli/reporting init --db "$db" >/dev/null
    pgo=()
    [ "$build" = pgo-on ] && pgo=(env DOTNET_TieredPGO=1)
    import=$(seconds_of "${pgo[@]}" out/cli/reporting import samples/province --manifest samples/province/manifest.csv --db "$db")
    reports=$(seconds_of "${pgo[@]}" out/cli/reporting report --period 2026-H1 --out "$work/reports" --db "$db")
    printf '%-5s %-12s %7.2fs %7.2fs\n' "$round" "$build" "$import" "$reports"
  done
done
