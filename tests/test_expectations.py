"""The expectation suites in expectations/*.json agree with the contract in transforms/tables.py."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from transforms.tables import DOCUMENT_ID_PATTERN, TABLE_NAMES, TABLES, paragraph_id, section_id
from transforms.validate import CROSS_CHECKS, EXPECTATIONS_DIR, load_suites

ROOT = Path(__file__).resolve().parents[1]
TYPE_LISTS = {"string": ["StringDtype"], "integer": ["Int64Dtype"], "number": ["Float64Dtype"], "boolean": ["BooleanDtype"], "date": ["date"]}


@pytest.fixture(scope="module")
def suites() -> dict[str, dict]:
    return load_suites()


def by_type(suite: dict, type_: str) -> dict[str, dict]:
    """Expectations of one type, by column."""
    return {e["kwargs"].get("column"): e for e in suite["expectations"] if e["type"] == type_}


def test_one_suite_per_table_and_nothing_else():
    assert sorted(p.stem for p in EXPECTATIONS_DIR.glob("*.json")) == sorted(TABLE_NAMES)


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_files_are_pretty_printed_with_a_stable_layout(name):
    text = (EXPECTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert list(data) == ["name", "meta", "expectations"] and data["name"] == name
    for e in data["expectations"]:
        assert list(e) == ["type", "kwargs", "meta"] and list(e["meta"]) == ["name", "notes"]


def test_files_are_what_the_generator_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("build_expectations", ROOT / "scripts" / "build_expectations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "expectations/*.json are stale: run scripts/build_expectations.py"
    assert module.main(["--out", str(tmp_path)]) == 0
    for name in TABLE_NAMES:
        assert (tmp_path / f"{name}.json").read_text(encoding="utf-8") == (EXPECTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_expectation_is_named_and_explained(suites, name):
    names = [e["meta"]["name"] for e in suites[name]["expectations"]]
    assert len(names) == len(set(names))
    assert all(n.startswith(f"{name}.") for n in names)
    for e in suites[name]["expectations"]:
        assert len(e["meta"]["notes"]) > 30, e["meta"]["name"]
    cross = [c.name for c in CROSS_CHECKS]
    assert not set(names) & set(cross) and len(cross) == len(set(cross))


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_contract_column_exists_and_has_its_type(suites, name):
    suite, table = suites[name], TABLES[name]
    (order,) = [e for e in suite["expectations"] if e["type"] == "expect_table_columns_to_match_ordered_list"]
    assert order["kwargs"]["column_list"] == table.column_names
    types = by_type(suite, "expect_column_values_to_be_in_type_list")
    assert set(types) == set(table.column_names)
    for c in table.columns:
        assert types[c.name]["kwargs"]["type_list"] == TYPE_LISTS[c.type], c.name


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_required_enum_pattern_and_key(suites, name):
    suite, table = suites[name], TABLES[name]
    assert set(by_type(suite, "expect_column_values_to_not_be_null")) == {c.name for c in table.columns if c.required}
    in_set = by_type(suite, "expect_column_values_to_be_in_set")
    assert {k: v["kwargs"]["value_set"] for k, v in in_set.items()} == {c.name: list(c.enum) for c in table.columns if c.enum}
    assert set(by_type(suite, "expect_column_values_to_be_unique")) == {table.key}
    patterns = {k: v["kwargs"]["regex"] for k, v in by_type(suite, "expect_column_values_to_match_regex").items() if v["meta"]["name"].split(".")[1] == "pattern"}
    for c in table.columns:
        if c.pattern:
            assert patterns[c.name] == c.pattern
    assert table.key in patterns


def test_row_counts_only_for_documents_and_paragraphs(suites):
    counted = {n for n, s in suites.items() if by_type(s, "expect_table_row_count_to_be_between")}
    assert counted == {"documents", "paragraphs"}
    for n in counted:
        (e,) = by_type(suites[n], "expect_table_row_count_to_be_between").values()
        assert e["kwargs"]["min_value"] == {"$PARAMETER": "min_rows"}


def test_ranges(suites):
    ranges = {e["meta"]["name"]: e["kwargs"] for s in suites.values() for e in s["expectations"] if e["type"] == "expect_column_values_to_be_between"}
    assert ranges["documents.range.publication_date"]["min_value"] == "1814-01-01"
    assert ranges["documents.range.publication_date"]["max_value"] == {"$PARAMETER": "latest_publication_date"}
    assert (ranges["commitments.range.due_date"]["min_value"], ranges["commitments.range.due_date"]["max_value"]) == ("1990-01-01", "2100-12-31")
    for column in ("value", "value_from"):
        pct = ranges[f"figures.percentage_range.{column}"]
        assert (pct["min_value"], pct["max_value"]) == (-100, 10_000)
        conditions = {(c["column"]["name"], c["operator"], c["parameter"]) for c in pct["row_condition"]["conditions"]}
        assert conditions == {("kind", "==", "percentage"), ("unit", "==", "%")}
    for name, minimum in {"documents.range.version": 1, "sections.range.level": 1, "sections.range.position": 1, "paragraphs.range.position": 1,
                          "paragraphs.range.page": 1, "figures.range.char_start": 0, "commitments.range.char_start": 0}.items():
        assert ranges[name] == {"column": name.split(".")[-1], "min_value": minimum}
    for table in ("figures", "commitments"):
        (pair,) = [e for e in suites[table]["expectations"] if e["type"] == "expect_column_pair_values_a_to_be_greater_than_b"]
        assert pair["kwargs"] == {"column_A": "char_end", "column_B": "char_start", "or_equal": False, "ignore_row_if": "either_value_is_missing"}


GOOD_DOCUMENT_IDS = ["kst-36360-X-1", "kst-36200-VII-3", "kst-21501-20-1234", "kst-36410-A-5b", "ah-tk-20232024-2129", "ah-ek-20222023-7", "notulen-2024-03-01.txt", "brief_minister"]
BAD_DOCUMENT_IDS = ["KST-36360-X-1", "kst-36360-x-1", "kst-notulen", "ah-tk-2023-1", "ah-vragen", "Notulen", "-notulen", "a b", "", "kst-1:s1"]


def test_document_id_pattern_is_the_contracts(suites):
    regex = suites["documents"]["expectations"]
    (pattern,) = [e["kwargs"]["regex"] for e in regex if e["meta"]["name"] == "documents.pattern.document_id"]
    assert pattern == DOCUMENT_ID_PATTERN
    assert all(re.search(pattern, i) for i in GOOD_DOCUMENT_IDS)
    assert not any(re.search(pattern, i) for i in BAD_DOCUMENT_IDS)


@pytest.mark.parametrize(("table", "letter"), [("sections", "s"), ("paragraphs", "p"), ("figures", "f"), ("commitments", "c")])
def test_child_id_patterns(suites, table, letter):
    key = TABLES[table].key
    (pattern,) = [e["kwargs"]["regex"] for e in suites[table]["expectations"] if e["meta"]["name"] == f"{table}.pattern.{key}"]
    for did in GOOD_DOCUMENT_IDS:
        for n in (1, 9, 10, 2345):
            assert re.search(pattern, f"{did}:{letter}{n}")
    assert re.search(pattern, section_id("kst-36360-X-1", 0) if letter == "s" else paragraph_id("kst-36360-X-1", 0).replace(":p", f":{letter}"))
    for did in BAD_DOCUMENT_IDS:
        assert not re.search(pattern, f"{did}:{letter}1"), did
    other = "p" if letter != "p" else "s"
    for bad in (f"kst-36360-X-1:{letter}0", f"kst-36360-X-1:{letter}01", f"kst-36360-X-1:{other}1", f"kst-36360-X-1:{letter}", f"kst-36360-X-1:{letter}1a", f"kst-36360-X-1:{letter}1 ", f"kst-36360-X-1{letter}1"):
        assert not re.search(pattern, bad), bad


def test_suites_load_into_great_expectations(suites):
    from transforms.validate import import_great_expectations

    gx = import_great_expectations()
    for name, spec in suites.items():
        suite = gx.ExpectationSuite(**spec)
        assert [e.meta["name"] for e in suite.expectations] == [e["meta"]["name"] for e in spec["expectations"]]
        assert suite.to_json_dict()["expectations"][0]["type"] == spec["expectations"][0]["type"]
