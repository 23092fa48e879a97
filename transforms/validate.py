"""Validation: the Great Expectations gate every release passes before it is published.

The rules live in `expectations/<table>.json`, one GX 1.x ExpectationSuite per
table (written by `scripts/build_expectations.py` from the contract in
`transforms/tables.py`, reviewed as JSON). This runner loads them, validates
the assembled pandas tables with an ephemeral GX context, and adds the
cross-table checks one suite cannot state (references between tables, offsets
into the paragraph text). All results land in one `ValidationReport`:

    report = validate_tables(tables)             # dict of the five DataFrames
    report = validate_folder(Path("output/releases/7"))
    write_report(report, folder)                 # validation.json + validation.html
    if not report.success:
        raise ValidationFailed(report)           # str() is report.summary()

Great Expectations is imported lazily (importing it costs seconds), with its
info logging, progress bars and analytics switched off: under Airflow its
import otherwise prints a few hundred structlog lines to stdout. The GX
context and suites are built once per process and reused (suite parameters
carry what changes between runs); they are rebuilt when a suite file changes.
GX costs a few milliseconds per expectation whatever the data size, most of
it in result formatting, so each suite runs once with pass/fail results only
and its failed expectations again with counts and examples.
"""

from __future__ import annotations

import json
import logging
import math
import os
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from transforms.tables import TABLE_NAMES, TABLES

EXPECTATIONS_DIR = Path(__file__).resolve().parents[1] / "expectations"


def configured_expectations_dir() -> Path:
    """The suites in force: `KAMERDATA_EXPECTATIONS` (a deployment's own rules) or expectations/."""
    return Path(os.environ.get("KAMERDATA_EXPECTATIONS") or EXPECTATIONS_DIR)
EXAMPLES = 10  # unexpected examples kept per check
SUMMARY_EXAMPLES = 3  # of which the summary shows


class ValidationFailed(Exception):
    """A release that failed validation; `report` says why, str() is its summary."""

    def __init__(self, report: ValidationReport):
        super().__init__(report.summary())
        self.report = report


# --- results -------------------------------------------------------------------


@dataclass
class CheckResult:
    """One expectation or cross-table check and its outcome."""

    name: str  # stable check name: <table>.<rule>[.<column>]
    table: str
    expectation_type: str  # GX expectation type, or cross_table / table_loaded for the runner's own
    kwargs: dict[str, Any]
    notes: str
    success: bool
    unexpected_count: int | None = None
    element_count: int | None = None
    examples: list[Any] = field(default_factory=list)  # a few unexpected values or rows
    observed_value: Any = None
    exception: str | None = None
    source: str = "great_expectations"  # or "cross_table", "load"

    def to_json_dict(self) -> dict[str, Any]:
        return _jsonable(
            {
                "name": self.name,
                "table": self.table,
                "source": self.source,
                "expectation_type": self.expectation_type,
                "kwargs": self.kwargs,
                "notes": self.notes,
                "success": self.success,
                "unexpected_count": self.unexpected_count,
                "element_count": self.element_count,
                "examples": self.examples,
                "observed_value": self.observed_value,
                "exception": self.exception,
            }
        )

    def describe(self, examples: int = SUMMARY_EXAMPLES) -> str:
        """One sentence: which check on which table, how many rows, a few examples."""
        what = f"{self.name} ({self.expectation_type}"
        column = self.kwargs.get("column") or self.kwargs.get("rule")
        if not column and "column_A" in self.kwargs:
            column = f"{self.kwargs['column_A']} > {self.kwargs.get('column_B')}"
        what += f" on {column})" if column else ")"
        if self.exception:
            return f"{what}: could not be evaluated: {self.exception}"
        parts = []
        if self.unexpected_count is not None:
            of = f" of {self.element_count}" if self.element_count is not None else ""
            parts.append(f"{self.unexpected_count}{of} rows unexpected")
        if self.observed_value is not None:
            parts.append(f"observed {_short(self.observed_value, 160)}")
        if self.examples:
            shown = "; ".join(_short(e) for e in self.examples[:examples])
            more = ", ..." if len(self.examples) > examples or (self.unexpected_count or 0) > examples else ""
            parts.append(f"e.g. {shown}{more}")
        return f"{what}: " + (", ".join(parts) if parts else "failed")


@dataclass
class ValidationReport:
    success: bool
    checks: list[CheckResult]
    statistics: dict[str, Any]
    parameters: dict[str, Any]
    gx_results: dict[str, Any] = field(default_factory=dict)  # raw GX results per table
    validated_at: str = ""
    great_expectations_version: str = ""

    @property
    def failures(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.success]

    def check(self, name: str) -> CheckResult:
        for c in self.checks:
            if c.name == name:
                return c
        raise KeyError(name)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "success": self.success,
            "summary": self.summary(),
            "validated_at": self.validated_at,
            "great_expectations_version": self.great_expectations_version,
            "parameters": _jsonable(self.parameters),
            "statistics": _jsonable(self.statistics),
            "checks": [c.to_json_dict() for c in self.checks],
            "great_expectations_results": _jsonable(self.gx_results),
        }

    def summary(self, limit: int = 10) -> str:
        """The one paragraph for logs."""
        s = self.statistics
        rows = ", ".join(f"{t} {n}" for t, n in s.get("rows", {}).items())
        if self.success:
            return f"Validation passed: all {s['evaluated_checks']} checks succeeded on the tables ({rows} rows)."
        failures = self.failures
        head = f"Validation FAILED: {len(failures)} of {s['evaluated_checks']} checks failed ({rows} rows)."
        lines = [f"[{c.table}] {c.describe()}" for c in failures[:limit]]
        if len(failures) > limit:
            lines.append(f"and {len(failures) - limit} more (see validation.json)")
        return head + " " + " | ".join(lines)

    def to_html(self) -> str:
        from transforms.report_html import render_report

        return render_report(self)

    def __str__(self) -> str:
        return self.summary()


# --- loading -------------------------------------------------------------------


def load_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """The five tables from `<name>.parquet` (preferred) or `<name>.csv`, conformed to the contract.

    A missing table raises FileNotFoundError naming the files looked for.
    """
    from transforms.tableio import read_table

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: not a folder")
    return {name: read_table(name, folder) for name in TABLE_NAMES}


def validate_folder(folder: Path, *, expect_rows: bool = True) -> ValidationReport:
    """Load and validate the tables in a folder.

    A table that cannot be read (missing, unreadable, missing columns) does not
    raise: it becomes a failed `<table>.loaded` check, so that a broken release
    is rejected with a report saying why. A folder that does not exist raises
    FileNotFoundError.
    """
    from transforms.tableio import read_table

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: not a folder")
    tables: dict[str, pd.DataFrame] = {}
    errors: dict[str, str] = {}
    for name in TABLE_NAMES:
        try:
            tables[name] = read_table(name, folder)
        except (OSError, ValueError, TypeError, KeyError) as err:
            errors[name] = str(err) or type(err).__name__
    return validate_tables(tables, expect_rows=expect_rows, _load_errors=errors)


def write_report(report: ValidationReport, folder: Path) -> None:
    """`validation.json` and `validation.html` in `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    _write_atomic(folder / "validation.json", json.dumps(report.to_json_dict(), indent=2, ensure_ascii=False) + "\n")
    _write_atomic(folder / "validation.html", report.to_html())


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# --- validation ----------------------------------------------------------------


def load_suites(directory: Path = EXPECTATIONS_DIR) -> dict[str, dict[str, Any]]:
    """The suite JSON of every table, as written in `expectations/`."""
    suites = {}
    for name in TABLE_NAMES:
        path = Path(directory) / f"{name}.json"
        if not path.exists():
            raise FileNotFoundError(f"{path}: no expectation suite for table {name}")
        suites[name] = json.loads(path.read_text(encoding="utf-8"))
    return suites


def validate_tables(
    tables: dict[str, pd.DataFrame],
    *,
    expect_rows: bool = True,
    expectations_dir: Path | None = None,
    today: date | None = None,
    _load_errors: dict[str, str] | None = None,
) -> ValidationReport:
    """Validate the five tables against their suites and the cross-table checks.

    `expect_rows`: the input had documents, so documents and paragraphs must
    not be empty (sections, figures and commitments may be). `today` fixes the
    date the publication-date bound is counted from (tests).
    """
    started = time.perf_counter()
    today = today or date.today()
    parameters = {
        "expect_rows": expect_rows,
        "min_rows": 1 if expect_rows else 0,
        "latest_publication_date": _add_year(today).isoformat(),
    }
    load_errors = dict(_load_errors or {})
    for name in TABLE_NAMES:
        if name not in load_errors and not isinstance(tables.get(name), pd.DataFrame):
            load_errors[name] = f"table {name} was not given"

    runner = _runner(Path(expectations_dir) if expectations_dir else configured_expectations_dir())
    checks: list[CheckResult] = []
    gx_results: dict[str, Any] = {}
    for name in TABLE_NAMES:
        if name in load_errors:
            checks.append(
                CheckResult(
                    name=f"{name}.loaded",
                    table=name,
                    expectation_type="table_loaded",
                    kwargs={},
                    notes="The table must be present and readable before its expectations can be evaluated.",
                    success=False,
                    exception=load_errors[name],
                    source="load",
                )
            )
            continue
        table_checks, raw = runner.run(name, tables[name], parameters)
        checks += table_checks
        gx_results[name] = raw
    available = {n: t for n, t in tables.items() if n in TABLE_NAMES and n not in load_errors}
    checks += run_cross_checks(available)

    failed = sum(not c.success for c in checks)
    statistics = {
        "evaluated_checks": len(checks),
        "successful_checks": len(checks) - failed,
        "unsuccessful_checks": failed,
        "success_percent": round(100.0 * (len(checks) - failed) / len(checks), 2) if checks else 100.0,
        "rows": {n: int(len(available[n])) for n in TABLE_NAMES if n in available},
        "seconds": round(time.perf_counter() - started, 3),
    }
    return ValidationReport(
        success=failed == 0,
        checks=checks,
        statistics=statistics,
        parameters=parameters,
        gx_results=gx_results,
        validated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        great_expectations_version=runner.version,
    )


def _add_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + timedelta(days=365)


# --- the GX side -----------------------------------------------------------------


def import_great_expectations():
    """Import GX quietly: no info logging on stdout, no analytics."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    root = logging.getLogger("great_expectations")
    if root.level == logging.NOTSET or root.level < logging.WARNING:
        root.setLevel(logging.WARNING)
    import great_expectations as gx

    # Some GX modules set their own logger to INFO at import
    # (data_context.types.base); let them inherit the WARNING above.
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if name.startswith("great_expectations.") and isinstance(logger, logging.Logger):
            if logger.level != logging.NOTSET and logger.level < logging.WARNING:
                logger.setLevel(logging.NOTSET)
    return gx


class _Runner:
    """An ephemeral GX context with a pandas batch definition and the suite of each table."""

    def __init__(self, directory: Path):
        gx = import_great_expectations()
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        self.gx = gx
        self.version = gx.__version__
        self.suites = load_suites(directory)
        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            analytics_enabled=False,
            progress_bars=ProgressBarsConfig(globally=False),
        )
        self.context = gx.get_context(mode="ephemeral", project_config=config)
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = self.context.data_sources.add_pandas("kamerdata")
        # The Validator that ValidationDefinition.run uses, without run's storing of
        # every result in the context's (in-memory) results store.
        from great_expectations.validator.v1_validator import Validator

        self.validator_class = Validator
        self.batches = {}
        self.gx_suites = {}
        self.lock = threading.Lock()
        for name, spec in self.suites.items():
            self.batches[name] = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
            self.gx_suites[name] = self.context.suites.add(gx.ExpectationSuite(**{k: v for k, v in spec.items() if k != "id"}))

    def run(self, name: str, df: pd.DataFrame, parameters: dict[str, Any]) -> tuple[list[CheckResult], Any]:
        """The table's suite on df: first pass/fail only, then the failed expectations again with details.

        GX spends most of its time per expectation on result formatting, so the
        cheap BOOLEAN_ONLY pass runs everything and the SUMMARY pass (counts,
        examples, the key of each unexpected row) only what failed.
        """
        key = TABLES[name].key
        details: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": EXAMPLES}
        if key in df.columns:
            details["unexpected_index_column_names"] = [key]
        gx_parameters = {k: v for k, v in parameters.items() if k != "expect_rows"}
        with self.lock, warnings.catch_warnings():
            # The contract's id patterns have groups; pandas warns about them on every match.
            warnings.filterwarnings("ignore", message="This pattern is interpreted as a regular expression, and has match groups")
            validator = self.validator_class(
                batch_definition=self.batches[name], batch_parameters={"dataframe": df}, result_format={"result_format": "BOOLEAN_ONLY"}
            )
            result = validator.validate_expectation_suite(self.gx_suites[name], gx_parameters)
            failed = [_gx_name(r) for r in result.results if not r.success]
            if failed:
                specs = [e for e in self.suites[name]["expectations"] if e.get("meta", {}).get("name") in failed]
                validator.result_format = details
                again = validator.validate_expectation_suite(self.gx.ExpectationSuite(name=f"{name} (failed)", expectations=specs), gx_parameters)
                redone = {_gx_name(r): r for r in again.results}
                result.results = [redone.get(_gx_name(r), r) for r in result.results]
        by_name = {_gx_name(r): r for r in result.results}
        checks = [_check_from_gx(name, spec, by_name.get(spec.get("meta", {}).get("name")), df.columns) for spec in self.suites[name]["expectations"]]
        return checks, result


def _gx_name(result: Any) -> str | None:
    return (result.expectation_config.meta or {}).get("name")


def _check_from_gx(table: str, spec: dict[str, Any], r: Any, columns: Any = ()) -> CheckResult:
    key = TABLES[table].key
    meta = spec.get("meta", {})
    check = CheckResult(
        name=meta.get("name") or f"{table}.{spec['type']}",
        table=table,
        expectation_type=spec["type"],
        kwargs=spec.get("kwargs", {}),
        notes=meta.get("notes", ""),
        success=False,
    )
    if r is None:
        check.exception = "no result from Great Expectations for this expectation"
        return check
    check.success = bool(r.success)
    res = r.result or {}
    check.unexpected_count = _int_or_none(res.get("unexpected_count"))
    check.element_count = _int_or_none(res.get("element_count"))
    check.observed_value = _jsonable(res.get("observed_value"))
    indexed = res.get("partial_unexpected_index_list")
    if indexed and all(isinstance(e, dict) for e in indexed):
        # {column: value, key: id} from GX; the row's key first reads better
        check.examples = [_jsonable(dict(sorted(e.items(), key=lambda kv: kv[0] != key))) for e in indexed[:EXAMPLES]]
    elif res.get("partial_unexpected_list"):
        check.examples = [_jsonable(e) for e in res["partial_unexpected_list"][:EXAMPLES]]
    info = r.exception_info or {}
    infos = [info] if "raised_exception" in info else [v for v in info.values() if isinstance(v, dict)]
    messages = [i.get("exception_message") for i in infos if i.get("raised_exception")]
    if messages:
        check.success = False
        check.exception = "; ".join(str(m) for m in messages if m)[:500] or "raised an exception"
        absent = [c for k in ("column", "column_A", "column_B") if (c := check.kwargs.get(k)) and c not in columns]
        if absent:  # GX's own message for this is obscure ("list index out of range")
            check.exception = "missing column " + ", ".join(repr(c) for c in absent)
    return check


_RUNNER: _Runner | None = None
_RUNNER_KEY: tuple | None = None
_RUNNER_LOCK = threading.Lock()


def _runner(directory: Path) -> _Runner:
    """The cached runner, rebuilt when a suite file changes."""
    global _RUNNER, _RUNNER_KEY
    key = (str(directory.resolve()),) + tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(directory.glob("*.json"))
    )
    with _RUNNER_LOCK:
        if _RUNNER is None or _RUNNER_KEY != key:
            _RUNNER = _Runner(directory)
            _RUNNER_KEY = key
        return _RUNNER


# --- cross-table checks ----------------------------------------------------------
#
# Vectorised over object arrays: key lookups go through one hash index per
# (table, key) per run (`_Tables.keyed`), so 600k paragraphs cost well under a
# second. Each check evaluates only the rows it can judge; a row whose defect
# another check reports (a missing paragraph, offsets out of order) is left to
# that check, so that one defect shows up once.


@dataclass(frozen=True)
class CrossCheck:
    name: str
    table: str
    rule: str
    notes: str
    columns: dict[str, tuple[str, ...]]  # the columns it reads, per table
    run: Callable[[_Tables], tuple[int, int, list[dict[str, Any]]]]


CROSS_CHECKS: list[CrossCheck] = []


def _cross(name: str, rule: str, notes: str, columns: dict[str, tuple[str, ...]]):
    def register(fn):
        CROSS_CHECKS.append(CrossCheck(name, name.split(".")[0], rule, notes, columns, fn))
        return fn

    return register


def _values(df: pd.DataFrame, column: str) -> np.ndarray:
    """A column as an object array with None for missing values (fast to hash and compare)."""
    return df[column].to_numpy(dtype=object, na_value=None)


def _present(values: np.ndarray) -> np.ndarray:
    return np.asarray(pd.notna(values), dtype=bool)


def _numbers(df: pd.DataFrame, column: str) -> np.ndarray:
    return pd.to_numeric(df[column], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)


class _Keyed:
    """Rows of a table found by their key (the first row where a key repeats)."""

    def __init__(self, df: pd.DataFrame, key: str):
        keys = _values(df, key)
        index = pd.Index(keys, dtype=object)
        if index.is_unique and not index.hasnans:
            self.index, self.rows = index, np.arange(len(keys))
        else:
            keep = _present(keys) & ~index.duplicated()
            self.index, self.rows = pd.Index(keys[keep], dtype=object), np.flatnonzero(keep)
        self.df = df

    def positions(self, values: np.ndarray) -> np.ndarray:
        """Row position of each value, -1 where absent."""
        found = self.index.get_indexer(values)
        if not len(self.rows):
            return found  # all -1
        return np.where(found >= 0, self.rows[np.maximum(found, 0)], -1)

    def take(self, positions: np.ndarray, column: str) -> np.ndarray:
        values = _values(self.df, column)
        out = np.full(len(positions), None, dtype=object)
        hit = positions >= 0
        out[hit] = values[positions[hit]]
        return out


class _Tables(dict):
    """The tables of one run, with their key indexes built once."""

    def keyed(self, table: str, key: str) -> _Keyed:
        cache = self.__dict__.setdefault("_keyed", {})
        if (table, key) not in cache:
            cache[table, key] = _Keyed(self[table], key)
        return cache[table, key]


def _result(
    evaluated: np.ndarray, bad: np.ndarray, df: pd.DataFrame, columns: list[str], extra: dict[str, np.ndarray] | None = None
) -> tuple[int, int, list[dict[str, Any]]]:
    """(element_count, unexpected_count, examples) from boolean arrays over df's rows."""
    evaluated = np.asarray(evaluated, dtype=bool)
    bad = np.asarray(bad, dtype=bool) & evaluated
    examples = []
    for i in np.flatnonzero(bad)[:EXAMPLES]:
        row = {c: df[c].iloc[i] for c in columns}
        row.update({label: values[i] for label, values in (extra or {}).items()})
        examples.append(_jsonable(row))
    return int(np.count_nonzero(evaluated)), int(np.count_nonzero(bad)), examples


def _references(t: _Tables, table: str, key: str, column: str, parent: str, parent_key: str):
    """Every set value of table.column is a parent.parent_key."""
    df = t[table]
    values = _values(df, column)
    missing = t.keyed(parent, parent_key).positions(values) < 0
    return _result(_present(values), missing, df, [key, column])


def _same_document(t: _Tables, table: str, key: str, column: str, parent: str, parent_key: str, label: str):
    """The parent row table.column points at has the row's document_id."""
    df = t[table]
    keyed = t.keyed(parent, parent_key)
    parent_doc = keyed.take(keyed.positions(_values(df, column)), "document_id")
    doc = _values(df, "document_id")
    evaluated = _present(parent_doc) & _present(doc)
    return _result(evaluated, parent_doc != doc, df, [key, "document_id", column], {label: parent_doc})


def _id_prefix(t: _Tables, table: str, key: str):
    df = t[table]
    ids, docs = _values(df, key), _values(df, "document_id")
    prefix = np.array([i.rpartition(":")[0] if isinstance(i, str) else None for i in ids], dtype=object)
    return _result(_present(ids) & _present(docs), prefix != docs, df, [key, "document_id"])


def _span_matches(t: _Tables, table: str, key: str, column: str):
    """table.column == paragraphs.text[char_start:char_end], for rows whose offsets are usable."""
    df = t[table]
    keyed = t.keyed("paragraphs", "paragraph_id")
    text = keyed.take(keyed.positions(_values(df, "paragraph_id")), "text")
    start, end = _numbers(df, "char_start"), _numbers(df, "char_end")
    expected = _values(df, column)
    # Rows without a paragraph, a value or sane offsets are reported by their own
    # checks (paragraph_exists, not_null, range.char_start, offsets_ordered).
    with np.errstate(invalid="ignore"):
        evaluated = _present(text) & _present(expected) & (start >= 0) & (start < end)
    rows = np.flatnonzero(evaluated)
    found = np.full(len(df), None, dtype=object)
    found[rows] = [str(x)[int(s) : int(e)] for x, s, e in zip(text[rows], start[rows], end[rows])]
    bad = np.zeros(len(df), dtype=bool)
    bad[rows] = found[rows] != expected[rows]
    return _result(evaluated, bad, df, [key, "paragraph_id", "char_start", "char_end", column], {"text[char_start:char_end]": found})


@_cross(
    "documents.have_paragraphs",
    "every documents.document_id occurs in paragraphs.document_id",
    "A document without a single paragraph was not really parsed (an empty or image-only source); publishing it would hide the failure.",
    {"documents": ("document_id",), "paragraphs": ("document_id",)},
)
def _documents_have_paragraphs(t: _Tables):
    d = t["documents"]
    ids = _values(d, "document_id")
    used = pd.Index(pd.unique(_values(t["paragraphs"], "document_id")), dtype=object)
    return _result(_present(ids), used.get_indexer(ids) < 0, d, ["document_id"])


for _table, _key, _letter in (
    ("sections", "section_id", "s"),
    ("paragraphs", "paragraph_id", "p"),
    ("figures", "figure_id", "f"),
    ("commitments", "commitment_id", "c"),
):
    _cross(
        f"{_table}.id_matches_document",
        f"{_table}.{_key} starts with its own document_id + ':'",
        f"Ids are <document_id>:{_letter}<n>: a row whose id names another document than its document_id column has been attached to the wrong document.",
        {_table: (_key, "document_id")},
    )(lambda t, _table=_table, _key=_key: _id_prefix(t, _table, _key))

_cross(
    "sections.document_exists",
    "sections.document_id in documents.document_id",
    "Every section belongs to a published document.",
    {"sections": ("section_id", "document_id"), "documents": ("document_id",)},
)(lambda t: _references(t, "sections", "section_id", "document_id", "documents", "document_id"))

_cross(
    "sections.parent_exists",
    "sections.parent_id (where set) in sections.section_id",
    "A section's parent must exist, or the outline of the document is broken.",
    {"sections": ("section_id", "parent_id")},
)(lambda t: _references(t, "sections", "section_id", "parent_id", "sections", "section_id"))

_cross(
    "sections.parent_same_document",
    "the parent section belongs to the same document",
    "Sections nest within one document; a parent in another document means ids were mixed up.",
    {"sections": ("section_id", "document_id", "parent_id")},
)(lambda t: _same_document(t, "sections", "section_id", "parent_id", "sections", "section_id", "parent_document_id"))


@_cross(
    "sections.parent_shallower",
    "the parent section's level is lower than the section's",
    "A parent encloses its children, so it sits at a smaller depth; a section that is its own parent or nests under a deeper one is a parsing error.",
    {"sections": ("section_id", "parent_id", "level")},
)
def _parent_shallower(t: _Tables):
    s = t["sections"]
    keyed = t.keyed("sections", "section_id")
    parent_level = pd.to_numeric(pd.Series(keyed.take(keyed.positions(_values(s, "parent_id")), "level")), errors="coerce")
    parent_level = parent_level.to_numpy(dtype="float64", na_value=np.nan)
    level = _numbers(s, "level")
    with np.errstate(invalid="ignore"):
        bad = parent_level >= level
    return _result(~np.isnan(parent_level) & ~np.isnan(level), bad, s, ["section_id", "parent_id", "level"], {"parent_level": parent_level})


_cross(
    "paragraphs.document_exists",
    "paragraphs.document_id in documents.document_id",
    "Every paragraph belongs to a published document.",
    {"paragraphs": ("paragraph_id", "document_id"), "documents": ("document_id",)},
)(lambda t: _references(t, "paragraphs", "paragraph_id", "document_id", "documents", "document_id"))

_cross(
    "paragraphs.section_exists",
    "paragraphs.section_id (where set) in sections.section_id",
    "A paragraph that names a section must name one that exists.",
    {"paragraphs": ("paragraph_id", "section_id"), "sections": ("section_id",)},
)(lambda t: _references(t, "paragraphs", "paragraph_id", "section_id", "sections", "section_id"))

_cross(
    "paragraphs.section_same_document",
    "the paragraph's section belongs to the paragraph's document",
    "A paragraph stands in a section of its own document.",
    {"paragraphs": ("paragraph_id", "document_id", "section_id"), "sections": ("section_id", "document_id")},
)(lambda t: _same_document(t, "paragraphs", "paragraph_id", "section_id", "sections", "section_id", "section_document_id"))

for _table, _key, _column in (("figures", "figure_id", "raw"), ("commitments", "commitment_id", "sentence")):
    _cross(
        f"{_table}.paragraph_exists",
        f"{_table}.paragraph_id in paragraphs.paragraph_id",
        "Provenance: every figure and commitment points at the paragraph it was found in.",
        {_table: (_key, "paragraph_id"), "paragraphs": ("paragraph_id",)},
    )(lambda t, _table=_table, _key=_key: _references(t, _table, _key, "paragraph_id", "paragraphs", "paragraph_id"))
    _cross(
        f"{_table}.paragraph_same_document",
        f"{_table}.document_id equals the document_id of its paragraph",
        "The document a row names must be the document of the paragraph it points at "
        "(with paragraph_exists and paragraphs.document_exists this also makes its document_id exist).",
        {_table: (_key, "document_id", "paragraph_id"), "paragraphs": ("paragraph_id", "document_id")},
    )(lambda t, _table=_table, _key=_key: _same_document(t, _table, _key, "paragraph_id", "paragraphs", "paragraph_id", "paragraph_document_id"))
    _cross(
        f"{_table}.{_column}_matches_text",
        f"paragraphs.text[char_start:char_end] == {_table}.{_column}",
        f"Provenance is exact: the offsets select the {_column} in its paragraph's text, so anyone can find and check it; "
        "an offset past the end of the text fails here. (Rows with missing, negative or out-of-order offsets are left to the offset expectations.)",
        {_table: (_key, "paragraph_id", "char_start", "char_end", _column), "paragraphs": ("paragraph_id", "text")},
    )(lambda t, _table=_table, _key=_key, _column=_column: _span_matches(t, _table, _key, _column))


def run_cross_checks(tables: dict[str, pd.DataFrame]) -> list[CheckResult]:
    """Every cross-table check; one that cannot run (a table or column missing) fails with the reason."""
    tables = _Tables(tables)
    results = []
    for check in CROSS_CHECKS:
        result = CheckResult(
            name=check.name,
            table=check.table,
            expectation_type="cross_table",
            kwargs={"rule": check.rule},
            notes=check.notes,
            success=False,
            source="cross_table",
        )
        missing = [
            f"{table}.{column}" if table in tables else table
            for table, columns in check.columns.items()
            for column in (columns if table in tables else columns[:1])
            if table not in tables or column not in tables[table].columns
        ]
        if missing:
            result.exception = "cannot run without " + ", ".join(dict.fromkeys(missing))
        else:
            try:
                result.element_count, result.unexpected_count, result.examples = check.run(tables)
                result.success = result.unexpected_count == 0
            except Exception as err:  # a check that breaks must fail the gate, not crash it
                result.exception = f"{type(err).__name__}: {err}"
        results.append(result)
    return results


# --- helpers -----------------------------------------------------------------------


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _jsonable(value: Any) -> Any:
    """Plain JSON types: numpy scalars, dates, NA and tuples made serialisable."""
    if value is None or type(value) in (bool, str, int):
        return value
    if isinstance(value, float):  # also numpy.float64, a float subclass
        value = float(value)
        return value if math.isfinite(value) else None if math.isnan(value) else str(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    try:
        if value is pd.NA or value is pd.NaT:
            return None
    except TypeError:
        pass
    item = getattr(value, "item", None)
    if callable(item):  # numpy scalar
        try:
            return _jsonable(item())
        except (TypeError, ValueError):
            pass
    to_json = getattr(value, "to_json_dict", None)
    if callable(to_json):
        return _jsonable(to_json())
    return str(value)


def _short(value: Any, limit: int = 200) -> str:
    if isinstance(value, dict):
        text = ", ".join(f"{k}={v!r}" for k, v in value.items())
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
