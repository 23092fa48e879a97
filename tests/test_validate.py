"""The validation gate: good tables pass, and every check catches the defect it exists for.

Each case in DEFECTS plants one defect into otherwise good tables and names
the checks that must fail: exactly those, no more and no fewer. Most defects
trip one check; a few trip several because the data really is wrong in
several ways (a document id that breaks the pattern also breaks the ids that
embed it), and the case says so.

GX spends ~5 ms per expectation whatever the data size, so a module fixture
remembers the GX result of each (table, data) pair: a case only pays for the
tables it changed.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from transforms import validate as v
from transforms.tables import TABLE_NAMES, TABLES, arrow_schema, empty_frame, frame

ROOT = Path(__file__).resolve().parents[1]
A = "kst-36360-X-1"
B = "ah-tk-20232024-2129"
SCRIPT = "Zie de bijlage <script>alert('x')</script> & co."


# --- good tables -----------------------------------------------------------------


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def good_rows() -> dict[str, list[dict]]:
    documents = [
        dict(document_id=A, document_type="Kamerstuk", title="Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2024",
             dossier="36360-X", ondernummer="1", vergaderjaar="2023-2024", kamer="Tweede Kamer", publication_date=date(2023, 9, 19),
             source_url="https://zoek.officielebekendmakingen.nl/kst-36360-X-1.xml", source_format="xml", source_sha256="a" * 64, version=1),
        dict(document_id=B, document_type="Aanhangsel van de Handelingen", title="Vragen over het tekort aan verpleegkundigen",
             dossier=None, ondernummer=None, vergaderjaar="2023-2024", kamer="Tweede Kamer", publication_date=date(2024, 3, 1),
             source_url="file:ah-tk-20232024-2129.pdf", source_format="pdf", source_sha256="0123456789abcdef" * 4, version=2),
    ]
    sections = [
        dict(section_id=f"{A}:s1", document_id=A, number="1", title="Inleiding", level=1, parent_id=None, position=1),
        dict(section_id=f"{A}:s2", document_id=A, number="2", title="Personeel", level=1, parent_id=None, position=2),
        dict(section_id=f"{A}:s3", document_id=A, number="2.1", title="Werving", level=2, parent_id=f"{A}:s2", position=3),
    ]
    texts = {
        A: [
            ("De begroting van Defensie stijgt in 2024 met € 1,2 miljard naar € 21,4 miljard.", f"{A}:s1", "body", None),
            ("Het kabinet zal voor de zomer van 2024 een wervingsplan naar de Kamer sturen. Dat plan richt zich op jongeren.", f"{A}:s2", "body", None),
            ("Het aantal vacatures daalde met 12,5% tot circa 9.000 fte.", f"{A}:s3", "body", None),
            ("Werving | 2023 | 2024", f"{A}:s3", "table_row", None),
        ],
        B: [
            ("Bent u bekend met het bericht dat het tekort aan verpleegkundigen oploopt tot 40.000?", None, "question", 1),
            ("Ja. Wij verwachten dat het tekort in 2030 met 150% is gegroeid. Ik zal de Kamer eind 2024 informeren over de voortgang.", None, "answer", 1),
            (SCRIPT, None, "footnote", 2),
        ],
    }
    paragraphs = [
        dict(paragraph_id=f"{did}:p{i + 1}", document_id=did, section_id=sid, position=i + 1, text=text, page=page, role=role)
        for did, rows in texts.items()
        for i, (text, sid, role, page) in enumerate(rows)
    ]
    text = {p["paragraph_id"]: p["text"] for p in paragraphs}

    def figure(did, n, p, raw, sentence, **kw):
        start, end = _span(text[f"{did}:p{p}"], raw)
        return dict(figure_id=f"{did}:f{n}", document_id=did, paragraph_id=f"{did}:p{p}", sentence=sentence, char_start=start, char_end=end,
                    raw=raw, approximate=kw.pop("approximate", False), **kw)

    def commitment(did, n, p, sentence, **kw):
        start, end = _span(text[f"{did}:p{p}"], sentence)
        return dict(commitment_id=f"{did}:c{n}", document_id=did, paragraph_id=f"{did}:p{p}", sentence=sentence, char_start=start, char_end=end,
                    **{"method": "rule", **kw})

    figures = [
        figure(A, 1, 1, "€ 1,2 miljard", text[f"{A}:p1"], value=1.2e9, kind="money", unit="EUR", period="2024"),
        figure(A, 2, 1, "€ 21,4 miljard", text[f"{A}:p1"], value=21.4e9, kind="money", unit="EUR", period="2024"),
        figure(A, 3, 3, "12,5%", text[f"{A}:p3"], value=12.5, kind="percentage", unit="%"),
        figure(A, 4, 3, "circa 9.000 fte", text[f"{A}:p3"], value=9000.0, kind="fte", unit="fte", approximate=True),
        figure(B, 1, 1, "40.000", text[f"{B}:p1"], value=40000.0, kind="count", unit="verpleegkundigen"),
        figure(B, 2, 2, "150%", "Wij verwachten dat het tekort in 2030 met 150% is gegroeid.", value=150.0, kind="percentage", unit="%", period="2030"),
    ]
    commitments = [
        commitment(A, 1, 2, "Het kabinet zal voor de zomer van 2024 een wervingsplan naar de Kamer sturen.", kind="promise", actor="het kabinet",
                   cue="zal", deadline="voor de zomer van 2024", due_date=date(2024, 6, 21)),
        commitment(B, 1, 2, "Ik zal de Kamer eind 2024 informeren over de voortgang.", kind="promise", actor="de minister", cue="zal",
                   deadline="eind 2024", due_date=date(2024, 12, 31)),
        commitment(B, 2, 2, "Wij verwachten dat het tekort in 2030 met 150% is gegroeid.", kind="target", actor="de minister", cue="verwachten"),
    ]
    return dict(documents=documents, sections=sections, paragraphs=paragraphs, figures=figures, commitments=commitments)


def good_tables() -> dict[str, pd.DataFrame]:
    return {name: frame(name, rows) for name, rows in good_rows().items()}


@pytest.fixture(scope="module", autouse=True)
def remember_gx_results():
    """Run GX once per distinct (table, data, parameters); later cases reuse the result."""
    original = v._Runner.run
    seen: dict[tuple, tuple] = {}

    def run(self, name, df, parameters):
        key = (name, tuple(df.columns), tuple(map(str, df.dtypes)), repr(df.to_dict("list")), repr(sorted(parameters.items())))
        if key not in seen:
            seen[key] = original(self, name, df, parameters)
        checks, raw = seen[key]
        return copy.deepcopy(checks), raw

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(v._Runner, "run", run)
        yield


@pytest.fixture(scope="module")
def good_report() -> v.ValidationReport:
    return v.validate_tables(good_tables())


# --- planting defects ----------------------------------------------------------------

ID_COLUMNS = ("document_id", "section_id", "parent_id", "paragraph_id", "figure_id", "commitment_id")


def row(t, table: str, key: str) -> int:
    """Index of the row with this key."""
    df = t[table]
    return int(df.index[df[TABLES[table].key] == key][0])


def put(table: str, key: str, **values) -> Callable:
    def plant(t):
        i = row(t, table, key)
        for column, value in values.items():
            t[table].loc[i, column] = value

    return plant


def rename(old: str, new: str) -> Callable:
    """An id changed everywhere it occurs, also inside the ids that embed it (a consistent rename)."""

    def renamed(value):
        if isinstance(value, str) and (value == old or value.startswith(old + ":")):
            return new + value[len(old) :]
        return value

    def plant(t):
        for df in t.values():
            for column in ID_COLUMNS:
                if column in df.columns:
                    df[column] = pd.Series([renamed(x) for x in df[column].tolist()], index=df.index, dtype="string")

    return plant


def append(table: str, key: str | None = None, **values) -> Callable:
    """A new row: a copy of the row with `key` (or a fresh one) with `values`."""

    def plant(t):
        df = t[table]
        base = df.loc[row(t, table, key)].to_dict() if key else {}
        t[table] = frame(table, df.to_dict("records") + [{**base, **values}])

    return plant


def both(*plants: Callable) -> Callable:
    def plant(t):
        for p in plants:
            p(t)

    return plant


def shift(table: str, key: str, column: str, delta: int) -> Callable:
    def plant(t):
        i = row(t, table, key)
        t[table].loc[i, column] = t[table].loc[i, column] + delta

    return plant


def retype(table: str, column: str) -> Callable:
    """The column holds the right values in the wrong type."""
    kind = next(c.type for c in TABLES[table].columns if c.name == column)

    def plant(t):
        col = t[table][column]
        if kind in ("string", "boolean"):
            t[table][column] = col.astype(object)  # plain Python objects, not the nullable dtype
        elif kind == "integer":
            t[table][column] = col.astype("Float64")
        elif kind == "number":
            t[table][column] = col.astype("float64")
        elif kind == "date":
            t[table][column] = col.map(lambda d: None if d is None else d.isoformat()).astype(object)

    return plant


def null(table: str, column: str) -> Callable:
    """A required value missing. For a key: an extra row without one (so no reference breaks)."""
    key = TABLES[table].key
    first = {"documents": B, "sections": f"{A}:s1", "paragraphs": f"{A}:p4", "figures": f"{A}:f1", "commitments": f"{B}:c2"}[table]
    if column == key:
        return append(table, first, **{key: None})
    return put(table, first, **{column: None})


SPACE_IN_A_P1 = _span("De begroting", " ")

# (name, defect, failing checks, expect_rows)
CASES: list[tuple[str, Callable, set[str], bool]] = []


def case(name: str, plant: Callable, *failing: str, expect_rows: bool = True) -> None:
    CASES.append((name, plant, set(failing), expect_rows))


# Types and required values, for every column of the contract.
for _t, _table in TABLES.items():
    for _c in _table.columns:
        # a date range cannot be checked on text, and says so
        _also = [f"{_t}.range.{_c.name}"] if _c.type == "date" else []
        case(f"{_t}.{_c.name} wrong type", retype(_t, _c.name), f"{_t}.type.{_c.name}", *_also)
        if _c.required:
            case(f"{_t}.{_c.name} missing", null(_t, _c.name), f"{_t}.not_null.{_c.name}")

# Columns
case("documents.title dropped", lambda t: t.update(documents=t["documents"].drop(columns=["title"])), "documents.columns_in_order", "documents.type.title")
case("sections extra column", lambda t: t["sections"].insert(7, "depth", 1), "sections.columns_in_order")
case("paragraphs columns reordered", lambda t: t.update(paragraphs=t["paragraphs"][["document_id", "paragraph_id", *TABLES["paragraphs"].column_names[2:]]]), "paragraphs.columns_in_order")
case("figures columns reordered", lambda t: t.update(figures=t["figures"][TABLES["figures"].column_names[::-1]]), "figures.columns_in_order")
case("commitments column dropped", lambda t: t.update(commitments=t["commitments"].drop(columns=["cue"])), "commitments.columns_in_order", "commitments.type.cue")

# Row counts: where the input had documents, documents and paragraphs may not be empty.
case("everything empty", lambda t: t.update({n: empty_frame(n) for n in TABLE_NAMES}), "documents.row_count", "paragraphs.row_count")

# Keys
for _t, _key in {"documents": B, "sections": f"{A}:s1", "paragraphs": f"{A}:p4", "figures": f"{A}:f1", "commitments": f"{B}:c2"}.items():
    case(f"{_t} duplicate row", append(_t, _key), f"{_t}.unique.{TABLES[_t].key}")

# Identifier patterns
case("document id not official, renamed everywhere", rename(A, "KST-36360-X-1"), "documents.pattern.document_id",
     # the child ids embed the document id, so their patterns fail too
     "sections.pattern.section_id", "paragraphs.pattern.paragraph_id", "figures.pattern.figure_id", "commitments.pattern.commitment_id")
case("local document id posing as official", rename(B, "kst-vragen-verpleegkundigen"), "documents.pattern.document_id",
     "paragraphs.pattern.paragraph_id", "figures.pattern.figure_id", "commitments.pattern.commitment_id")
case("section id with leading zero", rename(f"{A}:s1", f"{A}:s01"), "sections.pattern.section_id")
case("paragraph id with another letter", rename(f"{A}:p4", f"{A}:r4"), "paragraphs.pattern.paragraph_id")
case("figure id zero", rename(f"{A}:f1", f"{A}:f0"), "figures.pattern.figure_id")
case("commitment id with suffix", rename(f"{B}:c2", f"{B}:c2a"), "commitments.pattern.commitment_id")
case("sha256 in capitals", put("documents", A, source_sha256="A" * 64), "documents.pattern.source_sha256")
case("sha256 too short", put("documents", B, source_sha256="abc123"), "documents.pattern.source_sha256")

# Closed lists
case("unknown source format", put("documents", A, source_format="docx"), "documents.in_set.source_format")
case("unknown paragraph role", put("paragraphs", f"{A}:p4", role="sidebar"), "paragraphs.in_set.role")
case("unknown figure kind", put("figures", f"{A}:f1", kind="ratio"), "figures.in_set.kind")
case("unknown commitment kind", put("commitments", f"{A}:c1", kind="wish"), "commitments.in_set.kind")
case("unknown commitment method", put("commitments", f"{A}:c1", method="guess"), "commitments.in_set.method")

# Ranges
case("version 0", put("documents", A, version=0), "documents.range.version")
case("publication date before 1814", put("documents", A, publication_date=date(1700, 1, 1)), "documents.range.publication_date")
case("publication date far ahead", put("documents", B, publication_date=date(2200, 1, 1)), "documents.range.publication_date")
case("section level 0", put("sections", f"{A}:s1", level=0), "sections.range.level")
case("section position 0", put("sections", f"{A}:s2", position=0), "sections.range.position")
case("paragraph position 0", put("paragraphs", f"{A}:p2", position=0), "paragraphs.range.position")
case("page 0", put("paragraphs", f"{B}:p1", page=0), "paragraphs.range.page")
case("blank paragraph", put("paragraphs", f"{A}:p4", text="  \t"), "paragraphs.non_blank.text")
case("figure starts before the text", put("figures", f"{A}:f3", char_start=-1), "figures.range.char_start")
case("figure span empty", put("figures", f"{A}:f3", char_start=40, char_end=40), "figures.offsets_ordered")
case("figure span reversed", put("figures", f"{B}:f1", char_start=80, char_end=70), "figures.offsets_ordered")
case("blank raw (offsets on a space)", put("figures", f"{A}:f1", raw=" ", char_start=SPACE_IN_A_P1[0], char_end=SPACE_IN_A_P1[1]), "figures.non_blank.raw")
case("empty figure sentence", put("figures", f"{A}:f2", sentence=""), "figures.non_blank.sentence")
case("percentage above a hundredfold", put("figures", f"{A}:f3", value=12500.0), "figures.percentage_range.value")
case("percentage below -100", put("figures", f"{B}:f2", value=-150.0), "figures.percentage_range.value")
case("percentage value_from out of range", put("figures", f"{B}:f2", value_from=1e6), "figures.percentage_range.value_from")
case("commitment starts before the text", put("commitments", f"{A}:c1", char_start=-5), "commitments.range.char_start")
case("commitment span reversed", put("commitments", f"{B}:c1", char_start=100, char_end=10), "commitments.offsets_ordered")
case("blank commitment sentence (offsets on a space)", put("commitments", f"{A}:c1", sentence=" ", char_start=3, char_end=4), "commitments.non_blank.sentence")
case("due date before 1990", put("commitments", f"{A}:c1", due_date=date(1989, 12, 31)), "commitments.range.due_date")
case("due date after 2100", put("commitments", f"{B}:c1", due_date=date(2101, 1, 1)), "commitments.range.due_date")

# Cross-table checks
case("document without paragraphs", append("documents", A, document_id="kst-36360-X-2", source_sha256="b" * 64), "documents.have_paragraphs")
case("section id names another document", rename(f"{A}:s3", f"{B}:s3"), "sections.id_matches_document")
case("paragraph id names another document", rename(f"{A}:p4", f"{B}:p9"), "paragraphs.id_matches_document")
case("figure id names another document", rename(f"{A}:f4", f"{B}:f9"), "figures.id_matches_document")
case("commitment id names another document", rename(f"{A}:c1", f"{B}:c9"), "commitments.id_matches_document")
case("section of an unknown document", append("sections", f"{A}:s1", section_id="kst-1-1:s1", document_id="kst-1-1"), "sections.document_exists")
case("section parent missing", put("sections", f"{A}:s3", parent_id=f"{A}:s9"), "sections.parent_exists")
case("section parent in another document", append("sections", f"{A}:s3", section_id=f"{B}:s1", document_id=B, position=1), "sections.parent_same_document")
case("section parent as deep as the section", put("sections", f"{A}:s3", level=1), "sections.parent_shallower")
case("section its own parent", put("sections", f"{A}:s1", parent_id=f"{A}:s1"), "sections.parent_shallower")
case("paragraph of an unknown document", append("paragraphs", f"{A}:p4", paragraph_id="kst-1-1:p1", document_id="kst-1-1", section_id=None), "paragraphs.document_exists")
case("paragraph in a missing section", put("paragraphs", f"{A}:p4", section_id=f"{A}:s9"), "paragraphs.section_exists")
case("paragraph in another document's section", put("paragraphs", f"{B}:p3", section_id=f"{A}:s1"), "paragraphs.section_same_document")
case("figure in a missing paragraph", put("figures", f"{A}:f4", paragraph_id=f"{A}:p99"), "figures.paragraph_exists")
case("figure's document is not its paragraph's", both(rename(f"{A}:f1", f"{B}:f9"), put("figures", f"{B}:f9", document_id=B)), "figures.paragraph_same_document")
case("figure offsets one off", shift("figures", f"{A}:f1", "char_end", 1), "figures.raw_matches_text")
case("figure raw differs from the text", put("figures", f"{A}:f3", raw="12,6%"), "figures.raw_matches_text")
case("figure offsets past the end of the text", put("figures", f"{B}:f1", char_start=200, char_end=206), "figures.raw_matches_text")
case("commitment in a missing paragraph", put("commitments", f"{B}:c2", paragraph_id=f"{B}:p99"), "commitments.paragraph_exists")
case("commitment's document is not its paragraph's", both(rename(f"{A}:c1", f"{B}:c9"), put("commitments", f"{B}:c9", document_id=B)), "commitments.paragraph_same_document")
case("commitment sentence offsets one off", shift("commitments", f"{B}:c1", "char_start", 1), "commitments.sentence_matches_text")
case("commitment sentence paraphrased", put("commitments", f"{A}:c1", sentence="Het kabinet stuurt voor de zomer van 2024 een wervingsplan naar de Kamer."), "commitments.sentence_matches_text")

# Not defects: what the rules deliberately allow.
case("empty input, no rows expected", lambda t: t.update({n: empty_frame(n) for n in TABLE_NAMES}), expect_rows=False)
case("no sections, figures or commitments", lambda t: t.update(sections=empty_frame("sections"), figures=empty_frame("figures"), commitments=empty_frame("commitments"),
                                                              paragraphs=t["paragraphs"].assign(section_id=pd.Series([None] * len(t["paragraphs"]), dtype="string"))))
case("growth above 100 %", put("figures", f"{B}:f2", value=950.0))
case("large number in percentage points, not %", put("figures", f"{A}:f3", value=25000.0, unit="procentpunt"))
case("local document id", rename(B, "notulen-2024-03-01.txt"))


def checks_for_test() -> set[str]:
    names = {c.name for c in v.CROSS_CHECKS}
    for spec in v.load_suites().values():
        names |= {e["meta"]["name"] for e in spec["expectations"]}
    return names


def test_case_names_are_unique():
    names = [c[0] for c in CASES]
    assert len(names) == len(set(names))


def test_every_check_has_a_defect_that_trips_it():
    tripped = set().union(*(failing for _, _, failing, _ in CASES))
    assert checks_for_test() - tripped == set()
    assert tripped - checks_for_test() == set()


def test_good_tables_pass(good_report):
    assert good_report.success, good_report.summary()
    assert {c.name for c in good_report.checks} == checks_for_test()
    assert good_report.statistics["unsuccessful_checks"] == 0
    assert good_report.statistics["rows"] == {"documents": 2, "sections": 3, "paragraphs": 7, "figures": 6, "commitments": 3}


@pytest.mark.parametrize(("plant", "failing", "expect_rows"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_defect_fails_exactly_its_checks(plant, failing, expect_rows):
    tables = good_tables()
    plant(tables)
    report = v.validate_tables(tables, expect_rows=expect_rows)
    failed = {c.name for c in report.failures}
    assert failed == failing, report.summary()
    assert report.success is (not failing)
    for check in report.failures:  # the cross-table checks report defects, they do not break on them
        assert check.source != "cross_table" or check.exception is None, check.describe()


# --- the report ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_report() -> v.ValidationReport:
    tables = good_tables()
    put("figures", f"{A}:f3", value=12500.0)(tables)
    shift("figures", f"{A}:f1", "char_end", 1)(tables)
    put("paragraphs", f"{A}:p4", role="<script>alert(1)</script>")(tables)
    return v.validate_tables(tables)


def test_result_structure(bad_report):
    assert not bad_report.success
    pct = bad_report.check("figures.percentage_range.value")
    assert (pct.table, pct.expectation_type, pct.success, pct.unexpected_count) == ("figures", "expect_column_values_to_be_between", False, 1)
    assert pct.kwargs["max_value"] == 10_000 and pct.element_count == 2  # the rows with kind percentage and unit %
    assert pct.examples == [{"figure_id": f"{A}:f3", "value": 12500.0}]
    raw = bad_report.check("figures.raw_matches_text")
    assert (raw.expectation_type, raw.unexpected_count, raw.element_count) == ("cross_table", 1, 6)
    assert raw.examples[0]["raw"] == "€ 1,2 miljard" and raw.examples[0]["text[char_start:char_end]"] == "€ 1,2 miljard "
    stats = bad_report.statistics
    assert stats["unsuccessful_checks"] == 3 and stats["evaluated_checks"] == len(bad_report.checks)


def test_missing_column_is_reported_plainly():
    tables = good_tables()
    tables["documents"] = tables["documents"].drop(columns=["title"])
    report = v.validate_tables(tables)
    assert report.check("documents.type.title").exception == "missing column 'title'"
    order = report.check("documents.columns_in_order")
    assert order.exception is None and "title" not in order.observed_value


def test_json_is_serialisable_and_has_raw_gx_results(bad_report, tmp_path):
    data = json.loads(json.dumps(bad_report.to_json_dict()))
    assert data["success"] is False
    assert set(data["great_expectations_results"]) == set(TABLE_NAMES)
    gx_figures = data["great_expectations_results"]["figures"]
    assert gx_figures["success"] is False
    failed = [r for r in gx_figures["results"] if not r["success"]]
    assert [r["expectation_config"]["meta"]["name"] for r in failed] == ["figures.percentage_range.value"]
    assert failed[0]["result"]["unexpected_count"] == 1
    names = [c["name"] for c in data["checks"]]
    assert "figures.raw_matches_text" in names and len(names) == len(set(names))


def test_summary_names_check_table_count_and_examples(bad_report):
    text = bad_report.summary()
    assert "\n" not in text
    assert text.startswith("Validation FAILED: 3 of ")
    assert "[figures] figures.percentage_range.value" in text and "1 of 6 rows" in text and "12500.0" in text
    assert "[figures] figures.raw_matches_text" in text and "€ 1,2 miljard" in text
    assert "[paragraphs] paragraphs.in_set.role" in text
    assert str(v.ValidationFailed(bad_report)) == text
    assert v.ValidationFailed(bad_report).report is bad_report


def test_summary_when_passing(good_report):
    assert good_report.summary().startswith(f"Validation passed: all {len(good_report.checks)} checks succeeded")


def test_html_is_self_contained_escaped_and_complete(bad_report):
    html = bad_report.to_html()
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html.lower()  # not even the planted one: it is escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "<link" not in html.lower() and "@import" not in html and "url(" not in html
    for check in bad_report.checks:
        assert f'id="{check.name}"' in html
    assert "FAILED" in html and "figures.percentage_range.value" in html


def test_html_escapes_paragraph_text_in_examples():
    """A figure whose offsets land on the footnote's <script>: the example shows that text, escaped."""
    tables = good_tables()
    start = SCRIPT.index("<script>")
    put("figures", f"{B}:f2", paragraph_id=f"{B}:p3", char_start=start, char_end=SCRIPT.index("</script>") + 9)(tables)
    report = v.validate_tables(tables)
    check = report.check("figures.raw_matches_text")
    assert not check.success and check.examples[0]["text[char_start:char_end]"] == "<script>alert('x')</script>"
    html = report.to_html()
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_write_report(bad_report, tmp_path):
    v.write_report(bad_report, tmp_path / "out")
    data = json.loads((tmp_path / "out" / "validation.json").read_text(encoding="utf-8"))
    assert data["success"] is False and data["summary"] == bad_report.summary()
    assert (tmp_path / "out" / "validation.html").read_text(encoding="utf-8") == bad_report.to_html()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["validation.html", "validation.json"]


# --- loading -----------------------------------------------------------------------------


def write_parquet(df: pd.DataFrame, name: str, path: Path) -> None:
    pq.write_table(pa.Table.from_pandas(df, schema=arrow_schema(name), preserve_index=False), path)


def write_csv(df: pd.DataFrame, name: str, path: Path) -> None:
    out = df.copy()
    for c in TABLES[name].columns:
        if c.type == "boolean":
            out[c.name] = out[c.name].map({True: "true", False: "false"})
    out.to_csv(path, index=False, encoding="utf-8")


def assert_same_tables(loaded: dict[str, pd.DataFrame], expected: dict[str, pd.DataFrame]) -> None:
    assert list(loaded) == list(TABLE_NAMES)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(loaded[name], expected[name], check_dtype=True)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_load_tables_round_trip(tmp_path, fmt):
    tables = good_tables()
    for name, df in tables.items():
        (write_parquet if fmt == "parquet" else write_csv)(df, name, tmp_path / f"{name}.{fmt}")
    loaded = v.load_tables(tmp_path)
    assert_same_tables(loaded, tables)
    report = v.validate_folder(tmp_path)
    assert report.success, report.summary()


def test_load_tables_prefers_parquet(tmp_path):
    tables = good_tables()
    for name, df in tables.items():
        write_parquet(df, name, tmp_path / f"{name}.parquet")
        stale = df.head(0) if name == "figures" else df
        write_csv(stale, name, tmp_path / f"{name}.csv")
    assert len(v.load_tables(tmp_path)["figures"]) == 6


def test_load_tables_names_the_missing_table(tmp_path):
    for name, df in good_tables().items():
        if name != "commitments":
            write_parquet(df, name, tmp_path / f"{name}.parquet")
    with pytest.raises(FileNotFoundError, match=r"commitments\.parquet or commitments\.csv"):
        v.load_tables(tmp_path)


def test_validate_folder_reports_an_unloadable_table(tmp_path):
    for name, df in good_tables().items():
        if name != "sections":
            write_parquet(df, name, tmp_path / f"{name}.parquet")
    (tmp_path / "figures.parquet").write_bytes(b"not parquet")
    report = v.validate_folder(tmp_path)
    assert not report.success
    failed = {c.name for c in report.failures}
    assert {"sections.loaded", "figures.loaded"} <= failed
    assert "sections.parquet" in report.check("sections.loaded").exception
    assert all(c.table not in ("sections", "figures") or c.source != "great_expectations" for c in report.checks)
    # cross-table checks that need a missing table fail with the reason rather than crash
    assert "cannot run without sections" in report.check("paragraphs.section_exists").exception
    json.dumps(report.to_json_dict())
    assert "sections.loaded" in report.to_html()


# --- process hygiene ------------------------------------------------------------------------


@pytest.mark.slow
def test_import_is_cheap_and_gx_is_quiet_on_stdout():
    """Importing transforms.validate does not import GX; validating under Airflow's logging prints nothing to stdout."""
    code = (
        "import sys, airflow, transforms.validate as v\n"
        "assert 'great_expectations' not in sys.modules\n"
        "from tests.test_validate import good_tables\n"
        "report = v.validate_tables(good_tables())\n"
        "assert report.success, report.summary()\n"
        "bad = good_tables()\n"
        "bad['figures'] = bad['figures'].drop(columns=['raw'])\n"
        "bad['documents'].loc[0, 'version'] = 0\n"
        "assert not v.validate_tables(bad).success\n"
        "sys.stderr.write('OK\\n')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == "", done.stdout[:3000]
    assert "OK" in done.stderr
