"""The learned second reader of commitments: its features, the shipped weights, where it reads, its training."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from transforms.extract.commitment_model import MODEL_FILE, Context, features, load_model
from transforms.extract.commitments import classify, extract_commitments
from transforms.model import ANSWER, COMMITMENT_KINDS, QUESTION, Document, Paragraph

ROOT = Path(__file__).resolve().parents[1]
LETTER = Context(reference_year=2023, policy=True, spoken=False, answers=False)
# sentences from a ministry's letter that no grammar rule reads as a commitment
PLANS = [
    "Daarnaast gaan we samen met provincies en gemeenten de ondergrond in beeld te brengen.",
    "Het kabinet wijst in de Nota Ruimte door heel Nederland nieuwe locaties voor grootschalige woningbouw aan.",
]


def test_features_carry_the_grammatical_signals() -> None:
    promise = features("Wij zullen uw Kamer voor de zomer van 2024 informeren.", LETTER)
    assert {"g:first+modal", "g:moment", "g:inform", "g:year-to-come", "w:zullen", "b:wij_zullen", "first:wij", "policy"} <= promise
    past = features("Als het kabinet in 2021 de regeling heeft gewijzigd, is dat gemeld.", LETTER)
    assert {"g:condition", "g:year-past", "g:perfect"} <= past
    assert "g:year-to-come" not in past and "g:first+modal" not in past
    # numbers are one token, so that the model learns no particular amount
    assert "b:<num>_procent" in features("Het aandeel steeg met 12 procent.", LETTER)
    # without a date of its own the document gives no year to compare with
    assert not {"g:year-to-come", "g:year-past"} & features("In 2030 is het doel bereikt.", Context(None, True, False, False))


def test_the_shipped_model_separates_plans_from_descriptions() -> None:
    model = load_model()
    assert model is not None and 0 < model.threshold < 1
    for sentence in PLANS:
        assert classify(sentence, None, policy=True) is None  # the rules pass it over
        assert model.accepts(features(sentence, LETTER)), sentence
    for sentence in ["Het weer was gisteren in het hele land zonnig en warm.", "In 2021 is de regeling door de Tweede Kamer besproken."]:
        assert model.probability(features(sentence, LETTER)) < 0.5, sentence


def test_in_a_letter_the_model_adds_what_the_rules_miss_with_its_method_cue_and_actor() -> None:
    doc = Document(document_id="kst-1-1", publication_date=None,
                   paragraphs=[Paragraph(text="Geachte voorzitter,"), Paragraph(text=" ".join(PLANS))])
    rows = extract_commitments(doc)
    assert [r.method for r in rows] == ["model", "model"]
    for row, sentence in zip(rows, PLANS):
        assert row.sentence == sentence and row.kind in COMMITMENT_KINDS
        assert row.cue and row.cue in sentence
    assert rows[0].cue == "gaan we" and rows[1].cue == "Het kabinet wijst"  # the finite verb beside its subject
    assert rows[0].actor == "we"


def test_in_answers_to_questions_the_model_does_not_read() -> None:
    doc = Document(document_id="ah-tk-20232024-1", paragraphs=[
        Paragraph(text="Vraag 1 Bent u bekend met het bericht?", role=QUESTION),
        Paragraph(text=" ".join(PLANS), role=ANSWER),
    ])
    assert extract_commitments(doc) == []


def test_rows_of_the_rules_say_so() -> None:
    doc = Document(document_id="kst-1-1", paragraphs=[Paragraph(text="Ik zal uw Kamer voor de zomer informeren over de uitkomsten.")])
    assert [r.method for r in extract_commitments(doc)] == ["rule"]


def test_training_learns_a_signal_and_names_the_kind() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_commitment_model import Example, train

    data = [Example("a", frozenset({"w:zal", f"w:x{i}"}), True, "promise", False, True, True) for i in range(20)]
    data += [Example("a", frozenset({"w:gaan", f"w:y{i}"}), True, "plan", False, True, True) for i in range(20)]
    data += [Example("a", frozenset({"w:was", f"w:z{i}"}), False, None, False, True, True) for i in range(40)]
    model = train(data)
    assert model.weights["w:zal"] > 0 and model.weights["w:gaan"] > 0 and model.weights["w:was"] < 0
    assert "w:x1" not in model.weights  # seen once: no weight
    assert model.kind(frozenset({"w:zal"})) == "promise" and model.kind(frozenset({"w:gaan"})) == "plan"


@pytest.mark.slow
def test_the_shipped_model_is_what_training_on_the_labelled_sets_gives(corpus: Path) -> None:
    assert MODEL_FILE.exists()
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_commitment_model.py"), "--check"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_model_never_takes_what_the_rules_rule_out_or_the_letters_own_act() -> None:
    from transforms.extract.commitments import model_may_read

    assert model_may_read(PLANS[0], glued=False)
    assert not model_may_read("Het weer was gisteren in het hele land zonnig en warm.", glued=False)  # nothing promising
    for sentence in [
        "Hierbij bied ik, mede namens de Minister van Financiën, het jaarverslag over het jaar 2025 aan.",
        "Met deze brief informeer ik uw Kamer over de bereikbaarheid van de regionale meldkamers.",
        "Als de Kamer daarom vraagt, gaan we samen met provincies de ondergrond in beeld brengen.",
        "Gaan we samen met provincies en gemeenten de ondergrond in beeld brengen?",
    ]:
        assert not model_may_read(sentence, glued=False), sentence
    letter = Document(document_id="kst-1-1", paragraphs=[Paragraph(text="Geachte voorzitter,"), Paragraph(
        text="Hierbij bied ik, mede namens de Minister van Financiën, het jaarverslag over het jaar 2025 aan.")])
    assert extract_commitments(letter) == []


def test_in_a_debate_the_words_weigh_on_their_own_too() -> None:
    spoken = features("Dat gaat dit najaar gebeuren.", Context(2024, False, True, False))
    written = features("Dat gaat dit najaar gebeuren.", Context(2024, True, False, False))
    assert "s:gaat" in spoken and "w:gaat" in spoken
    assert "w:gaat" in written and not any(f.startswith("s:") for f in written)


def test_in_a_debate_a_present_tense_of_what_is_coming_is_read_too() -> None:
    from transforms.extract.commitments import model_may_read

    # spoken, the present tense states what is coming; written, it mostly describes, and stays unread
    sentence = "Dat wetsvoorstel gaat dit najaar in consultatie."
    assert model_may_read(sentence, glued=False, spoken=True)
    assert not model_may_read(sentence, glued=False)
    assert model_may_read("De situatie wordt op de voet gevolgd.", glued=False, spoken=True)
    assert not model_may_read("Het weer was gisteren zonnig en warm.", glued=False, spoken=True)


def test_in_a_debate_the_model_reads_the_ministers_turns_only() -> None:
    doc = Document(document_id="debat-1", paragraphs=[
        Paragraph(text="[De heer Jansen (CDA):]"), Paragraph(text=" ".join(PLANS)),
        Paragraph(text="[Minister De Jonge:]"), Paragraph(text=" ".join(PLANS)),
    ])
    rows = extract_commitments(doc)
    assert rows and {r.method for r in rows} == {"model"}
    assert {r.paragraph for r in rows} == {3}  # the minister's, not the member's


DEBATE = Context(reference_year=2023, policy=False, spoken=True, answers=False)
# sentences of a minister in a debate that the rules' grammar (first person, a verb of acting) takes, and
# that are no undertaking: agreement and a manner of speaking
TALK = ["Ik continueer mijn betoog.", "Dan verscheur ik het meteen."]


def _debate(text: str) -> Document:
    return Document(document_id="debat-1", paragraphs=[Paragraph(text="[Minister De Jonge:]"), Paragraph(text=text)])


def test_in_a_debate_the_model_vetoes_the_rules_talk_but_not_in_a_letter() -> None:
    model = load_model()
    for sentence in TALK:
        assert classify(sentence, None, policy=False) is not None, sentence  # the rules take it
        assert model.vetoes(features(sentence, DEBATE)), sentence
        assert extract_commitments(_debate(sentence)) == [], sentence
        letter = Document(document_id="kst-1-1", paragraphs=[Paragraph(text="Geachte voorzitter,"), Paragraph(text=sentence)])
        assert [r.method for r in extract_commitments(letter)] == ["rule"], sentence  # in writing the rules stand
    kept = extract_commitments(_debate("Ik zal uw Kamer voor de zomer informeren over de uitkomsten."))
    assert [r.method for r in kept] == ["rule"]


def test_a_toezegging_in_so_many_words_survives_the_veto() -> None:
    sentence = "Dat zeg ik de heer Omtzigt graag toe, want daar zijn hij en ik het over eens."
    assert load_model().vetoes(features(sentence, DEBATE))  # the model alone would drop it
    rows = extract_commitments(_debate(sentence))
    assert [(r.method, r.kind) for r in rows] == [("rule", "promise")]


def test_in_a_debate_the_model_takes_more_than_in_a_letter() -> None:
    model = load_model()
    assert model.veto < 0.5 < model.spoken_threshold < model.threshold
    sentence = "Ook daarvoor moet ik de collega van EZK raadplegen."  # a minister's undertaking, missed by the rules
    assert classify(sentence, None, policy=False) is None
    assert model.spoken_threshold <= model.probability(features(sentence, DEBATE)) < model.threshold
    assert [r.method for r in extract_commitments(_debate(sentence))] == ["model"]


def test_a_sentence_after_a_rules_find_is_read_as_part_of_the_run() -> None:
    # commitments come in runs: what follows an undertaking often carries it on without a modal of its own
    # (a sentence the retrained model puts well on either side of the debate threshold, 0.6: about 0.73 after a find,
    # 0.47 after talk, in session 26; "Wij blijven dat ook zo doen." had drifted to 0.63 on its own)
    follow = "Wij blijven dat zo houden."
    assert classify(follow, None, policy=False) is None  # the rules pass it over
    assert "follows-find" in features(follow, DEBATE, follows_find=True)
    assert "follows-find" not in features(follow, DEBATE)
    after_find = extract_commitments(_debate("Ik zal uw Kamer voor de zomer informeren. " + follow))
    assert [(r.method, r.sentence) for r in after_find] == [("rule", "Ik zal uw Kamer voor de zomer informeren."), ("model", follow)]
    after_talk = extract_commitments(_debate("Het weer was gisteren in het hele land zonnig. " + follow))
    assert after_talk == []
