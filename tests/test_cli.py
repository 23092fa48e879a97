"""The `kamerdata` command, run as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import make_source, sample_ids
from transforms.tables import TABLE_NAMES

KAMERDATA = str(Path(sys.executable).parent / "kamerdata")


ROOT = Path(__file__).resolve().parents[1]


def kamerdata(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KAMERDATA, *map(str, args)], capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})})


def test_run_then_run_again_exits_zero(tmp_path: Path) -> None:
    source = make_source(tmp_path / "source")
    first = kamerdata("run", "--source", source, "--out", tmp_path / "out", "--data", tmp_path / "data")
    assert first.returncode == 0, first.stderr
    assert "published release" in first.stdout
    assert "scanned.pdf" in first.stderr and "quarantined" in first.stderr  # named in the run's log
    second = kamerdata("run", "--source", source, "--out", tmp_path / "out", "--data", tmp_path / "data")
    assert second.returncode == 0, second.stderr
    assert "nothing new to publish" in second.stdout


def test_run_with_missing_source_is_a_usage_error(tmp_path: Path) -> None:
    result = kamerdata("run", "--source", tmp_path / "nope", "--out", tmp_path / "out")
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_extract_writes_tables_and_names_broken_files(tmp_path: Path) -> None:
    source = make_source(tmp_path / "source")
    files = sorted(p for p in source.iterdir() if p.suffix in (".xml", ".txt", ".pdf"))
    result = kamerdata("extract", *files, "--out", tmp_path / "tables")
    assert result.returncode == 1  # some files were broken
    assert "empty.xml: empty file" in result.stderr
    documents = pd.read_csv(tmp_path / "tables" / "documents.csv")
    assert set(documents["document_id"]) == sample_ids()
    assert not (tmp_path / "tables" / "latest").exists()
    for name in TABLE_NAMES:
        assert (tmp_path / "tables" / f"{name}.parquet").exists()


def test_validate_passes_a_release_and_fails_a_tampered_one(tmp_path: Path) -> None:
    source = make_source(tmp_path / "source", bad=False)
    assert kamerdata("run", "--source", source, "--out", tmp_path / "out", "--data", tmp_path / "data").returncode == 0
    ok = kamerdata("validate", tmp_path / "out" / "latest")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    tampered = tmp_path / "tampered"
    tampered.mkdir()
    for name in TABLE_NAMES:
        df = pd.read_csv(tmp_path / "out" / "latest" / f"{name}.csv", dtype=str, keep_default_na=False)
        if name == "figures":
            df.loc[0, "kind"] = "weight"
        df.to_csv(tampered / f"{name}.csv", index=False)
    bad = kamerdata("validate", tampered, "--report", tmp_path / "report")
    assert bad.returncode == 1
    assert "figures" in bad.stdout and "kind" in bad.stdout
    assert json.loads((tmp_path / "report" / "validation.json").read_text())["success"] is False


def test_evaluate_prints_scores(corpus: Path) -> None:
    result = kamerdata("evaluate", corpus / "dev")
    assert result.returncode == 0, result.stderr
    assert "precision" in result.stdout.lower() and "recall" in result.stdout.lower()
    assert "commitment" in result.stdout.lower() and "figure" in result.stdout.lower()


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["extract", "--help"], ["validate", "--help"], ["evaluate", "--help"]])
def test_every_command_is_documented(args: list[str]) -> None:
    result = kamerdata(*args)
    assert result.returncode == 0 and "usage: kamerdata" in result.stdout


def test_run_whose_release_fails_validation_exits_1_and_keeps_latest(tmp_path: Path) -> None:
    source = make_source(tmp_path / "source", bad=False)
    run = ["run", "--source", source, "--out", tmp_path / "out", "--data", tmp_path / "data"]
    assert kamerdata(*run).returncode == 0
    latest = tmp_path / "out" / "latest"
    good = {p.name: p.read_bytes() for p in latest.iterdir()}
    # A deployment's stricter rules (KAMERDATA_EXPECTATIONS) that the next release breaks.
    strict = tmp_path / "strict"
    shutil.copytree(ROOT / "expectations", strict)
    suite = json.loads((strict / "figures.json").read_text())
    suite["expectations"].append(
        {"type": "expect_table_row_count_to_be_between", "kwargs": {"max_value": 0}, "meta": {"name": "figures.planted.no_rows", "notes": "planted by a test"}}
    )
    (strict / "figures.json").write_text(json.dumps(suite))
    txt = next(p for p in source.iterdir() if p.suffix == ".txt")
    txt.write_text(txt.read_text(encoding="utf-8") + "\nEen regel die de bron verandert.\n", encoding="utf-8")
    failed = kamerdata(*run, env={"KAMERDATA_EXPECTATIONS": str(strict)})
    assert failed.returncode == 1
    assert "release rejected" in failed.stderr and "figures.planted.no_rows" in failed.stderr
    assert {p.name: p.read_bytes() for p in latest.iterdir()} == good
    [rejected] = (tmp_path / "out" / "rejected").iterdir()
    assert "figures.planted.no_rows" in (rejected / "validation.html").read_text()
