"""The document model every parser produces and every extractor reads.

Parsers (`transforms.parse`) turn one source file into a `Document`; the
extractors (`transforms.extract`) read its paragraphs and return `Figure` and
`Commitment` records that point back at a paragraph by index. Ids are given
later, by `transforms.tables`, so that the model stays free of naming rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Paragraph roles. A table row is one paragraph (cells joined by " | "); its
# caption and unit line are paragraphs with role CAPTION and the same `table`.
BODY = "body"
HEADING = "heading"  # a tussenkop or a heading line that is not a section
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"
CAPTION = "caption"
FOOTNOTE = "footnote"
QUESTION = "question"  # Aanhangsel: text of "Vraag n" (a member of the Kamer)
ANSWER = "answer"  # Aanhangsel: text of "Antwoord n" (the government)
ROLES = (BODY, HEADING, LIST_ITEM, TABLE_ROW, CAPTION, FOOTNOTE, QUESTION, ANSWER)

CELL_SEPARATOR = " | "


class ParseError(ValueError):
    """A source file that cannot be turned into a Document; the message is the reason."""


@dataclass
class Section:
    number: str | None  # as printed: "3.2", "1", None when unnumbered
    title: str
    level: int  # 1 for top-level sections
    parent: int | None = None  # index into Document.sections


@dataclass
class Paragraph:
    text: str
    section: int | None = None  # index into Document.sections, None before the first
    role: str = BODY
    page: int | None = None  # 1-based PDF page where known
    table: int | None = None  # index of the table within the document, for rows and captions


@dataclass
class Document:
    document_id: str  # official identifier: kst-36360-X-1, ah-tk-20232024-2129
    document_type: str | None = None  # e.g. "Kamerstuk", "Motie", "Aanhangsel van de Handelingen"
    title: str | None = None
    dossier: str | None = None  # "36360-X" (spaces removed, as in the identifier)
    ondernummer: str | None = None
    vergaderjaar: str | None = None  # "2022-2023"
    kamer: str | None = None  # "Tweede Kamer" / "Eerste Kamer"
    publication_date: date | None = None
    source_url: str | None = None
    source_format: str = "xml"  # xml, pdf, txt
    author: str | None = None  # who signs: used to resolve "ik"/"wij" in commitments
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Figure:
    paragraph: int  # index into Document.paragraphs
    sentence: str
    char_start: int  # offsets into the paragraph text: text[char_start:char_end] == raw
    char_end: int
    raw: str
    value: float | None
    kind: str  # one of FIGURE_KINDS
    unit: str | None = None
    value_from: float | None = None
    approximate: bool = False
    period: str | None = None


FIGURE_KINDS = ("money", "percentage", "fte", "count", "measure", "duration")


@dataclass
class Commitment:
    paragraph: int  # index into Document.paragraphs
    sentence: str  # the sentence, exactly as in the paragraph
    char_start: int  # offsets of the sentence within the paragraph text
    char_end: int
    kind: str  # one of COMMITMENT_KINDS
    actor: str | None = None
    cue: str | None = None
    deadline: str | None = None
    due_date: date | None = None
    method: str = "rule"  # one of COMMITMENT_METHODS: found by the rules or by the learned model


COMMITMENT_KINDS = ("promise", "plan", "target", "progress")
COMMITMENT_METHODS = ("rule", "model")
