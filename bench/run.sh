#!/usr/bin/env bash
# One-command benchmark (issue 13). Builds what it needs (installs nothing), loads a data set through real commands
# into a standalone app on fresh file stores in a temporary directory (100 000 customers, 100 000 cars, 20 000
# purchases, about 1 040 000 events at --scale 1), restarts the app on it, drives the HTTP API with closed-loop
# clients and prints a Markdown table and, as its last line, `BENCH key=value ...` (README, Benchmarks).
#
# Usage: bench/run.sh [scenario...] [--scale S] [--seconds N] [--warmup N] [--lag-samples N] [--load-threads N]
#                     [--jvm "JVM OPTIONS"] [--base URL] [--keep]
#   scenarios: all (default) = write read carlist lag replay start; crash and car-list-phases run bench/crash.sh
#              and bench/car-list.sh first
#   --scale    size of the data set, 1 = the full one (default); 0.01 loads in about a minute
#   --seconds  measured seconds per measurement (default 15), after --warmup seconds (default 5)
#   --jvm      options of the app's JVM (default "-Xmx512m -XX:+UseSerialGC", as README's quick start runs it;
#              --jvm "" for the JVM's own defaults)
#   --base     measure a running deployment over plain HTTP instead (no data set loaded; figures that need the
#              app's own JVM stay nan). Logs in as the demo admin.
#   --keep     keep the temporary directory (data, logs, report.md); it is kept anyway when the run fails
set -euo pipefail
cd "$(dirname "$0")/.."

scenarios=()
others=()
properties=()
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) properties+=("-Dkea.bench.scale=$2"); shift 2 ;;
    --seconds) properties+=("-Dkea.bench.seconds=$2"); shift 2 ;;
    --warmup) properties+=("-Dkea.bench.warmup=$2"); shift 2 ;;
    --lag-samples) properties+=("-Dkea.bench.lag-samples=$2"); shift 2 ;;
    --load-threads) properties+=("-Dkea.bench.load-threads=$2"); shift 2 ;;
    --jvm) properties+=("-Dkea.bench.jvm=$2"); shift 2 ;;
    --base) properties+=("-Dkea.bench.base=$2"); shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    crash|car-list-phases) others+=("$1"); shift ;;
    -*) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
    *) scenarios+=("$1"); shift ;;
  esac
done
if [ ${#scenarios[@]} -eq 0 ] && [ ${#others[@]} -eq 0 ]; then
  scenarios=(all)
fi

export AXONIQ_UPDATE_CHECKER_DISABLED=true MAVEN_OPTS="${MAVEN_OPTS:-} -Daxoniq.update-checker.disabled=true"
echo "bench/run.sh on $(nproc) cores; $(uptime | sed 's/.*load/load/')"

for other in "${others[@]+"${others[@]}"}"; do
  case "${other}" in
    crash) bench/crash.sh ;;
    car-list-phases) bench/car-list.sh ;;
  esac
done
if [ ${#scenarios[@]} -eq 0 ]; then
  exit 0
fi

directory="$(mktemp -d "${TMPDIR:-/tmp}/kea-bench.XXXXXX")"
touch "${directory}/progress.log"
tail -n +1 -F "${directory}/progress.log" 2>/dev/null &
tailer=$!
cleanup() {
  kill "${tailer}" 2>/dev/null || true
  if [ "${keep}" = true ]; then echo "kept ${directory}"; else rm -rf "${directory}"; fi
}
trap cleanup EXIT

scenario_list="$(IFS=,; echo "${scenarios[*]}")"
if ! ./mvnw -B -q -pl standalone -am test -Dgroups=bench -Dkea.excluded.groups=none -Dtest=BenchmarkRun \
    -Dsurefire.failIfNoSpecifiedTests=false -Dkea.bench.dir="${directory}" -Dkea.bench.scenarios="${scenario_list}" \
    "${properties[@]+"${properties[@]}"}" > "${directory}/maven.log" 2>&1 || [ ! -s "${directory}/report.md" ]; then
  sleep 1
  kill "${tailer}" 2>/dev/null || true
  tail -n 40 "${directory}/maven.log" >&2
  echo "The benchmark failed; its logs (app.log, loader.log, maven.log) are in ${directory}" >&2
  keep=true
  exit 1
fi
sleep 1
kill "${tailer}" 2>/dev/null || true
echo
cat "${directory}/report.md"
