#!/usr/bin/env bash
# Start benchmark (issue 9): time from process start to ready (demo logins work, seeded catalog served) of the
# standalone app, on a fresh data directory and with 10 000 and N (default 50 000) more events stored.
# Usage: bench/start.sh [events]
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-50000}"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
./mvnw -B -pl standalone -am test -Dgroups=bench -Dtest=StartBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkea.bench.events="${events}" -Dkea.excluded.groups=none | grep -E "Tests run:|FAIL" || true
grep -hE "^\||BENCH" standalone/target/surefire-reports/*StartBenchmark-output.txt
