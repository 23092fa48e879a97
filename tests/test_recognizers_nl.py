"""The Dutch Number, Percent and Currency specs of Microsoft Recognizers-Text, run
through the project's number parser and figure finder.

Cases marked as not supported for Python (`NotSupported` / `NotSupportedByDesign`
naming python) are skipped. Pass rates measured when this was written:

- Number/NumberModel.json: every expected numeral parses with `parse_number` to its
  value (162/162).
- Number/PercentModel.json: 13/13 through `figures_in_text` (kind percentage).
- NumberWithUnit/CurrencyModel.json: 19/26 through `figures_in_text` (kind money;
  "cent" compared in euros). Failing categories, none of which a Dutch data portal
  needs: Chinese currency (kuai/mao/元), old Dutch coins (kwartje, dubbeltje,
  stuiver, "een cent" without a number), and the markka/penni sentence. Euro,
  dollar and cent amounts in digits or words ("vijf euro vijftig", "dertien euro
  en vijfenveertig cent", "€ -12", "€ 24,-", "1,7 miljard euro") pass.

A data portal cares about the euro cases; the floors below guard what passes.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from transforms.extract.figures import figures_in_text
from transforms.extract.numbers import parse_number


def _cases(corpus: Path, rel: str) -> list[dict]:
    data = json.loads((corpus / "recognizers-nl" / rel).read_text(encoding="utf-8-sig"))
    out = []
    for case in data:
        marks = f"{case.get('NotSupported') or ''} {case.get('NotSupportedByDesign') or ''}".lower()
        if "python" in marks:
            continue
        out.append(case)
    return out


def _num(s: str) -> float:
    return float(s.replace("%", "").replace(",", "."))


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def number_pass_rate(corpus: Path) -> tuple[int, int, list[str]]:
    ok = total = 0
    fails = []
    for case in _cases(corpus, "Number/NumberModel.json"):
        for res in case["Results"]:
            total += 1
            if _close(parse_number(res["Text"]), _num(res["Resolution"]["value"])):
                ok += 1
            else:
                fails.append(res["Text"])
    return ok, total, fails


def _found(text: str, kinds: tuple[str, ...]) -> list[float]:
    return [f.value for f in figures_in_text(text) if f.kind in kinds and f.value is not None]


def percent_pass_rate(corpus: Path) -> tuple[int, int, list[str]]:
    ok = total = 0
    fails = []
    for case in _cases(corpus, "Number/PercentModel.json"):
        total += 1
        want = sorted(_num(r["Resolution"]["value"]) for r in case["Results"])
        got = sorted(_found(case["Input"], ("percentage",)))
        if len(want) == len(got) and all(_close(g, w) for g, w in zip(got, want)):
            ok += 1
        else:
            fails.append(case["Input"][:60])
    return ok, total, fails


_UNIT_FACTOR = {"cent": 0.01}


def currency_pass_rate(corpus: Path) -> tuple[int, int, list[str]]:
    ok = total = 0
    fails = []
    for case in _cases(corpus, "NumberWithUnit/CurrencyModel.json"):
        total += 1
        want = []
        for r in case["Results"]:
            v = r["Resolution"].get("value")
            if v is None:
                continue
            want.append(_num(v) * _UNIT_FACTOR.get(r["Resolution"].get("unit", "").lower(), 1.0))
        got = _found(case["Input"], ("money",))
        if sorted(want) == sorted(got) or (len(want) == len(got) and all(_close(g, w) for g, w in zip(sorted(got), sorted(want)))):
            ok += 1
        else:
            fails.append(case["Input"][:60])
    return ok, total, fails


def test_number_model(corpus):
    ok, total, fails = number_pass_rate(corpus)
    assert total > 100
    assert ok / total >= 0.99, fails


def test_percent_model(corpus):
    ok, total, fails = percent_pass_rate(corpus)
    assert ok / total >= 0.99, fails


def test_currency_model(corpus):
    ok, total, fails = currency_pass_rate(corpus)
    assert ok / total >= 0.70, fails


if __name__ == "__main__":  # pragma: no cover - print the pass rates
    root = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    for name, fn in (("number", number_pass_rate), ("percent", percent_pass_rate), ("currency", currency_pass_rate)):
        ok, total, fails = fn(root)
        print(f"{name}: {ok}/{total} = {ok / total:.1%}")
        for f in fails:
            print("   fail:", f)
