#!/usr/bin/env bash
# National-scale benchmark of the public counselling search (issue 5): generates a synthetic national directory
# (50,000 services, 80,000 places over all German municipalities of the bundled register; fixed seed, marked
# synthetic), builds the Wegweiser search index and measures search throughput and p50/p99 latency over HTTP with wrk
# on loopback (bounded connections) next to the same queries answered in-process by the index. Writes its section of
# docs/benchmarks.md. Runs the JUnit class DirectorySearchBenchmark (tag "benchmark") in a throw-away embedded
# PostgreSQL. Installs the Debian package wrk when it is missing (needs root).
#
# Arguments are Maven options, e.g. a quick run:
#   scripts/benchmark-directory.sh -Dbench.services=5000 -Dbench.locations=8000
# Properties: bench.services (default 50000), bench.locations (default 80000), bench.connections (wrk connections,
#             default 8), bench.seconds (wrk duration, default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "wrk is missing; install the Debian package wrk (apt-get install wrk) as root" >&2
        exit 1
    fi
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if [[ -z ${JAVA_HOME:-} ]]; then
    JAVA_HOME=$(./lotse java-home)
    export JAVA_HOME
fi
exec mvn -q -Dtest=DirectorySearchBenchmark -Dlotse.test.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -DenableAssertions=false \
    -Dspotless.check.skip=true "$@" test
