#!/usr/bin/env bash
# Replay benchmark (issue 5): appends N events (default 100 000) to a fresh standalone app on an H2 file database,
# waits for the live projections, then resets and replays the query-side model and the public catalog and prints the figures.
# Usage: bench/replay.sh [events]
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-100000}"
./mvnw -B -q -DskipTests install
./mvnw -B -pl standalone test -Dgroups=bench -Dtest=ReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkea.bench.events="${events}" -Dkea.excluded.groups=none | grep -E "Tests run:|FAIL" || true
grep -h "BENCH" standalone/target/surefire-reports/*ReplayBenchmark-output.txt
