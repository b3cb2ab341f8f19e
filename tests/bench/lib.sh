# shellcheck shell=bash
# tests/bench/lib.sh — helpers shared by the benchmark scripts in this directory (full-sync,
# incremental). Sourced, not run. The sourcing script sets BENCH_NAME (the prefix of its log lines)
# before sourcing, and IDLE_WAIT / REPEAT if it uses wait_idle / round_tag; it calls
# bench_workdir once its options are checked, and start_watchdog once the temp dir exists.
#
# What is here: finding programs; the temp dir, its cleanup on exit/signals and a watchdog for
# SIGKILL; background jobs in their own process groups; throw-away mariadbd servers on 127.0.0.1
# and a client for them; flushing dirty pages between timings; accounting of the CPU other
# processes use while something is timed; number formatting for the reports.

: "${BENCH_NAME:=bench}"
: "${IDLE_WAIT:=300}"
: "${REPEAT:=1}"
NOTES=()

log() { printf '[%s %s] %s\n' "$BENCH_NAME" "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_prog() {
    local p d
    for p in "$@"; do
        if command -v "$p" >/dev/null 2>&1; then command -v "$p"; return 0; fi
        for d in /usr/sbin /usr/bin /usr/local/sbin /usr/local/bin; do
            [[ -x $d/$p ]] && { echo "$d/$p"; return 0; }
        done
    done
    return 1
}

# ---------------------------------------------------------------------------------------------
# Temp dir, cleanup, watchdog, jobs
# ---------------------------------------------------------------------------------------------
JOBS=()         # pids (= process group ids) of running jobs
SERVER_PIDS=()
WATCHDOG=
CLEANED=0
WORK=

# Creates $WORK (one mktemp -d directory for everything) and installs the traps.
bench_workdir() {
    set -m  # every background job gets its own process group: cleanup can kill a whole pipeline
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/dts-bench.XXXXXX")
    chmod 700 "$WORK"
    mkdir "$WORK/jobs.bench"  # one file per running job, for the watchdog
    trap cleanup EXIT
    trap 'log "interrupted"; exit 130' INT
    trap 'log "terminated"; exit 143' TERM HUP
}

stop_pid() {  # pid: TERM its process group, KILL after a grace period
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    ((CLEANED)) && return 0
    CLEANED=1
    set +e
    local p
    for p in "${JOBS[@]}"; do stop_pid "$p"; done
    for p in "${SERVER_PIDS[@]}"; do stop_pid "$p"; done
    [[ -n $WATCHDOG ]] && kill -KILL -- "-$WATCHDOG" 2>/dev/null
    wait 2>/dev/null
    [[ -n $WORK ]] || return 0
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}

# Stops the servers and removes $WORK if this shell dies without running its traps (SIGKILL).
start_watchdog() {
    local main=$$
    (
        trap '' INT HUP
        set +e  # the jobs may be gone already; carry on regardless
        while kill -0 "$main" 2>/dev/null; do sleep 2; done
        for f in "$WORK"/jobs.bench/*; do
            if [[ -f $f ]]; then kill -KILL -- "-${f##*/}" 2>/dev/null; fi
        done
        for f in "$WORK"/*/mariadbd.pid.bench; do
            if [[ -f $f ]]; then kill -KILL "$(cat "$f")" 2>/dev/null; fi
        done
        sleep 1
        rm -rf "$WORK"
    ) </dev/null >/dev/null 2>&1 &
    WATCHDOG=$!
}

# start_job CMD... — runs it in the background in its own process group; sets JOB_PID. Stop it
# with stop_job, collect it with wait_job.
start_job() {
    "$@" &
    JOB_PID=$!
    JOBS+=("$JOB_PID")
    : >"$WORK/jobs.bench/$JOB_PID"
}
# wait_job PID — waits for a job started by start_job; returns its exit code.
wait_job() {
    local pid=$1 rc=0 kept=() j
    wait "$pid" || rc=$?
    for j in "${JOBS[@]}"; do [[ $j == "$pid" ]] || kept+=("$j"); done
    JOBS=("${kept[@]}")
    rm -f "$WORK/jobs.bench/$pid"
    return $rc
}
# stop_job PID — TERM (then KILL) its process group and collect it; returns its exit code.
stop_job() {
    stop_pid "$1"
    wait_job "$1"
}

# Runs "$@" as a background job (own process group) and waits for it, so that a signal to this
# script is handled at once and cleanup can stop the job. Returns the job's exit code.
run_job() {
    start_job "$@"
    wait_job "$JOB_PID"
}

now_ns() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

# Prefixes each line with the seconds since the stamper started (no fork per line).
stamp() {
    local start=${EPOCHREALTIME/./} now line d
    while IFS= read -r line; do
        now=${EPOCHREALTIME/./}
        d=$(((now - start) / 10000))
        printf '%4d.%02d %s\n' $((d / 100)) $((d % 100)) "$line"
    done
}

# ---------------------------------------------------------------------------------------------
# Servers
# ---------------------------------------------------------------------------------------------
IS_ROOT=0
[[ $(id -u) == 0 ]] && IS_ROOT=1
SERVER_SETTINGS=(--character-set-server=utf8mb4 --innodb-buffer-pool-size=512M --innodb-log-file-size=256M
    --local-infile=1 --skip-name-resolve --max-connections=200 --binlog-format=ROW --binlog-row-image=FULL)

port_free() {
    local p=$1
    if command -v ss >/dev/null 2>&1; then
        [[ -z $(ss -Htln "sport = :$p" 2>/dev/null) ]]
    else
        ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null
    fi
}
pick_port() {
    local p
    for _ in $(seq 1 200); do
        p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        port_free "$p" && { echo "$p"; return 0; }
    done
    return 1
}

# start_server NAME SERVER_ID [MARIADBD_ARGS...] -> sets ${NAME}_PORT, ${NAME}_PWD, ${NAME}_DIR
# Data dir, socket, binary log (NAME/binlog.*), error log and tmpdir live in $WORK/NAME. Needs
# INSTALL_DB, MARIADBD and CLIENT (paths). The extra arguments come after SERVER_SETTINGS.
start_server() {
    local name=$1 id=$2 dir="$WORK/$1" attempt port pid
    shift 2
    mkdir -p "$dir/tmp"
    local install=("$INSTALL_DB" --no-defaults "--datadir=$dir/data" --auth-root-authentication-method=normal
        --skip-test-db "--tmpdir=$dir/tmp")
    ((IS_ROOT)) && install+=(--user="$(id -un)")
    "${install[@]}" >"$dir/install.log" 2>&1 || { tail -n 20 "$dir/install.log" >&2; die "mariadb-install-db failed for $name"; }

    for attempt in 1 2 3 4 5; do
        port=$(pick_port) || die "no free TCP port"
        local args=("$MARIADBD" --no-defaults "--datadir=$dir/data" "--socket=$dir/sock" "--port=$port"
            --bind-address=127.0.0.1 "--pid-file=$dir/mariadbd.pid" "--log-error=$dir/error.log"
            "--tmpdir=$dir/tmp" "--server-id=$id" "--log-bin=$dir/binlog" "${SERVER_SETTINGS[@]}" "$@")
        ((IS_ROOT)) && args+=(--user="$(id -un)")
        "${args[@]}" </dev/null >"$dir/stdout.log" 2>&1 &
        pid=$!
        SERVER_PIDS+=("$pid")
        echo "$pid" >"$dir/mariadbd.pid.bench"
        local ok=0
        for _ in $(seq 1 600); do
            if ! kill -0 "$pid" 2>/dev/null; then break; fi
            if [[ -S $dir/sock ]] && "$CLIENT" --no-defaults --protocol=socket -S "$dir/sock" -uroot \
                -e 'SELECT 1' >/dev/null 2>&1; then
                ok=1
                break
            fi
            sleep 0.1
        done
        if ((ok)); then break; fi
        stop_pid "$pid"
        if grep -qE 'Bind on TCP/IP port|Address already in use' "$dir/error.log" 2>/dev/null && ((attempt < 5)); then
            log "$name: port $port taken, retrying"
            : >"$dir/error.log"
            continue
        fi
        tail -n 20 "$dir/error.log" >&2 || true
        die "$name mariadbd did not start"
    done

    local pwd
    pwd=$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    # Through stdin, not argv; not binlogged.
    "$CLIENT" --no-defaults --protocol=socket -S "$dir/sock" -uroot <<SQL
SET SESSION sql_log_bin = 0;
DROP USER IF EXISTS 'root'@'::1';
CREATE OR REPLACE USER 'root'@'127.0.0.1' IDENTIFIED BY '$pwd';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
CREATE OR REPLACE USER 'root'@'%' IDENTIFIED BY '$pwd';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION;
ALTER USER 'root'@'localhost' IDENTIFIED BY '$pwd';
SQL
    printf -v "${name^^}_PORT" '%s' "$port"
    printf -v "${name^^}_PWD" '%s' "$pwd"
    printf -v "${name^^}_DIR" '%s' "$dir"
    # Client option file for mydumper/myloader (keeps the password off their command line).
    printf '[client]\nhost=127.0.0.1\nport=%s\nuser=root\npassword=%s\n' "$port" "$pwd" >"$dir/client.cnf"
    chmod 600 "$dir/client.cnf"
    log "$name: mariadbd pid $pid on 127.0.0.1:$port"
}

# sql SERVER [client args...] — the mariadb client over TCP, password via MYSQL_PWD.
sql() {
    local s=${1^^}
    shift
    local port_var=${s}_PORT pwd_var=${s}_PWD
    MYSQL_PWD=${!pwd_var} "$CLIENT" --no-defaults --protocol=tcp -h127.0.0.1 -P"${!port_var}" -uroot "$@"
}
q() { sql "$1" --batch --skip-column-names -e "$2"; }  # q SERVER QUERY

# Waits until both servers have flushed their dirty pages (the previous method's writes must not
# slow the next one down). innodb_max_dirty_pages_pct and innodb_io_capacity are changed only while
# waiting, and put back before the next timing.
settle() {
    local s pct cap capmax dirty
    for s in source dest; do
        read -r pct cap capmax < <(q "$s" "SELECT @@GLOBAL.innodb_max_dirty_pages_pct, @@GLOBAL.innodb_io_capacity, @@GLOBAL.innodb_io_capacity_max")
        q "$s" "SET GLOBAL innodb_io_capacity_max = 100000; SET GLOBAL innodb_io_capacity = 50000; SET GLOBAL innodb_max_dirty_pages_pct = 0"
        for _ in $(seq 1 600); do
            dirty=$(q "$s" "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'" | awk '{print $2}')
            ((${dirty:-0} < 50)) && break
            sleep 0.2
        done
        q "$s" "SET GLOBAL innodb_max_dirty_pages_pct = $pct; SET GLOBAL innodb_io_capacity = $cap; SET GLOBAL innodb_io_capacity_max = $capmax"
    done
}

# ---------------------------------------------------------------------------------------------
# CPU accounting: what did other processes use while a method ran?
# ---------------------------------------------------------------------------------------------
CLK_TCK=$(getconf CLK_TCK)
NPROC=$(nproc)
# user + nice + system + steal; irq/softirq are left out: they are mostly our own loopback traffic,
# which the kernel does not charge to any process.
cpu_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $9; exit }' /proc/stat; }
# ticks of the processes in our running jobs' process groups (not yet reaped)
job_ticks() {
    ((${#JOBS[@]})) || { echo 0; return 0; }
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } |
        awk -v pg=" ${JOBS[*]} " '{ sub(/.*\) /, ""); if (index(pg, " " $3 " ")) t += $12 + $13 } END { print t + 0 }'
}
# ticks used by us: both servers + this shell + its reaped children + running jobs
own_ticks() {
    local t=0 p f
    for p in "${SERVER_PIDS[@]}"; do
        [[ -r /proc/$p/stat ]] || continue
        f=$(sed 's/.*) //' "/proc/$p/stat")
        t=$((t + $(awk '{print $12 + $13}' <<<"$f")))
    done
    f=$(sed 's/.*) //' "/proc/$$/stat")
    t=$((t + $(awk '{print $12 + $13 + $14 + $15}' <<<"$f")))
    t=$((t + $(job_ticks)))
    echo "$t"
}
# foreign CPU% (of all cores) over a short sample, with nothing of ours running
sample_foreign_pct() {
    local b0 o0 b1 o1
    b0=$(cpu_busy_ticks); o0=$(own_ticks)
    sleep 2
    b1=$(cpu_busy_ticks); o1=$(own_ticks)
    awk -v b=$((b1 - b0)) -v o=$((o1 - o0)) -v hz="$CLK_TCK" -v n="$NPROC" \
        'BEGIN { f = (b - o) / hz; if (f < 0) f = 0; printf "%.0f", 100 * f / (2 * n) }'
}
wait_idle() {
    local pct start=$SECONDS
    while :; do
        pct=$(sample_foreign_pct)
        ((pct <= 15)) && return 0
        if ((SECONDS - start >= IDLE_WAIT)); then
            NOTES+=("$(round_tag)before $1: other processes still used ${pct}% of the CPU after waiting ${IDLE_WAIT} s; ran anyway")
            log "other processes use ${pct}% CPU; running $1 anyway"
            return 0
        fi
        log "other processes use ${pct}% CPU; waiting before $1"
        sleep 5
    done
}
round_tag() { ((REPEAT == 1)) || echo "round ${round:-?}: "; }
MEAS_B0=0 MEAS_O0=0 T0=0
measure_start() { MEAS_B0=$(cpu_busy_ticks); MEAS_O0=$(own_ticks); T0=$(now_ns); }
# measure_stop LABEL [END_NS] -> sets ELAPSED (s) and FOREIGN_PCT. END_NS: the end of the timing,
# when it is known more precisely than "now" (the CPU sample is taken now either way).
measure_stop() {
    local t1 b1 o1
    t1=$(now_ns); b1=$(cpu_busy_ticks); o1=$(own_ticks)
    [[ -n ${2:-} ]] && t1=$2
    ELAPSED=$(secs "$T0" "$t1")
    FOREIGN_PCT=$(awk -v b=$((b1 - MEAS_B0)) -v o=$((o1 - MEAS_O0)) -v hz="$CLK_TCK" -v n="$NPROC" -v w="$ELAPSED" \
        'BEGIN { f = (b - o) / hz; if (f < 0) f = 0; printf "%.0f", (w > 0 ? 100 * f / (w * n) : 0) }')
    if ((FOREIGN_PCT > 10)); then
        NOTES+=("$(round_tag)$1: other processes used ~${FOREIGN_PCT}% of the CPU during the timing; the number is not clean")
    fi
}

# ---------------------------------------------------------------------------------------------
# Report helpers
# ---------------------------------------------------------------------------------------------
fmt_int() { awk -v x="$1" 'BEGIN { s = sprintf("%.0f", x); out = ""; while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) } print s out }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }  # KiB -> MB
verdict() { [[ $1 == 1 ]] && echo PASS || echo FAIL; }

# "host, N CPUs (model), M MB RAM, OS"
machine_line() {
    local cpu mem
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    mem=$(awk '/^MemTotal/ { printf "%.0f", $2 / 1024 }' /proc/meminfo)
    echo "$(hostname 2>/dev/null || cat /etc/hostname), $NPROC CPUs ($cpu), $mem MB RAM, $(. /etc/os-release && echo "$PRETTY_NAME")"
}
# "commit abc1234[ (+ uncommitted changes)]" of the repository at $1
git_rev() {
    local rev
    rev=$(git -C "$1" rev-parse --short HEAD 2>/dev/null || echo "?")
    git -C "$1" diff --quiet HEAD 2>/dev/null || rev="$rev (+ uncommitted changes)"
    echo "$rev"
}
# build type of a binary in a CMake build tree (BUILD/app/dts -> BUILD/CMakeCache.txt)
build_type() {
    grep -m1 CMAKE_BUILD_TYPE "$(dirname "$(dirname "$1")")/CMakeCache.txt" 2>/dev/null | cut -d= -f2 || echo '?'
}
