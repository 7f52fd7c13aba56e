#!/usr/bin/env bash
# Runs every test of the solution, browser tests included, storage tests on SQLite and on PostgreSQL. Installs what
# the tests need first (Chromium, poppler-utils: see install-test-deps.sh) and runs them with a throwaway PostgreSQL
# cluster (see postgres-test-cluster.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-test-deps.sh
./scripts/postgres-test-cluster.sh dotnet test Reporting.sln --nologo -v minimal "$@"
