"""Scoring of the figures extractor against the labelled documents (corpus/dev).

A labelled figure is found when a row from the same sentence (the row's sentence
contains the label's `sentence_contains`, whitespace-normalised) has its value
or its value_from. A row is a false find when no labelled figure, neutral figure
of its sentence explains it. A label without a value (vague "enkele zaken",
GUIDELINES: "empty where none is implied") is found by a row of its sentence
that has no value either; such rows are scored the same way. A row from a
sentence too short to be labelled (under 25 characters) counts neither way. Kind and unit accuracy are measured on the matched labels; a measure unit
matches its symbol ("meter" = "m", "kilo" = "kg"), apostrophes are compared plain
("regio’s" = "regio's"), and a count's unit matches when the head noun agrees: the
extractor gives the head noun only ("instellingen"), so a label that keeps the
adjectives before it ("academische instellingen") matches when it ends with that
noun as a word of its own. A label written with fewer decimals than the row ("33.3" for
a third, 33.33 in the row) matches at the precision it was written to.
"""

from __future__ import annotations

import re

import math
from typing import Any

from transforms.evaluate import LabelledDocument, normalise, prf, unlabellable
from transforms.extract.figures import canonical_unit, unit_text

_REL = 1e-6


def _same(row: float | None, label: float | None) -> bool:
    """The row's value equals the label's; a label written with fewer decimals ("33.3" for a third,
    which the extractor writes as 33.33) matches at the precision it was written to."""
    if row is None or label is None:
        return False
    if math.isclose(float(row), float(label), rel_tol=_REL, abs_tol=1e-9):
        return True
    decimals = _decimals(float(label))
    return decimals > 0 and abs(float(row) - float(label)) <= 0.5 * 10**-decimals + 1e-9


def _decimals(value: float) -> int:
    fraction = repr(value).partition(".")[2]
    return 0 if "e" in repr(value) or fraction in ("", "0") else len(fraction)


def _unit_key(unit: str) -> str:
    return normalise(canonical_unit(unit_text(normalise(unit)))).lower()


_LABEL_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")


def _unit_eq(a: str | None, b: str | None) -> bool:
    """Units agree when they spell the same unit: case, hyphens, spaces and the form of the
    apostrophe aside, and a measure unit written out or as its symbol ("meter" = "m", "kilo" =
    "kg", see `canonical_unit`). `a` is the row's unit, `b` the label's: the unit matches when the
    head noun agrees, i.e. when the label's unit ends with the row's as a separate word
    ("academische instellingen" ~ "instellingen"). A gloss in brackets after the label's unit is the
    labeller's note on what is counted ("dagen (vervroegd heenzenden)"), not part of the unit."""
    if a is None or b is None:
        return a == b
    ka, kb = _unit_key(a), _unit_key(_LABEL_GLOSS.sub("", b) or b)
    if ka.replace("-", "").replace(" ", "") == kb.replace("-", "").replace(" ", ""):
        return True
    return bool(ka) and kb.endswith(ka) and kb[: -len(ka)][-1:] in (" ", "-")


def _contains(sentence: str, piece: str) -> bool:
    return normalise(piece) in normalise(sentence)


def score_figures(docs: list[LabelledDocument]) -> dict[str, Any]:
    """tp/fp/fn, precision/recall/f1, kind/unit accuracy and the misses and false finds."""
    tp = fp = fn = 0
    kind_ok = unit_ok = 0
    misses: list[dict[str, Any]] = []
    false_finds: list[dict[str, Any]] = []
    wrong_kind: list[dict[str, Any]] = []
    wrong_unit: list[dict[str, Any]] = []
    per_doc: dict[str, dict[str, int]] = {}
    for doc in docs:
        labels = list(doc.labels.get("figures", []))
        # a vague amount listed under figures too (as the guidelines' worked example does) is one figure
        listed = {(normalise(f["sentence_contains"]), float(f["value"])) for f in labels if f.get("value") is not None}
        for v in doc.labels.get("vague", []):
            if v.get("value") is not None and (normalise(v["sentence_contains"]), float(v["value"])) not in listed:
                labels.append({**v, "unit": v.get("unit", "fte" if v.get("kind") == "fte" else None)})
        neutral = doc.labels.get("neutral_figures", [])
        rows = list(doc.figures)
        used: set[int] = set()
        d_tp = d_fp = d_fn = 0
        for lab in labels:
            piece = lab["sentence_contains"]
            match = None
            if lab.get("value") is None:
                match = next((k for k, row in enumerate(rows) if k not in used and row.value is None and _contains(row.sentence, piece)), None)
            # prefer a row whose value matches, then one whose value_from does
            for attr in ("value", "value_from") if lab.get("value") is not None else ():
                for k, row in enumerate(rows):
                    if k in used or not _contains(row.sentence, piece):
                        continue
                    if _same(getattr(row, attr), lab.get("value")) or (
                        attr == "value" and lab.get("value_from") is not None and _same(row.value_from, lab["value_from"]) and _same(row.value, lab.get("value"))
                    ):
                        match = k
                        break
                if match is not None:
                    break
            if match is None and lab.get("value") is not None:
                # a row already used may explain two labels (a change's value_from is also its own figure)
                for k, row in enumerate(rows):
                    if _contains(row.sentence, piece) and (_same(row.value, lab.get("value")) or _same(row.value_from, lab.get("value"))):
                        match = k
                        break
            if match is None:
                fn += 1
                d_fn += 1
                misses.append({"document": doc.name, **lab})
                continue
            used.add(match)
            tp += 1
            d_tp += 1
            row = rows[match]
            if row.kind == lab.get("kind"):
                kind_ok += 1
            else:
                wrong_kind.append({"document": doc.name, "label": lab, "kind": row.kind, "raw": row.raw})
            if _unit_eq(row.unit, lab.get("unit")):
                unit_ok += 1
            else:
                wrong_unit.append({"document": doc.name, "label": lab, "unit": row.unit, "raw": row.raw})
        for k, row in enumerate(rows):
            if k in used:
                continue
            explained = False
            if row.value is None:
                # a vague word labelled without a value ("een paar mensen") explains a row without one
                explained = any(lab.get("value") is None and _contains(row.sentence, lab["sentence_contains"])
                                for lab in labels + neutral + list(doc.labels.get("vague", [])))
            for lab in labels + neutral:
                if _contains(row.sentence, lab["sentence_contains"]) and (
                    _same(row.value, lab.get("value")) or _same(row.value, lab.get("value_from")) or _same(row.value_from, lab.get("value"))
                ):
                    explained = True
                    break
            if explained or unlabellable(row.sentence):
                continue
            fp += 1
            d_fp += 1
            false_finds.append(
                {"document": doc.name, "raw": row.raw, "value": row.value, "kind": row.kind, "unit": row.unit, "sentence": normalise(row.sentence)[:160]}
            )
        per_doc[doc.name] = {"tp": d_tp, "fp": d_fp, "fn": d_fn}
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        **prf(tp, fp, fn),
        "kind_accuracy": kind_ok / tp if tp else 0.0,
        "unit_accuracy": unit_ok / tp if tp else 0.0,
        "per_document": per_doc,
        "misses": misses,
        "false_finds": false_finds,
        "wrong_kind": wrong_kind,
        "wrong_unit": wrong_unit,
    }


def _value(value: float | None) -> str:
    """A value as printed in the report; vague words without a number ("een paar") have none."""
    return "no value" if value is None else f"{value:g}"


def format_figures(score: dict[str, Any], details: bool = True) -> str:
    lines = [
        "Figures (values)",
        f"  precision {score['precision']:.3f}  recall {score['recall']:.3f}  F1 {score['f1']:.3f}"
        f"  (tp {score['tp']}, fp {score['fp']}, fn {score['fn']})",
        f"  kind accuracy {score['kind_accuracy']:.3f}  unit accuracy {score['unit_accuracy']:.3f} (on matched figures)",
    ]
    if score.get("per_document"):
        lines.append("  per document:")
        for name, d in score["per_document"].items():
            lines.append(f"    {name:<40} tp {d['tp']:>3}  fp {d['fp']:>3}  fn {d['fn']:>3}")
    if details:
        if score["misses"]:
            lines.append("  missed:")
            for m in score["misses"]:
                lines.append(f"    [{m['document']}] {m.get('value')} {m.get('kind')} {m.get('unit')!r} in “{m['sentence_contains']}”")
        if score["false_finds"]:
            lines.append("  false finds:")
            for f in score["false_finds"]:
                lines.append(f"    [{f['document']}] {f['raw']!r} → {_value(f['value'])} {f['kind']} {f['unit']!r} in “{f['sentence']}”")
        for w in score.get("wrong_kind", []):
            lines.append(f"  wrong kind: [{w['document']}] {w['raw']!r} {w['kind']} (label {w['label'].get('kind')})")
        for w in score.get("wrong_unit", []):
            lines.append(f"  wrong unit: [{w['document']}] {w['raw']!r} {w['unit']!r} (label {w['label'].get('unit')!r})")
    return "\n".join(lines)
