#!/usr/bin/env bash
# `make run`: the whole service on this machine, no Docker.
#
# Starts the development broker (unless one runs), creates the topics, starts a
# `frontline worker` in the background, publishes samples/wire with `frontline
# feed`, then follows `frontline alerts` in the foreground. Ctrl-C stops the
# worker, and the broker too if this script started it.
#
# Environment: FRONTLINE_* (see docs/configuration.md), FRONTLINE_SAMPLES
# [samples/wire], WORKER_READY_TIMEOUT [180] seconds.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
KAFKA=deploy/kafka/kafka.sh
FRONTLINE=.venv/bin/frontline
SAMPLES=${FRONTLINE_SAMPLES:-samples/wire}
READY_TIMEOUT=${WORKER_READY_TIMEOUT:-180}
RUN_DIR=var/run
WORKER_LOG=$RUN_DIR/worker.log
BROKER_RECORD=$RUN_DIR/broker.started

web_host=${FRONTLINE_WEB_HOST:-127.0.0.1}
[[ $web_host == 0.0.0.0 ]] && web_host=127.0.0.1
URL=http://$web_host:${FRONTLINE_WEB_PORT:-6066}

[[ -x $FRONTLINE ]] || { echo "run: $FRONTLINE missing; run \`make venv\`" >&2; exit 1; }
mkdir -p "$RUN_DIR"

worker=
cleanup() {
    trap - EXIT INT TERM
    if [[ -n $worker ]] && kill -0 "$worker" 2>/dev/null; then
        echo "run: stopping the worker (pid $worker)"
        kill -TERM "$worker" 2>/dev/null || true
        for _ in $(seq 1 150); do kill -0 "$worker" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$worker" 2>/dev/null || true
        wait "$worker" 2>/dev/null || true
    fi
    "$KAFKA" stop --if-recorded "$BROKER_RECORD"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$KAFKA" start --record "$BROKER_RECORD"
"$KAFKA" topics

echo "run: starting the worker (log $WORKER_LOG)"
"$FRONTLINE" worker >"$WORKER_LOG" 2>&1 &
worker=$!

started=$SECONDS
until curl -fsS -o /dev/null "$URL/healthz" 2>/dev/null; do
    if ! kill -0 "$worker" 2>/dev/null; then
        echo "run: the worker exited; last lines of $WORKER_LOG:" >&2
        tail -n 30 "$WORKER_LOG" >&2
        exit 1
    fi
    if ((SECONDS - started > READY_TIMEOUT)); then
        echo "run: the worker did not become healthy at $URL/healthz in $READY_TIMEOUT s; see $WORKER_LOG" >&2
        exit 1
    fi
    sleep 0.5
done
echo "run: worker ready in $((SECONDS - started)) s"

"$FRONTLINE" feed "$SAMPLES" || echo "run: some inputs under $SAMPLES were rejected (see above)" >&2

cat <<MSG

  Control table:  $URL/towns
  Metrics:        $URL/metrics
  Health:         $URL/healthz
  Worker log:     $WORKER_LOG   Broker log: deploy/kafka/kafka.sh logs

  Alerts follow (Ctrl-C stops the worker$([[ -s $BROKER_RECORD ]] && echo " and the broker")):

MSG
"$FRONTLINE" alerts --from-beginning --follow
