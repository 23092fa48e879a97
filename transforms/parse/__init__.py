"""Parsers: one source file in, one `Document` out.

`parse_file` picks the parser by the file's suffix. Every parser raises
`ParseError` with a reason a person can act on; the pipeline quarantines the
file with that reason and goes on with the others.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from transforms.model import Document, ParseError

SUFFIXES = (".xml", ".pdf", ".txt")

_OFFICIAL_IN_NAME = re.compile(r"(kst-\d+(?:-[A-Za-z0-9]+)*-\d+[a-z]?|ah-(?:tk|ek)-\d{8}-\d+)", re.I)


# a letter's salutation on a line of its own: "Geachte voorzitter,", "Geachte heer Koolmees,"
SALUTATION_RX = r"(?:(?:Hoog)?[Gg]eachte|Beste)\s.{1,60},$"
SALUTATION = re.compile("^" + SALUTATION_RX)

_LOWER_WORDS = frozenset({"van", "voor", "en", "de", "het", "der", "in", "op", "met"})


def office_title(text: str) -> str:
    """'MINISTER VAN BUITENLANDSE ZAKEN' → 'De Minister van Buitenlandse Zaken' (a signer's office)."""
    words = text.strip().rstrip(",.;").split()
    out = [w if not w.isupper() else (w.lower() if w.lower() in _LOWER_WORDS else w.capitalize()) for w in words]
    return "De " + " ".join(out)


def parse_file(name: str, data: bytes) -> Document:
    """Parse the bytes of a source file; `name` is its file name (for the id fallback and messages)."""
    suffix = PurePath(name).suffix.lower()
    if not data.strip():
        raise ParseError("empty file")
    if suffix == ".xml":
        from transforms.parse.opxml import parse_opxml

        return parse_opxml(data, name)
    if suffix == ".pdf":
        from transforms.parse.pdf import parse_pdf

        return parse_pdf(data, name)
    if suffix == ".txt":
        from transforms.parse.pdftext import parse_pdf_text

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ParseError(f"not UTF-8 text (byte {err.start})") from None
        return parse_pdf_text(text, name)
    raise ParseError(f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUFFIXES)}")


def id_from_filename(name: str) -> str:
    """The document id a file name gives: an official id inside it, else a lowercase slug of the stem."""
    stem = PurePath(name).stem
    m = _OFFICIAL_IN_NAME.search(stem)
    if m:
        ident = m.group(1)
        prefix, _, rest = ident.partition("-")
        if prefix.lower() == "kst":
            return "kst-" + rest.upper()
        return ident.lower()
    slug = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-._")
    if not slug:
        raise ParseError(f"no document identifier in the file name {name!r}")
    if slug.startswith(("kst-", "ah-")):
        slug = "doc-" + slug
    return slug[:120]
