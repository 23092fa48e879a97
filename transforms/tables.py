"""The public contract: the five tables, their columns, types and meanings.

This module is the one place that describes a column. The Parquet schemas,
the CSV layout and the Frictionless Table Schemas in `datapackage.json` are
all generated from `TABLES`. Column names never change meaning; new columns
are added at the end.

It also turns parsed documents into rows (`document_rows`) with stable ids:
`<document_id>:s<n>`, `:p<n>`, `:f<n>`, `:c<n>`, numbered in reading order
within the document, so the same input gives the same ids and adding other
documents changes none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
import pyarrow as pa

from transforms.model import COMMITMENT_KINDS, COMMITMENT_METHODS, FIGURE_KINDS, ROLES, Commitment, Document, Figure

# Official identifiers: Kamerstukken (kst-<dossier>[-<part>]-<ondernummer>) and
# Aanhangsel answers (ah-tk-<vergaderjaar>-<number>).
OFFICIAL_ID_PATTERN = r"^(kst-[0-9]+(-[A-Z0-9]+)*-[0-9]+[a-z]?|ah-(tk|ek)-[0-9]{8}-[0-9]+)$"
# A document with no official identifier anywhere is named after its file: a
# lowercase slug that cannot be mistaken for an official one.
LOCAL_ID_PATTERN = r"^(?!kst-|ah-)[a-z0-9][a-z0-9._-]{0,120}$"
DOCUMENT_ID_PATTERN = f"{OFFICIAL_ID_PATTERN}|{LOCAL_ID_PATTERN}"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string, integer, number, boolean, date
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class Table:
    name: str
    key: str
    title: str
    description: str
    columns: tuple[Column, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, table, column)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _id(name: str, what: str) -> Column:
    return Column(name, "string", what, required=True)


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "documents",
            "document_id",
            "Documents",
            "One row per parliamentary document in the release (its latest version).",
            (
                Column("document_id", "string", "Official identifier (kst-36360-X-1, ah-tk-20232024-2129), from the XML metadata, the PDF footer or the file name, in that order; a lowercase slug of the file name where none is official.", required=True, pattern=DOCUMENT_ID_PATTERN),
                Column("document_type", "string", "Kind of publication as the source names it (Kamerstuk, Motie, Aanhangsel van de Handelingen, ...)."),
                Column("title", "string", "Title of the document."),
                Column("dossier", "string", "Dossier (Kamerstuk) number without spaces, with its part if any: 36360-X."),
                Column("ondernummer", "string", "Number of the document within its dossier."),
                Column("vergaderjaar", "string", "Parliamentary year, as 2022-2023."),
                Column("kamer", "string", "Chamber: Tweede Kamer or Eerste Kamer."),
                Column("publication_date", "date", "Date of the document (ISO 8601)."),
                Column("source_url", "string", "Where the source file was fetched from; a file: URL relative to the source folder for local files."),
                Column("source_format", "string", "Format of the source file.", required=True, enum=("xml", "pdf", "txt")),
                Column("source_sha256", "string", "SHA-256 of the source file's bytes, its key in the raw archive.", required=True, pattern=r"^[0-9a-f]{64}$"),
                Column("version", "integer", "Version of the document: 1, then +1 for every changed source (a correction, a reprint).", required=True),
            ),
        ),
        Table(
            "sections",
            "section_id",
            "Sections",
            "Numbered or titled divisions of a document, in reading order.",
            (
                _id("section_id", "Stable id: <document_id>:s<position>."),
                _id("document_id", "The document the section belongs to."),
                Column("number", "string", "Section number as printed (3.2), empty when unnumbered."),
                Column("title", "string", "Section title."),
                Column("level", "integer", "Depth: 1 for top-level sections.", required=True),
                Column("parent_id", "string", "section_id of the enclosing section, empty at level 1."),
                Column("position", "integer", "1-based position of the section in the document.", required=True),
            ),
            (("document_id", "documents", "document_id"), ("parent_id", "sections", "section_id")),
        ),
        Table(
            "paragraphs",
            "paragraph_id",
            "Paragraphs",
            "Paragraphs of text in reading order. A table row is one paragraph, its cells joined by ' | '.",
            (
                _id("paragraph_id", "Stable id: <document_id>:p<position>."),
                _id("document_id", "The document the paragraph belongs to."),
                Column("section_id", "string", "The section the paragraph stands in, empty before the first section."),
                Column("position", "integer", "1-based position of the paragraph in the document.", required=True),
                Column("text", "string", "The paragraph's text, with line breaks and hyphenation of the source undone.", required=True),
                Column("page", "integer", "PDF page the paragraph starts on, where known."),
                Column("role", "string", "What the paragraph is.", required=True, enum=ROLES),
            ),
            (("document_id", "documents", "document_id"), ("section_id", "sections", "section_id")),
        ),
        Table(
            "figures",
            "figure_id",
            "Figures",
            "Quantities stated in the text (money, percentages, fte, counts, measures, durations), normalised.",
            (
                _id("figure_id", "Stable id: <document_id>:f<position>."),
                _id("document_id", "The document the figure was found in."),
                _id("paragraph_id", "The paragraph the figure was found in."),
                Column("sentence", "string", "The sentence the figure stands in.", required=True),
                Column("char_start", "integer", "Offset of the figure in the paragraph text (0-based, inclusive).", required=True),
                Column("char_end", "integer", "Offset of the end of the figure in the paragraph text (exclusive).", required=True),
                Column("raw", "string", "The figure as written: paragraphs.text[char_start:char_end].", required=True),
                Column("value", "number", "The number, normalised: '€ 1,2 miljard' is 1200000000, '12,5%' is 12.5."),
                Column("value_from", "number", "The earlier or lower value of a change or range ('van 7 naar 14': 7)."),
                Column("kind", "string", "What the figure measures.", required=True, enum=FIGURE_KINDS),
                Column("unit", "string", "EUR, %, fte, or what is counted or measured (ziekenhuizen, km, jaar)."),
                Column("approximate", "boolean", "True for vague or hedged amounts (tientallen, ruim, circa, bijna).", required=True),
                Column("period", "string", "The year or period the figure is about, where the sentence gives one."),
            ),
            (("document_id", "documents", "document_id"), ("paragraph_id", "paragraphs", "paragraph_id")),
        ),
        Table(
            "commitments",
            "commitment_id",
            "Commitments",
            "Sentences in which the government side states what it will do or achieve, or reports progress on it.",
            (
                _id("commitment_id", "Stable id: <document_id>:c<position>."),
                _id("document_id", "The document the commitment was found in."),
                _id("paragraph_id", "The paragraph the commitment was found in."),
                Column("sentence", "string", "The sentence, exactly as in the paragraph.", required=True),
                Column("kind", "string", "promise, plan, target or progress.", required=True, enum=COMMITMENT_KINDS),
                Column("actor", "string", "Who commits (de minister, het kabinet, Defensie); ik/wij resolved to the signer where known."),
                Column("cue", "string", "The words that mark the commitment."),
                Column("deadline", "string", "The moment as written (voor de zomer, eind 2023)."),
                Column("due_date", "date", "The deadline resolved to a date against the document's date, where possible."),
                Column("char_start", "integer", "Offset of the sentence in the paragraph text.", required=True),
                Column("char_end", "integer", "Offset of the end of the sentence in the paragraph text.", required=True),
                Column("method", "string", "rule: found by the grammar rules; model: by the learned model, for a sentence the rules passed over "
                       "(its cue is the words that weighed most).", required=True, enum=COMMITMENT_METHODS),
            ),
            (("document_id", "documents", "document_id"), ("paragraph_id", "paragraphs", "paragraph_id")),
        ),
    )
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)

_ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}
_PANDAS_TYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
}


def arrow_schema(name: str) -> pa.Schema:
    """The Parquet schema of a table."""
    table = TABLES[name]
    return pa.schema(
        [pa.field(c.name, _ARROW_TYPES[c.type], nullable=not c.required, metadata={"description": c.description}) for c in table.columns],
        metadata={"description": table.description, "primary_key": table.key},
    )


def table_schema(name: str) -> dict[str, Any]:
    """The Frictionless Table Schema (v2) of a table."""
    table = TABLES[name]
    fields = []
    for c in table.columns:
        field: dict[str, Any] = {"name": c.name, "type": c.type, "description": c.description}
        constraints: dict[str, Any] = {}
        if c.required:
            constraints["required"] = True
        if c.enum:
            constraints["enum"] = list(c.enum)
        if c.pattern:
            constraints["pattern"] = c.pattern
        if c.name == table.key:
            constraints["unique"] = True
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "fields": fields, "primaryKey": [table.key], "missingValues": [""]}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [col], "reference": {"resource": ref if ref != name else "", "fields": [ref_col]}}
            for col, ref, ref_col in table.foreign_keys
        ]
    return schema


def empty_frame(name: str) -> pd.DataFrame:
    return frame(name, [])


def frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a DataFrame with the table's columns, in order, with nullable types."""
    table = TABLES[name]
    df = pd.DataFrame(rows, columns=table.column_names)
    for c in table.columns:
        if c.type == "date":
            df[c.name] = pd.Series([_as_date(v) for v in df[c.name]], dtype="object", index=df.index)
        else:
            df[c.name] = df[c.name].astype(_PANDAS_TYPES[c.type])
    return df


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """A frame read back from CSV or Parquet, with the contract's columns and types."""
    return frame(name, df.to_dict("records"))


def _as_date(value: Any) -> date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT or value == "":
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- documents to rows -------------------------------------------------------


def section_id(document_id: str, index: int) -> str:
    return f"{document_id}:s{index + 1}"


def paragraph_id(document_id: str, index: int) -> str:
    return f"{document_id}:p{index + 1}"


def document_rows(
    doc: Document,
    figures: list[Figure],
    commitments: list[Commitment],
    *,
    source_sha256: str,
    version: int,
) -> dict[str, list[dict[str, Any]]]:
    """All rows one document contributes to the five tables, with stable ids."""
    did = doc.document_id
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [
            {
                "document_id": did,
                "document_type": doc.document_type,
                "title": doc.title,
                "dossier": doc.dossier,
                "ondernummer": doc.ondernummer,
                "vergaderjaar": doc.vergaderjaar,
                "kamer": doc.kamer,
                "publication_date": doc.publication_date,
                "source_url": doc.source_url,
                "source_format": doc.source_format,
                "source_sha256": source_sha256,
                "version": version,
            }
        ],
        "sections": [
            {
                "section_id": section_id(did, i),
                "document_id": did,
                "number": s.number,
                "title": s.title,
                "level": s.level,
                "parent_id": None if s.parent is None else section_id(did, s.parent),
                "position": i + 1,
            }
            for i, s in enumerate(doc.sections)
        ],
        "paragraphs": [
            {
                "paragraph_id": paragraph_id(did, i),
                "document_id": did,
                "section_id": None if p.section is None else section_id(did, p.section),
                "position": i + 1,
                "text": p.text,
                "page": p.page,
                "role": p.role,
            }
            for i, p in enumerate(doc.paragraphs)
        ],
    }
    ordered_figures = sorted(figures, key=lambda f: (f.paragraph, f.char_start, f.char_end))
    rows["figures"] = [
        {
            "figure_id": f"{did}:f{i + 1}",
            "document_id": did,
            "paragraph_id": paragraph_id(did, f.paragraph),
            "sentence": f.sentence,
            "char_start": f.char_start,
            "char_end": f.char_end,
            "raw": f.raw,
            "value": f.value,
            "value_from": f.value_from,
            "kind": f.kind,
            "unit": f.unit,
            "approximate": f.approximate,
            "period": f.period,
        }
        for i, f in enumerate(ordered_figures)
    ]
    ordered_commitments = sorted(commitments, key=lambda c: (c.paragraph, c.char_start))
    rows["commitments"] = [
        {
            "commitment_id": f"{did}:c{i + 1}",
            "document_id": did,
            "paragraph_id": paragraph_id(did, c.paragraph),
            "sentence": c.sentence,
            "kind": c.kind,
            "actor": c.actor,
            "cue": c.cue,
            "deadline": c.deadline,
            "due_date": c.due_date,
            "char_start": c.char_start,
            "char_end": c.char_end,
            "method": c.method,
        }
        for i, c in enumerate(ordered_commitments)
    ]
    return rows
