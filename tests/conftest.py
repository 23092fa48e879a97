"""Shared fixtures. The corpus is read from ../shared/corpus beside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "samples"
BIN = Path(sys.executable).parent

# Airflow reads its configuration when first imported: give the tests their own
# home and metadata database, never the one `make run` uses.
AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="kamerdata-airflow-"))
os.environ["AIRFLOW_HOME"] = str(AIRFLOW_HOME)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
for var in ("KAMERDATA_SOURCE", "KAMERDATA_OUT", "KAMERDATA_DATA"):
    os.environ.pop(var, None)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus; tests that need it are skipped where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """A migrated SQLite metadata database for dag.test()."""
    subprocess.run([str(BIN / "airflow"), "db", "migrate"], check=True, capture_output=True, env=os.environ.copy())
    return AIRFLOW_HOME
