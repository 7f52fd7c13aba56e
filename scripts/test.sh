#!/usr/bin/env bash
# Runs every test of the solution, browser tests included. Installs what the tests need first
# (Chromium, poppler-utils: see install-test-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-test-deps.sh
dotnet test Reporting.sln --nologo -v minimal "$@"
