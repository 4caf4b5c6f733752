"""Which wire format a decoded input is in, from its first characters (and XML root)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from frontline.errors import UnsupportedFormatError

from .markup import local
from .safexml import descendant

# Format names accepted by --format (aliases map onto them).
FORMATS: tuple[str, ...] = ("text", "json", "ninjs", "newsml", "nitf", "feed")
ALIASES: dict[str, str] = {
    "txt": "text", "plain": "text", "jsonl": "json", "ndjson": "json", "article": "json",
    "newsml-g2": "newsml", "g2": "newsml", "rss": "feed", "atom": "feed",
}
XML_FORMATS = frozenset({"newsml", "nitf", "feed"})
FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
G2_ROOTS = frozenset({"newsItem", "newsMessage"})
# Known NewsML-G2 parts that are not items on their own.
G2_PARTS = frozenset(
    "itemMeta contentMeta contentSet inlineXML inlineData remoteContent rightsInfo "
    "packageItem conceptItem knowledgeItem planningItem catalog".split()
)


def canonical(fmt: str | None) -> str | None:
    """The canonical format name for a --format value; UnsupportedFormatError if unknown."""
    if fmt is None:
        return None
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        raise UnsupportedFormatError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return name


def sniff(text: str) -> str:
    """'json', 'xml' or 'text' from the first non-blank character."""
    head = text.lstrip()[:1]
    if head in ("{", "["):
        return "json"
    if head == "<":
        return "xml"
    return "text"


def xml_format(root: Element) -> str:
    """The wire format of a parsed XML document, by its root (and an NITF inside a fragment)."""
    name = local(root.tag)
    if name in FEED_ROOTS:
        return "feed"
    if name == "nitf":
        return "nitf"
    if name in G2_ROOTS or name in G2_PARTS:
        if name not in G2_ROOTS and descendant(root, "nitf") is not None:
            return "nitf"  # a contentSet/inlineXML fragment that carries a complete NITF document
        return "newsml"
    raise UnsupportedFormatError(
        f"XML root <{name}> is not a known wire format (NewsML-G2 newsItem, NITF, RSS, Atom)"
    )
