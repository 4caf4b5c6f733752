"""IPTC NewsML-G2: a newsItem, or the newsItems of a newsMessage."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from frontline.errors import InputError, SchemaError, UnsupportedFormatError
from frontline.model import Article

from . import nitf
from .markup import element_text, html_to_text, local
from .normalise import make_article
from .rejected import Rejected
from .safexml import XML_LANG, find, find_all, text_of


def parse(root: Element, origin: str) -> Iterator[Article | Rejected]:
    """The Articles of a newsItem or newsMessage; anything else G2 is refused."""
    name = local(root.tag)
    if name == "newsItem":
        yield from_item(root)
    elif name == "newsMessage":
        items = [i for s in find_all(root, "itemSet") for i in find_all(s, "newsItem")]
        for n, item in enumerate(items, 1):
            try:
                yield from_item(item)
            except InputError as exc:
                yield Rejected.from_error(f"{origin}#{item.get('guid') or n}", exc)
    else:
        raise UnsupportedFormatError(
            f"<{name}> is a NewsML-G2 fragment or non-news item, not a complete newsItem: "
            "only <newsItem> (guid, itemMeta, contentMeta, contentSet) or <newsMessage> is read"
        )


def from_item(item: Element) -> Article:
    """One Article from a <newsItem>."""
    guid = item.get("guid")
    if not guid:
        raise SchemaError("<newsItem> has no guid attribute")
    meta = find(item, "itemMeta")
    content = find(item, "contentMeta")
    body, body_title = _body(find(item, "contentSet"))
    when = [find(meta, n) for n in ("versionCreated", "firstCreated")] if meta is not None else []
    when += [find(content, "contentCreated")] if content is not None else []
    language = find(content, "language") if content is not None else None
    return make_article(
        id=guid,
        text=body,
        title=(text_of(find(content, "headline")) if content is not None else "") or body_title,
        published=next((text_of(e) for e in when if text_of(e)), None),
        lang=(language.get("tag") if language is not None else None) or item.get(XML_LANG),
        version=item.get("version"),
        source=_source(item, meta, content),
        located=_located(content) if content is not None else None,
    )


def _body(content_set: Element | None) -> tuple[str, str]:
    """(text, NITF headline) of the first rendition that carries text."""
    if content_set is None:
        return "", ""
    for part in content_set:
        kind = local(part.tag)
        if kind == "inlineXML":
            inner = next(iter(part), None)
            if inner is not None and local(inner.tag) == "nitf":
                return nitf.body_text(inner), nitf.headline(inner)
            text = element_text(part)
        elif kind == "inlineData":
            raw = part.text or ""
            text = html_to_text(raw) if "html" in (part.get("contenttype") or "") else raw.strip()
        else:
            continue
        if text:
            return text, ""
    return "", ""


def _source(item: Element, meta: Element | None, content: Element | None) -> str | None:
    provider = find(meta, "provider") if meta is not None else None
    info = find(content, "infoSource") if content is not None else None
    holder = find(item, "rightsInfo", "copyrightHolder")
    qcode = (provider.get("qcode") or "").partition(":")[2] if provider is not None else ""
    candidates = [
        text_of(find(provider, "name")) if provider is not None else "",
        qcode,
        text_of(find(info, "name")) if info is not None else "",
        text_of(find(holder, "name")) if holder is not None else "",
        provider.get("uri") if provider is not None else "",
    ]
    return next((c for c in candidates if c), None)


def _located(content: Element) -> str | None:
    dateline = text_of(find(content, "dateline"))
    if dateline:
        return dateline
    located = find(content, "located")
    if located is None:
        return None
    names = [text_of(find(located, "name"))]
    names += [text_of(find(b, "name")) for b in find_all(located, "broader") if "country" in (b.get("type") or "")]
    return ", ".join(dict.fromkeys(n for n in names if n)) or located.get("qcode")
