"""Text extracted from PDFs → `Document`.

Input is what `pypdf` (or pdftotext) makes of a PDF: hard line breaks, words
split across lines, running footers and page numbers, footnotes at the foot of
each page. `parse_pdf_text` rebuilds the document from it in a few linear
passes over the lines:

1. **Lines.** Markdown-ish conversions (``#``, ``**``, ``-----`` page rules)
   are unwrapped; the Aanhangsel masthead ("Tweede Kamer der Staten-Generaal …
   Vergaderjaar 2023–2024 Aanhangsel van de Handelingen … 2129") is cut off
   and read; footer lines are removed and read ("ah-tk-20232024-2129",
   "ISSN 0921 - 7398", "’s-Gravenhage 2024", "Tweede Kamer, vergaderjaar
   2023–2024, Aanhangsel 2", "Tweede Kamer, vergaderjaar 2022–2023, 36 360 X,
   nr. 1", "kv-tk-2024Z18775"), also when text is glued behind them
   ("…, Aanhangsel 1Antwoord 3" keeps "Antwoord 3"); bare page numbers
   ("12", "- 12 -", "Pagina 2 van 5", "P agina 2 van 5", "2/5") are dropped.
   Without per-page texts, a footer (or a ``-----`` rule or a form feed) ends a
   page. With them, a line repeated word for word near the top or foot of at
   least half the pages is a running header or footer and is dropped (the
   margin column of a ministry's letter: "Ministerie van …", "Ons kenmerk",
   the kenmerk). A letter's letterhead (sender, addressee, "Datum",
   "Betreft", before "Geachte voorzitter,") is dropped too; its subject
   becomes the title.
2. **Footnotes.** Per page, the block at its foot that starts with the next
   expected footnote number ("1 Relief Web, …", "2Kamerstuk 29 383, nr. 406.")
   becomes FOOTNOTE paragraphs, one per note; where more lines follow a note
   than a note runs on (text without page breaks), the body has resumed and
   the block ends there. Markers in the running text stay
   as printed ("Schiphol1", "gaan? 1"); only the bracketed markers of the
   Markdown conversions ("[1 ]") are removed.
3. **Paragraphs.** A line continues the paragraph unless: it is a structural
   line (Vraag/Antwoord marker, numbered section heading, list item, the
   Aanhangsel intro); the previous line ends a sentence *and* the next word
   would have fitted on it (so the line was not full: a paragraph end); a
   blank line or page break comes between and the text does not visibly run
   on (previous line without final punctuation, next line starting lowercase).
   A short line without final punctuation, at a paragraph start and followed by
   a capitalised line, is a HEADING paragraph ("HR-transitie"), as is a longer
   one that was broken although the next word would have fitted on it.
4. **Joining.** Lines are joined with a space, except for words split across
   lines: with the hyphen ("vredesonderhande-" + "lingen") the hyphen is
   dropped, but kept before "en"/"of" ("thuiswerk- en"), after a capital or
   digit ("EU-landen"), after prefixes like "niet-", where Dutch spelling needs
   it between vowels ("data-uitvraag"), or where the document itself writes the
   hyphenated form. Without the hyphen ("veiligheidsre" + "gio’s") a split is
   only undone on evidence: the joined word occurs elsewhere in the document,
   or neither part does, neither is a common word, the line is nearly full,
   and the document marks its word-ends with trailing spaces while this line
   has none. URLs broken over lines are joined without a space.

Sections: numbered headings ("3.2 Een goede werkgever, …", "1. Registratie…",
also a title wrapped onto a short lowercase line) become `Section`s; a numbered
sentence that runs on over its next lines ("4. We werken toe naar … van 100
liter in 2035.") is a list item, not a heading. A section's level is the
depth of its number and its parent the nearest shallower section; in
Aanhangsel documents every "Vraag n" / "Antwoord n" marker opens a level-1
section (number "n", title "Vraag n"), and its paragraphs get role QUESTION /
ANSWER. Unnumbered headings stay paragraphs
with role HEADING (their level cannot be read from plain text).

Metadata: document_id from the footer (ah/kv/kst id, or the kst footer
"Tweede Kamer, vergaderjaar 2022–2023, 36 360 X, nr. 1"), else from the
Aanhangsel masthead, else from the file name. The Aanhangsel intro gives title
("Vragen van het lid … (ingezonden …)"), author (the answering minister) and
publication_date (the "ontvangen" date).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from datetime import date
from typing import Sequence

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
from transforms.parse import SALUTATION, SALUTATION_RX

log = logging.getLogger(__name__)

AANHANGSEL = "Aanhangsel van de Handelingen"
KAMERSTUK = "Kamerstuk"
KAMERVRAGEN = "Kamervragen"

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

# Common Dutch words: never treated as a fragment of a word split without hyphen.
STOPWORDS = frozenset(
    """de het een en of in op te van voor met aan bij door om tot uit over naar als dan dat die dit
    deze er is zijn was waren wordt worden werd zal zullen kan kunnen moet moeten heeft hebben had
    niet geen ook nog wel al maar want dus toch zo zoals waar wat wie hoe welke welk wij we ik u
    zij ze hij haar hun ons onze mijn uw hem men daar hier nu reeds meer minder veel weinig alle
    alles andere ander iets niets na onder tussen tegen sinds zonder binnen buiten via per tijdens
    ten ter jaar jaren dag dagen week maand keer kamer brief motie wet regels vraag vragen antwoord
    minister staatssecretaris kabinet regering mede namens waarin waarmee waarbij hierbij daarbij
    daarom omdat indien wanneer terwijl zodat opdat hebt heb ben bent gaat gaan komt komen doen
    doet gedaan gaan gegeven worden beter goed grote groot nieuwe nieuw eerste tweede derde laatste
    aantal deel kader zin wijze mate basis gevolg sprake stand plaats tijd werk land landen zorg""".split()
)
# Second part of a hyphenated line break that makes the hyphen a real one: "thuiswerk- en".
_HYPHEN_CONJ = frozenset("en of tot noch dan als c.q. respectievelijk".split())
# First parts that keep their hyphen in Dutch spelling.
_KEEP_PREFIX = frozenset("niet ex oud vice non co pseudo semi".split())
_VOWEL_PAIRS = frozenset("aa ae ai au ee ei eu ie ii oe oi oo ou ui uu ij ao".split())
# A numbered heading whose title ends in one of these goes on on the next line.
_OPEN_ENDINGS = frozenset("de het een en of van voor in op met aan bij door over naar tot te om uit als tussen".split())

# ---------------------------------------------------------------- regexes

_MD_DETECT = re.compile(r"^(?:-{5}|#{1,6} )", re.M)
_MD_HEAD = re.compile(r"^\s*#{1,6}\s*")
_MD_NOTE = re.compile(r"\[(?:\d{1,3}|([a-z]{1,3}))\s?\]")  # "[1 ]" note marker (dropped), "[e ]" superscript (kept)
_MD_RULE = re.compile(r"^\s*-{3,}\s*$")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000\ufeff]+")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

_MASTHEAD = re.compile(
    r"\A\s*(?:(Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal)?\s*(?:\d\s*)?"
    r"Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})\s*(Aanhangsel\s+van\s+de\s+Handelingen)?\s*"
    r"Vragen\s+gesteld\s+door\s+de\s+leden\s+der\s+Kamer"
    r"(?:\s*,\s*met\s+de\s+daarop\s+door\s+de\s+regering\s+gegeven\s+antwoorden)?"
    r"\s*(?:(\d{4}Z\s?\d{5})|(\d{1,5}))?(?=\s|\Z)"
)

_KST_MASTHEAD = re.compile(
    r"\A\s*(Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal\s*\d?\s*Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})[ \t]*\n"
    r"(?:\s*(\d{2}\s?\d{3}(?:[ -](?:[A-Z]{1,5}|\d{1,3}))?)[ \t]+([^\n]+)\n)?"
    r"(?:\s*Nr\.\s*(\d{1,4}[a-z]?)[ \t]+([^\n]+)\n)?"
)
_FOOTER_TOKEN = (
    r"(?:a?h[- ](?:tk|ek)[- ]\d{8}[- ]\d{1,5}(?![\w-])"
    r"|kv-(?:tk|ek)-\d{4}Z\d{5}"
    r"|kst-\d{4,6}(?:-[A-Za-z0-9]{1,6})*-\d{1,4}[a-z]?(?![\w-])"
    r"|ISSN\s*\d{4}\s*-\s*\d{3}[\dXx]"
    r"|[’'‘`]s-Gravenhage\s+\d{4}"
    r"|(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s+(?:Aanhangsel|Vragen)(?:\s*\d{1,3}(?!\d))?)"
)
_FOOTER = re.compile(r"^(?:" + _FOOTER_TOKEN + r"\s*)+")
_FOOTER_FIRST = frozenset("ahkITE’'‘`")  # first characters a footer line can start with
_AH_ID = re.compile(r"a?h[- ](tk|ek)[- ](\d{8})[- ](\d{1,5})")
_KV_ID = re.compile(r"kv-(tk|ek)-(\d{4}Z\d{5})")
_KST_ID = re.compile(r"kst-(\d{4,6}(?:-[A-Za-z0-9]{1,6})*)-(\d{1,4}[a-z]?)")
_VJ_IN_FOOTER = re.compile(r"(Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})")
_KST_FOOTER = re.compile(
    r"^(Tweede|Eerste) Kamer, vergaderjaar (\d{4})\s*[–-]\s*(\d{4}), "
    r"(\d{2}\s?\d{3}(?:[ -](?:[A-Z]{1,5}|\d{1,3}))*),? nr\. ?(\d{1,4}[a-z]?)(?:\s+\d{1,4})?$"
)
_PAGENUM = re.compile(
    r"^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:[Pp]\s?agina|[Bb]lz\.?|[Pp]age)\s+\d{1,4}(?:\s+(?:van|of|/)\s+\d{1,4})?$"
    r"|^\d{1,4}\s*/\s*\d{1,4}$"
)
_DIGITS_ONLY = re.compile(r"^[\d\s.,:;()\[\]–—-]*$")

_FN_START = re.compile(r"^(\d{1,3})(?![\d.,)])\s{0,3}(?=[A-ZÀ-Ý«\"“‘'(\[€]|\d+[,.]?\d*\s?%|https?:|www\.)(?!(?:Vraag|Vragen|Antwoord)\b)")
_FN_HAS_PUNCT = re.compile(r"[.,:;/()«»]")
_STRAY_MARKER = re.compile(r"^\d{1,2}\s+(?=(?:Vraag|Vragen|Antwoord)\b)")

_QA = re.compile(
    r"^(Vraag|Vragen|Antwoord(?:en)?(?:\s+(?:op\s+)?(?:de\s+)?vra(?:ag|gen))?|Mededeling)"
    r"(?:\s+(\d{1,3}[a-z]?(?:\s*(?:,\s*en|,|en|t/m|tot en met|[-–])\s*\d{1,3}[a-z]?)*))?"  # ("7, 8, en 9")
    r"\s*[:.]?(?:\s+(.*))?$"
)
# a Vraag/Antwoord label run into the line before it where the extraction lost a line break
# ("... toelichten? Antwoorden 5 en 6 Er zijn geen bezwaren."): the label starts a line of its own
_INLINE_QA = re.compile(
    r"(?<=[?.!])\s+(?=(?:Vraag|Antwoord(?:en)?)\s+\d{1,3}[a-z]?(?:\s*(?:,\s*en|,|en|t/m|-)\s*\d{1,3}[a-z]?)*\s+[A-Z])"
)
# In a nota naar aanleiding van het verslag the fracties' questions carry no "Vraag" label: a paragraph
# that opens with the members as subject, or with a question to the government, is theirs until the next
# "Antwoord" ("2.1 Voorgeschiedenis 5, 6 en 7 De leden van de VVD-fractie lezen …", "In het verlengde
# hiervan vragen deze leden …", "Kan de regering … toelichten?")
_MEMBERS_ASK = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.?!]{0,80}?\s)?(?:\d{1,3}(?:\s*(?:,|en|t/m)\s*\d{1,3})*\s+)?"
    r"(?:(?:De|Deze)\s+leden\b|[A-Z][^.?!]{0,60}?\s(?:vragen|lezen|constateren|merken|willen|zijn|hebben)\s+(?:deze|de)\s+leden\b|"
    r"[A-Z][^.?!]{0,40}?\bde\s+leden\s+van\s+de\b|"
    r"(?:Kan|Kunnen|Wil|Is|Hoe|Waarom|Wat|Welke|Deelt|Heeft|Acht|Ziet)\b[^?]{0,300}?\bde\s+regering\b[^?]*\?)"
)


def _members_questions(paragraphs: list[Paragraph]) -> None:
    """Give the fracties' unlabelled question paragraphs (and any paragraph ending in a question) the role
    QUESTION, up to the next "Antwoord"."""
    asking, section = False, None  # whether the members are speaking, and in which section
    for p in paragraphs:
        if p.role not in (ANSWER, BODY, LIST_ITEM):
            continue
        if (asking and p.section == section) or _MEMBERS_ASK.match(p.text) or p.text.rstrip().endswith("?"):
            p.role, asking, section = QUESTION, True, p.section


# a question's last words: "?", perhaps with a footnote marker after it ("…van Sammy'? 1)", "…procent?3)")
_ASKED = re.compile(r"\?[\"'»”’)\]]{0,2}\s*(?:\d{1,2}\)?)?\s*$")


def _unmarked_answers(sections: list[Section], paragraphs: list[Paragraph]) -> list[Section]:
    """Open the answer where the text lost its "Antwoord" line: in a "Vraag n" section, the paragraphs after the
    one that asks, when none of them asks in turn, are the answer (a question of the Kamer is the member's
    paragraph or paragraphs up to its question mark: "Vraag 6 / Bent u bekend met …? / Ik ben bekend met dit
    rapport."). They get the role ANSWER and a section "Antwoord n" of their own after the question's; the
    sections that follow move up one."""
    by_section: dict[int, list[Paragraph]] = {}
    for p in paragraphs:
        if p.role == QUESTION and p.section is not None:
            by_section.setdefault(p.section, []).append(p)
    answered: dict[int, list[Paragraph]] = {}
    for index, run in by_section.items():
        asked = next((i for i, p in enumerate(run) if _ASKED.search(p.text)), None)
        rest = run[asked + 1:] if asked is not None else []
        if rest and not any(_ASKED.search(p.text) for p in rest):
            answered[index] = rest
    if not answered:
        return sections
    new_index, out = {}, []
    for index, section in enumerate(sections):
        new_index[index] = len(out)
        out.append(section)
        if index in answered:
            title = f"Antwoord {section.number}" if section.number else "Antwoord"
            out.append(Section(number=section.number, title=title, level=section.level))
    for section in out:
        section.parent = new_index[section.parent] if section.parent is not None else None
    answers = {id(p) for rest in answered.values() for p in rest}
    for p in paragraphs:
        if p.section is not None:
            p.section = new_index[p.section] + (id(p) in answers)
        if id(p) in answers:
            p.role = ANSWER
    return out


_INTRO = re.compile(r"^(?:(?:Mondelinge\s+)?Vragen\s+van\s+(?:het\s+lid|de\s+leden)|(?:Antwoord|Mededeling)\s+van)\b")
_SECTION = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})(\.?)\s+([A-ZÀ-Ý“\"'‘].{1,150})$")
_LIST = re.compile(r"^(?:[•·▪●◦■□➢►‣⁃*]|[-–—](?=\s)|(\d{1,2})[.)](?=\s)|[a-z][.)](?=\s)|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s*")
_FINAL = re.compile(r"(?:[.?!:;…][\"'»”’)\]]{0,2}\d{0,2}|[?!»”][\"'»”’)\]]{0,2}\s\d{1,2}(?:,\s?\d{1,2})*)$")
_NO_FINAL_HEAD = re.compile(r"[.,;:?!…]$")  # (a line broken off with "…" is speech, no title: "Ja, die toezegging heeft u …")
_FIRST_WORD = re.compile(r"^([a-zà-ÿ][^\W\d_]*)((?:[’'][a-z]{1,2})?)")
_WORDS = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
_URLISH = re.compile(r"(?:https?://|www\.|\.(?:nl|com|org|eu|int)/|/\S*/)")
# a letter's salutation and its closing
_CLOSING_RX = r"(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?)\b"
_CLOSING = re.compile("^" + _CLOSING_RX)
# lines that stand on their own: salutation, addressee, place and date, closing
_OWN_LINE = re.compile(
    rf"^{SALUTATION_RX}|^Aan de [Vv]oorzitter\b.{{0,80}}$|^(?:Den Haag|[’']s-Gravenhage),?\s+\d{{1,2}}\s+[a-z]+\s+\d{{4}}$|^{_CLOSING_RX}.{{0,30}}$"
)
_ONTVANGEN = re.compile(r"\(ontvangen\s+(?:\(ontvangen\s+)?(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.I)
_AUTHOR = re.compile(
    r"(?:Antwoord|Mededeling)\s+van\s+(?:de\s+)?((?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)\b[^()]*?"
    r"(?:\((?!ontvangen)[^()]*\))?)(?=\s*(?:,|\(ontvangen|\.|$)|\s+(?:van|mede)\b)"
)
_SIGNATURE = re.compile(r"^(?:De\s+|de\s+)?((?:Minister|Staatssecretaris)\s+(?:van|voor)\s+[A-Z][^,\n]{3,80}?)\s*(?:,|$)", re.M)
# the same in capitals, as ministries' letters sign: "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,"
_SIGNATURE_CAPS = re.compile(r"^(?:DE\s+)?((?:MINISTER|STAATSSECRETARIS)\s+(?:VAN|VOOR)\s+[A-Z][A-Z’' -]{3,80}?)\s*,", re.M)
_BRIEF_DATE = re.compile(r"^\s*(?:Datum|Den Haag,|’s-Gravenhage,)\s+(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.I | re.M)

# Items of the line stream.
_L, _BLANK, _PAGE = 0, 1, 2


class _Line:
    __slots__ = ("text", "page", "trail", "fn", "final", "table", "cell")

    def __init__(self, text: str, page: int, trail: bool) -> None:
        self.text = text
        self.final = _FINAL.search(text[-24:]) is not None  # ends a sentence
        self.page = page
        self.trail = trail  # the raw line ended with a space
        self.fn = 0  # footnote number when this line starts a footnote, -1 for a continuation
        self.table: tuple[str, int, str] | None = None  # (role, table index, paragraph text) or ("skip", ...)
        self.cell = False  # a short bare number kept as a table column's cell (see _in_number_column)


# --- tables --------------------------------------------------------------------
# A table in PDF text is a run of rows "label n n n": a label, then two or more
# numeric cells ("PM" may stand in a cell; once a run has begun, a short row of
# one numeric cell continues it). The lines just before it are its column header
# and its caption. In text that puts a blank line after every line (OCR output,
# markdown) the rows stand one blank apart and are read the same way. Rows become TABLE_ROW paragraphs with cells joined by " | ", as the
# contract asks; a header whose columns repeat a phrase with a year ("Meldingen
# in 2021 Meldingen in 2022") is split into cells too, so figures get their
# column (and period).
_CELL = r"(?:[-−–]?(?:\(\d[\d.,]*\)|\d[\d.,]*)%?|-|–|PM|p\.m\.)"  # (PM: pro memorie, an amount still to be set)
# (a label may hold an abbreviation's dot: "Vergoeding kosten werkfitbehoud (art. 21)", "Funct. Gegevensbescherm.")
_TABLE_ROW = re.compile(rf"^(?P<label>[^\W\d](?:[^.!?]|(?<=[^\W\d]{{2}})\.(?=\s)){{0,80}}?)\s+(?P<cells>{_CELL}(?:\s+{_CELL})*)\s*$")
_YEAR_COLUMN = re.compile(r"\S.*?\b(?:19|20)\d\d\b")


def _table_row(line: _Line, numeric: int = 2) -> list[str] | None:
    """A row's label and cells, where at least `numeric` cells hold a number (one, for a short row that
    continues a table: "Governance en Beheer BVV 1.273", "Totaal resultaat - - 486"; not a wrapped line of
    prose that happens to end on a number)."""
    m = _TABLE_ROW.match(line.text)
    if not m or line.fn:
        return None
    numbers = sum(c[:1].isdigit() or c[:2].lstrip("-−–(")[:1].isdigit() for c in m.group("cells").split())
    if numbers < numeric or (numbers < 2 and len(line.text) > 70):
        return None
    return [m.group("label").strip(), *m.group("cells").split()]


def _header_cells(text: str, columns: int) -> list[str] | None:
    """'Grond Meldingen in 2021 Meldingen in 2022' → ['Grond', 'Meldingen in 2021', 'Meldingen in 2022']."""
    parts = [m.group(0).strip() for m in _YEAR_COLUMN.finditer(text)]
    if len(parts) != columns or len(parts) < 2:
        return None
    repeated = re.sub(r"\b(?:19|20)\d\d\b", "", parts[1]).strip()
    at = parts[0].rfind(repeated) if repeated else -1
    if at <= 0:
        return None
    return [parts[0][:at].strip(), parts[0][at:].strip(), *parts[1:]]


# a header that names years only, after a label and a colon or alone: "Jaar: 2019 2020 2021 2022", "2022 2021"
_YEARS_HEADER = re.compile(r"^(?:(?P<label>[^\W\d][^:\d]{0,40}):\s+)?(?P<years>(?:(?:19|20)\d\d\s+)+(?:19|20)\d\d)\s*$")
_NOTE_LINE = re.compile(r"^\([^()]{1,40}\)$")


def _years_header(items: list, i: int, columns: int) -> int | None:
    """The index of a years header for the rows starting at `i`: the line before, or the one before a
    parenthesised note line; its years must be at least as many as the row has cells."""
    for back in (1, 2):
        k = i - back
        if k < 0 or not isinstance(items[k], _Line) or items[k].fn:
            return None
        m = _YEARS_HEADER.match(items[k].text.strip())
        if m:
            return k if len(m.group("years").split()) >= columns else None
        if not _NOTE_LINE.match(items[k].text.strip()):
            return None
    return None


_LABEL_ONLY = re.compile(r"^[^\W\d][^.!?:]{0,60}:$")
_CELLS_ONLY = re.compile(rf"^{_CELL}(?:\s+{_CELL})+$")


def _join_wrapped_labels(items: list) -> None:
    """A row label that wrapped onto a line of its own ("Verenigd Koninkrijk:" above "3.354 2.365 1.233"):
    the label and the cells make one row."""
    for k in range(len(items) - 2, -1, -1):
        a, b = items[k], items[k + 1]
        if isinstance(a, _Line) and isinstance(b, _Line) and not a.fn and not b.fn and _LABEL_ONLY.match(a.text.strip()) \
                and _CELLS_ONLY.match(b.text.strip()):
            b.text = f"{a.text.strip()} {b.text.strip()}"
            del items[k]  # the label now stands in its row


def _spaced(items: list) -> bool:
    """Whether the text puts a blank line after every line (OCR output, markdown): a table's rows stand one
    blank apart there."""
    lines = sum(isinstance(it, _Line) for it in items)
    blank_after = sum(isinstance(a, _Line) and b is _BLANK for a, b in zip(items, items[1:]))
    return lines >= 10 and blank_after >= 0.8 * lines


def _mark_tables(items: list) -> None:
    """Mark runs of table rows, their header and caption lines (see above)."""
    if _spaced(items):
        view = [it for it in items if it is not _BLANK]
        _mark_table_lines(view)
        kept = {id(it) for it in view}  # a wrapped label joined to its row is gone from the view
        items[:] = [it for it in items if not isinstance(it, _Line) or id(it) in kept]
    else:
        _mark_table_lines(items)


def _mark_table_lines(items: list) -> None:
    _join_wrapped_labels(items)
    table = 0
    i, n = 0, len(items)
    while i < n:
        run = []
        while i + len(run) < n and isinstance(items[i + len(run)], _Line) and (cells := _table_row(items[i + len(run)], 1 if run else 2)):
            run.append(cells)
        if not run:
            i += 1
            continue
        header = items[i - 1] if i > 0 and isinstance(items[i - 1], _Line) and not items[i - 1].final and not items[i - 1].fn else None
        header_cells = _header_cells(header.text, len(run[0]) - 1) if header else None
        years_at = _years_header(items, i, len(run[0]) - 1) if header_cells is None else None
        if years_at is not None:  # "Jaar: 2019 2020 2021" (a note line "(t/m 31-05)" may stand between)
            header = items[years_at]
            years = _YEARS_HEADER.match(header.text.strip())
            header_cells = [(years.group("label") or "").strip(), *years.group("years").split()]
            for k in range(years_at + 1, i):  # the note under the years: a caption of its own
                items[k].table = ("caption", table, items[k].text.strip())
        if len(run) < 2 and header_cells is None:
            i += len(run)
            continue
        first = i
        if header is not None and not header.text.rstrip().endswith(":"):
            first = i - 1
            header.table = ("table_row", table, " | ".join(header_cells)) if header_cells else ("caption", table, header.text.strip())
        # caption: up to three lines before, back to a blank line, a sentence end or a colon
        k = first - 1
        caption: list[_Line] = []
        while k >= 0 and len(caption) < 3 and isinstance(items[k], _Line) and not items[k].final and not items[k].fn \
                and not items[k].text.rstrip().endswith(":") and items[k].table is None:
            caption.insert(0, items[k])
            k -= 1
        if caption and (k < 0 or not isinstance(items[k], _Line) or items[k].final or items[k].text.rstrip().endswith(":")):
            caption[0].table = ("caption", table, " ".join(c.text.strip() for c in caption))
            for c in caption[1:]:
                c.table = ("skip", table, "")
        for offset, cells in enumerate(run):
            items[i + offset].table = ("table_row", table, " | ".join(cells))
        table += 1
        i += len(run)


class _Meta:
    def __init__(self) -> None:
        self.ah_ids: Counter[str] = Counter()
        self.kv_ids: Counter[str] = Counter()
        self.kst_ids: Counter[str] = Counter()
        self.kst_footers: Counter[tuple] = Counter()
        self.vergaderjaar: tuple[str, str] | None = None
        self.kamer: str | None = None
        self.masthead: tuple | None = None  # Aanhangsel masthead
        self.kst_masthead: tuple | None = None  # Kamerstuk masthead: kamer, years, dossier, dossier title, nr, stuk
        self.subject: str | None = None  # "Betreft …" of a letter's letterhead


def _md_clean(line: str) -> str:
    line = _MD_HEAD.sub("", line)
    if "**" in line:
        line = line.replace("**", "")
    s = line.strip()
    if s.startswith("_"):
        line = s = s[1:]
    if s.endswith("_"):
        line = s[:-1]
    if "[" in line:
        line = _MD_NOTE.sub(lambda m: m.group(1) or "", line)
    return line


def _read_footer(chunk: str, meta: _Meta) -> None:
    for m in _AH_ID.finditer(chunk):
        meta.ah_ids[f"ah-{m.group(1)}-{m.group(2)}-{m.group(3)}"] += 1
    for m in _KV_ID.finditer(chunk):
        meta.kv_ids[f"kv-{m.group(1)}-{m.group(2)}"] += 1
    for m in _KST_ID.finditer(chunk):
        meta.kst_ids["kst-" + m.group(1).upper() + "-" + m.group(2)] += 1
    m = _VJ_IN_FOOTER.search(chunk)
    if m and meta.vergaderjaar is None:
        meta.kamer = f"{m.group(1)} Kamer"
        meta.vergaderjaar = (m.group(2), m.group(3))


def _dossier(raw: str) -> str:
    d = re.sub(r"(?<=\d) (?=\d)", "", raw.strip())
    return d.replace(" ", "-")


# ---------------------------------------------------------------- pass 1: lines


# A running header or footer is a line repeated, word for word, near the top or
# the foot of several pages ("Ministerie van …", "Ons kenmerk", the kenmerk
# itself in the margin column of a ministry's letter). Kamerstuk and Aanhangsel
# footers are left to `_read_footer`, which reads the document's id from them.
_TOP_LINES, _FOOT_LINES = 12, 8


def _furniture(chunks: list[str]) -> set[str]:
    """Lines repeated in the top or foot region of at least two pages and half of them."""
    if len(chunks) < 2:
        return set()
    seen: Counter[str] = Counter()
    for chunk in chunks:
        lines = [_HSPACE.sub(" ", x).strip() for x in chunk.split("\n")]
        lines = [x for x in lines if x]
        seen.update(set(lines[:_TOP_LINES]) | set(lines[-_FOOT_LINES:]))
    need = max(2, (len(chunks) + 1) // 2)
    return {
        x for x, n in seen.items()
        if n >= need and not _FOOTER.match(x) and not _KST_FOOTER.match(x) and not _QA.match(x) and not _FINAL.search(x)
    }


def _strip_furniture(chunk: str, furniture: set[str]) -> str:
    lines = chunk.split("\n")
    content = [i for i, x in enumerate(lines) if x.strip()]
    region = set(content[:_TOP_LINES]) | set(content[-_FOOT_LINES:])
    return "\n".join(x for i, x in enumerate(lines) if i not in region or _HSPACE.sub(" ", x).strip() not in furniture)


# A letter's letterhead: sender, addressee, "Datum", "Kenmerk", "Betreft" before
# the salutation. It is metadata, not text: the date and subject are read, the
# lines dropped.
_LETTERHEAD_FIELD = re.compile(r"^(?:Datum|Betreft|>\s*Retouradres|Ons kenmerk|Kenmerk|Uw kenmerk)\b")


# the rijksoverheid letter template's instruction to the reader, printed in every letterhead
_LETTER_TEMPLATE = re.compile(
    r"^[ \t]*(?:Bij beantwoording de datum en ons kenmerk vermelden\.?[ \t]*)?Wilt u slechts één zaak in uw brief behandelen\.?[ \t]*\n?|"
    r"^[ \t]*Bij beantwoording de datum en ons kenmerk vermelden\.?[ \t]*\n?",
    re.MULTILINE,
)


def _strip_letterhead(chunk: str, meta: _Meta) -> str:
    if "Wilt u slechts" in chunk or "Bij beantwoording de datum" in chunk:
        chunk = _LETTER_TEMPLATE.sub("", chunk)
    lines = chunk.split("\n")
    for k, raw in enumerate(lines[:80]):
        if SALUTATION.match(raw.strip()):
            head = [_HSPACE.sub(" ", x).strip() for x in lines[:k]]
            if not any(_LETTERHEAD_FIELD.match(x) for x in head):
                return chunk
            for x in head:
                if x.startswith("Betreft "):
                    meta.subject = x[len("Betreft "):].strip()
            return "\n".join(lines[k:])
    return chunk


# the running footer of an EU document, the language's code on both sides of the page number ("NL 39 NL"); in
# extracted text it may stand inside a sentence that runs on over the page
_LANGUAGE_FOOTER = re.compile(r"(?<!\S)([A-Z]{2}) \d{1,3} \1(?!\S)")


# a table column as the text layer gives it: one bare number a line, no blank between ("276\t\t", "2.887");
# a year is no cell here, it heads a column or labels a chart's axis ("2\n2012")
_COLUMN_CELL = re.compile(r"(?!(?:19|20)\d\d$)(?:[-−–‒] ?)?\d(?:[\d.,]*\d)?%?")


def _in_number_column(raws: list[str], j: int, known: dict[int, bool]) -> bool:
    """A bare number on a line of its own is a table cell, no page number, when bare numbers stand right above
    or below it. Not when the run counts in even steps (footnote markers "31\n32", a chart's axis "7\n6\n5")
    or spells years in halves ("19\n96\n19\n98"). `known` holds the answer for every line of a run already
    judged, so a long column is read once, not once a line."""
    if j in known:
        return known[j]
    if not _COLUMN_CELL.fullmatch(raws[j].strip()):
        return False  # "- 12 -", "Pagina 3": a page number's own marks
    lo = hi = j
    while lo > 0 and _COLUMN_CELL.fullmatch(raws[lo - 1].strip()):
        lo -= 1
    while hi + 1 < len(raws) and _COLUMN_CELL.fullmatch(raws[hi + 1].strip()):
        hi += 1
    run = [raws[k].strip() for k in range(lo, hi + 1)]
    column = _is_column(run)
    known.update(dict.fromkeys(range(lo, hi + 1), column))
    return column


def _is_column(run: list[str]) -> bool:
    if len(run) < 2:
        return False
    if len(run) >= 4 and any(all(x in ("19", "20") for x in run[k::2]) for k in (0, 1)):
        return False
    values = [int(re.sub(r"[-−–‒] ?", "-", x.replace(".", ""))) for x in run if re.fullmatch(r"(?:[-−–‒] ?)?[\d.]+", x)]
    if len(values) == len(run):
        steps = {b - a for a, b in zip(values, values[1:])}
        if len(steps) == 1 and (len(run) >= 3 or steps == {1}):
            return False
    return True


def _lines(chunks: list[str], explicit_pages: bool, meta: _Meta) -> list:
    """The stream of content lines, blanks and page breaks; footers and page numbers removed."""
    markdown = any(_MD_DETECT.search(c) for c in chunks[:3])
    items: list = []
    page = 1
    pending_break = False
    last_lone = -9  # the last number found on a line of its own
    kst_candidates: list[tuple[int, tuple]] = []
    furniture = _furniture(chunks) if explicit_pages else set()
    for ci, chunk in enumerate(chunks):
        if furniture:
            chunk = _strip_furniture(chunk, furniture)
        if ci == 0:
            chunk = _strip_letterhead(chunk, meta)
        if explicit_pages and ci > 0:
            items.append(_PAGE)
            page = ci + 1
        if "\r" in chunk:
            chunk = chunk.replace("\r\n", "\n").replace("\r", "\n")
        if markdown:
            chunk = "\n".join(_md_clean(x) for x in chunk.split("\n"))
        if ci == 0:
            m = _MASTHEAD.match(chunk)
            if m:
                meta.masthead = m.groups()
                chunk = chunk[m.end():]
            else:
                m = _KST_MASTHEAD.match(chunk)
                if m:
                    meta.kst_masthead = m.groups()
                    chunk = chunk[m.end():]
        raws = chunk.split("\n")
        columns: dict[int, bool] = {}  # see _in_number_column
        for j, raw in enumerate(raws):
            if markdown and _MD_RULE.match(raw):
                if not explicit_pages:
                    pending_break = True
                continue
            if "\u00ad" in raw:  # soft hyphens: dropped inside a line, kept at its end as a split mark
                soft_end = raw.rstrip().endswith("\u00ad")
                raw = raw.replace("\u00ad", "")
                if soft_end:
                    raw = raw.rstrip() + "\u00ad"
            line = raw.strip()
            cell = False
            if not line:
                items.append(_BLANK)
                continue
            if _CTRL.search(line):
                line = _CTRL.sub("", line).strip()
                if not line:
                    continue
            if _LANGUAGE_FOOTER.search(line):
                line = re.sub(r"  +", " ", _LANGUAGE_FOOTER.sub(" ", line)).strip()
                if not line:
                    continue
            trail = raw[-1:] in (" ", "\t", "\u00a0")
            if line[0] in _FOOTER_FIRST:
                m = _FOOTER.match(line)
                if m:
                    _read_footer(m.group(0), meta)
                    if not explicit_pages:
                        pending_break = True
                    line = line[m.end():].strip()
                    if not line:
                        continue
                elif line[0] in "TE" and "vergaderjaar" in line:
                    k = _KST_FOOTER.match(line)
                    if k:
                        key = (k.group(1), k.group(2), k.group(3), _dossier(k.group(4)), k.group(5))
                        kst_candidates.append((len(items), key))
                        meta.kst_footers[key] += 1
            if line[0].isdigit() or line[0] in "-–—PpBb":
                if _PAGENUM.match(line):
                    number = int(line.strip("-–— ")) if line.strip("-–— ").isdigit() else -9
                    numbering, last_lone = number == last_lone + 1, number
                    if numbering or not _in_number_column(raws, j, columns):
                        continue  # a page number, or the next of a table's row numbers ("1 … 2 … 3")
                    cell = True
                m = _STRAY_MARKER.match(line)
                if m:
                    line = line[m.end():]
            if pending_break:
                pending_break = False
                if items:
                    items.append(_PAGE)
                page += 1
            parts = _INLINE_QA.split(line) if ("Antwoord" in line or "Vraag" in line) else [line]
            for k, part in enumerate(parts):
                items.append(_Line(part, page, trail if k == len(parts) - 1 else False))
            items[-1].cell = cell
    if kst_candidates and not meta.ah_ids and not meta.kv_ids:
        dominant = meta.kst_footers.most_common(1)[0][0]
        for idx, key in kst_candidates:
            if key == dominant:
                items[idx] = _PAGE if not explicit_pages else _BLANK
        if not explicit_pages:  # a kst footer ends its page: renumber
            page = 1
            for it in items:
                if it is _PAGE:
                    page += 1
                elif it is not _BLANK:
                    it.page = page
    return items


# ---------------------------------------------------------------- pass 2: footnotes


def _mark_footnotes(items: list) -> None:
    """Mark the footnote block at the foot of every page (items between page breaks)."""
    expected = 1
    start = 0
    n = len(items)
    while start < n:
        end = start
        while end < n and items[end] is not _PAGE:
            end += 1
        page_lines = [i for i in range(start, end) if items[i] is not _BLANK]
        limit = max(10, len(page_lines) // 2)  # a footnote block sits in the lower half of a page
        for pos, i in enumerate(page_lines):
            if len(page_lines) - pos > limit:
                continue
            m = _FN_START.match(items[i].text)
            if not m:
                continue
            num = int(m.group(1))
            t = items[i].text
            if not (expected <= num <= expected + 2) or not (_FN_HAS_PUNCT.search(t) or len(t) > 60):
                continue
            rest = page_lines[pos + 1:]
            if any(_is_qa_marker(items[j].text) for j in rest):
                continue  # a question or answer below it: this is body text, not the footnote block
            marks = _footnote_marks(items, i, num, rest)
            for j, fn in marks.items():
                items[j].fn = fn
            expected = max(marks.values()) + 1
            break
        start = end + 1


_NOTE_LINES = 8  # the most lines one footnote runs on


def _footnote_marks(items: list, first: int, num: int, rest: list[int]) -> dict[int, int]:
    """The footnote number (-1: a continuation) of the block's lines from the first note `num` on. A note
    runs on for a few lines at most: where the lines after one run on longer, the body has resumed (text
    without page breaks: a table's note "1 Door afronding …", then the chapter goes on), and the block ends."""
    marks = {first: num}
    current, run = num, []
    for j in rest:
        mm = _FN_START.match(items[j].text)
        if mm and current < int(mm.group(1)) <= current + 2:
            current, run = int(mm.group(1)), []
            marks[j] = current
            continue
        run.append(j)
        if len(run) > _NOTE_LINES:
            for k in run:
                marks.pop(k, None)
            break
        marks[j] = -1
    return marks


def _is_qa_marker(text: str) -> bool:
    if text[0] not in "VAM":
        return False
    m = _QA.match(text)
    return bool(m) and _qa_ok(m)


# ---------------------------------------------------------------- joining


_WORD_BEFORE = frozenset(" \t(«\"“‘'/-")


def _last_word(s: str) -> str:
    """The word of letters at the very end of `s` (after a space, bracket, quote, slash or hyphen), else ""."""
    i = len(s)
    while i > 0 and s[i - 1].isalpha():
        i -= 1
    if i == len(s) or (i > 0 and s[i - 1] not in _WORD_BEFORE):
        return ""
    return s[i:]


def _last_token(s: str) -> str:
    i = s.rfind(" ")
    return s[i + 1:] if i >= 0 else s


class _Joiner:
    """Decides how two lines are joined; holds the document's lexicon (built lazily)."""

    def __init__(self, text: str, width: float, trailing_convention: bool) -> None:
        self._text = text
        self._lex: Counter[str] | None = None
        self.width = width
        self.trailing = trailing_convention

    @property
    def lex(self) -> Counter[str]:
        if self._lex is None:
            lex: Counter[str] = Counter(_WORDS.findall(self._text.lower()))
            for w in [w for w in lex if "-" in w]:
                for part in w.split("-"):
                    lex[part] += lex[w]
            self._lex = lex
        return self._lex

    def join(self, prev: str, prev_trail: bool, prev_len: int, nxt: str, nxt_trail: bool, nxt_final: bool) -> str:
        """`prev` + `nxt` as one text: with a space, or glued where a word or URL was split."""
        last = prev[-1]
        first = nxt[0]
        if last == "-" and len(prev) > 1 and prev[-2].isalpha():
            return self._hyphen(prev, nxt)
        if last == "\u00ad":
            return prev[:-1] + nxt
        if first in ".,;:)]»”?!" or last in "([«“‘":
            return prev + nxt
        if last in "/._=?&#~" and _URLISH.search(_last_token(prev)):
            return prev + nxt
        if (
            last.isalpha()
            and first.islower()
            and not prev_trail
            and prev_len >= 0.85 * self.width
            and self._split_without_hyphen(prev, nxt, nxt_trail, nxt_final)
        ):
            return prev + nxt
        return prev + " " + nxt

    def _hyphen(self, prev: str, nxt: str) -> str:
        tok = _last_token(prev)
        if _URLISH.search(tok):
            return prev + nxt
        m = _FIRST_WORD.match(nxt)
        if not m:  # "Noord-" + "Brabant", "2024-" + "2025", "EU-" + "(…"
            return prev + nxt
        b = m.group(1)
        if b in _HYPHEN_CONJ:  # "thuiswerk-" + "en een internetvergoeding"
            return prev + " " + nxt
        a = _last_word(prev[:-1])
        if not a or not a[-1].islower():  # "EU-landen", "COVID-19"
            return prev + nxt
        al = a.lower()
        if al in _KEEP_PREFIX:
            return prev + nxt
        # the full token before the hyphen may itself hold hyphens: "civiel-mili-" + "taire"
        full = tok[:-1].lstrip("(«\"“‘'").lower()
        joined, hyph = full + b, full + "-" + b
        lex = self.lex
        if lex.get(hyph, 0) and not lex.get(joined, 0):
            return prev + nxt
        if lex.get(joined, 0):
            return prev[:-1] + nxt
        if (al[-1] + b[0]) in _VOWEL_PAIRS:  # "data-uitvraag", "zee-eend"
            return prev + nxt
        return prev[:-1] + nxt

    def _split_without_hyphen(self, prev: str, nxt: str, nxt_trail: bool, nxt_final: bool) -> bool:
        """Is the line break between `prev` and `nxt` inside a word that lost its hyphen ("veiligheidsre|gio’s")?"""
        a = _last_word(prev)
        if len(a) < 2:
            return False
        al = a.lower()
        if al in STOPWORDS or (len(a) > 1 and not a[1:].islower()):  # "BRZO", "NLA": abbreviations are words
            return False
        m = _FIRST_WORD.match(nxt)
        if not m:
            return False
        b = m.group(1)
        if len(b) < 2 or b in STOPWORDS:
            return False
        joined = al + b
        lex = self.lex
        if lex.get(joined + m.group(2).lower(), 0) or lex.get(joined, 0):
            # the document writes the joined word elsewhere; unless both parts are words it uses on their own
            # too (then the "joined word" is more likely glued by a faulty extraction: "Palestijnsegebieden")
            return not (lex.get(al, 0) > 1 and lex.get(b, 0) > 1)
        if len(joined) > 24 or lex.get(al, 0) > 1 or lex.get(b, 0) > 1 or not self.trailing:
            return False  # a part is a word of this document; or no trailing-space evidence
        if nxt_trail or nxt_final:
            return True
        lw = _last_word(nxt).lower()
        return bool(lw) and lw not in STOPWORDS and lex.get(lw, 0) <= 1


# ---------------------------------------------------------------- pass 3: paragraphs


def _first_word_len(s: str) -> int:
    i = s.find(" ")
    return len(s) if i < 0 else i


def _heading_like(s: str, width: float, qa: bool) -> bool:
    limit = min(60 if qa else 90, width * (0.6 if qa else 0.75))
    return (
        2 <= len(s) <= limit
        and (s[0].isupper() or s[0] in "“\"'‘")
        and not _NO_FINAL_HEAD.search(s)
        and sum(c.isalpha() for c in s) >= 2
        and not s[-1].isdigit()
    )


def _broken_short(s: str, with_next_word: int, width: float) -> bool:
    """A line without final punctuation broken although the next word would have fitted: a title."""
    return (
        with_next_word <= width * 0.9
        and _heading_like(s, width * 2, False)
        and s.rsplit(" ", 1)[-1].lower() not in _OPEN_ENDINGS
    )


class _Builder:
    def __init__(self, joiner: _Joiner, width: float, qa_doc: bool, bare_answers: bool) -> None:
        self.j = joiner
        self.width = width
        self.qa_doc = qa_doc
        self.bare_answers = bare_answers
        self.sections: list[Section] = []
        self.paragraphs: list[Paragraph] = []
        self.section: int | None = None
        self.qa_role: str | None = None
        self.qa_seen = False
        self.cur: dict | None = None
        self.pending_fn: list[Paragraph] = []
        self.fn_cur: dict | None = None
        self.last_list_num = 0
        self.question_no = 0
        self._consumed = 0

    # -- paragraphs
    def open(self, line: _Line, role: str = BODY) -> None:
        self.close()
        self.cur = {"text": line.text, "page": line.page, "role": role, "lines": 1, "trail": line.trail,
                    "heading": False, "lastlen": len(line.text), "intro": False, "final": line.final,
                    "cell": line.cell}

    def extend(self, line: _Line) -> None:
        cur = self.cur
        if (line.cell or cur["cell"]) and cur["text"][-1].isdigit() and _COLUMN_CELL.fullmatch(line.text):
            cur["text"] += CELL_SEPARATOR + line.text  # cells of a column, not one space-grouped number ("25 235")
        else:
            cur["text"] = self.j.join(cur["text"], cur["trail"], cur["lastlen"], line.text, line.trail, line.final)
        cur["cell"] = line.cell
        cur["final"] = line.final
        cur["trail"] = line.trail
        cur["lines"] += 1
        cur["lastlen"] = len(line.text)

    def close(self) -> None:
        cur = self.cur
        if cur is not None:
            self.cur = None
            text = _HSPACE.sub(" ", cur["text"]).strip()
            last = self.paragraphs[-1] if self.paragraphs else None
            if last is not None and last.text == text and last.role != HEADING:
                pass  # the same paragraph twice in a row: a text-extraction artefact
            elif text and not _DIGITS_ONLY.match(text):
                role = cur["role"]
                if role == BODY and self.qa_role:
                    role = self.qa_role
                elif role == LIST_ITEM and self.qa_role:
                    role = self.qa_role
                self.paragraphs.append(Paragraph(text=text, section=self.section, role=role, page=cur["page"]))
        if self.pending_fn:
            self.paragraphs.extend(self.pending_fn)
            self.pending_fn = []

    # -- tables
    def table_line(self, line: _Line) -> None:
        self.close()
        role, table, text = line.table
        if role != "skip":
            role = TABLE_ROW if role == "table_row" else CAPTION
            self.paragraphs.append(Paragraph(text=_HSPACE.sub(" ", text), section=self.section, role=role, page=line.page, table=table))

    # -- footnotes
    def footnote(self, line: _Line) -> None:
        if line.fn > 0 or self.fn_cur is None:
            self.fn_close()
            self.fn_cur = {"text": line.text, "page": line.page, "trail": line.trail, "lastlen": len(line.text)}
        else:
            f = self.fn_cur
            if _PAGENUM.match(line.text) and len(line.text) <= 3:
                return
            f["text"] = self.j.join(f["text"], f["trail"], f["lastlen"], line.text, line.trail, line.final)
            f["trail"] = line.trail
            f["lastlen"] = len(line.text)

    def fn_close(self) -> None:
        f = self.fn_cur
        if f is not None:
            self.fn_cur = None
            text = _HSPACE.sub(" ", f["text"]).strip()
            if text:
                p = Paragraph(text=text, section=self.section, role=FOOTNOTE, page=f["page"])
                if self.cur is None:
                    self.paragraphs.append(p)
                else:
                    self.pending_fn.append(p)

    # -- sections
    def add_section(self, number: str | None, title: str, level: int) -> None:
        self.close()
        parent = None
        if level > 1:
            for k in range(len(self.sections) - 1, -1, -1):
                if self.sections[k].level < level:
                    parent = k
                    break
        self.sections.append(Section(number=number, title=title, level=level, parent=parent))
        self.section = len(self.sections) - 1

    def qa_marker(self, kind: str, nums: str | None) -> None:
        self.close()
        k = kind.split()[0]
        if k in ("Vraag", "Vragen"):
            self.qa_role = QUESTION
            title = f"{k} {nums}" if nums else k
        else:
            self.qa_role = ANSWER
            if k == "Mededeling":
                title = "Mededeling"
            else:
                nums = nums or (str(self.question_no) if self.bare_answers and self.question_no else None)
                title = f"Antwoord {nums}" if nums else "Antwoord"
        self.qa_seen = True
        self.add_section(nums, title, 1)


def _build(items: list, joiner: _Joiner, width: float, qa_doc: bool, bare_answers: bool) -> _Builder:
    b = _Builder(joiner, width, qa_doc, bare_answers)
    n = len(items)
    gap = True  # a blank line or page break since the last content line (or the start)
    i = 0
    while i < n:
        it = items[i]
        if it is _BLANK or it is _PAGE:
            gap = True
            if it is _PAGE:
                b.fn_close()
            i += 1
            continue
        line: _Line = it
        if line.table is not None:
            b.table_line(line)
            gap = True
            i += 1
            continue
        if line.fn:
            b.footnote(line)
            i += 1
            continue
        if b.fn_cur is not None:
            b.fn_close()
        text = line.text
        cur = b.cur
        # 1. structural lines
        if qa_doc:
            m = _QA.match(text)
            if m and _qa_ok(m):
                kind, nums, rest = m.group(1), m.group(2), m.group(3)
                if kind.startswith("Vra"):
                    b.question_no = _first_int(nums, b.question_no + 1)
                b.qa_marker(kind, nums)
                if rest:
                    b.open(_Line(rest, line.page, line.trail))
                gap = False
                i += 1
                continue
            if not b.qa_seen and _INTRO.match(text):
                b.qa_role = None
                b.open(line)
                b.cur["intro"] = True
                gap = False
                i += 1
                continue
            if bare_answers and (cur is None or b.qa_role == ANSWER or gap or cur["final"]):
                lm = re.match(r"^(\d{1,2})[.)]\s+(\S.*)$", text)
                if lm and (b.qa_role == ANSWER or not b.qa_seen):
                    b.question_no = int(lm.group(1))
                    b.qa_marker("Vraag", lm.group(1))
                    b.open(_Line(lm.group(2), line.page, line.trail))
                    gap = False
                    i += 1
                    continue
        para_start = cur is None or cur["heading"] or cur["final"] or gap
        lm = _LIST.match(text)
        if lm and para_start or (lm and lm.group(1) and cur is not None and cur["text"].endswith((":", ";"))):
            num = lm.group(1)
            prev_is_list = cur is not None and cur["role"] == LIST_ITEM
            if num and not qa_doc and not (cur is not None and cur["text"].rstrip().endswith(":")):
                # a numbered line: list item when it continues a list, else maybe a section heading
                if not (prev_is_list and int(num) == b.last_list_num + 1):
                    if _try_section(b, items, i, text, width):
                        i = b._consumed
                        gap = False
                        continue
            if num:
                b.last_list_num = int(num)
            b.open(line, LIST_ITEM)
            gap = False
            i += 1
            continue
        if not qa_doc and para_start and text[0].isdigit() and _try_section(b, items, i, text, width):
            i = b._consumed
            gap = False
            continue
        # 2. continue or start a paragraph
        if text[0] in "GBHMAD’'" and _OWN_LINE.match(text):  # salutation / closing of a letter
            b.open(line)
            b.cur["heading"] = True  # nothing joins it
            gap = False
            i += 1
            continue
        if cur is None:
            b.open(line)
        elif gap:
            prev = cur["text"]
            if prev.endswith(("-", "\u00ad")) or (not cur["final"] and not cur["heading"] and (text[0].islower() or text[0].isdigit() or text[0] in "(,;:.)")):
                b.extend(line)
            else:
                _maybe_heading(b, text, width, qa_doc)
                b.open(line)
        else:
            prev = cur["text"]
            if cur["heading"]:
                b.open(line)
            elif cur["final"] and cur["lastlen"] + 1 + _first_word_len(text) <= width:
                b.open(line)
            elif cur["lines"] == 1 and not cur["final"] and not text[0].islower() and text[0] not in "(,;:.)-–" and cur["role"] == BODY and not cur["intro"] and (
                _heading_like(prev, width, qa_doc) or (text[0].isupper() and _broken_short(prev, cur["lastlen"] + 1 + _first_word_len(text), width))
            ):
                cur["role"] = HEADING
                cur["heading"] = True
                b.open(line)
            else:
                b.extend(line)
        gap = False
        i += 1
    b.fn_close()
    b.close()
    return b


def _maybe_heading(b: _Builder, text: str, width: float, qa: bool) -> None:
    cur = b.cur
    if cur and cur["lines"] == 1 and cur["role"] == BODY and not cur["intro"] and _heading_like(cur["text"], width, qa) and not text[0].islower():
        cur["role"] = HEADING


def _qa_ok(m: re.Match) -> bool:
    kind, nums, rest = m.group(1), m.group(2), m.group(3)
    if kind == "Mededeling":
        return not nums and not rest
    if kind == "Vragen" and not nums:
        return False
    if rest:
        if not nums:
            return False
        c = rest[0]
        return c.isupper() or c in "«\"“‘'(" or c.isdigit()
    return True


def _first_int(nums: str | None, default: int) -> int:
    if nums:
        m = re.match(r"\d+", nums)
        if m:
            return int(m.group(0))
    return default


def _wrapped_sentence(items: list, k: int) -> bool:
    """Whether the lines from k on continue a sentence (lowercase starts, no gap) that ends within three lines."""
    for it in items[k : k + 3]:
        if not isinstance(it, _Line) or it.fn or not it.text[0].islower():
            return False
        if it.final or _SENTENCE_END_INSIDE.search(it.text):
            return True
    return False


_SENTENCE_END_INSIDE = re.compile(r"[a-z)][.!?]\s+[A-Z]")


def _try_section(b: _Builder, items: list, i: int, text: str, width: float) -> bool:
    m = _SECTION.match(text)
    if not m:
        return False
    number, title = m.group(1), m.group(3).strip()
    if int(number.split(".")[0]) > 40 or _NO_FINAL_HEAD.search(title) or len(text) > max(110, width * 1.05):
        return False
    consumed = i + 1
    last = title.rsplit(" ", 1)[-1].lower()
    if consumed < len(items):
        nxt = items[consumed]
        if _wrapped_sentence(items, consumed):
            return False  # a numbered sentence wrapped onto the next lines: a list item, not a title
        if isinstance(nxt, _Line) and not nxt.fn and len(nxt.text) < width * 0.9 and not _NO_FINAL_HEAD.search(nxt.text):
            # a title wrapped onto a second line: it ends in an open word, or the
            # short lowercase rest is followed by a new start
            after = items[consumed + 1] if consumed + 1 < len(items) else _BLANK
            rest_of_title = nxt.text[0].islower() and (not isinstance(after, _Line) or not after.text[0].islower())
            if last in _OPEN_ENDINGS or rest_of_title:
                title = title + " " + nxt.text
                consumed += 1
    level = number.count(".") + 1
    b.add_section(number, _HSPACE.sub(" ", title), level)
    b.last_list_num = 0
    b._consumed = consumed
    return True


# ---------------------------------------------------------------- metadata


def _to_date(d: str, month: str, y: str) -> date | None:
    try:
        return date(int(y), MONTHS[month.lower()], int(d))
    except (ValueError, KeyError):
        return None


def _metadata(doc: Document, meta: _Meta, name: str, first_text: str) -> None:
    from transforms.parse import id_from_filename, office_title

    mh = meta.masthead
    if meta.ah_ids:
        doc.document_id = meta.ah_ids.most_common(1)[0][0]
    elif meta.kv_ids:
        doc.document_id = meta.kv_ids.most_common(1)[0][0]
    elif meta.kst_ids:
        doc.document_id = meta.kst_ids.most_common(1)[0][0]
    if meta.kst_footers and not meta.ah_ids and not meta.kv_ids:
        kamer, y1, y2, dossier, nr = meta.kst_footers.most_common(1)[0][0]
        if not doc.document_id:
            doc.document_id = f"kst-{dossier.upper()}-{nr}"
        doc.dossier, doc.ondernummer = dossier, nr
        doc.vergaderjaar, doc.kamer = f"{y1}-{y2}", f"{kamer} Kamer"
        doc.document_type = KAMERSTUK
    km = meta.kst_masthead
    if km:
        if not doc.document_id and km[3] and km[5]:
            doc.document_id = f"kst-{_dossier(km[3]).upper()}-{km[5]}"
        if km[4]:
            doc.title = _HSPACE.sub(" ", km[4]).strip()
        doc.kamer = doc.kamer or f"{km[0]} Kamer"
        doc.vergaderjaar = doc.vergaderjaar or f"{km[1]}-{km[2]}"
    if not doc.document_id and mh and mh[3] and mh[5]:
        kamer = "ek" if mh[0] == "Eerste" else "tk"
        doc.document_id = f"ah-{kamer}-{mh[1]}{mh[2]}-{mh[5]}"
    if not doc.document_id and mh and mh[4]:
        doc.document_id = "kv-tk-" + mh[4].replace(" ", "")
    if not doc.document_id:
        doc.document_id = id_from_filename(name)
    did = doc.document_id
    if did.startswith("ah-"):
        doc.document_type = AANHANGSEL
        doc.kamer = "Eerste Kamer" if did.startswith("ah-ek") else "Tweede Kamer"
        y = did.split("-")[2]
        doc.vergaderjaar = f"{y[:4]}-{y[4:]}"
    elif did.startswith("kv-"):
        doc.document_type = KAMERVRAGEN
        doc.kamer = "Eerste Kamer" if did.startswith("kv-ek") else "Tweede Kamer"
    elif did.startswith("kst-") and doc.document_type is None:
        doc.document_type = KAMERSTUK
        parts = did[4:].rsplit("-", 1)
        if len(parts) == 2:
            doc.dossier, doc.ondernummer = parts
    if doc.vergaderjaar is None:
        if mh and mh[1]:
            doc.vergaderjaar = f"{mh[1]}-{mh[2]}"
        elif meta.vergaderjaar:
            doc.vergaderjaar = f"{meta.vergaderjaar[0]}-{meta.vergaderjaar[1]}"
    if doc.kamer is None:
        if mh and mh[0]:
            doc.kamer = f"{mh[0]} Kamer"
        elif meta.kamer:
            doc.kamer = meta.kamer
    # the Aanhangsel intro
    for p in doc.paragraphs[:8]:
        t = p.text
        if doc.title is None and re.match(r"(?:Mondelinge\s+)?Vragen van", t):
            doc.title = t.rstrip(" .")
        elif doc.author is None and re.match(r"(?:Antwoord|Mededeling) van", t):
            m = _AUTHOR.search(t)
            if m:
                doc.author = _HSPACE.sub(" ", m.group(1)).strip(" ,")
            m = _ONTVANGEN.search(t)
            if m:
                doc.publication_date = _to_date(*m.groups())
    if doc.author is None:
        # the signature follows the closing ("Hoogachtend,"), also when annexes come after it
        closing = [i for i, p in enumerate(doc.paragraphs) if _CLOSING.match(p.text)]
        signed = doc.paragraphs[closing[-1] + 1 : closing[-1] + 5] if closing else doc.paragraphs[-12:]
        tail = "\n".join(p.text for p in signed)
        m = _SIGNATURE.search(tail)
        if m:
            doc.author = m.group(1).strip()
        else:
            m = _SIGNATURE_CAPS.search(tail)
            if m:
                doc.author = office_title(m.group(1))
    if doc.title is None and meta.subject:
        doc.title = meta.subject
    if doc.publication_date is None:
        m = _BRIEF_DATE.search(first_text[:3000])
        if m:
            doc.publication_date = _to_date(*m.groups())


# ---------------------------------------------------------------- entry point


def parse_pdf_text(text: str, name: str, pages: Sequence[str] | None = None) -> Document:
    """Parse text extracted from a PDF. `pages`, when given, are the per-page texts (then `text` is unused
    except as their concatenation for the lexicon) and give every paragraph its page number."""
    if pages is not None:
        chunks = [p or "" for p in pages]
        explicit = True
        full = "\n".join(chunks)
    else:
        full = text or ""
        explicit = "\f" in full
        chunks = full.split("\f") if explicit else [full]
    if not full.strip():
        raise ParseError("no text")
    meta = _Meta()
    items = _lines(chunks, explicit, meta)
    contents = [it for it in items if it is not _BLANK and it is not _PAGE]
    if not contents:
        raise ParseError("no text left after removing footers and page numbers")
    # typical full line width: a high percentile of the lines that do not end a sentence
    lens = sorted(len(it.text) for it in contents if not it.final) or sorted(len(it.text) for it in contents)
    width = float(lens[min(len(lens) - 1, int(len(lens) * 0.8))])
    cont = [it for it in contents if it.text[-1].isalpha()]
    trailing = bool(cont) and sum(it.trail for it in cont) >= 0.6 * len(cont)
    _mark_footnotes(items)
    _mark_tables(items)
    n_vraag = n_antw = n_bare = 0
    for it in contents:
        t = it.text
        if t[0] in "VAM" and not it.fn:
            m = _QA.match(t)
            if m and _qa_ok(m):
                if m.group(1).startswith("Vra"):
                    n_vraag += 1
                else:
                    n_antw += 1
                    if not m.group(2):
                        n_bare += 1
    qa_doc = (n_vraag > 0 and n_antw > 0) or bool(meta.ah_ids) or bool(meta.masthead and meta.masthead[3]) or n_bare > 0
    bare_answers = n_vraag == 0 and n_bare > 0
    joiner = _Joiner(full, width, trailing)
    b = _build(items, joiner, width, qa_doc, bare_answers)
    if n_bare > 0:  # answers labelled "Antwoord" without a number: the questions before them may carry no label
        _members_questions(b.paragraphs)
    sections = _unmarked_answers(b.sections, b.paragraphs) if n_vraag > 0 and n_antw > 0 else b.sections
    if not b.paragraphs:
        raise ParseError("no paragraphs found in the text")
    doc = Document(document_id="", source_format="txt", sections=sections, paragraphs=b.paragraphs)
    _metadata(doc, meta, name, full)
    return doc
