"""Agreement between two independent labellers of the same document.

A set's labels (`evaluation/<set>/<doc>.labels.json`) are the reference, a
second labeller's (`evaluation/<set>/second/<doc>.labels.json`) are scored
against them as the evaluation scores the extractor: a firm commitment is
agreed when both put a firm label on the same sentence, and a sentence one
labeller calls borderline counts neither way; a figure is agreed when both
give the same value (or value_from) in the same sentence, and neutral
figures count neither way. The F1 of the two is a ceiling for what the
extractor can be expected to reach on such text.

    python scripts/label_agreement.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.evaluate import labelled_source, normalise, prf  # noqa: E402
from transforms.extract.sentences import sentence_spans  # noqa: E402
from transforms.parse import parse_file  # noqa: E402


def sentences(labels_path: Path, labels: dict) -> list[str]:
    """The normalised sentences of the labelled text, in order."""
    name, data = labelled_source(labels_path, labels)
    doc = parse_file(name, data)
    return [normalise(p.text[s:e]) for p in doc.paragraphs for s, e in sentence_spans(p.text)]


def _where(sents: list[str], piece: str) -> int | None:
    piece = normalise(piece)
    return next((i for i, s in enumerate(sents) if piece in s), None)


def commitment_sentences(sents: list[str], labels: dict) -> tuple[set[int], set[int]]:
    """(firm, borderline) sentence indexes of the commitments labelled."""
    firm: set[int] = set()
    borderline: set[int] = set()
    for label in labels.get("commitments", []):
        i = _where(sents, label["sentence_contains"])
        if i is not None:
            (borderline if label.get("borderline") else firm).add(i)
    return firm, borderline


def figure_values(sents: list[str], labels: dict) -> tuple[set[tuple[int, float]], set[tuple[int, float]]]:
    """(firm, neutral) (sentence index, value) pairs of the figures labelled."""
    out: tuple[set[tuple[int, float]], set[tuple[int, float]]] = (set(), set())
    for key, dest in (("figures", out[0]), ("neutral_figures", out[1])):
        for label in labels.get(key, []):
            i = _where(sents, label["sentence_contains"])
            if i is None:
                continue
            dest.add((i, float(label["value"])))
            if label.get("value_from") is not None:
                dest.add((i, float(label["value_from"])))
    return out


def agreement(reference: Path, second: Path) -> dict[str, tuple[int, int, int]]:
    """(agreed, second only, reference only) for commitments and figures of one document."""
    ref, sec = json.loads(reference.read_text()), json.loads(second.read_text())
    sents = sentences(reference, ref)
    (rf, rb), (sf, sb) = commitment_sentences(sents, ref), commitment_sentences(sents, sec)
    (rv, rn), (sv, sn) = figure_values(sents, ref), figure_values(sents, sec)
    return {
        "commitments": (len(rf & sf), len(sf - rf - rb), len(rf - sf - sb)),
        "figures": (len(rv & sv), len(sv - rv - rn), len(rv - sv - sn)),
    }


def main() -> None:
    totals = {"commitments": [0, 0, 0], "figures": [0, 0, 0]}
    for second in sorted(ROOT.glob("evaluation/*/second/*.labels.json")):
        reference = second.parent.parent / second.name
        result = agreement(reference, second)
        for what, counts in result.items():
            totals[what] = [a + b for a, b in zip(totals[what], counts)]
        print(f"{reference.parent.name}/{second.name.removesuffix('.labels.json')}: "
              + ", ".join(f"{w} agreed {a}, second only {b}, reference only {c}" for w, (a, b, c) in result.items()))
    for what, (a, b, c) in totals.items():
        print(f"{what}: agreed {a}, second only {b}, reference only {c}; F1 {prf(a, b, c)['f1']:.2f}")


if __name__ == "__main__":
    main()
