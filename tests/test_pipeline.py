"""The whole flow without a scheduler: releases, quarantine, idempotence, fail-closed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from helpers import BAD_FILES, make_source, sample_ids
from transforms import pipeline
from transforms.tables import TABLE_NAMES
from transforms.validate import ValidationFailed


def settings(tmp: Path, source: Path) -> pipeline.Settings:
    return pipeline.Settings(source, tmp / "out", tmp / "data")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return make_source(tmp_path / "source")


def test_run_publishes_all_tables_and_quarantines_bad_files(tmp_path: Path, source: Path) -> None:
    s = settings(tmp_path, source)
    result = pipeline.run(s)
    assert result["status"] == "published"
    latest = (s.out / "latest").resolve()
    assert latest == (s.out / "releases" / result["release"]).resolve()
    for name in TABLE_NAMES:
        assert (latest / f"{name}.csv").exists() and (latest / f"{name}.parquet").exists()
    documents = pd.read_csv(latest / "documents.csv")
    assert set(documents["document_id"]) == sample_ids()
    assert (documents["version"] == 1).all()
    quarantine = pd.read_csv(latest / "quarantine.csv")
    assert set(quarantine["source"]) == set(BAD_FILES) | {"scanned.pdf"}
    reasons = dict(zip(quarantine["source"], quarantine["reason"].str.lower(), strict=True))
    assert "empty" in reasons["empty.xml"]
    assert "entit" in reasons["bomb.xml"] and "entit" in reasons["xxe.xml"]
    assert "text" in reasons["scanned.pdf"]
    assert "root:x:0:0" not in (latest / "paragraphs.csv").read_text()
    for name in ("figures", "commitments", "paragraphs", "sections"):
        assert len(pd.read_csv(latest / f"{name}.csv")) > 0, name


def test_datapackage_describes_every_file_exactly(tmp_path: Path, source: Path) -> None:
    s = settings(tmp_path, source)
    pipeline.run(s)
    latest = s.out / "latest"
    package = json.loads((latest / "datapackage.json").read_text())
    assert {r["path"] for r in package["resources"]} == {f"{n}.{f}" for n in TABLE_NAMES for f in ("csv", "parquet")}
    for resource in package["resources"]:
        data = (latest / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        header = pd.read_csv(latest / resource["path"].replace(".parquet", ".csv"), nrows=0).columns.tolist()
        assert [f["name"] for f in resource["schema"]["fields"]] == header
    assert (latest / "validation.html").exists() and json.loads((latest / "validation.json").read_text())["success"] is True


def test_second_run_on_same_input_publishes_nothing(tmp_path: Path, source: Path) -> None:
    s = settings(tmp_path, source)
    first = pipeline.run(s)
    second = pipeline.run(s)
    assert second["status"] == "unchanged" and second["release"] == first["release"]
    assert len(list((s.out / "releases").iterdir())) == 1


def test_runs_from_scratch_give_identical_ids_and_tables(tmp_path: Path, source: Path) -> None:
    a = settings(tmp_path / "a", source)
    b = settings(tmp_path / "b", source)
    pipeline.run(a)
    pipeline.run(b)
    for name in TABLE_NAMES:
        assert (a.out / "latest" / f"{name}.csv").read_bytes() == (b.out / "latest" / f"{name}.csv").read_bytes(), name


def test_adding_a_document_changes_no_existing_id(tmp_path: Path, source: Path) -> None:
    s = settings(tmp_path, source)
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    first_file = sorted(p for p in source.iterdir() if p.name.startswith("ah-tk"))[0]
    (lonely / first_file.name).write_bytes(first_file.read_bytes())
    pipeline.run(settings(tmp_path / "alone", lonely))
    pipeline.run(s)
    alone = pd.read_csv(tmp_path / "alone" / "out" / "latest" / "paragraphs.csv")
    together = pd.read_csv(s.out / "latest" / "paragraphs.csv")
    merged = alone.merge(together, on="paragraph_id", suffixes=("_alone", ""))
    assert len(merged) == len(alone) and (merged["text_alone"] == merged["text"]).all()


def test_changed_document_becomes_a_new_version(tmp_path: Path, source: Path) -> None:
    s = settings(tmp_path, source)
    first = pipeline.run(s)
    txt = next(p for p in source.iterdir() if p.suffix == ".txt")
    txt.write_text(txt.read_text(encoding="utf-8").replace("Antwoord 1", "Antwoord 1\nIn een correctie is dit toegevoegd.", 1), encoding="utf-8")
    second = pipeline.run(s)
    assert second["status"] == "published" and second["release"] != first["release"]
    documents = pd.read_csv(s.out / "latest" / "documents.csv").set_index("document_id")
    changes = json.loads((s.out / "latest" / "changes.json").read_text())
    assert len(changes["documents"]["updated"]) == 1
    updated = changes["documents"]["updated"][0]
    assert documents.loc[updated, "version"] == 2
    assert changes["previous_release"] == first["release"]
    assert changes["tables"]["documents"]["updated"] == 1 and changes["tables"]["documents"]["inserted"] == 0
    assert (s.out / "releases" / first["release"] / "documents.csv").exists()  # earlier release kept


def test_failing_validation_keeps_the_last_good_release(tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = settings(tmp_path, source)
    good = pipeline.run(s)
    good_files = {p.name: p.read_bytes() for p in (s.out / "latest").iterdir()}
    state = (s.data / "state.json").read_bytes()
    real_extract = pipeline.extract_rows

    def planted_defect(name: str, data: bytes, sha: str):
        rows = real_extract(name, data, sha)
        for figure in rows["figures"]:
            figure["raw"] = figure["raw"] + "X"  # provenance broken: text[start:end] != raw
        return rows

    monkeypatch.setattr(pipeline, "extract_rows", planted_defect)
    monkeypatch.setattr(pipeline, "code_fingerprint", lambda: "planted-defect")
    with pytest.raises(ValidationFailed) as failed:
        pipeline.run(s)
    assert "figures" in str(failed.value)
    assert (s.out / "latest").resolve().name == good["release"]
    assert {p.name: p.read_bytes() for p in (s.out / "latest").iterdir()} == good_files
    assert (s.data / "state.json").read_bytes() == state
    rejected = list((s.out / "rejected").iterdir())
    assert len(rejected) == 1 and (rejected[0] / "validation.html").exists()
    assert json.loads((rejected[0] / "validation.json").read_text())["success"] is False


def test_whole_real_corpus_publishes_a_valid_release(tmp_path: Path, corpus: Path) -> None:
    source = tmp_path / "real"
    source.mkdir()
    real = corpus / "real"
    files = [*real.glob("aanhangsel/*.txt"), *real.glob("moties-xml/*.xml"), *real.glob("pdf/*.pdf"), *real.glob("kamerbrief/*.txt"), *real.glob("handelingen/*.txt")]
    for f in files:
        (source / f.name).write_bytes(f.read_bytes())  # copies: links out of the source folder are refused
    result = pipeline.run(settings(tmp_path, source))
    assert result["status"] == "published"
    latest = tmp_path / "out" / "latest"
    assert json.loads((latest / "validation.json").read_text())["success"] is True
    quarantine = pd.read_csv(latest / "quarantine.csv")
    # Only the .txt twins of the three real PDFs are left out: same document id, the PDF comes first.
    assert sorted(quarantine["source"]) == sorted(f.stem + ".txt" for f in real.glob("pdf/*.pdf"))
    assert quarantine["reason"].str.contains("also given by").all()
    documents = pd.read_csv(latest / "documents.csv")
    assert len(documents) == len(files) - 3
    assert documents["document_id"].str.fullmatch(r"(kst|ah-tk)-.*|kamerbrief-.*|h-tk-.*").all()


def test_csv_resources_conform_to_their_table_schemas(tmp_path: Path, source: Path) -> None:
    """An independent check of the metadata: Frictionless validates every CSV against its Table
    Schema (types, required, enums, patterns, unique keys, foreign keys between the tables)."""
    from frictionless import validate

    s = settings(tmp_path, source)
    pipeline.run(s)
    package = json.loads((s.out / "latest" / "datapackage.json").read_text())
    csv_only = tmp_path / "csv-only"
    csv_only.mkdir()
    package["resources"] = [r for r in package["resources"] if r["format"] == "csv"]
    for resource in package["resources"]:
        (csv_only / resource["path"]).write_bytes((s.out / "latest" / resource["path"]).read_bytes())
    (csv_only / "datapackage.json").write_text(json.dumps(package))
    report = validate(csv_only / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    assert {task.name for task in report.tasks} == set(TABLE_NAMES)
