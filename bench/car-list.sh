#!/usr/bin/env bash
# Car-list benchmark (issue 12): 8 readers of GET /api/cars on a fresh standalone app (H2 in memory, or the database
# SPRING_DATASOURCE_URL names), first with no writes, then with 3 car writers, then with 3 customer writers.
# Prints a table and a BENCH key=value line. Builds the modules it needs in the reactor (-am), installs nothing.
# Usage: bench/car-list.sh [seconds per phase, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
export AXONIQ_UPDATE_CHECKER_DISABLED=true MAVEN_OPTS="${MAVEN_OPTS:-} -Daxoniq.update-checker.disabled=true"
./mvnw -B -q -pl standalone -am verify -Dgroups=bench -Dkea.excluded.groups=none \
  -Dtest=CarListUnderWritesBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dkea.bench.seconds="${seconds}"
out=standalone/target/surefire-reports/dk.kea.cars.standalone.CarListUnderWritesBenchmark-output.txt
sed -n '/^phase /,/^BENCH /p' "${out}"
