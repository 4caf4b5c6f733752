"""Safe XML parsing: no DTD entities (no entity bombs), no external references (no XXE)."""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden

from frontline.errors import DecodeError, UnsupportedFormatError

from .markup import local


def parse_xml(text: str) -> Element:
    """The root element of an XML document.

    Raises DecodeError for malformed XML, UnsupportedFormatError for entity
    declarations or external references (refused, never expanded or fetched).
    """
    try:
        root: Element = safe_et.fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
        return root
    except EntitiesForbidden as exc:
        where = f" (SYSTEM {exc.sysid!r})" if exc.sysid else ""
        raise UnsupportedFormatError(
            f"XML entity declaration {exc.name!r}{where} refused: entity declarations "
            "are not accepted (entity-expansion bomb or external entity)"
        ) from exc
    except ExternalReferenceForbidden as exc:
        raise UnsupportedFormatError(
            f"XML external reference {exc.sysid!r} refused: external references are never fetched"
        ) from exc
    except DefusedXmlException as exc:
        raise UnsupportedFormatError(f"unsafe XML refused: {exc}") from exc
    except ParseError as exc:
        raise DecodeError(f"malformed XML: {exc}") from exc


def find(element: Element, *path: str) -> Element | None:
    """The first descendant along the local-name path (namespace-agnostic)."""
    current: Element | None = element
    for name in path:
        if current is None:
            return None
        current = next((c for c in current if local(c.tag) == name), None)
    return current


def find_all(element: Element, name: str) -> list[Element]:
    """Direct children with this local name."""
    return [c for c in element if local(c.tag) == name]


def descendant(element: Element, name: str) -> Element | None:
    """The first descendant (any depth, document order) with this local name."""
    return next((e for e in element.iter() if local(e.tag) == name), None)


def text_of(element: Element | None) -> str:
    """All text inside the element, whitespace collapsed; '' for None."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
