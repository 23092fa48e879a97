"""The table contract: schemas, CSV and Parquet round trips, stable ids."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

from transforms.model import Commitment, Document, Figure, Paragraph, Section
from transforms.tableio import read_table, read_tables, write_tables
from transforms.tables import DOCUMENT_ID_PATTERN, TABLE_NAMES, TABLES, arrow_schema, document_rows, frame, table_schema

CONTRACT = {
    "documents": "document_id, document_type, title, dossier, ondernummer, vergaderjaar, kamer, publication_date, source_url, source_format, source_sha256, version",
    "sections": "section_id, document_id, number, title, level, parent_id, position",
    "paragraphs": "paragraph_id, document_id, section_id, position, text, page",
    "figures": "figure_id, document_id, paragraph_id, sentence, char_start, char_end, raw, value, value_from, kind, unit, approximate, period",
    "commitments": "commitment_id, document_id, paragraph_id, sentence, kind, actor, cue, deadline, due_date",
}


def test_contract_columns_come_first_in_order() -> None:
    for name, columns in CONTRACT.items():
        expected = columns.split(", ")
        assert TABLES[name].column_names[: len(expected)] == expected


def test_every_column_is_described_and_lower_snake_case() -> None:
    for table in TABLES.values():
        for column in table.columns:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", column.name)
            assert len(column.description) > 10


def sample_document() -> tuple[Document, list[Figure], list[Commitment]]:
    doc = Document(
        "kst-36360-X-1", document_type="Kamerstuk", title="Jaarverslag", dossier="36360-X", ondernummer="1",
        vergaderjaar="2022-2023", kamer="Tweede Kamer", publication_date=date(2023, 5, 17), source_format="xml",
        sections=[Section("3", "Beleid", 1), Section("3.2", "Werkgever", 2, parent=0)],
        paragraphs=[Paragraph("Inleiding.", None), Paragraph("Van 7 naar 14 ziekenhuizen; ik zal u informeren.", 1, page=4)],
    )
    text = doc.paragraphs[1].text
    fig = Figure(1, text, 8, 24, text[8:24], 14.0, "count", "ziekenhuizen", value_from=7.0)
    com = Commitment(1, text, 0, len(text), "promise", actor="ik", cue="zal")
    return doc, [fig], [com]


def test_ids_are_stable_and_point_at_each_other() -> None:
    doc, figs, coms = sample_document()
    rows = document_rows(doc, figs, coms, source_sha256="0" * 64, version=1)
    assert [s["section_id"] for s in rows["sections"]] == ["kst-36360-X-1:s1", "kst-36360-X-1:s2"]
    assert rows["sections"][1]["parent_id"] == "kst-36360-X-1:s1"
    assert rows["paragraphs"][1]["section_id"] == "kst-36360-X-1:s2"
    assert rows["figures"][0]["figure_id"] == "kst-36360-X-1:f1"
    assert rows["figures"][0]["paragraph_id"] == "kst-36360-X-1:p2"
    assert rows["commitments"][0]["commitment_id"] == "kst-36360-X-1:c1"
    assert document_rows(doc, figs, coms, source_sha256="0" * 64, version=1) == rows


def test_csv_and_parquet_round_trip_with_types(tmp_path: Path) -> None:
    doc, figs, coms = sample_document()
    rows = document_rows(doc, figs, coms, source_sha256="a" * 64, version=2)
    tables = {name: frame(name, rows[name]) for name in TABLE_NAMES}
    write_tables(tables, tmp_path)
    parquet = pq.read_table(tmp_path / "figures.parquet")
    assert parquet.schema.equals(arrow_schema("figures"), check_metadata=False)
    csv_text = (tmp_path / "figures.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0] == ",".join(TABLES["figures"].column_names)
    assert ",14,7,count,ziekenhuizen,false," in csv_text  # integers without .0, lowercase booleans, empty nulls
    assert "2023-05-17" in (tmp_path / "documents.csv").read_text()
    from_parquet = read_tables(tmp_path)
    for name in TABLE_NAMES:
        (tmp_path / f"{name}.parquet").rename(tmp_path / f"{name}.parquet.bak")
    from_csv = read_tables(tmp_path)
    for name in TABLE_NAMES:
        assert from_csv[name].equals(from_parquet[name]), name
        assert from_parquet[name].equals(tables[name]), name


def test_table_schema_is_frictionless_shaped() -> None:
    schema = table_schema("figures")
    assert schema["primaryKey"] == ["figure_id"]
    kinds = next(f for f in schema["fields"] if f["name"] == "kind")
    assert kinds["constraints"]["enum"] == ["money", "percentage", "fte", "count", "measure", "duration"]
    assert {"fields": ["paragraph_id"], "reference": {"resource": "paragraphs", "fields": ["paragraph_id"]}} in schema["foreignKeys"]
    json.dumps(schema)


def test_document_id_pattern() -> None:
    good = ["kst-36360-X-1", "kst-29697-170", "kst-36600-XV-113", "ah-tk-20232024-2129", "kamerbrief-ienw-luchtvaart-2023"]
    bad = ["kst-abc", "ah-tk-2023-1", "KST-1-2", "../etc", "kst-36360-x-1"]
    assert all(re.fullmatch(DOCUMENT_ID_PATTERN, g) for g in good)
    assert not any(re.fullmatch(DOCUMENT_ID_PATTERN, b) for b in bad)


def test_read_table_names_the_missing_file(tmp_path: Path) -> None:
    import pytest

    with pytest.raises(FileNotFoundError, match="figures"):
        read_table("figures", tmp_path)
