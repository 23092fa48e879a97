"""Evaluation of the extractors against the labelled documents in corpus/dev.

`load_labelled(dev_dir)` parses every labelled document with the project's own
parsers and runs the extractors; `evaluate.figures` and
`evaluate.commitments` score the rows against the labels, following the
matching rules of corpus/GUIDELINES.md: a label is matched by a row whose
sentence contains the label's `sentence_contains` piece.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from transforms.model import CELL_SEPARATOR, Commitment, Document, Figure

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Whitespace-normalised text for matching label pieces against sentences.

    A piece that ends in a line-break hyphen ("vertegenwoordi-") loses it: the
    parsers join such words, so the piece's prefix is what can match. Table
    cells joined by " | " compare as the space-separated cells of the source.
    """
    return _SPACE.sub(" ", text.replace("\u00ad", "").replace(CELL_SEPARATOR, " ")).strip().rstrip("-")


# The labelling protocol asks for `sentence_contains` pieces of at least 25 characters, so a sentence shorter
# than that ("Ik heb twee moties.", "Dat zullen we doen.") cannot carry a label: a row found in one counts
# neither way unless a (shorter) label names it.
MIN_LABELLABLE = 25


def unlabellable(sentence: str) -> bool:
    return len(normalise(sentence)) < MIN_LABELLABLE


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 (an empty side counts as perfect: nothing to find, nothing wrong)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@dataclass
class LabelledDocument:
    name: str  # the labels file's stem
    labels: dict[str, Any]
    document: Document
    figures: list[Figure]
    commitments: list[Commitment]


def label_files(dev_dir: Path) -> list[Path]:
    return sorted(dev_dir.glob("*.labels.json"))


# The shared corpus beside the checkout: where labels kept in this project
# (evaluation/heldout/) find their texts.
SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


def labelled_sets() -> list[Path]:
    """Every folder of labels: the shared dev set, then this project's sets under evaluation/."""
    return [SHARED_CORPUS / "dev", *sorted(p for p in EVALUATION.iterdir() if p.is_dir())]


def text_file_for(labels_path: Path, labels: dict[str, Any]) -> Path:
    """The labelled text: `text_file` relative to the corpus root, else the sibling .txt."""
    if labels.get("text_file"):
        beside = labels_path.parent.parent / labels["text_file"]
        return beside if beside.exists() else SHARED_CORPUS / labels["text_file"]
    return labels_path.with_name(labels_path.name.removesuffix(".labels.json") + ".txt")


def labelled_source(labels_path: Path, labels: dict[str, Any]) -> tuple[str, bytes]:
    """File name and bytes of the labelled text. A label file may point at one
    row of a CSV of texts (`text_file` + `csv_row`, 0-based, the `text_content`
    column), as in corpus/real/kamervragen-csv: that row is parsed as PDF text."""
    source = text_file_for(labels_path, labels)
    if "csv_row" not in labels:
        return source.name, source.read_bytes()
    csv.field_size_limit(1 << 30)
    with source.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if i == labels["csv_row"]:
                return f"{labels['document_id']}.txt", row["text_content"].encode("utf-8")
    raise ValueError(f"{labels_path}: {source} has no row {labels['csv_row']}")


def load_labelled(dev_dir: Path) -> list[LabelledDocument]:
    from transforms.extract.commitments import extract_commitments
    from transforms.extract.figures import extract_figures
    from transforms.parse import parse_file

    out = []
    for path in label_files(dev_dir):
        labels = json.loads(path.read_text(encoding="utf-8"))
        name, data = labelled_source(path, labels)
        doc = parse_file(name, data)
        if doc.publication_date is None and labels.get("reference_date"):
            # a text file in the corpus (the debates) lost the metadata whose date the official XML carries
            doc.publication_date = date.fromisoformat(labels["reference_date"])
        if doc.title is None and labels.get("title"):
            doc.title = labels["title"]  # likewise the title, where a stretch of PDF text starts past its title page
        out.append(
            LabelledDocument(
                name=path.name.removesuffix(".labels.json"),
                labels=labels,
                document=doc,
                figures=extract_figures(doc),
                commitments=extract_commitments(doc),
            )
        )
    return out
