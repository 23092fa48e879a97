"""A learned second reader for the sentences the commitment rules pass over.

The rules in `commitments.py` are precise but, on documents they were not
written for, miss about a quarter of the commitments: the government's plans
are phrased in more ways than rules list. In policy documents and debates this module
reads the `promising` government sentences the rules left alone with a logistic
regression over the sentence's words, word pairs and a few grammatical
signals (a modal or future verb, the first person or the government as
subject, a moment to come, a perfect tense, a condition), and accepts it when
the model is confident.

The weights live in `commitment_model.json`, written by
`scripts/train_commitment_model.py` from every labelled set; that script also
measures the model leaving one set out at a time (the figures are in the
README). Reading a sentence is a dictionary lookup per feature: no library, no
download.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from transforms.extract.deadlines import MONTHS

MODEL_FILE = Path(__file__).with_name("commitment_model.json")

_WORD = re.compile(r"[a-zà-öø-ÿ]+|\d+")
_GROUPS = {
    name: frozenset(words.split())
    for name, words in {
        "modal": "zal zullen wil willen ga gaan moet moeten kan kunnen",
        "first": "ik we wij mijn ons onze",
        "gov": "kabinet regering minister ministerie staatssecretaris rijk overheid",
        "negation": "niet geen nooit",
        "past": "heb hebben had hadden was waren werd werden",
        "inform": "informeren informeer geïnformeerd",
    }.items()
}
_MOMENT = re.compile(
    r"\b(?:voor|na|in|eind|begin|medio|uiterlijk|rond)\s+(?:de\s+|het\s+)?(?:zomer|najaar|voorjaar|winter|kerst|komende|volgende|"
    r"20\d\d|" + "|".join(MONTHS) + r")\b"
)
_YEAR = re.compile(r"\b20\d\d\b")
_PERFECT = re.compile(r"\b(?:heb|hebben|heeft|is|zijn)\b[^.,;]{0,60}\bge\w+(?:d|t|en)\b")
_CONDITION = re.compile(r"^\W*(?:als|indien|wanneer|mocht|mochten)\b")


_SIGNAL = re.compile(
    r"\b(?:" + "|".join(sorted(_GROUPS["first"] | _GROUPS["gov"] | _GROUPS["modal"])) + r")\b|\b20\d\d\b|" + _MOMENT.pattern
)


# in a debate the present tense states what is coming as often as a modal does ("Dat wetsvoorstel gaat dit najaar
# in consultatie", "De brief wordt volgende week verstuurd"); in written documents it mostly describes
_SPOKEN_SIGNAL = re.compile(r"\b(?:wordt|worden|gaat)\b")


def promising(sentence: str, spoken: bool = False) -> bool:
    """Whether the sentence names the first person, the government, a modal verb, a year or a moment to come
    (in a debate also a present "wordt", "worden" or "gaat"). Without any of these the model, left out set by
    set, took no more than it got wrong, so it reads only these (a third of the sentences): a cheap test that
    keeps the extractor's speed."""
    low = sentence.lower()
    return _SIGNAL.search(low) is not None or (spoken and _SPOKEN_SIGNAL.search(low) is not None)


@dataclass(frozen=True)
class Context:
    """What the model knows of the document around a sentence."""

    reference_year: int | None  # the year of the document's date
    policy: bool  # see commitments.is_policy_document
    spoken: bool  # a debate
    answers: bool  # questions and answers (Vraag n / Antwoord n)


def features(sentence: str, context: Context, follows_find: bool = False) -> frozenset[str]:
    """The sentence's features: words, word pairs, the first word, grammatical signals and the document's genre;
    in a debate each word once more as a debate's word. (Left out set by set, that raised all sets from 0.788 to
    0.790 and the debates from 0.723 to 0.725: spoken, "gaat" and "wordt" announce; written, they describe.)
    `follows_find`: the rules took the government's sentence before this one. Commitments come in runs ("Ik
    zal de Kamer voor de zomer informeren. Daarin neem ik ook de motie mee."); left out set by set this raised
    all sets from 0.791 to 0.793 and the debates from 0.727 to 0.732."""
    s = sentence.lower()
    tokens = ["<num>" if t.isdigit() else t for t in _WORD.findall(s)]
    found = {"policy" if context.policy else "no-policy", "spoken" if context.spoken else "written",
             "answers" if context.answers else "no-answers", f"length:{min(len(tokens) // 10, 5)}"}
    if follows_find:
        found.add("follows-find")
    found.update(f"w:{t}" for t in tokens)
    found.update(f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:]))
    if context.spoken:  # a word may weigh otherwise in a debate than on paper
        found.update(f"s:{t}" for t in tokens)
    if tokens:
        found.add(f"first:{tokens[0]}")
    words = set(tokens)
    found.update(f"g:{name}" for name, group in _GROUPS.items() if words & group)
    if words & _GROUPS["modal"] and words & _GROUPS["first"]:
        found.add("g:first+modal")
    if words & _GROUPS["modal"] and words & _GROUPS["gov"]:
        found.add("g:gov+modal")
    if _MOMENT.search(s):
        found.add("g:moment")
    years = [int(y) for y in _YEAR.findall(s)]
    if years and context.reference_year is not None:
        found.add("g:year-to-come" if max(years) > context.reference_year else "g:year-past")
    if _PERFECT.search(s):
        found.add("g:perfect")
    if _CONDITION.match(s):
        found.add("g:condition")
    if s.rstrip().endswith("?"):
        found.add("g:question")
    return frozenset(found)


@dataclass(frozen=True)
class CommitmentModel:
    bias: float
    weights: dict[str, float]
    threshold: float
    kind_bias: dict[str, float]
    kind_weights: dict[str, dict[str, float]]
    spoken_threshold: float  # in a debate the rules miss more, so the model may take more
    veto: float  # in a debate, a rule's find the model holds this unlikely is dropped

    def probability(self, feats: frozenset[str]) -> float:
        """How likely the sentence is a commitment of the government side."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z))

    @staticmethod
    def reads(context: Context) -> bool:
        """Whether the model reads the document's sentences at all: in policy documents (letters, strategies,
        reports) and in debates. Left out one set at a time it raised the debates from 0.723 to 0.737 (14
        sets, 1,050 firm commitments; each of the four newest, largest sets gained) once the debate sets
        had doubled; with half of them it had gained nothing. Not in answers to questions."""
        return context.policy or context.spoken

    def accepts(self, feats: frozenset[str], spoken: bool = False) -> bool:
        return self.probability(feats) >= (self.spoken_threshold if spoken else self.threshold)

    def vetoes(self, feats: frozenset[str]) -> bool:
        """Whether a debate sentence the rules took is, to the model, almost surely no commitment: the
        minister's talk about the debate and his own argument ("Ik pel het even af", "Laat ik eerst de
        maidenspeechers feliciteren"), which the rules' grammar of modal and first person cannot tell apart.
        Left out one set at a time, this raised the debates from 0.681 to 0.709 (29 sets; 24 gained, four
        older ones lost a little). In written documents it changed nothing, so there the rules stand."""
        return self.probability(feats) < self.veto

    def kind(self, feats: frozenset[str]) -> str:
        """promise, plan, target or progress: the kind whose one-against-the-rest score is highest."""
        return max(self.kind_bias, key=lambda k: self.kind_bias[k] + sum(self.kind_weights[k].get(f, 0.0) for f in feats))

    def cue(self, sentence: str, feats: frozenset[str]) -> str | None:
        """The words of the sentence that weigh most towards a commitment, as written: the heaviest word pair
        ("gaan we", "we starten"), else the heaviest word."""
        for prefix in ("b:", "w:"):
            weighed = [(self.weights.get(f, 0.0), f) for f in feats if f.startswith(prefix) and "<num>" not in f]
            for weight, feature in sorted(weighed, reverse=True):
                if weight <= 0:
                    break
                pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, feature[2:].split("_"))) + r"(?!\w)"
                m = re.search(pattern, sentence, re.IGNORECASE)
                if m:
                    return m.group(0)
        return None


def to_json(model: CommitmentModel, meta: dict) -> str:
    """The model as the JSON file the training script writes (sorted keys, rounded weights, stable diffs)."""
    return json.dumps({"meta": meta, "bias": model.bias, "threshold": model.threshold, "weights": model.weights,
                       "spoken_threshold": model.spoken_threshold, "veto": model.veto,
                       "kind_bias": model.kind_bias, "kind_weights": model.kind_weights},
                      ensure_ascii=False, sort_keys=True, indent=0) + "\n"


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> CommitmentModel | None:
    """The shipped model, or None where no model file exists (the rules then stand alone)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return CommitmentModel(bias=data["bias"], weights=data["weights"], threshold=data["threshold"],
                           kind_bias=data["kind_bias"], kind_weights=data["kind_weights"],
                           spoken_threshold=data["spoken_threshold"], veto=data["veto"])
