#!/usr/bin/env bash
# National-scale benchmark of the value store (issue 3): generates the synthetic dataset (bench-001 … bench-100 for
# every Gemeinde of the bundled GV100AD register × 20 years, fixed seed; about 22 million values), loads it through
# IndicatorValues.write next to plain COPY into the same table, and measures over HTTP the national cross-section, the
# time series and the district workload (all Kreise × 1 indicator × 20 years, values and GeoJSON), each next to one
# direct SQL query. Writes its section of docs/benchmarks.md. Runs the JUnit class IndicatorValuesBenchmark (tag
# "benchmark") in a throw-away embedded PostgreSQL under /tmp (about 8 GB for the full dataset).
#
# Arguments are Maven options, e.g. a quick run with 5 indicators:
#   scripts/benchmark-values.sh -Dbench.indicators=5
# Properties: bench.indicators (default 100), bench.calls (sequential calls per read, default 100),
#             bench.clients (concurrent clients of the load runs, default 4).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z ${JAVA_HOME:-} ]]; then
    JAVA_HOME=$(./lotse java-home)
    export JAVA_HOME
fi
exec mvn -q -Dtest=IndicatorValuesBenchmark -Dlotse.test.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true "$@" test
