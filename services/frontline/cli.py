"""The `frontline` command: argument parsing only; each command is a few lines over a module."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="frontline", description=__doc__)
    p.add_argument("--log-level", default=None, help="override FRONTLINE_LOG_LEVEL")
    sub = p.add_subparsers(dest="command", required=True)

    sub.add_parser("worker", help="run a Faust worker (extract + control agents, web server)")

    feed = sub.add_parser("feed", help="publish articles to the articles topic")
    feed.add_argument("sources", nargs="*", help="files, directories, http(s) feed URLs, or - for stdin")
    feed.add_argument("--format", default=None, help="force a wire format instead of detecting it")
    feed.add_argument("--spool", default=None, metavar="DIR",
                      help="watch DIR for new files; move each to DIR/done/ or DIR/failed/")
    feed.add_argument("--once", action="store_true", help="poll the URLs and the spool once, then exit")
    feed.add_argument("--interval", type=float, default=None, metavar="SECONDS",
                      help="seconds between polls (default 60 with URLs, else 2)")
    feed.add_argument("--state", default=None, metavar="FILE",
                      help="feed poller state (default FRONTLINE_DATA_DIR/feed-state.json)")
    feed.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="HTTP timeout")
    feed.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                      help="progress bar on stderr (default: when stderr is a terminal)")

    alerts = sub.add_parser("alerts", help="print alerts from the alerts topic")
    alerts.add_argument("--from-beginning", action="store_true")
    alerts.add_argument("--follow", action="store_true", help="keep waiting for new alerts")
    alerts.add_argument("--json", action="store_true", help="one JSON alert per line")

    towns = sub.add_parser("towns", help="print the control table served by a worker")
    towns.add_argument("key", nargs="?", help="one place (e.g. gn:174448) with its history")
    towns.add_argument("--url", default=None, help="worker base URL (default: from settings)")
    towns.add_argument("--json", action="store_true")
    for name in ("country", "controller", "status", "changed-since"):  # GET /towns filters
        towns.add_argument(f"--{name}", default=None, help="filter; comma-separated values match any")

    extract = sub.add_parser("extract", help="print control events of articles as JSON lines (no Kafka)")
    extract.add_argument("sources", nargs="+", help="files, directories, or - for stdin")
    extract.add_argument("--format", default=None)

    replay = sub.add_parser("replay", help="run the whole pipeline in one process, no Kafka")
    replay.add_argument("sources", nargs="+")
    replay.add_argument("--format", default=None)
    replay.add_argument("--json", action="store_true", help='print {"alerts": [...], "towns": [...]}')

    ev = sub.add_parser("eval", help="score the extractor against gold JSONL files")
    ev.add_argument("gold", nargs="+")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--quiet", action="store_true", help="figures only, no per-document errors")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from frontline.errors import ConfigError
    from frontline.settings import Settings

    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"frontline: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=(args.log_level or settings.log_level).upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.command == "worker":
        from frontline.stream.app import run_worker

        return run_worker(settings)
    if args.command in ("feed", "alerts", "towns"):
        from frontline.stream import commands

        return getattr(commands, args.command)(settings, args)
    if args.command in ("extract", "replay"):
        from frontline import replay

        return getattr(replay, f"{args.command}_command")(settings, args)
    if args.command == "eval":
        from frontline.evaluate import eval_command

        return eval_command(settings, args)
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())
