#!/usr/bin/env bash
# Crash benchmark (issue 9): the standalone app as a child process under 6 concurrent writers (customers, insurances,
# cars, employees with client-chosen ids), SIGKILL at a random moment, restart on the same files; N rounds (default
# 10). Prints a table per round and a BENCH line: acknowledged, lost, duplicated, read models ahead, restart time.
# Usage: bench/crash.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
./mvnw -B -pl standalone -am test -Dgroups=bench -Dtest=CrashBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkea.bench.rounds="${rounds}" -Dkea.excluded.groups=none | grep -E "Tests run:|FAIL" || true
grep -hE "^\||BENCH" standalone/target/surefire-reports/*CrashBenchmark-output.txt
