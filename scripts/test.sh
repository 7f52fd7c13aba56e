#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first (poppler-utils is optional).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test Reporting.sln --nologo -v minimal "$@"
