"""HTML and XML bodies to text with paragraphs kept."""

from __future__ import annotations

import pytest

from frontline.wire.markup import element_text, html_to_text
from frontline.wire.safexml import parse_xml


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."),
        ("<div>Line<br>next</div>", "Line\nnext"),
        ("<p>  spaced\n   out  </p>", "spaced out"),
        ("<script>var x=1;</script><style>p{}</style><p>Kept.</p>", "Kept."),
        ("plain <b>bold</b> text", "plain bold text"),
        ("<h1>Head</h1><ul><li>a</li><li>b</li></ul>", "Head\n\na\n\nb"),
        ("", ""),
    ],
)
def test_markup_html_to_text(html, text) -> None:
    assert html_to_text(html) == text


def test_markup_element_text_namespaced() -> None:
    root = parse_xml('<x:body xmlns:x="urn:x"><x:p>A <x:em>b</x:em> c.</x:p>tail<x:p>D.</x:p></x:body>')
    assert element_text(root) == "A b c.\n\ntail\n\nD."
