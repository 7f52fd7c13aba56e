#!/usr/bin/env bash
# The main job on the embedded default: builds the CLI, generates the sample province's workbooks
# (first run only, or when they have no manifest.csv), creates a fresh SQLite database, imports the samples, prints the six-month summary
# (H1 2026 against H1 2025, across the commune merger) and writes the reports to out/reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# ReadyToRun: compiled ahead of time, a command answers in half the time (most of a short command is JIT otherwise).
dotnet publish src/Reporting.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o out/cli -v quiet -nologo >&2
if [ ! -f samples/province/manifest.csv ]; then
  dotnet run --project tools/Reporting.SampleGenerator -c Release -v quiet -- province >&2
fi
db=out/sample.db
rm -f "$db" "$db-wal" "$db-shm"
out/cli/reporting init --db "$db"
# The manifest says when each agency sent its file, so timeliness is the province's, not the moment of this import.
out/cli/reporting import samples/province --manifest samples/province/manifest.csv --db "$db" > out/import.log || { cat out/import.log; exit 1; }
out/cli/reporting summary --period 2026-H1 --db "$db" "$@"
out/cli/reporting report --period 2026-H1 --out out/reports --db "$db"
