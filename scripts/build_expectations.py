"""Write `expectations/<table>.json`, one Great Expectations suite per table.

The JSON files are what the validation runner (`transforms.validate`) loads and
what a reviewer reads in a pull request; this script only writes them from
readable Python so that they stay consistent with the contract in
`transforms/tables.py`. After changing a rule here or a column there, run

    .venv/bin/python scripts/build_expectations.py          # rewrite the files
    .venv/bin/python scripts/build_expectations.py --check  # exit 1 if stale

Per table: the contract's columns in order (which is also the column-exists
check), a type per column, not-null for required columns, the closed lists,
the id patterns, the unique key, and the value ranges below.

Every expectation carries `meta.name` (a stable check name used in reports and
tests, `<table>.<rule>[.<column>]`) and `meta.notes` (why it exists).

Two values are filled in at validation time through suite parameters
(`{"$PARAMETER": ...}`), because a static file cannot know them:
`min_rows` (1 when the input had documents, else 0) and
`latest_publication_date` (today plus one year).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from transforms.tables import LOCAL_ID_PATTERN, OFFICIAL_ID_PATTERN, TABLES, Column  # noqa: E402

EXPECTATIONS_DIR = ROOT / "expectations"

# Pandas dtypes that `transforms.tables.frame` gives each contract type. Dates
# are an object column of `datetime.date` values, which GX checks value by value.
TYPE_LISTS: dict[str, list[str]] = {
    "string": ["StringDtype"],
    "integer": ["Int64Dtype"],
    "number": ["Float64Dtype"],
    "boolean": ["BooleanDtype"],
    "date": ["date"],
}

# Figures with kind "percentage" and unit "%" hold the number before the sign.
# Below -100 is impossible for the change or share of a non-negative quantity
# (nothing falls by more than all of it). Growth can exceed 100 % (a tripling
# is +200 %) and a small base can grow by a few thousand per cent, so the upper
# bound is a hundredfold (10,000 %): above it the number is almost always a
# misread (a year, a thousands separator, two numbers run together).
PERCENT_MIN, PERCENT_MAX = -100, 10_000

PUBLICATION_DATE_MIN = "1814-01-01"  # the first Staten-Generaal under the Grondwet of 1814
DUE_DATE_MIN, DUE_DATE_MAX = "1990-01-01", "2100-12-31"


def _strip_anchors(pattern: str) -> str:
    assert pattern.startswith("^") and pattern.endswith("$"), pattern
    return pattern[1:-1]


_DOCUMENT_ID = f"(?:{_strip_anchors(OFFICIAL_ID_PATTERN)}|{_strip_anchors(LOCAL_ID_PATTERN)})"


def child_id_pattern(letter: str) -> str:
    """`<document_id>:<letter><n>`, n a positive number without leading zeros."""
    return f"^{_DOCUMENT_ID}:{letter}[1-9][0-9]*$"


KEY_PATTERNS = {
    "sections": child_id_pattern("s"),
    "paragraphs": child_id_pattern("p"),
    "figures": child_id_pattern("f"),
    "commitments": child_id_pattern("c"),
}


def expectation(type_: str, name: str, notes: str, **kwargs: Any) -> dict[str, Any]:
    return {"type": type_, "kwargs": kwargs, "meta": {"name": name, "notes": notes}}


def column_rules(table: str, c: Column) -> list[dict[str, Any]]:
    rules = [
        expectation(
            "expect_column_values_to_be_in_type_list",
            f"{table}.type.{c.name}",
            f"The contract types '{c.name}' as {c.type}; the Parquet schema and the CSV layout are generated from that type. "
            "Fails too when the column is missing (columns_in_order names it).",
            column=c.name,
            type_list=TYPE_LISTS[c.type],
        ),
    ]
    if c.required:
        rules.append(
            expectation(
                "expect_column_values_to_not_be_null",
                f"{table}.not_null.{c.name}",
                f"'{c.name}' is required by the contract: every row has a value.",
                column=c.name,
            )
        )
    if c.enum:
        rules.append(
            expectation(
                "expect_column_values_to_be_in_set",
                f"{table}.in_set.{c.name}",
                f"'{c.name}' is a closed list; a new value is a change to the contract, not something to publish silently.",
                column=c.name,
                value_set=list(c.enum),
            )
        )
    pattern = c.pattern or (KEY_PATTERNS.get(table) if c.name == TABLES[table].key else None)
    if pattern:
        rules.append(
            expectation(
                "expect_column_values_to_match_regex",
                f"{table}.pattern.{c.name}",
                "Identifiers match their official pattern: kst-<dossier>[-<part>]-<number>, ah-tk|ek-<year pair>-<number>, or a lowercase file-name slug that cannot pass for an official id"
                + (f"; '{c.name}' is <document_id>:{pattern.split(':')[-1][0]}<n>, numbered from 1 in reading order." if table in KEY_PATTERNS else "."),
                column=c.name,
                regex=pattern,
            )
        )
    if c.name == TABLES[table].key:
        rules.append(
            expectation(
                "expect_column_values_to_be_unique",
                f"{table}.unique.{c.name}",
                f"'{c.name}' is the table's primary key: other tables and consumers join on it.",
                column=c.name,
            )
        )
    return rules


def at_least(table: str, column: str, minimum: int, notes: str) -> dict[str, Any]:
    return expectation(
        "expect_column_values_to_be_between", f"{table}.range.{column}", notes, column=column, min_value=minimum
    )


def non_blank(table: str, column: str, notes: str) -> dict[str, Any]:
    return expectation(
        "expect_column_values_to_match_regex", f"{table}.non_blank.{column}", notes, column=column, regex=r"\S"
    )


def offsets_ordered(table: str, what: str) -> list[dict[str, Any]]:
    return [
        at_least(table, "char_start", 0, f"Offsets are 0-based positions in the paragraph text; a negative one would slice from the end and point at the wrong {what}."),
        expectation(
            "expect_column_pair_values_a_to_be_greater_than_b",
            f"{table}.offsets_ordered",
            f"char_end is exclusive, so char_start < char_end: an empty or reversed span cannot hold the {what}. "
            "(Rows missing either offset are left to not_null.)",
            column_A="char_end",
            column_B="char_start",
            or_equal=False,
            ignore_row_if="either_value_is_missing",
        ),
    ]


def table_rules(table: str) -> list[dict[str, Any]]:
    """Rules that are more than a column's contract entry."""
    rules: list[dict[str, Any]] = [
        expectation(
            "expect_table_columns_to_match_ordered_list",
            f"{table}.columns_in_order",
            "Every column of the contract exists, and no other: exactly the contract's columns, in its order. "
            "Consumers read columns by name, CSV readers that go by position and the generated Table Schema depend on the order; new columns are added to the contract first.",
            column_list=TABLES[table].column_names,
        )
    ]
    if table in ("documents", "paragraphs"):
        rules.append(
            expectation(
                "expect_table_row_count_to_be_between",
                f"{table}.row_count",
                "A run whose input had documents must publish documents and their paragraphs: an empty table here means parsing or assembly lost everything. "
                "min_rows is 1 when the runner is told the input had documents (expect_rows=True), else 0. "
                "Sections, figures and commitments may legitimately be empty for a small input (a motion without headings or numbers).",
                min_value={"$PARAMETER": "min_rows"},
            )
        )
    if table == "documents":
        rules += [
            at_least(table, "version", 1, "Versions count from 1 and go up by one for every changed source."),
            expectation(
                "expect_column_values_to_be_between",
                f"{table}.range.publication_date",
                f"No parliamentary document predates the Staten-Generaal of {PUBLICATION_DATE_MIN[:4]}, and none is dated more than a year ahead "
                "(latest_publication_date is today plus one year): outside that range the date was misread (a day-month swap, a two-digit year, a number taken for a date).",
                column="publication_date",
                min_value=PUBLICATION_DATE_MIN,
                max_value={"$PARAMETER": "latest_publication_date"},
            ),
        ]
    elif table == "sections":
        rules += [
            at_least(table, "level", 1, "Depth counts from 1 for top-level sections."),
            at_least(table, "position", 1, "Positions are 1-based; the section id is built from it."),
        ]
    elif table == "paragraphs":
        rules += [
            at_least(table, "position", 1, "Positions are 1-based; the paragraph id is built from it."),
            at_least(table, "page", 1, "PDF pages are numbered from 1 (empty where unknown)."),
            non_blank(table, "text", "A paragraph without any visible character is an artefact of parsing (an empty cell, a page break) and points nowhere."),
        ]
    elif table == "figures":
        rules += offsets_ordered(table, "figure")
        rules += [
            non_blank(table, "raw", "raw is the figure as written; a blank one cannot be traced back to the text."),
            non_blank(table, "sentence", "The sentence gives the figure its context; a blank one is an extraction error."),
        ]
        for column in ("value", "value_from"):
            rules.append(
                expectation(
                    "expect_column_values_to_be_between",
                    f"{table}.percentage_range.{column}",
                    f"Percentages (kind percentage, unit %) lie within {PERCENT_MIN}..{PERCENT_MAX}: nothing falls by more than 100 %, "
                    "and growth can exceed 100 % (a tripling is +200 %) but a hundredfold is where misreads begin (a year or two numbers run together).",
                    column=column,
                    min_value=PERCENT_MIN,
                    max_value=PERCENT_MAX,
                    row_condition={
                        "type": "and",
                        "conditions": [
                            {"type": "comparison", "column": {"name": "kind"}, "operator": "==", "parameter": "percentage"},
                            {"type": "comparison", "column": {"name": "unit"}, "operator": "==", "parameter": "%"},
                        ],
                    },
                )
            )
    elif table == "commitments":
        rules += offsets_ordered(table, "sentence")
        rules += [
            non_blank(table, "sentence", "The sentence is the commitment; a blank one is an extraction error."),
            expectation(
                "expect_column_values_to_be_between",
                f"{table}.range.due_date",
                f"Deadlines resolved against a document's date fall within {DUE_DATE_MIN[:4]}..{DUE_DATE_MAX[:4]}; outside that the resolution went wrong "
                "(a dossier number or an amount read as a year).",
                column="due_date",
                min_value=DUE_DATE_MIN,
                max_value=DUE_DATE_MAX,
            ),
        ]
    return rules


SUITE_NOTES = {
    "documents": "One row per document in the release.",
    "sections": "Sections of the documents.",
    "paragraphs": "Paragraphs of text; figures and commitments point into them by offsets.",
    "figures": "Quantities stated in the text.",
    "commitments": "Sentences in which the government side commits to something.",
}


def suite(table: str) -> dict[str, Any]:
    rules = [rule for c in TABLES[table].columns for rule in column_rules(table, c)] + table_rules(table)
    names = [r["meta"]["name"] for r in rules]
    assert len(names) == len(set(names)), f"duplicate check names in {table}"
    return {
        "name": table,
        "meta": {
            "notes": f"{SUITE_NOTES[table]} Generated by scripts/build_expectations.py from the contract in transforms/tables.py; "
            "loaded by transforms/validate.py, which adds the cross-table checks (references, offsets into paragraph text) that one suite cannot state.",
        },
        "expectations": rules,
    }


def render(table: str) -> str:
    return json.dumps(suite(table), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files instead of writing them")
    parser.add_argument("--out", type=Path, default=EXPECTATIONS_DIR)
    args = parser.parse_args(argv)
    stale = []
    args.out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        path = args.out / f"{table}.json"
        text = render(table)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("stale: " + ", ".join(str(p) for p in stale) + " (run scripts/build_expectations.py)", file=sys.stderr)
        return 1
    for path in stale:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
