"""Scoring of extracted commitments against the labelled documents.

Matching follows shared/corpus/GUIDELINES.md: a labelled commitment is
matched by a row whose (whitespace-normalised) sentence contains the label's
`sentence_contains` piece. A row that matches no label is a false find; a
label no row matches is a miss; labels marked `borderline` and the rows that
match them count neither way, as do rows from sentences too short to be
labelled (under 25 characters, the protocol's shortest piece). Kind accuracy is over the matched labels that
are not borderline; where a label carries a `due_date`, the matched row's
due date is compared too. Finds and false finds are also counted by the
method that made them (the rules or the learned model).
"""

from __future__ import annotations

from typing import Any

from transforms.evaluate import LabelledDocument, normalise, prf, unlabellable


def commitments_labelled(ld: LabelledDocument) -> bool:
    """Whether the document's commitments were labelled at all: not in a set labelled for figures only
    (`"commitments_labelled": false`, a document by someone who is no government side, such as a company)."""
    return ld.labels.get("commitments_labelled", True) is not False


def score_commitments(docs: list[LabelledDocument]) -> dict[str, Any]:
    tp = fp = fn = 0
    kind_right = kind_total = 0
    due_right = due_total = 0
    misses: list[dict[str, Any]] = []
    false_finds: list[dict[str, Any]] = []
    wrong_kinds: list[dict[str, Any]] = []
    wrong_dates: list[dict[str, Any]] = []
    per_document: dict[str, dict[str, int]] = {}
    by_method: dict[str, dict[str, int]] = {}  # found and falsely found, by the rules and by the model
    for ld in docs:
        if not commitments_labelled(ld):
            continue
        labels = ld.labels.get("commitments") or []
        rows = [(normalise(c.sentence), c) for c in ld.commitments]
        used: set[int] = set()
        d_tp = d_fp = d_fn = 0
        for label in labels:
            piece = normalise(label["sentence_contains"])
            hits = [i for i, (sentence, _) in enumerate(rows) if piece in sentence]
            occurrence = int(label.get("occurrence", 1))
            hit = hits[occurrence - 1] if len(hits) >= occurrence else (hits[0] if hits else None)
            used.update(hits)
            if label.get("borderline"):
                continue
            if hit is None:
                d_fn += 1
                misses.append({"document": ld.name, "sentence_contains": label["sentence_contains"], "kind": label.get("kind")})
                continue
            d_tp += 1
            row = rows[hit][1]
            by_method.setdefault(row.method, {"tp": 0, "fp": 0})["tp"] += 1
            kind_total += 1
            if row.kind == label.get("kind"):
                kind_right += 1
            else:
                wrong_kinds.append({"document": ld.name, "sentence_contains": label["sentence_contains"],
                                    "expected": label.get("kind"), "found": row.kind})
            if label.get("due_date"):
                due_total += 1
                found = row.due_date.isoformat() if row.due_date else None
                if found == label["due_date"]:
                    due_right += 1
                else:
                    wrong_dates.append({"document": ld.name, "sentence_contains": label["sentence_contains"],
                                        "expected": label["due_date"], "found": found, "deadline": row.deadline})
        for i, (_, row) in enumerate(rows):
            if i not in used and not unlabellable(row.sentence):
                d_fp += 1
                by_method.setdefault(row.method, {"tp": 0, "fp": 0})["fp"] += 1
                false_finds.append({"document": ld.name, "paragraph": row.paragraph, "sentence": row.sentence,
                                    "kind": row.kind, "cue": row.cue, "method": row.method})
        tp, fp, fn = tp + d_tp, fp + d_fp, fn + d_fn
        per_document[ld.name] = {"tp": d_tp, "fp": d_fp, "fn": d_fn}
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        **prf(tp, fp, fn),
        "kind_accuracy": kind_right / kind_total if kind_total else 0.0,
        "due_date_accuracy": due_right / due_total if due_total else None,
        "due_dates": (due_right, due_total),  # right, and labelled with a due date among the matched
        "per_document": per_document,
        "by_method": by_method,
        "misses": misses,
        "false_finds": false_finds,
        "wrong_kinds": wrong_kinds,
        "wrong_due_dates": wrong_dates,
    }


def format_commitments(score: dict[str, Any]) -> str:
    lines = [
        "Commitments",
        f"  precision {score['precision']:.3f}  recall {score['recall']:.3f}  F1 {score['f1']:.3f}"
        f"  (tp {score['tp']}, fp {score['fp']}, fn {score['fn']}; borderline labels count neither way)",
        f"  kind accuracy {score['kind_accuracy']:.3f}"
        + (f"  due-date accuracy {score['due_date_accuracy']:.3f} ({score['due_dates'][0]} of {score['due_dates'][1]})"
           if score.get("due_date_accuracy") is not None else ""),
    ]
    for method, d in sorted(score.get("by_method", {}).items()):
        lines.append(f"  found by the {'rules' if method == 'rule' else method}: tp {d['tp']}, fp {d['fp']}")
    for name, d in score.get("per_document", {}).items():
        lines.append(f"    {name}: tp {d['tp']} fp {d['fp']} fn {d['fn']}")
    if score["misses"]:
        lines.append("  missed:")
        lines += [f"    [{m['document']}] ({m['kind']}) {m['sentence_contains']}" for m in score["misses"]]
    if score["false_finds"]:
        lines.append("  false finds:")
        lines += [f"    [{f['document']}] ({f['kind']}, {f['method']}, cue {f['cue']!r}) {normalise(f['sentence'])[:160]}" for f in score["false_finds"]]
    if score["wrong_kinds"]:
        lines.append("  wrong kind:")
        lines += [f"    [{w['document']}] expected {w['expected']}, found {w['found']}: {w['sentence_contains']}" for w in score["wrong_kinds"]]
    if score.get("wrong_due_dates"):
        lines.append("  wrong due date:")
        lines += [f"    [{w['document']}] expected {w['expected']}, found {w['found']} ({w['deadline']!r}): {w['sentence_contains']}"
                  for w in score["wrong_due_dates"]]
    return "\n".join(lines)
