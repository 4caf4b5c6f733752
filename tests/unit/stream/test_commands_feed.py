"""`frontline feed` arguments: what the plan says, and refusals before Kafka is touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontline.cli import _parser
from frontline.settings import Settings
from frontline.stream.commands import feed, feed_plan

SETTINGS = Settings(data_dir=Path("/srv/frontline"), max_article_bytes=123_456)


def _args(*argv: str):  # type: ignore[no-untyped-def]
    return _parser().parse_args(["feed", *argv])


def test_commands_feed_plan_for_urls_files_and_spool() -> None:
    plan = feed_plan(SETTINGS, _args("samples/wire", "https://desk.example/rss", "--spool", "in", "--no-progress"))
    assert plan.urls == ("https://desk.example/rss",) and plan.paths == ("samples/wire",)
    assert (plan.spool, plan.interval, plan.once, plan.progress) == (Path("in"), 60.0, False, False)
    assert (plan.state_path, plan.max_bytes, plan.timeout) == (Path("/srv/frontline/feed-state.json"), 123_456, 10.0)


def test_commands_feed_plan_spool_only_polls_often_and_flags_win() -> None:
    assert feed_plan(SETTINGS, _args("--spool", "in")).interval == 2.0
    plan = feed_plan(SETTINGS, _args("--spool", "in", "--interval", "0.5", "--once", "--state", "s.json", "--progress"))
    assert (plan.interval, plan.once, plan.state_path, plan.progress) == (0.5, True, Path("s.json"), True)


@pytest.mark.parametrize("argv, message", [
    ((), "give files, directories, feed URLs"),
    (("x", "--interval", "0"), "--interval and --timeout"),
    (("x", "--timeout", "-1"), "--interval and --timeout"),
])
def test_commands_feed_refuses_bad_arguments_without_kafka(argv: tuple[str, ...], message: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert feed(SETTINGS, _args(*argv)) == 2
    assert message in capsys.readouterr().err
