#!/usr/bin/env bash
# Write-path cost of durability (issue 9): 4 concurrent writers of insurances for N seconds (default 20) against the
# standalone app with H2 writing every commit before it returns (the default) and with H2's delayed writes.
# Usage: bench/write-cost.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
./mvnw -B -pl standalone -am test -Dgroups=bench -Dtest=WriteCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkea.bench.seconds="${seconds}" -Dkea.excluded.groups=none | grep -E "Tests run:|FAIL" || true
grep -hE "^\||BENCH" standalone/target/surefire-reports/*WriteCostBenchmark-output.txt
