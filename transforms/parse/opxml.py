"""Official publications in OP-XML (`<officiele-publicatie>`, KOOP) → `Document`.

One parse with lxml, then one walk over the tree in reading order. The walk
emits paragraphs as it meets them, so the work is linear in the size of the
document (a 300-page jaarverslag parses in well under a second).

Decisions (binding for the tables that are built from this):

- **Security.** lxml parses with entity resolution, DTD loading and network
  access off and the default size/depth limits on. A document whose DTD
  declares entities (entity-expansion bombs, external entities / XXE) is
  refused with a `ParseError`, before and after parsing; so is a document
  that still carries an unresolved entity reference.
- **Text.** Processing instructions (`<?xpp …?>`) and comments are dropped by
  the parser, which joins the text around them, so a word split by one stays
  one word. Invisible characters (soft hyphen, zero-width space, word joiner,
  BOM) are removed; every run of whitespace (NBSP included) becomes one space;
  no paragraph starts or ends with a space. Whitespace *between two inline
  elements* that contains a line break is pretty-printing, not text, and is
  dropped (`<nadruk>2</nadruk>\\n<nadruk>3</nadruk>` reads "23").
- **Title block.** `<metadata>`, `<kamerstukkop>`, `<dossier>`, `<stuknr>`,
  the stuk's `<titel>`, `<datumtekst>`, the publication-level `<kop>` and
  `<intitule>` feed the document fields and are not paragraphs.
- **Sections.** Every `<divisie>` (and `hoofdstuk`, `afdeling`, `paragraaf`,
  `artikel`, `bijlage`, …) with a `<kop>` is a Section: number from
  `<kop><nr>` (a trailing "." dropped), title from `<kop><titel>` (else label
  and number, "Artikel 1"); nesting gives the level and the parent. Any
  other element that starts with a `<kop>` is a section too, except at the
  publication level (`<kop>` under the root names the blad, under
  `<staatscourant>` and the like it is the title). Containers without a
  `<kop>` add no section.
- **`<tussenkop>`** is a paragraph with role `heading` in the enclosing
  section, not a section: OP-XML gives a tussenkop no content of its own, so
  making it a section would invent a structure the source does not have.
- **Lists.** Each `<al>` of a `<li>` is a paragraph with role `list_item`;
  the marker (`<li.nr>`: "a.", "1.", "–") is dropped, as are `<lidnr>` and
  `<noot.nr>`, so no marker can be taken for a figure.
- **Footnotes.** A `<noot>` is cut out of the text that refers to it (no
  marker stays glued to a word); its text becomes a paragraph with role
  `footnote` right after the paragraph (or table row, or section heading)
  that refers to it, without its number. Block content in a note (a table)
  is emitted there too.
- **Tables** (CALS). Each table gets the next table index. Its `<title>`, a
  unit line ("Bedragen x € 1.000", "(bedragen in miljoenen euro)") and a
  "Tabel 3 …" paragraph right before the table become paragraphs with role
  `caption` and that index, before the rows; a row whose only filled cell is
  a unit line is a caption too. Every other row is one paragraph with role
  `table_row`: its cells in column order joined by " | ". An entry spanning
  columns (namest/nameend or spanname) is one cell; an empty entry, a column
  without an entry and a cell covered by a `morerows` entry from above are
  empty strings, so the columns stay aligned; a row may therefore start or
  end with " | " (an empty first or last cell): it is the only kind of
  paragraph that can. Text of a list or note inside a cell: the list stays
  in the cell, the note follows the row. Rows with no text at all (spacer
  rows) are left out.
- **Fields.** document_id: `DC.identifier`, else the id in the
  `externMetadataRecord` URL, else `kst-<dossier>-<ondernummer>` from the
  kamerstuk itself, else the file name. title: `OVERHEIDop.documenttitel`,
  else the stuk's `<titel>`, `DC.title`, the dossier's title. document_type:
  `DC.type` (the `OVERHEIDop.KamerstukTypen` one first, e.g. "Motie"), else
  the kind the stuk's title names ("MOTIE …" → "Motie"), else the blad.
  author: the first `<ondertekening>`'s `<functie>` ("De Minister van
  Defensie"), else the `OVERHEIDop.indiener`s, else "BRIEF VAN DE MINISTER
  VAN …" in the title.
- **Vraag/antwoord** (Aanhangsel): `<al>` inside `<vraag>` / `<antwoord>` get
  role `question` / `answer`.
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from transforms.model import (
    ANSWER,
    BODY,
    CAPTION,
    CELL_SEPARATOR,
    FOOTNOTE,
    HEADING,
    LIST_ITEM,
    QUESTION,
    TABLE_ROW,
    Document,
    Paragraph,
    ParseError,
    Section,
)
from transforms.parse import id_from_filename, office_title

__all__ = ["parse_opxml"]

ROOT_TAG = "officiele-publicatie"
PUBLICATION_URL = "https://zoek.officielebekendmakingen.nl/{}.xml"

# Elements that open a Section when they carry a <kop>.
_SECTION_TAGS = frozenset(
    {
        "divisie",
        "circulaire.divisie",
        "hoofdstuk",
        "afdeling",
        "paragraaf",
        "sub-paragraaf",
        "subparagraaf",
        "artikel",
        "bijlage",
        "titeldeel",
        "deel",
        "boek",
    }
)
# Never text: dropped wherever they occur.
_SKIP = frozenset(
    {
        "metadata",
        "meta",
        "plaatje",
        "illustratie",
        "li.nr",
        "lidnr",
        "noot.nr",
        "noot.ref",
        "nootref",
        "colspec",
        "spanspec",
    }
)
# Inline elements whose content is its own word: a space on either side.
_SEPARATE = frozenset(
    {
        "al",
        "br",
        "li",
        "functie",
        "naam",
        "voornaam",
        "achternaam",
        "plaats",
        "tussenkop",
        "titel",
        "entry",
        "noot.al",
        "label",
        "nr",
    }
)
# Blocks that may sit inside a paragraph; emitted after it.
_BLOCK_IN_INLINE = frozenset({"noot", "table", "lijst", "tabel"})
# Elements that make an unknown parent a paragraph rather than a container.
_INLINE = frozenset(
    {"nadruk", "inf", "sup", "sub", "extref", "intref", "unl", "onderstreept", "doorgehaald", "br", "noot"}
)

_NO_NOTES: list = []
_NOTES_ONLY = frozenset({"noot"})
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_UNIT_LINE = re.compile(
    r"""^\(?\s*(?:
        (?:alle\s+)?bedragen\b
      | (?:x|×)\s*(?:€|eur\b|euro|1[.\s]?000|mln|mld|miljoen|miljard|duizend)
      | in\s+(?:€|eur\b|euro|miljoenen|miljarden|duizenden|mln|mld|fte)
    )""",
    re.I | re.X,
)
_UNIT_WORD = re.compile(r"€|\beur|euro|1[.\s]?000|\bmln|\bmld|miljoen|miljard|duizend|\bfte\b|%", re.I)
_TABLE_LABEL = re.compile(r"^(?:tabel|tabellen|overzicht|staat)\s+[0-9IVXL]+[.:]?\s", re.I)
_VERGADERJAAR = re.compile(r"(\d{4})\s*[-\u2010-\u2015/]\s*(\d{4}|\d{2})(?!\d)")
_EXTERN_ID = re.compile(r"/([A-Za-z][A-Za-z0-9._-]*?)/metadata\.xml\b")
_DIGIT_GROUPS = re.compile(r"(?<=\d)[\s\u00a0]+(?=\d)")
_SPACES = re.compile(r"[\s\u00a0]+")
_SIGNER_IN_TITLE = re.compile(
    r"\bVAN\s+DE\s+((?:MINISTER|STAATSSECRETARIS|MINISTER-PRESIDENT)\b.*)$", re.I
)

_ID_PREFIX_TYPES = {
    "kst": "Kamerstuk",
    "stcrt": "Staatscourant",
    "stb": "Staatsblad",
    "trb": "Tractatenblad",
    "bgr": "Blad gemeenschappelijke regeling",
    "gmb": "Gemeenteblad",
    "prb": "Provinciaal blad",
    "wsb": "Waterschapsblad",
    "ah": "Aanhangsel van de Handelingen",
    "h": "Handelingen",
    "kv": "Kamervragen",
    "blg": "Bijlage",
}
_ROOT_CHILD_TYPES = {
    "kamerstuk": "Kamerstuk",
    "staatscourant": "Staatscourant",
    "staatsblad": "Staatsblad",
    "tractatenblad": "Tractatenblad",
    "gemeenteblad": "Gemeenteblad",
    "provinciaalblad": "Provinciaal blad",
    "waterschapsblad": "Waterschapsblad",
    "bladgemeenschappelijkeregeling": "Blad gemeenschappelijke regeling",
    "aanhangsel": "Aanhangsel van de Handelingen",
    "handelingen": "Handelingen",
    "kamervragen": "Kamervragen",
}
# Kamerstuk types as the stuk's title names them (when no metadata says).
_TITLE_TYPES = (
    ("MOTIE", "Motie"),
    ("AMENDEMENT", "Amendement"),
    ("MEMORIE VAN TOELICHTING", "Memorie van toelichting"),
    ("NOTA VAN WIJZIGING", "Nota van wijziging"),
    ("NOTA NAAR AANLEIDING VAN HET VERSLAG", "Nota naar aanleiding van het verslag"),
    ("VOORSTEL VAN WET", "Voorstel van wet"),
    ("LIJST VAN VRAGEN EN ANTWOORDEN", "Lijst van vragen en antwoorden"),
    ("VERSLAG", "Verslag"),
    ("BRIEF", "Brief"),
    ("JAARVERSLAG", "Jaarverslag"),
)
def _is_unit_line(text: str) -> bool:
    """'Bedragen x € 1.000', '(bedragen in miljoenen euro)': the unit a table's figures are in."""
    return len(text) <= 80 and _UNIT_LINE.match(text) is not None and _UNIT_WORD.search(text) is not None


def _clean(text: str) -> str:
    """One space for every whitespace run, no invisible characters, no edges."""
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


def _text(el) -> str:
    """The cleaned text of an element and everything in it (for metadata fields)."""
    return _clean(" ".join(el.itertext())) if len(el) else _clean(el.text or "")


# --------------------------------------------------------------------- input


def _check_bytes(data: bytes) -> bytes:
    """Refuse what is no XML before lxml sees it; return the bytes to parse."""
    if not data or not data.strip():
        raise ParseError("empty file")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with BOM: leave it to lxml
        return data
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    body = body.lstrip(b" \t\r\n")
    if not body:
        raise ParseError("empty file (only a byte-order mark and whitespace)")
    head = body[:1024]
    if head.startswith(b"%PDF"):
        raise ParseError("not XML: binary content (a PDF file)")
    if head.startswith((b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff")):
        raise ParseError("not XML: binary content (an archive or image)")
    if b"\x00" in head or any(b < 9 or 13 < b < 32 for b in head[:256]):
        raise ParseError("not XML: binary content")
    if not head.startswith(b"<"):
        raise ParseError(f"not XML: the content does not start with '<' (starts with {head[:20]!r})")
    doctype = body.find(b"<!DOCTYPE", 0, 1 << 16)
    if doctype != -1:
        end = body.find(b"]>", doctype)
        subset = body[doctype : end if end != -1 else len(body)]
        if b"<!ENTITY" in subset:
            names = re.findall(rb"<!ENTITY\s+(?:%\s*)?([\w.:-]+)", subset)[:5]
            listed = ", ".join(n.decode("ascii", "replace") for n in names)
            raise ParseError(
                f"refused: the DTD declares entities ({listed}); entity declarations are not "
                "allowed in OP-XML (entity-expansion bomb / external entity risk)"
            )
    return body


def _parse_tree(data: bytes):
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_pis=True,
        remove_comments=True,
        collect_ids=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        line, col = err.position if err.position else (err.lineno, 0)
        raise ParseError(f"malformed XML at line {line}, column {col}: {err.msg}") from None
    if root is None:
        raise ParseError("malformed XML: no root element")
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None:
        entities = [e.name for e in dtd.iterentities()]
        if entities:
            raise ParseError(
                f"refused: the DTD declares entities ({', '.join(entities[:5])}); entity "
                "declarations are not allowed in OP-XML (entity-expansion bomb / external entity risk)"
            )
    if docinfo.doctype:
        for ent in root.iter(etree.Entity):
            raise ParseError(f"refused: unresolved entity reference {ent.text} (entities are not resolved)")
    return root


# --------------------------------------------------------------------- fields


def _vergaderjaar(text: str | None) -> str | None:
    if not text:
        return None
    m = _VERGADERJAAR.search(text)
    if not m:
        return None
    first, second = m.group(1), m.group(2)
    if len(second) == 2:
        second = str(int(first) + 1)
    return f"{first}-{second}"


def _norm_dossier_part(text: str) -> str:
    text = _DIGIT_GROUPS.sub("", text.strip())
    text = _SPACES.sub("-", text)
    return re.sub(r"-{2,}", "-", text).strip("-")


def _iso_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _kamer(text: str | None) -> str | None:
    if not text:
        return None
    low = text.lower()
    if "tweede kamer" in low:
        return "Tweede Kamer"
    if "eerste kamer" in low:
        return "Eerste Kamer"
    return None


# --------------------------------------------------------------------- walker


class _Walker:
    """One pass over the tree; collects paragraphs, sections and the title-block fields."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.sections: list[Section] = []
        self.section: int | None = None
        self.level = 0
        self.tables = 0
        self.last_el = None  # the element that produced the last paragraph
        self.prev_el = None  # ... and the one before it
        self.info: dict[str, object] = {}
        self.signers: list[str] = []
        self.handlers = {
            "al": self.al,
            "considerans.al": self.al,
            "wij": self.al,
            "dagtekening": self.al,
            "tussenkop": self.tussenkop,
            "kop": self.kop_outside_section,
            "titel": self.titel,
            "lijst": self.lijst,
            "li": self.li,
            "table": self.table,
            "noot": self.noot,
            "ondertekening": self.ondertekening,
            "kamerstukkop": self.kamerstukkop,
            "dossier": self.dossier,
            "stuknr": self.stuknr,
            "datumtekst": self.datumtekst,
            "intitule": self.intitule,
            "vraag": self.vraag,
            "antwoord": self.antwoord,
        }
        for tag in _SECTION_TAGS:
            self.handlers[tag] = self.section_el

    # ---- dispatch

    def blocks(self, el, role: str, skip=None) -> None:
        handlers = self.handlers
        paragraphs = self.paragraphs
        for child in el:
            tag = child.tag
            if tag == "al" and len(child) == 0:  # the common case, inlined
                text = child.text
                if text:
                    text = _clean(text)
                    if text:
                        paragraphs.append(Paragraph(text, self.section, role, None, None))
                        self.prev_el, self.last_el = self.last_el, child
                continue
            if tag.__class__ is not str or tag in _SKIP or child is skip:
                continue
            handler = handlers.get(tag)
            if handler is not None:
                handler(child, role)
            else:
                self.generic(child, role)

    def dispatch(self, el, role: str) -> None:
        tag = el.tag
        if tag.__class__ is not str or tag in _SKIP:
            return
        handler = self.handlers.get(tag)
        if handler is not None:
            handler(el, role)
        else:
            self.generic(el, role)

    def generic(self, el, role: str) -> None:
        """An element without a handler: a paragraph if it holds text of its own, else a container."""
        text = el.text
        if text and not text.isspace():
            self.paragraph(el, role)
            return
        if len(el) == 0:
            return
        if el[0].tag == "kop" and not self.publication_level(el):
            self.section_el(el, role)  # an element with a heading of its own: a section
            return
        for child in el:
            tail = child.tail
            if child.tag in _INLINE or (tail and not tail.isspace()):
                self.paragraph(el, role)
                return
        self.blocks(el, role)

    # ---- inline text

    def gather(self, el, parts: list[str], deferred: list, cut=_BLOCK_IN_INLINE) -> None:
        """Append the inline text of `el` to parts; the elements in `cut` go to deferred instead."""
        text = el.text
        if text:
            parts.append(text)
        for child in el:
            tag = child.tag
            if tag.__class__ is str and tag not in _SKIP:
                if tag in cut:
                    deferred.append(child)
                elif tag in _SEPARATE or tag in _BLOCK_IN_INLINE:
                    parts.append(" ")
                    self.gather(child, parts, deferred, cut)
                    parts.append(" ")
                elif len(child):
                    self.gather(child, parts, deferred, cut)
                else:
                    text = child.text
                    if text:
                        parts.append(text)
            tail = child.tail
            if tail:
                # whitespace with a line break between two elements is indentation
                if "\n" in tail and tail.isspace() and child.getnext() is not None:
                    continue
                parts.append(tail)

    def inline(self, el, cut=_BLOCK_IN_INLINE) -> tuple[str, list]:
        if len(el) == 0:
            return _clean(el.text or ""), []
        parts: list[str] = []
        deferred: list = []
        self.gather(el, parts, deferred, cut)
        return _clean("".join(parts)), deferred

    def emit(self, text: str, role: str, el, table: int | None = None) -> None:
        self.paragraphs.append(Paragraph(text, self.section, role, None, table))
        self.prev_el, self.last_el = self.last_el, el

    def paragraph(self, el, role: str, table: int | None = None) -> None:
        if len(el) == 0:
            text = el.text
            if text:
                text = _clean(text)
                if text:
                    self.paragraphs.append(Paragraph(text, self.section, role, None, table))
                    self.prev_el, self.last_el = self.last_el, el
            return
        text, deferred = self.inline(el)
        if text:
            self.emit(text, role, el, table)
        for block in deferred:
            self.dispatch(block, FOOTNOTE if block.tag == "noot" else role)

    # ---- handlers

    def al(self, el, role: str) -> None:
        self.paragraph(el, role)

    def tussenkop(self, el, role: str) -> None:
        self.paragraph(el, HEADING)

    def vraag(self, el, role: str) -> None:
        self.blocks(el, QUESTION)

    def antwoord(self, el, role: str) -> None:
        self.blocks(el, ANSWER)

    def lijst(self, el, role: str) -> None:
        item_role = role if role in (FOOTNOTE, QUESTION, ANSWER) else LIST_ITEM
        for child in el:
            tag = child.tag
            if tag == "li":
                self.li(child, item_role)
            elif tag.__class__ is str:
                self.dispatch(child, role)

    def li(self, el, role: str) -> None:
        if role == BODY:
            role = LIST_ITEM
        self.generic(el, role)

    def noot(self, el, role: str) -> None:
        """A footnote: its text as footnote paragraphs; block content (a table) as blocks."""
        self.generic(el, FOOTNOTE)

    def section_el(self, el, role: str) -> None:
        kop = None
        for child in el:
            if child.tag == "kop":
                kop = child
                break
        if kop is None:
            self.blocks(el, role)
            return
        number = title = label = None
        deferred: list = []
        kop_text = None
        for child in kop:
            tag = child.tag
            if tag == "nr":
                number = self.inline(child)[0].rstrip(".") or None
            elif tag == "titel":
                title, notes = self.inline(child)
                deferred += notes
            elif tag == "label":
                label = self.inline(child)[0]
        if not title:
            title = " ".join(x for x in (label, number) if x)
            if not title:
                kop_text, deferred = self.inline(kop)
                title = kop_text
        saved = self.section, self.level
        self.sections.append(Section(number, title or "", self.level + 1, self.section))
        self.section, self.level = len(self.sections) - 1, self.level + 1
        for block in deferred:
            self.dispatch(block, FOOTNOTE if block.tag == "noot" else role)
        self.blocks(el, role, skip=kop)
        self.section, self.level = saved

    @staticmethod
    def publication_level(el) -> bool:
        """The root or one of its children (`<kamerstuk>`, `<staatscourant>`, …)."""
        parent = el.getparent()
        return parent is None or parent.tag == ROOT_TAG

    def kop_outside_section(self, el, role: str) -> None:
        """A heading outside any section: the publication's name (top level), the document
        title (under `<staatscourant>` and the like), else a heading paragraph."""
        parent = el.getparent()
        if parent is not None and self.publication_level(parent):
            titel = None
            for child in el:
                if child.tag == "titel":
                    titel = self.inline(child)[0]
                    break
            key = "blad" if parent.tag == ROOT_TAG else "kop_titel"
            if titel and key not in self.info:
                self.info[key] = titel
            return
        self.paragraph(el, HEADING)

    def titel(self, el, role: str) -> None:
        parent = el.getparent()
        if parent is not None and parent.tag == "stuk":
            text, deferred = self.inline(el)
            self.info.setdefault("stuk_titel", text)
            for block in deferred:
                self.dispatch(block, FOOTNOTE if block.tag == "noot" else role)
        else:
            self.paragraph(el, HEADING)

    def intitule(self, el, role: str) -> None:
        self.info.setdefault("intitule", self.inline(el)[0])

    def kamerstukkop(self, el, role: str) -> None:
        for regel in el.iter("tekstregel"):
            inhoud = regel.get("inhoud")
            if inhoud:
                self.info.setdefault("kop_" + inhoud, _text(regel))

    def dossier(self, el, role: str) -> None:
        if "dossier" in self.info:
            return  # a stuk in several dossiers: the first one names it
        for child in el:
            if child.tag == "dossiernummer":
                parts = []
                for part in child:
                    if part.tag.__class__ is str:
                        value = _norm_dossier_part(_text(part))
                        if value:
                            parts.append(value)
                if not parts:
                    parts = [_norm_dossier_part(_text(child))]
                self.info["dossier"] = "-".join(p for p in parts if p)
            elif child.tag == "titel":
                self.info.setdefault("dossier_titel", self.inline(child)[0])

    def stuknr(self, el, role: str) -> None:
        for nr in el.iter("ondernummer"):
            self.info.setdefault("ondernummer", _text(nr))
            if nr.get("kamer"):
                self.info.setdefault("kamernummer", nr.get("kamer"))
            break

    def datumtekst(self, el, role: str) -> None:
        for datum in el.iter("datum"):
            if datum.get("isodatum"):
                self.info.setdefault("datum", datum.get("isodatum"))
                break

    def ondertekening(self, el, role: str) -> None:
        functie = naam = None
        for child in el.iter("functie", "naam"):
            if child.tag == "functie" and functie is None:
                functie = _text(child).rstrip(",;: ")
            elif child.tag == "naam" and naam is None:
                naam = _text(child)
        signer = functie or naam
        if signer:
            self.signers.append(signer)
        self.paragraph(el, role)

    # ---- tables

    def table(self, el, role: str) -> None:
        index = self.tables
        self.tables += 1
        # caption lines written as paragraphs right before the table: "Tabel 3 …", a unit line
        paras = self.paragraphs
        prev = el.getprevious()
        for k, source in ((len(paras) - 1, self.last_el), (len(paras) - 2, self.prev_el)):
            if prev is None or k < 0 or source is not prev:
                break
            para = paras[k]
            text = para.text
            if para.role not in (BODY, HEADING) or para.table is not None or len(text) > 160:
                break
            if not (_is_unit_line(text) or _TABLE_LABEL.match(text)):
                break
            para.role, para.table = CAPTION, index
            prev = prev.getprevious()
        for child in el:
            tag = child.tag
            if tag == "title":
                text, deferred = self.inline(child)
                if text:
                    self.emit(text, CAPTION, child, index)
                for block in deferred:
                    self.dispatch(block, FOOTNOTE if block.tag == "noot" else role)
            elif tag == "tgroup":
                self.tgroup(child, index)
            elif tag.__class__ is str and tag not in _SKIP:
                self.dispatch(child, role)

    def tgroup(self, tg, index: int) -> None:
        names: dict[str, int] = {}
        spans: dict[str, tuple[int, int]] = {}
        pos = 0
        for spec in tg.iterchildren("colspec"):
            num = spec.get("colnum")
            col = int(num) - 1 if num and num.isdigit() and int(num) > 0 else pos
            name = spec.get("colname")
            if name:
                names[name] = col
            pos = col + 1
        for spec in tg.iterchildren("spanspec"):
            start, end = names.get(spec.get("namest")), names.get(spec.get("nameend"))
            if spec.get("spanname") and start is not None:
                spans[spec.get("spanname")] = (start, end if end is not None and end >= start else start)
        cols_attr = tg.get("cols")
        ncols = max(int(cols_attr) if cols_attr and cols_attr.isdigit() else 0, pos)
        carry: dict[int, int] = {}  # column → rows still covered by a morerows entry
        for part in tg:
            if part.tag not in ("thead", "tbody", "tfoot"):
                continue
            for row in part.iterchildren("row"):
                carry = self.row(row, index, names, spans, ncols, carry)

    def cell(self, entry) -> tuple[str, list]:
        """The text of one entry; the common `<entry><al>text</al></entry>` without building parts."""
        n = len(entry)
        if n == 0:
            text = entry.text
            return (_clean(text) if text else ""), _NO_NOTES
        if n == 1:
            child = entry[0]
            if child.tag == "al" and len(child) == 0:
                text, tail = entry.text, child.tail
                if (not text or text.isspace()) and (not tail or tail.isspace()):
                    text = child.text
                    return (_clean(text) if text else ""), _NO_NOTES
        return self.inline(entry, _NOTES_ONLY)  # a list or table in a cell stays in the cell

    def row(self, row, index, names, spans, ncols, carry):
        covered_above = [c for c, n in carry.items() if n > 0] if carry else ()
        next_carry: dict[int, int] = {c: n - 1 for c, n in carry.items() if n > 1} if carry else {}
        taken = set(covered_above)
        cells: list[str | None] = [""] * ncols
        deferred: list = []
        col = 0
        spanned = False
        for entry in row:
            if entry.tag != "entry" and entry.tag != "entrytbl":
                continue
            start = None
            end = -1
            if entry.attrib:
                spanname, namest, colname = entry.get("spanname"), entry.get("namest"), entry.get("colname")
                if spanname and spanname in spans:
                    start, end = spans[spanname]
                elif namest and namest in names:
                    start = names[namest]
                    end = names.get(entry.get("nameend"), start)
                elif colname and colname in names:
                    start = end = names[colname]
                more = entry.get("morerows")
            else:
                more = None
            if start is None:
                start = col
                while start in taken:
                    start += 1
            if end < start:
                end = start
            text, notes = self.cell(entry)
            if notes:
                deferred += notes
            while len(cells) <= end:
                cells.append("")
            cells[start] = text
            if end > start:
                spanned = True
                for c in range(start + 1, end + 1):
                    cells[c] = None  # inside a span: no cell of its own
                taken.update(range(start, end + 1))
            else:
                taken.add(start)
            if more and more.isdigit() and int(more) > 0:
                for c in range(start, end + 1):
                    next_carry[c] = int(more)
            col = end + 1
        for c in covered_above:
            while len(cells) <= c:
                cells.append("")
        values = [c for c in cells if c is not None] if spanned else cells
        filled = [v for v in values if v]
        if filled:
            if len(filled) == 1 and _is_unit_line(filled[0]):
                self.emit(filled[0], CAPTION, row, index)
            else:
                self.emit(CELL_SEPARATOR.join(values), TABLE_ROW, row, index)
        for block in deferred:
            self.dispatch(block, FOOTNOTE if block.tag == "noot" else BODY)
        return next_carry


# --------------------------------------------------------------------- entry point


def _metadata(root) -> dict[str, list[tuple[str, str]]]:
    meta: dict[str, list[tuple[str, str]]] = {}
    for block in root.iterchildren("metadata"):
        for m in block.iter("meta"):
            name = m.get("name")
            content = m.get("content")
            if name and content is not None and content.strip():
                meta.setdefault(name, []).append((m.get("scheme") or "", content.strip()))
    return meta


def _first(meta, name: str) -> str | None:
    values = meta.get(name)
    return values[0][1] if values else None


def _document_type(meta, info, root_children: list[str], doc_id: str | None) -> str | None:
    types = [(scheme, value) for scheme, value in meta.get("DC.type", ()) if scheme != "OVERHEID.Informatietype"]
    for scheme, value in types:
        if scheme == "OVERHEIDop.KamerstukTypen":
            return value
    if types:
        return types[0][1]
    if "kamerstuk" in root_children:
        title = str(info.get("stuk_titel") or "").upper()
        for word, kind in _TITLE_TYPES:
            if word in title:
                return kind
        return "Kamerstuk"
    if doc_id:
        prefix = doc_id.split("-", 1)[0].lower()
        if prefix in _ID_PREFIX_TYPES:
            return _ID_PREFIX_TYPES[prefix]
    for tag in root_children:
        if tag in _ROOT_CHILD_TYPES:
            return _ROOT_CHILD_TYPES[tag]
    blad = info.get("blad")
    return str(blad).capitalize() if blad else None


def parse_opxml(data: bytes, name: str) -> Document:
    """Parse one OP-XML file (`<officiele-publicatie>`) into a Document; `ParseError` says why not."""
    root = _parse_tree(_check_bytes(data))
    tag = root.tag
    if tag != ROOT_TAG:
        shown = tag if isinstance(tag, str) else "?"
        raise ParseError(f"not an official publication: root element <{shown}>, expected <{ROOT_TAG}>")

    meta = _metadata(root)
    walker = _Walker()
    root_children = []
    for child in root:
        ctag = child.tag
        if ctag.__class__ is not str or ctag == "metadata":
            continue
        root_children.append(ctag)
        walker.dispatch(child, BODY)
    info = walker.info

    if not walker.paragraphs:
        raise ParseError("no text: the publication contains no paragraphs")

    # identifier: metadata, then the kamerstuk's own numbers, then the file name
    doc_id = _first(meta, "DC.identifier")
    from_source = bool(doc_id)
    if not doc_id:
        record = _first(meta, "OVERHEIDop.externMetadataRecord")
        m = _EXTERN_ID.search(record or "")
        if m:
            doc_id = m.group(1)
            from_source = True
    dossier = _first(meta, "OVERHEIDop.dossiernummer")
    dossier = _norm_dossier_part(dossier) if dossier else info.get("dossier")
    ondernummer = _first(meta, "OVERHEIDop.ondernummer") or info.get("ondernummer")
    if not doc_id and "kamerstuk" in root_children and dossier and ondernummer:
        doc_id = f"kst-{dossier}-{ondernummer}"
        from_source = True
    if not doc_id:
        doc_id = id_from_filename(name)
    if not dossier and doc_id.startswith("kst-") and ondernummer and doc_id.endswith("-" + str(ondernummer)):
        dossier = doc_id[4 : -len(str(ondernummer)) - 1] or None

    kamer = _kamer(_first(meta, "DC.creator")) or _kamer(str(info.get("kop_kameraanduiding") or ""))
    if not kamer:
        number = info.get("kamernummer") or info.get("kop_kamernummer")
        kamer = {"2": "Tweede Kamer", "1": "Eerste Kamer"}.get(str(number or "").strip())
    if not kamer:
        low = doc_id.lower()
        kamer = "Tweede Kamer" if "-tk-" in low else "Eerste Kamer" if "-ek-" in low else None

    title = (
        _first(meta, "OVERHEIDop.documenttitel")
        or info.get("stuk_titel")
        or _first(meta, "DC.title")
        or info.get("dossier_titel")
        or info.get("intitule")
        or info.get("kop_titel")
    )

    author = walker.signers[0] if walker.signers else None
    if not author:
        indieners = [value for _, value in meta.get("OVERHEIDop.indiener", ())]
        if indieners:
            author = ", ".join(indieners)
    if not author and info.get("stuk_titel"):
        m = _SIGNER_IN_TITLE.search(str(info["stuk_titel"]))
        if m:
            author = office_title(m.group(1))

    return Document(
        document_id=doc_id,
        document_type=_document_type(meta, info, root_children, doc_id),
        title=str(title) if title else None,
        dossier=str(dossier) if dossier else None,
        ondernummer=str(ondernummer) if ondernummer else None,
        vergaderjaar=_vergaderjaar(_first(meta, "OVERHEIDop.vergaderjaar"))
        or _vergaderjaar(str(info.get("kop_vergaderjaar") or "")),
        kamer=kamer,
        publication_date=_iso_date(_first(meta, "DCTERMS.available"))
        or _iso_date(_first(meta, "DCTERMS.issued"))
        or _iso_date(str(info.get("datum") or "")),
        source_url=PUBLICATION_URL.format(doc_id) if from_source else None,
        source_format="xml",
        author=author,
        sections=walker.sections,
        paragraphs=walker.paragraphs,
    )
