"""Shared fixtures. The corpus is read from ../shared/corpus beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus; tests that need it are skipped where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS
