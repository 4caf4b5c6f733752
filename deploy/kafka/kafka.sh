#!/usr/bin/env bash
# A single-node Apache Kafka (KRaft, broker+controller) for development and tests,
# run from Maven Central jars: no tarball, no Docker.
#
#   kafka.sh fetch          copy the broker's classpath (pinned in pom.xml) into the cache
#   kafka.sh start [--record FILE]
#                           fetch, configure, format storage, start, wait until it answers;
#                           does nothing if it already runs. --record writes the broker's
#                           pid to FILE only if this call started it.
#   kafka.sh stop [--if-recorded FILE]
#                           SIGTERM, wait, SIGKILL after KAFKA_STOP_TIMEOUT seconds;
#                           --if-recorded: only if the running broker's pid is the one in
#                           FILE (stop what you started, never someone else's broker)
#   kafka.sh status         exit 0 if a broker answers, 1 if ours runs but does not answer,
#                           3 if none runs
#   kafka.sh logs [-f] [-n N]   tail the broker log
#   kafka.sh topics [...]   create Frontline's topics (create_topics.py, idempotent)
#   kafka.sh wipe           delete the broker's data (refuses while it runs)
#
# Environment (defaults in brackets):
#   KAFKA_HOST [127.0.0.1]  KAFKA_PORT [9092]  KAFKA_CONTROLLER_PORT [9093]
#   KAFKA_STATE_DIR [<repo>/.cache/kafka]      libs, data, server.properties, log, pid
#   KAFKA_HEAP_OPTS [-Xmx512m -Xms128m]        KAFKA_START_TIMEOUT [120]  KAFKA_STOP_TIMEOUT [30]
#   JAVA [java]  MVN [mvn]  PYTHON [<repo>/.venv/bin/python, for `topics`]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

KAFKA_HOST=${KAFKA_HOST:-127.0.0.1}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
STATE=${KAFKA_STATE_DIR:-$ROOT/.cache/kafka}
HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xmx512m -Xms128m}
START_TIMEOUT=${KAFKA_START_TIMEOUT:-120}
STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-30}
JAVA=${JAVA:-java}
MVN=${MVN:-mvn}

VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml")
LIBS=$STATE/$VERSION/libs
DATA=$STATE/data
PROPS=$STATE/server.properties
LOG=$STATE/kafka.log
PIDFILE=$STATE/kafka.pid
CLUSTER_ID_FILE=$STATE/cluster.id
ADDR=$KAFKA_HOST:$KAFKA_PORT

die() { echo "kafka.sh: $*" >&2; exit 1; }
say() { echo "kafka.sh: $*"; }

need() {
    command -v "$1" >/dev/null 2>&1 || die "$1 not found on PATH ($2)"
}

check_settings() {
    [[ $VERSION =~ ^4\.[0-9]+\.[0-9]+$ ]] || die "cannot read <kafka.version> from $HERE/pom.xml"
    [[ $KAFKA_PORT =~ ^[0-9]+$ ]] || die "KAFKA_PORT must be a port number, not '$KAFKA_PORT'"
    [[ $KAFKA_CONTROLLER_PORT =~ ^[0-9]+$ ]] || die "KAFKA_CONTROLLER_PORT must be a port number"
}

# Serialise start/stop/wipe between concurrent callers (several engineers, make -j).
lock() {
    mkdir -p "$STATE"
    exec 9>"$STATE/kafka.lock"
    flock -w $((START_TIMEOUT + STOP_TIMEOUT)) 9 || die "another kafka.sh still holds $STATE/kafka.lock"
}

# Print the pid of the broker this script started, if it is still alive.
running_pid() {
    local pid
    [[ -s $PIDFILE ]] || return 1
    pid=$(<"$PIDFILE")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled pid: it must be a Kafka broker JVM.
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
    echo "$pid"
}

answers() {
    python3 "$HERE/probe.py" --quiet --timeout 2 "$ADDR"
}

port_open() {
    (exec 3<>"/dev/tcp/$KAFKA_HOST/$1") 2>/dev/null
}

log_since_start() {
    # The lines this start wrote, after the last marker, at most 40.
    awk '/^=== kafka.sh start /{buf=""} {buf=buf $0 "\n"} END{printf "%s", buf}' "$LOG" | tail -n 40 >&2
}

cmd_fetch() {
    check_settings
    if [[ -f $LIBS/.complete ]]; then
        return 0
    fi
    need "$MVN" "install Maven, e.g. apt-get install maven"
    say "fetching Kafka $VERSION and its dependencies from Maven into $LIBS"
    local tmp=$LIBS.tmp.$$
    rm -rf "$tmp"
    mkdir -p "$(dirname "$LIBS")"
    "$MVN" -q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$tmp" \
        || { rm -rf "$tmp"; die "mvn could not fetch Kafka $VERSION (see the output above)"; }
    ls "$tmp"/kafka_2.13-"$VERSION".jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "kafka_2.13-$VERSION.jar missing after fetch"; }
    rm -rf "$LIBS"
    mv "$tmp" "$LIBS"
    touch "$LIBS/.complete"
}

check_java() {
    need "$JAVA" "Kafka 4 needs Java 17 or later"
    local major
    major=$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
    [[ -n $major && $major -ge 17 ]] || die "Kafka 4 needs Java 17 or later; $JAVA is version '${major:-unknown}'"
}

write_properties() {
    mkdir -p "$DATA"
    sed -e "s|@HOST@|$KAFKA_HOST|g" -e "s|@PORT@|$KAFKA_PORT|g" \
        -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" -e "s|@LOG_DIRS@|$DATA|g" \
        "$HERE/server.properties" >"$PROPS.tmp"
    mv "$PROPS.tmp" "$PROPS"
}

# The java command line shared by the broker and StorageTool.
java_cmd() {
    local -a heap
    read -r -a heap <<<"$HEAP_OPTS"
    JAVA_CMD=("$JAVA" "${heap[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
        -Dlog4j2.configurationFile="$HERE/log4j2.xml" -cp "$LIBS/*")
}

kafka_java() {
    java_cmd
    "${JAVA_CMD[@]}" "$@" 9>&-
}

format_storage() {
    if [[ -f $DATA/meta.properties ]]; then
        return 0
    fi
    local cluster_id
    if [[ ! -s $CLUSTER_ID_FILE ]]; then
        # StorageTool logs on stdout too: the id is the last line.
        cluster_id=$(kafka_java kafka.tools.StorageTool random-uuid 2>>"$LOG" | tail -n 1) \
            || die "StorageTool random-uuid failed; see $LOG"
        [[ $cluster_id =~ ^[A-Za-z0-9_-]{22}$ ]] || die "StorageTool random-uuid printed '$cluster_id', not a cluster id"
        echo "$cluster_id" >"$CLUSTER_ID_FILE"
    fi
    cluster_id=$(<"$CLUSTER_ID_FILE")
    [[ $cluster_id =~ ^[A-Za-z0-9_-]{22}$ ]] || die "$CLUSTER_ID_FILE does not hold a cluster id; \`$0 wipe\` and start again"
    say "formatting $DATA (cluster id $cluster_id)"
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$PROPS" -g >>"$LOG" 2>&1 \
        || die "formatting $DATA failed; see $LOG"
}

wait_ready() {
    local pid=$1 started=$SECONDS
    while ((SECONDS - started < START_TIMEOUT)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "kafka.sh: Kafka (pid $pid) exited during start-up. Last lines of $LOG:" >&2
            log_since_start
            rm -f "$PIDFILE"
            exit 1
        fi
        if answers; then
            say "Kafka $VERSION ready at $ADDR (pid $pid, $((SECONDS - started)) s; log $LOG)"
            return 0
        fi
        sleep 0.5
    done
    die "Kafka (pid $pid) did not answer at $ADDR within $START_TIMEOUT s; it is left running: see $LOG, then \`$0 stop\`"
}

cmd_start() {
    local record=
    case ${1:-} in
        --record) record=${2:?--record needs a file}; rm -f "$record" ;;
        "") ;;
        *) die "start: unknown option $1" ;;
    esac
    check_settings
    lock
    local pid
    if pid=$(running_pid); then
        if answers; then
            say "Kafka $VERSION already running at $ADDR (pid $pid)"
            return 0
        fi
        say "Kafka (pid $pid) is running but not answering yet; waiting"
        wait_ready "$pid"
        return 0
    fi
    if answers; then
        say "a Kafka broker already answers at $ADDR (not started from $STATE); using it"
        return 0
    fi
    if port_open "$KAFKA_PORT"; then
        die "port $KAFKA_PORT on $KAFKA_HOST is taken by something that does not answer as a Kafka broker"
    fi
    if port_open "$KAFKA_CONTROLLER_PORT"; then
        die "controller port $KAFKA_CONTROLLER_PORT on $KAFKA_HOST is taken; set KAFKA_CONTROLLER_PORT"
    fi
    need python3 "the readiness probe is a Python script"
    need flock "util-linux"
    check_java
    cmd_fetch
    write_properties
    # Keep one previous log once it passes 50 MB.
    if [[ -f $LOG ]] && (($(stat -c %s "$LOG") > 50 * 1024 * 1024)); then mv "$LOG" "$LOG.1"; fi
    printf '=== kafka.sh start %s (Kafka %s, %s)\n' "$(date -Is)" "$VERSION" "$ADDR" >>"$LOG"
    format_storage
    # setsid: the broker outlives the shell (and the terminal's Ctrl-C) that started it.
    # The wrapper writes its own pid, which exec turns into the JVM's; fd 9 (the lock)
    # is closed so that the broker does not hold it.
    java_cmd
    rm -f "$PIDFILE"
    # shellcheck disable=SC2016  # $$ and $@ belong to the inner bash
    setsid bash -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$PIDFILE" \
        "${JAVA_CMD[@]}" kafka.Kafka "$PROPS" </dev/null >>"$LOG" 2>&1 9>&- &
    local waited=0
    while [[ ! -s $PIDFILE ]] && ((waited < 100)); do sleep 0.1; waited=$((waited + 1)); done
    [[ -s $PIDFILE ]] || die "the broker did not start; see $LOG"
    pid=$(<"$PIDFILE")
    say "started Kafka $VERSION (pid $pid), waiting for $ADDR"
    if [[ -n $record ]]; then echo "$pid" >"$record"; fi
    wait_ready "$pid"
}

cmd_stop() {
    local recorded=
    case ${1:-} in
        --if-recorded)
            [[ -s ${2:?--if-recorded needs a file} ]] || return 0  # this caller started nothing
            recorded=$(<"$2")
            rm -f "$2"
            ;;
        "") ;;
        *) die "stop: unknown option $1" ;;
    esac
    check_settings
    lock
    local pid
    if [[ -n $recorded ]] && pid=$(running_pid) && [[ $pid != "$recorded" ]]; then
        say "the running broker (pid $pid) is not the one recorded ($recorded); not stopping it"
        return 0
    fi
    if ! pid=$(running_pid); then
        rm -f "$PIDFILE"
        if answers; then
            say "the broker at $ADDR was not started from $STATE; not stopping it"
        else
            say "Kafka is not running"
        fi
        return 0
    fi
    say "stopping Kafka (pid $pid)"
    kill -TERM "$pid"
    local started=$SECONDS
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS - started >= STOP_TIMEOUT)); then
            say "still running after $STOP_TIMEOUT s; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.2
    done
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$PIDFILE"
    say "stopped ($((SECONDS - started)) s)"
}

cmd_status() {
    check_settings
    local pid
    if pid=$(running_pid); then
        if answers; then
            say "running: Kafka $VERSION at $ADDR (pid $pid, data $DATA)"
            return 0
        fi
        say "pid $pid is alive but $ADDR does not answer (starting, or stuck: see $LOG)"
        return 1
    fi
    if answers; then
        say "a broker answers at $ADDR, but not one started from $STATE"
        return 0
    fi
    say "not running"
    return 3
}

cmd_logs() {
    [[ -f $LOG ]] || die "no log yet ($LOG)"
    if (($# == 0)); then set -- -n 100; fi
    exec tail "$@" "$LOG"
}

cmd_topics() {
    local py=${PYTHON:-$ROOT/.venv/bin/python}
    [[ -x $py ]] || py=python3
    # FRONTLINE_BROKER, when set, names the broker (read by frontline.settings).
    if [[ -z ${FRONTLINE_BROKER:-} ]]; then set -- --bootstrap "$ADDR" "$@"; fi
    exec "$py" "$HERE/create_topics.py" "$@"
}

cmd_wipe() {
    check_settings
    lock
    if running_pid >/dev/null; then
        die "Kafka is running; \`$0 stop\` first"
    fi
    rm -rf "$DATA" "$CLUSTER_ID_FILE" "$PROPS"
    say "deleted $DATA"
}

case ${1:-} in
    fetch) shift; cmd_fetch "$@" ;;
    start) shift; cmd_start "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    status) shift; cmd_status "$@" ;;
    logs) shift; cmd_logs "$@" ;;
    topics) shift; cmd_topics "$@" ;;
    wipe) shift; cmd_wipe "$@" ;;
    *) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0" >&2; exit 2 ;;
esac
