"""Plain text stories, including the seed's form.

The seed's form: the first line starts ``date YYYY-MM`` (the body may go on after
it), and the last line is the story id, which carries the day
(``agd0002-20171109_2`` -> published 2017-11-09). Without them the id is a hash
of the text and the published time is unknown.
"""

from __future__ import annotations

import re
from datetime import date

from frontline.model import Article

from .normalise import make_article

_DATE_LINE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|\Z)[ \t]*\n?")
_ID_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/-]{2,79}$")
_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")


def parse(text: str, origin: str = "") -> Article:
    """One Article from a plain-text story."""
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    header = _DATE_LINE.match(body)
    published: str | None = header.group(1) if header else None
    if header:
        body = body[header.end():]
    story_id, body, day = _split_id(body, expect_id=header is not None)
    return make_article(id=story_id, text=body, published=day or published)


def _split_id(body: str, *, expect_id: bool) -> tuple[str | None, str, str | None]:
    """(id, body without the id line, day carried by the id) from the last line."""
    head, _, last = body.rstrip().rpartition("\n")
    last = last.strip()
    if not head.strip() or not _ID_TOKEN.match(last) or not any(c.isdigit() for c in last):
        return None, body, None
    day = _day_in(last)
    if day is None and not expect_id:
        return None, body, None
    return last, head, day


def _day_in(token: str) -> str | None:
    for match in _DAY.finditer(token):
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            continue
    return None
