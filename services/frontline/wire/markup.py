"""HTML and XML bodies to plain text, paragraphs kept (one blank line between)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.etree.ElementTree import Element

# Elements that start a new paragraph (HTML, XHTML, NITF).
BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th section article "
    "header footer aside figure figcaption address hr nav main body "
    "hl1 hl2 block abstract bq byline dateline tagline note fn media-caption".split()
)
SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript"})
_SPACE = re.compile(r"\s+")


class Paragraphs:
    """Collects text runs and paragraph breaks; whitespace inside a paragraph collapses."""

    def __init__(self) -> None:
        self._done: list[str] = []
        self._lines: list[str] = []
        self._run: list[str] = []

    def text(self, data: str) -> None:
        self._run.append(data)

    def line_break(self) -> None:
        line = _SPACE.sub(" ", "".join(self._run)).strip()
        if line:
            self._lines.append(line)
        self._run = []

    def paragraph_break(self) -> None:
        self.line_break()
        if self._lines:
            self._done.append("\n".join(self._lines))
        self._lines = []

    def result(self) -> str:
        self.paragraph_break()
        return "\n\n".join(self._done)


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Paragraphs()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self._skip += 1
        elif tag == "br":
            self.out.line_break()
        elif tag in BLOCKS:
            self.out.paragraph_break()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCKS:
            self.out.paragraph_break()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.text(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment or page: tags gone, entities decoded, paragraphs kept."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    return parser.out.result()


def local(tag: object) -> str:
    """The local name of an ElementTree tag (``{ns}p`` -> ``p``); '' for comments."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def element_text(element: Element) -> str:
    """Plain text inside an XML element (XHTML, NITF body), paragraphs kept."""
    out = Paragraphs()
    out.text(element.text or "")
    for child in element:
        _walk(child, out)
    return out.result()


def _walk(element: Element, out: Paragraphs) -> None:
    name = local(element.tag)
    if name and name not in SKIPPED:
        block = name in BLOCKS
        if name == "br":
            out.line_break()
        elif block:
            out.paragraph_break()
        out.text(element.text or "")
        for child in element:
            _walk(child, out)
        if block:
            out.paragraph_break()
    out.text(element.tail or "")
