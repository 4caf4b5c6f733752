"""The service image: multi-stage, non-root, health-checked on /healthz:6066."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def instructions(root: Path) -> list[tuple[str, str]]:
    text = (root / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_dockerfile_is_multi_stage(instructions: list[tuple[str, str]]) -> None:
    stages = [rest for word, rest in instructions if word == "FROM"]
    assert len(stages) >= 2
    assert any(word == "COPY" and rest.startswith("--from=build") for word, rest in instructions)


def test_dockerfile_runs_as_non_root(instructions: list[tuple[str, str]]) -> None:
    users = [rest for word, rest in instructions if word == "USER"]
    assert users, "the final stage must set USER"
    assert users[-1].split(":")[0] not in ("root", "0")


def test_dockerfile_healthcheck_probes_healthz_on_6066(instructions: list[tuple[str, str]]) -> None:
    (check,) = [rest for word, rest in instructions if word == "HEALTHCHECK"]
    assert "/healthz" in check
    assert "6066" in check
    assert ("EXPOSE", "6066") in instructions


def test_dockerfile_copies_what_the_compose_file_runs(root: Path, instructions: list[tuple[str, str]]) -> None:
    copied = " ".join(rest for word, rest in instructions if word == "COPY")
    assert "deploy/kafka/create_topics.py" in copied
    ignored = (root / ".dockerignore").read_text(encoding="utf-8").split()
    assert "deploy" not in ignored and "services" not in ignored


def test_dockerfile_build_stage_has_every_symlink_target(root: Path, instructions: list[tuple[str, str]]) -> None:
    """services/ links into schemas/ (message and ninjs schemas): the build must copy both ends."""
    build_copies = []
    for word, rest in instructions:
        if word == "FROM" and build_copies:
            break  # only the first (build) stage
        if word == "COPY" and not rest.startswith("--"):
            build_copies.append(rest.split()[0].rstrip("/"))
    ignored = set((root / ".dockerignore").read_text(encoding="utf-8").split())
    links = [p for p in (root / "services").rglob("*") if p.is_symlink()]
    assert links, "expected the schema links under services/frontline/schemas/"
    for link in links:
        target = link.resolve()
        assert target.is_file(), f"{link} is a dangling link"
        top = target.relative_to(root).parts[0]
        assert top in build_copies and top not in ignored, f"{link} -> {target}: COPY {top} in the build stage"


def test_dockerfile_checks_run_time_data_at_build(instructions: list[tuple[str, str]]) -> None:
    runs = " ".join(rest for word, rest in instructions if word == "RUN")
    for needed in ("frontline.schemas", "frontline.wire.ninjs", "frontline.stream.mapview", "Extractor.load()"):
        assert needed in runs
    copied = " ".join(rest for word, rest in instructions if word == "COPY")
    assert "samples /app/samples" in copied  # the compose feeder reads /app/samples/wire
