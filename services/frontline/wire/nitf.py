"""NITF documents (standalone, or inside a NewsML-G2 contentSet/inlineXML)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from frontline.errors import UnsupportedFormatError
from frontline.model import Article

from .markup import element_text, local
from .normalise import make_article
from .safexml import XML_LANG, descendant, find, text_of


def nitf_element(root: Element) -> Element:
    """The <nitf> element: the root, or the one inside a contentSet/inlineXML fragment."""
    found = root if local(root.tag) == "nitf" else descendant(root, "nitf")
    if found is None:
        raise UnsupportedFormatError(f"no <nitf> element in this <{local(root.tag)}> document")
    return found


def body_text(nitf: Element) -> str:
    """The story text: body.content, else the abstract, paragraphs kept."""
    for path in (("body", "body.content"), ("body", "body.head", "abstract")):
        element = find(nitf, *path)
        text = element_text(element) if element is not None else ""
        if text:
            return text
    return ""


def headline(nitf: Element) -> str:
    return text_of(find(nitf, "body", "body.head", "hedline", "hl1")) or text_of(find(nitf, "head", "title"))


def parse(root: Element, origin: str = "") -> Article:
    """One Article from an NITF document."""
    nitf = nitf_element(root)
    docdata = find(nitf, "head", "docdata")
    pubdata = find(nitf, "head", "pubdata")
    doc_id = find(docdata, "doc-id") if docdata is not None else None
    du_key = find(docdata, "du-key") if docdata is not None else None
    issued = [find(docdata, n) for n in ("date.release", "date.issue")] if docdata is not None else []
    published = next((e.get("norm") for e in issued if e is not None and e.get("norm")), None)
    if published is None and pubdata is not None:
        published = pubdata.get("date.publication")
    body_head = find(nitf, "body", "body.head")
    dateline = find(body_head, "dateline") if body_head is not None else None
    location = find(dateline, "location") if dateline is not None else None
    distributor = find(body_head, "distributor") if body_head is not None else None
    langs = [e.get(XML_LANG) for e in (nitf, find(nitf, "head"), find(nitf, "body")) if e is not None]
    return make_article(
        id=doc_id.get("id-string") if doc_id is not None else None,
        text=body_text(nitf),
        title=headline(nitf),
        published=published,
        lang=next((lang for lang in langs if lang), None),
        version=du_key.get("version") if du_key is not None else None,
        source=text_of(distributor) or (pubdata.get("name") if pubdata is not None else None),
        located=text_of(location) or text_of(dateline) or None,
    )
