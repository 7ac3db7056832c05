#!/usr/bin/env bash
# Start-up time and memory of Lotse as `./lotse run` starts it (same JDK, same JVM options, same jar,
# embedded PostgreSQL, bundled data). Writes the section "## Start-up time and memory" of
# docs/benchmarks.md (other sections are kept). Run it as: ./lotse bench
#
# Option: --no-write prints the section instead of writing docs/benchmarks.md (for experiments,
#         e.g. LOTSE_JAVA_OPTS="..." ./lotse bench --no-write).
# Environment: LOTSE_BENCH_RUNS (default 3), LOTSE_BENCH_PORT (first port tried, default 18080),
#              LOTSE_BENCH_TIMEOUT (seconds to wait for the first HTTP 200, default 180).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
cd "$ROOT"

readonly RUNS=${LOTSE_BENCH_RUNS:-3}
readonly FIRST_PORT=${LOTSE_BENCH_PORT:-18080}
readonly TIMEOUT_S=${LOTSE_BENCH_TIMEOUT:-180}
readonly REQUESTS=20
readonly API_PATH=/api/v1/territories/03157
readonly OUT=docs/benchmarks.md
readonly SECTION="## Start-up time and memory"
readonly GOAL_START_S=8
readonly GOAL_RSS_MB=400

say() { printf 'bench: %s\n' "$*" >&2; }
die() {
    printf 'bench: error: %s\n' "$*" >&2
    exit 1
}

WRITE=1
case ${1:-} in
    "") ;;
    --no-write) WRITE=0 ;;
    -h | --help)
        sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
        exit 0
        ;;
    *) die "unexpected argument '$1' (see --help)" ;;
esac

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "LOTSE_BENCH_RUNS must be a positive number, not '$RUNS'."
[[ $FIRST_PORT =~ ^[0-9]+$ ]] || die "LOTSE_BENCH_PORT must be a port number, not '$FIRST_PORT'."
[[ $TIMEOUT_S =~ ^[1-9][0-9]*$ ]] || die "LOTSE_BENCH_TIMEOUT must be a number of seconds, not '$TIMEOUT_S'."
for cmd in curl awk sort date sed nproc; do
    command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' is needed (Debian: sudo apt-get install curl coreutils gawk sed)."
done
[[ -r /proc/self/status ]] || die "this benchmark reads memory figures from /proc and runs on Linux only."
[[ -x ./lotse ]] || die "./lotse is missing or not executable."
CLK_TCK=$(getconf CLK_TCK 2>/dev/null) || CLK_TCK=100

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lotse-bench.XXXXXX")
APP_PID=""
APP_DIR=""
START_COUNT=0

# The postmaster of the embedded PostgreSQL under data directory $1, if it runs.
postmaster_of() {
    local pidfile=$1/postgres/postmaster.pid pid
    [[ -f $pidfile ]] || return 1
    pid=$(head -n 1 "$pidfile" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled PID: the process must be a postgres working on our directory.
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$1" || return 1
    printf '%s\n' "$pid"
}

stop_app() {
    local i pm
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for ((i = 0; i < 300; i++)); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            say "the application did not stop within 30 s; killing it."
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
    fi
    if [[ -n $APP_PID ]]; then wait "$APP_PID" 2>/dev/null || true; fi
    APP_PID=""
    # The embedded PostgreSQL normally stops with the JVM; make sure it does.
    if [[ -n $APP_DIR ]] && pm=$(postmaster_of "$APP_DIR"); then
        kill -INT "$pm" 2>/dev/null || true # fast shutdown
        for ((i = 0; i < 100; i++)); do
            kill -0 "$pm" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pm" 2>/dev/null && kill -KILL "$pm" 2>/dev/null
    fi
    APP_DIR=""
    return 0
}

cleanup() {
    stop_app
    rm -rf -- "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
    if command -v ss >/dev/null 2>&1; then
        [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

free_port() {
    local port=$FIRST_PORT
    while port_in_use "$port"; do
        port=$((port + 1))
        ((port < FIRST_PORT + 100)) || die "no free port between $FIRST_PORT and $((FIRST_PORT + 99))."
    done
    printf '%s\n' "$port"
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# CPU time (user + system, in ms) that process $1 has used so far.
cpu_ms() {
    awk -v tck="$CLK_TCK" '{ sub(/^.*\) /, ""); printf "%d\n", ($12 + $13) * 1000 / tck }' "/proc/$1/stat" 2>/dev/null
}

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null; }

# Proportional set size (KiB) of the embedded PostgreSQL (postmaster and its children) under data dir $1.
pg_pss_kib() {
    local pm pid total=0 pss
    pm=$(postmaster_of "$1") || return 1
    for pid in "$pm" $(pgrep -P "$pm" 2>/dev/null || true); do
        pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null) || continue
        total=$((total + ${pss:-0}))
    done
    printf '%s\n' "$total"
}

# min median max of the numbers given as arguments.
stats() {
    printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 }
        END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print a[1], m, a[NR] }'
}

# ---------------------------------------------------------------------------------------------
# What ./lotse run would use
# ---------------------------------------------------------------------------------------------
JDK_HOME=$(./lotse java-home) || die "./lotse found no JDK (see above)."
say "building the jar if needed (./lotse jar)"
SRC_JAR=$(./lotse jar) || die "the build failed (see above)."
mapfile -t JVM_OPTS < <(./lotse jvm-opts)
# Run the unpacked application that ./lotse run starts, in place: its class-data-sharing archive is bound to this
# path (do not change the sources while the benchmark runs).
JAR=$SRC_JAR
JAVA=$JDK_HOME/bin/java
JDK_DESC=$("$JAVA" -version 2>&1 | sed -n '2p')
say "JDK: $JDK_DESC; JVM options: ${JVM_OPTS[*]}; jar: $SRC_JAR"

# ---------------------------------------------------------------------------------------------
# One start: sets START_MS, CPU_START, RSS_START, RSS_AFTER, PG_PSS, SPRING_S, LAT_ROOT_MS, LAT_API_MS, CODES
# ---------------------------------------------------------------------------------------------
start_and_measure() {
    local data_dir=$1 label=$2 log port url t0 code="000" i elapsed lat codes_root="" codes_api=""
    local -a lat_root=() lat_api=()
    port=$(free_port)
    url="http://localhost:$port"
    START_COUNT=$((START_COUNT + 1))
    log=$WORK/app-$START_COUNT.log
    APP_DIR=$data_dir
    t0=$(now_ms)
    env -u LOTSE_DB_URL -u LOTSE_DB_USER -u LOTSE_DB_PASSWORD \
        SERVER_PORT="$port" LOTSE_DATA_DIR="$data_dir" \
        "$JAVA" "${JVM_OPTS[@]}" -jar "$JAR" >"$log" 2>&1 &
    APP_PID=$!
    while :; do
        code=$(curl -s -L -o /dev/null -w '%{http_code}' --max-time 5 "$url/" 2>/dev/null) || true
        [[ $code == 200 ]] && break
        elapsed=$(($(now_ms) - t0))
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$log" >&2
            die "$label: the application exited before answering (log above)."
        fi
        if ((elapsed > TIMEOUT_S * 1000)); then
            tail -n 40 "$log" >&2
            die "$label: no HTTP 200 on $url/ within $TIMEOUT_S s (last status $code; log above)."
        fi
        sleep 0.05
    done
    START_MS=$(($(now_ms) - t0))
    CPU_START=$(cpu_ms "$APP_PID")
    RSS_START=$(rss_kib "$APP_PID")
    for ((i = 0; i < REQUESTS; i++)); do
        read -r code lat < <(curl -s -L -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 "$url/" || echo "000 0")
        lat_root+=("$lat")
        [[ " $codes_root " == *" $code "* ]] || codes_root+=" $code"
        read -r code lat < <(curl -s -L -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 "$url$API_PATH" || echo "000 0")
        lat_api+=("$lat")
        [[ " $codes_api " == *" $code "* ]] || codes_api+=" $code"
    done
    RSS_AFTER=$(rss_kib "$APP_PID")
    PG_PSS=$(pg_pss_kib "$data_dir") || PG_PSS=""
    read -r _ LAT_ROOT_MS _ < <(stats "${lat_root[@]}")
    read -r _ LAT_API_MS _ < <(stats "${lat_api[@]}")
    LAT_ROOT_MS=$(awk -v s="$LAT_ROOT_MS" 'BEGIN { printf "%.1f", s * 1000 }')
    LAT_API_MS=$(awk -v s="$LAT_API_MS" 'BEGIN { printf "%.1f", s * 1000 }')
    CODES="/ →${codes_root}; $API_PATH →${codes_api}"
    SPRING_S=$(sed -n 's/.*Started [A-Za-z0-9_$]* in \([0-9.]*\) seconds.*/\1/p' "$log" | head -n 1)
    say "$label: first HTTP 200 after ${START_MS} ms (JVM CPU time ${CPU_START} ms); RSS $((RSS_START / 1024)) MiB after start-up," \
        "$((RSS_AFTER / 1024)) MiB after requests; median request / ${LAT_ROOT_MS} ms, $API_PATH ${LAT_API_MS} ms"
    stop_app
}

# ---------------------------------------------------------------------------------------------
# Reference figures from the same run
# ---------------------------------------------------------------------------------------------
timed_ms() {
    local t0
    t0=$(now_ms)
    "$@" >/dev/null 2>&1 || true
    echo $(($(now_ms) - t0))
}

ref_java=() ref_curl=() ref_detect=()
closed_port=$(free_port)
for ((r = 1; r <= RUNS; r++)); do
    ref_java+=("$(timed_ms "$JAVA" -version)")
    ref_curl+=("$(timed_ms curl -s -o /dev/null --max-time 5 "http://localhost:$closed_port/")")
    ref_detect+=("$(timed_ms ./lotse java-home)")
done

# ---------------------------------------------------------------------------------------------
# The scenarios
# ---------------------------------------------------------------------------------------------
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
first_cpu=() warm_cpu=()
first_ms=() first_rss0=() first_rss1=() first_pg=() first_spring=() first_lroot=() first_lapi=()
warm_ms=() warm_rss0=() warm_rss1=() warm_pg=() warm_spring=() warm_lroot=() warm_lapi=()
codes_seen=""
for ((r = 1; r <= RUNS; r++)); do
    data=$WORK/data-$r
    mkdir -p "$data"
    start_and_measure "$data" "run $r/$RUNS first start"
    first_ms+=("$START_MS") first_cpu+=("$CPU_START") first_rss0+=("$RSS_START") first_rss1+=("$RSS_AFTER")
    first_lroot+=("$LAT_ROOT_MS") first_lapi+=("$LAT_API_MS")
    [[ -n $PG_PSS ]] && first_pg+=("$PG_PSS")
    [[ -n $SPRING_S ]] && first_spring+=("$SPRING_S")
    codes_seen=$CODES
    start_and_measure "$data" "run $r/$RUNS warm restart"
    warm_ms+=("$START_MS") warm_cpu+=("$CPU_START") warm_rss0+=("$RSS_START") warm_rss1+=("$RSS_AFTER")
    warm_lroot+=("$LAT_ROOT_MS") warm_lapi+=("$LAT_API_MS")
    [[ -n $PG_PSS ]] && warm_pg+=("$PG_PSS")
    [[ -n $SPRING_S ]] && warm_spring+=("$SPRING_S")
    codes_seen=$CODES
    rm -rf -- "$data"
done
load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------
# Table row: label, unit (s|ms|MiB), values (ms for s and ms, KiB for MiB).
row() {
    local label=$1 unit=$2 min med max
    shift 2
    if (($# == 0)); then
        printf '| %s | n/a | n/a | n/a |\n' "$label"
        return
    fi
    read -r min med max < <(stats "$@")
    case $unit in
        s) awk -v l="$label" -v a="$min" -v b="$med" -v c="$max" \
            'BEGIN { printf "| %s | %.2f s | %.2f s | %.2f s |\n", l, a / 1000, b / 1000, c / 1000 }' ;;
        ms) awk -v l="$label" -v a="$min" -v b="$med" -v c="$max" \
            'BEGIN { printf "| %s | %.0f ms | %.0f ms | %.0f ms |\n", l, a, b, c }' ;;
        ms1) awk -v l="$label" -v a="$min" -v b="$med" -v c="$max" \
            'BEGIN { printf "| %s | %.1f ms | %.1f ms | %.1f ms |\n", l, a, b, c }' ;;
        sec) awk -v l="$label" -v a="$min" -v b="$med" -v c="$max" \
            'BEGIN { printf "| %s | %.2f s | %.2f s | %.2f s |\n", l, a, b, c }' ;;
        MiB) awk -v l="$label" -v a="$min" -v b="$med" -v c="$max" \
            'BEGIN { printf "| %s | %.0f MiB | %.0f MiB | %.0f MiB |\n", l, a / 1024, b / 1024, c / 1024 }' ;;
    esac
}

read -r _ _ worst_start < <(stats "${first_ms[@]}" "${warm_ms[@]}")
read -r _ _ worst_rss < <(stats "${first_rss0[@]}" "${first_rss1[@]}" "${warm_rss0[@]}" "${warm_rss1[@]}")
worst_rss_mb=$(awk -v k="$worst_rss" 'BEGIN { printf "%.0f", k * 1024 / 1000000 }')
worst_start_s=$(awk -v m="$worst_start" 'BEGIN { printf "%.2f", m / 1000 }')
if ((worst_start <= GOAL_START_S * 1000)); then start_verdict="met"; else start_verdict="**missed**"; fi
if ((worst_rss_mb <= GOAL_RSS_MB)); then rss_verdict="met"; else rss_verdict="**missed**"; fi

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem_total=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
# shellcheck source=/dev/null
os=$( (. /etc/os-release 2>/dev/null && printf '%s' "${PRETTY_NAME:-}") || true)
commit=$(git rev-parse --short HEAD 2>/dev/null) || commit="no commit yet"
if [[ -n $(git status --porcelain -- src pom.xml 2>/dev/null) ]]; then commit+=" (working tree with uncommitted changes)"; fi
jar_size=$(du -m "$JAR" | awk '{ print $1 }')

section=$WORK/section.md
{
    echo "$SECTION"
    echo
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`./lotse bench\` (scripts/benchmark-startup.sh), $RUNS run(s) per scenario."
    echo
    echo "- Machine: $(nproc) CPUs ($cpu), $mem_total RAM, ${os:-unknown OS}, kernel $(uname -r)"
    echo "- Load average (1, 5, 15 min) before: $load_before, after: $load_after. A starting JVM keeps up to"
    echo "  $(nproc) CPUs busy by itself; a higher load means other processes competed for the CPUs, which raises the"
    echo "  wall-clock times (the CPU-time rows are much less affected)."
    echo "- JDK: $JDK_DESC ($JDK_HOME)"
    echo "- JVM options (\`./lotse jvm-opts\`): \`${JVM_OPTS[*]}\`"
    echo "- Jar: $(basename "$SRC_JAR") ($jar_size MB), commit $commit; embedded PostgreSQL, bundled data"
    echo
    echo "**Goals** (after the build): first HTTP response in under $GOAL_START_S s — $start_verdict" \
        "(slowest start $worst_start_s s); Java process under $GOAL_RSS_MB MB RSS — $rss_verdict (largest $worst_rss_mb MB)."
    echo
    echo "| Measurement | min | median | max |"
    echo "|---|---|---|---|"
    row "Time to first HTTP 200 on \`/\`, first start (empty data directory, loads the bundled data)" s "${first_ms[@]}"
    row "Time to first HTTP 200 on \`/\`, warm restart (same data directory)" s "${warm_ms[@]}"
    row "CPU time (user + system) of the JVM until that first 200, first start" s "${first_cpu[@]}"
    row "CPU time (user + system) of the JVM until that first 200, warm restart" s "${warm_cpu[@]}"
    row "Spring's own \"Started … in\", first start" sec "${first_spring[@]}"
    row "Spring's own \"Started … in\", warm restart" sec "${warm_spring[@]}"
    row "Java RSS right after start-up, first start" MiB "${first_rss0[@]}"
    row "Java RSS after $REQUESTS × \`/\` and $REQUESTS × \`$API_PATH\`, first start" MiB "${first_rss1[@]}"
    row "Java RSS right after start-up, warm restart" MiB "${warm_rss0[@]}"
    row "Java RSS after the requests, warm restart" MiB "${warm_rss1[@]}"
    row "Embedded PostgreSQL (all its processes, PSS) after the requests, first start" MiB "${first_pg[@]}"
    row "Embedded PostgreSQL (all its processes, PSS) after the requests, warm restart" MiB "${warm_pg[@]}"
    row "Request \`/\` (median of $REQUESTS per run), first start" ms1 "${first_lroot[@]}"
    row "Request \`$API_PATH\` (median of $REQUESTS per run), first start" ms1 "${first_lapi[@]}"
    row "Request \`/\` (median of $REQUESTS per run), warm restart" ms1 "${warm_lroot[@]}"
    row "Request \`$API_PATH\` (median of $REQUESTS per run), warm restart" ms1 "${warm_lapi[@]}"
    echo
    echo "Reference figures from the same run:"
    echo
    echo "| Reference | min | median | max |"
    echo "|---|---|---|---|"
    row "\`java -version\` (JVM start and exit)" ms "${ref_java[@]}"
    row "\`curl\` to a closed port (the cost of one poll; the poll interval is 50 ms)" ms "${ref_curl[@]}"
    row "\`./lotse java-home\` (the launcher's JDK detection)" ms "${ref_detect[@]}"
    echo
    echo "How it is measured: the clock starts just before the JVM is started and stops at the first"
    echo "HTTP 200 for \`curl -L http://localhost:PORT/\`, polled every 50 ms, so the figures are precise to"
    echo "about one poll. The benchmark starts \`java\` with the JDK, JVM options and jar that \`./lotse run\`"
    echo "uses (\`./lotse java-home\`, \`./lotse jvm-opts\`, \`./lotse jar\`) instead of going through the"
    echo "launcher, so that a source change cannot trigger a rebuild inside a measurement; the"
    echo "launcher adds its JDK detection (reference row) to a real start. RSS is VmRSS of the Java process"
    echo "from /proc/PID/status; the embedded PostgreSQL runs in separate processes and is listed apart"
    echo "(PSS, so shared memory is not counted twice). Status codes seen in the last run: $codes_seen."
    echo "Each run uses a fresh temporary LOTSE_DATA_DIR for the first start and the same one for the warm restart."
    echo
} >"$section"

if ((WRITE == 0)); then
    cat "$section"
    exit 0
fi
mkdir -p "$(dirname "$OUT")"
if [[ -f $OUT ]]; then
    awk -v sec="$section" -v heading="$SECTION" '
        function emit(  line) { while ((getline line < sec) > 0) print line; close(sec); done = 1 }
        $0 == heading || $0 == heading " " { if (!done) emit(); skip = 1; next }
        skip && /^## / { skip = 0 }
        !skip { print }
        END { if (!done) { print ""; emit() } }' "$OUT" >"$WORK/benchmarks.md"
else
    { printf '# Benchmarks\n\n'; cat "$section"; } >"$WORK/benchmarks.md"
fi
cat "$WORK/benchmarks.md" >"$OUT"
say "wrote the section \"$SECTION\" of $OUT"
cat "$section"
