"""The Airflow DAGs: integrity of the whole dags/ folder, and a real run with dag.test()."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import make_source, sample_ids

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dagbag():
    try:
        from airflow.dag_processing.dagbag import DagBag
    except ImportError:  # Airflow before 3.2
        from airflow.models.dagbag import DagBag
    return DagBag(dag_folder=str(ROOT / "dags"))


def test_dags_import_without_errors(dagbag) -> None:
    assert dagbag.import_errors == {}
    assert "kamerstukken" in dagbag.dags


def test_every_dag_is_documented_and_tagged(dagbag) -> None:
    for dag_id, dag in dagbag.dags.items():
        assert dag.doc_md and len(dag.doc_md) > 200, dag_id
        assert dag.tags, dag_id


def test_io_tasks_retry_and_documents_are_mapped(dagbag) -> None:
    dag = dagbag.dags["kamerstukken"]
    tasks = {t.task_id: t for t in dag.tasks}
    assert list(tasks) == ["discover", "process_document", "assemble", "validate", "publish"]
    for io_task in ("discover", "process_document", "assemble", "publish"):
        assert tasks[io_task].retries >= 1, io_task
    assert tasks["validate"].retries == 0  # a failing validation is final, not retried
    assert type(tasks["process_document"]).__name__.endswith("MappedOperator")
    assert tasks["validate"].upstream_task_ids == {"assemble"} and tasks["publish"].upstream_task_ids == {"validate"}


def test_dag_file_import_is_cheap() -> None:
    code = (
        "import runpy, sys; runpy.run_path(sys.argv[1]);"
        "heavy = [m for m in ('transforms.pipeline', 'pandas', 'great_expectations', 'lxml', 'pypdf') if m in sys.modules];"
        "print('heavy:' + ','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(ROOT / "dags" / "kamerstukken.py")], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "heavy:"


def run_dag(tmp_path: Path, source: Path):
    from airflow.sdk import DAG  # noqa: F401  (configuration is loaded from the test AIRFLOW_HOME)

    from airflow.dag_processing.dagbag import DagBag

    dag = DagBag(dag_folder=str(ROOT / "dags")).dags["kamerstukken"]
    conf = {"source": str(source), "out": str(tmp_path / "out"), "data": str(tmp_path / "data")}
    return dag.test(run_conf=conf)


def test_dag_run_publishes_a_release(tmp_path: Path, airflow_db: Path) -> None:
    source = make_source(tmp_path / "source")
    dagrun = run_dag(tmp_path, source)
    assert dagrun.state == "success"
    states = {(ti.task_id, ti.map_index): ti.state for ti in dagrun.get_task_instances()}
    mapped = [k for k in states if k[0] == "process_document"]
    assert len(mapped) == len([p for p in source.iterdir() if p.suffix in (".xml", ".pdf", ".txt")])
    assert all(state == "success" for state in states.values())
    latest = tmp_path / "out" / "latest"
    assert set(pd.read_csv(latest / "documents.csv")["document_id"]) == sample_ids()
    assert len(pd.read_csv(latest / "quarantine.csv")) == 6
    assert json.loads((latest / "validation.json").read_text())["success"] is True


def test_dag_run_with_failing_validation_keeps_latest(tmp_path: Path, airflow_db: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture) -> None:
    from transforms import pipeline

    source = make_source(tmp_path / "source", bad=False)
    assert run_dag(tmp_path, source).state == "success"
    good = (tmp_path / "out" / "latest").resolve()
    real_extract = pipeline.extract_rows

    def planted_defect(name: str, data: bytes, sha: str):
        rows = real_extract(name, data, sha)
        for paragraph in rows["paragraphs"]:
            paragraph["document_id"] = "kst-0-0"  # points at no document
        return rows

    monkeypatch.setattr(pipeline, "extract_rows", planted_defect)
    monkeypatch.setattr(pipeline, "code_fingerprint", lambda: "planted-defect")
    dagrun = run_dag(tmp_path, source)
    assert dagrun.state == "failed"
    states = {ti.task_id: ti.state for ti in dagrun.get_task_instances() if ti.map_index < 0}
    assert states["validate"] == "failed" and states["publish"] != "success"
    assert (tmp_path / "out" / "latest").resolve() == good
    assert len(list((tmp_path / "out" / "rejected").iterdir())) == 1
    log = "".join(capfd.readouterr())
    # The task log says why: which check, which table, how many rows, examples.
    assert "Validation FAILED" in log and "paragraphs.document_exists" in log and "kst-0-0" in log
