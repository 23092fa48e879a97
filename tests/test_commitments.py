"""Commitments: positives per kind, the negatives of the guidelines, actors, deadlines, evaluation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from transforms.extract.commitments import classify, extract_commitments
from transforms.model import ANSWER, FOOTNOTE, HEADING, QUESTION, Document, Paragraph


def doc_of(*paragraphs: str | tuple[str, str], **meta) -> Document:
    paras = [Paragraph(text=p) if isinstance(p, str) else Paragraph(text=p[1], role=p[0]) for p in paragraphs]
    return Document(document_id="kst-1-1", paragraphs=paras, **meta)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ik zal uw Kamer voor de zomer informeren over de uitkomsten.", "promise"),
        ("Het kabinet zal in een separate brief op deze vraag ingaan.", "promise"),
        ("Dat kan ik de heer Koerhuis toezeggen.", "promise"),
        ("Op de precieze impact kom ik na de zomer terug.", "promise"),
        ("Defensie gaat het aantal relatieziekenhuizen verder uitbreiden.", "plan"),
        ("In 2023 wordt het nieuwe stelsel ingevoerd.", "plan"),
        ("Het kabinet is voornemens de regeling aan te passen.", "plan"),
        ("De Inspectie zal bij haar risicobeoordeling dit aspect een zwaardere weging geven.", "plan"),
        ("Ten eerste wil het ministerie beter inzicht krijgen in de ervaren problemen.", "plan"),
        ("Ik zet me daarbij in om het aantal uren met hoge prijzen te beperken.", "plan"),
        ("Het streefcijfer is 30% vrouwen in de instroom.", "target"),
        ("Sinds de uitbreiding van haar formatie heeft de inspectie als doel om aan 90% van de inspecties deel te nemen.", "target"),
        ("De voorbereidingen om te komen tot een Landelijk Crisisplan Defensie zijn gestart.", "progress"),
        ("Daarnaast verkent Defensie met nationale partners welke rol Defensie kan spelen.", "progress"),
        ("Het Ministerie van Financiën is momenteel bezig met de evaluatie van de werkkostenregeling.", "progress"),
        ("Deze maatregelen worden momenteel uitgewerkt in het regeerprogramma.", "progress"),
        ("De uitwerking en implementatie van de Hervormingsagenda is volop gaande.", "progress"),
    ],
)
def test_positive_kinds(sentence: str, kind: str) -> None:
    found = classify(sentence)
    assert found is not None, sentence
    assert found[0] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # realised results and descriptions
        "In 2022 zijn tientallen nieuwe vte’en van KMar en Kustwacht ingestroomd.",
        "Het rapport bevat de bevindingen van de commissie.",
        "Daarnaast heeft mijn voorganger in april 2024 het wetsvoorstel ingediend bij de Tweede Kamer.",
        "De RDW stelt jaarlijks de kostendekkende tarieven in Nederland vast.",
        # questions
        "Hoe gaat u de toenemende wachttijden in de jeugdzorg aanpakken?",
        "Bent u bereid de Kamer voor de zomer te informeren?",
        # conditions and hypotheticals
        "Indien nodig zal ik aanvullende maatregelen nemen.",
        "Als de prijzen stijgen, dan zal het kabinet ingrijpen.",
        "Een dergelijk mechanisme zou ook in Nederland kunnen worden ingevoerd.",
        # what others do or ask
        "EDEO zal voorts, met een missie naar Armenië, de mogelijkheden voor economische steun in kaart brengen.",
        "HV Borrell stelde voor dat EDEO de mogelijkheden zorgvuldig zal verkennen.",
        "De Kamer zal het wetsvoorstel na de zomer behandelen.",
        "Wij verwachten niet dat na deze uitspraak meer werkgevers zich zullen melden.",
        "Zodra de wind weer aantrekt, zal de groothandelsprijs weer dalen.",
        # motie
        "verzoekt de regering om de bezuinigingen op de zorg te schrappen,",
        # cited earlier promise
        "Daarbij is aan het lid Koerhuis toegezegd de Kamer te informeren over de registratiekosten.",
        # obligations, embedded questions, negation, text pointers
        "Eerst moet een uitvoeringsplan worden opgesteld.",
        "Het is een andere vraag of het kabinet dat via de fiscaliteit wil stimuleren.",
        "Ik zal hieronder toelichten hoe dit met elkaar samenhangt.",
        "Graag wil ik benadrukken dat de code niet dwingend is.",
    ],
)
def test_negatives(sentence: str) -> None:
    assert classify(sentence) is None, sentence


# Grammar beyond the basic cues: passives without agent, present tense with a moment to come,
# "blijven" + infinitive, "verwachten ... te", intentions, and present-tense activity of a government
# actor (a ministry, a service such as the CBR, COA or Belastingdienst). Invented sentences.
REF = date(2024, 7, 1)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # passive of informing with the Kamer as recipient, future by "zal" or by a moment to come
        ("De Kamer wordt na de zomer over de uitkomsten geïnformeerd.", "promise"),
        ("Uw Kamer zal in het voorjaar per brief worden geïnformeerd over de evaluatie.", "promise"),
        ("Zodra het advies gereed is, wordt het rapport zo spoedig mogelijk naar de Kamer gestuurd.", "promise"),
        ("Wanneer de evaluatie is afgerond, zal ik de Kamer informeren over de uitkomsten.", "promise"),
        # present tense of the first person with a moment to come
        ("Ik informeer de Kamer in het najaar over de uitkomsten van de pilot.", "promise"),
        ("Volgend jaar organiseren we een tweede ronde van regiobijeenkomsten.", "plan"),
        # "verwachten ... te" for the author's own act; intentions; pledges
        ("Ik verwacht de Kamer voor het kerstreces te informeren over de voortgang.", "promise"),
        ("Ik verwacht het wetsvoorstel in het voorjaar in consultatie te brengen.", "plan"),
        ("Het kabinet heeft de intentie om de regeling te verlengen.", "plan"),
        ("Deze uitkomst is voor mij reden om de regeling aan te passen.", "plan"),
        ("Ik zal mij blijven inzetten voor een snelle afhandeling van de aanvragen.", "promise"),
        # blijven + infinitive or "in gesprek": a continuing commitment
        ("Het ministerie blijft met de sector in gesprek over de uitvoering.", "plan"),
        ("Wij blijven de ontwikkelingen op de arbeidsmarkt nauwlettend volgen.", "plan"),
        ("Nederland blijft zich – samen met andere lidstaten – inzetten voor humanitaire toegang.", "plan"),
        # a decision still to take, a start about to be made, a passive in other words
        ("Op basis van de uitkomsten bekijk ik met de gemeenten of aanvullende maatregelen nodig zijn.", "plan"),
        ("Het CBR start dit jaar een proef met digitale examens.", "plan"),
        ("In die brief zal worden ingegaan op de aanbevelingen van de commissie.", "plan"),
        ("In het nieuwe plan zullen ook de knelpunten uit de evaluatie een plek krijgen.", "plan"),
        # work under way: present tense of an activity with a government subject, impersonal passives
        ("De Belastingdienst voert momenteel extra controles uit.", "progress"),
        ("Het ministerie is hierover in overleg met de provincies.", "progress"),
        ("Het COA zoekt samen met gemeenten naar extra opvangplekken.", "progress"),
        ("Ik voer hierover gesprekken met mijn Europese collega's.", "progress"),
        ("Nederland zet zich in voor een sterkere positie van vrouwen in vredesprocessen.", "progress"),
        ("Er lopen op dit moment gesprekken met de netbeheerders.", "progress"),
        ("Zo wordt al geïnvesteerd in de opleiding van nieuwe inspecteurs.", "progress"),
        ("Daarnaast wordt geprobeerd de wachttijden beter in kaart te brengen.", "progress"),
        ("Ik heb de inspectie gevraagd een onderzoek in te stellen.", "progress"),
    ],
)
def test_grammar_positive_kinds(sentence: str, kind: str) -> None:
    found = classify(sentence, REF)
    assert found is not None, sentence
    assert found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        # informing in this letter, by routine, or in the past
        "Met deze brief wordt u geïnformeerd over de voortgang.",
        "Uw Kamer wordt jaarlijks via het jaarverslag geïnformeerd.",
        "Uw Kamer is op 3 mei jl. over de uitkomsten geïnformeerd.",
        "Uw Kamer wordt in het najaar van 2022 over de uitkomsten geïnformeerd.",
        "Uw Kamer wordt gevraagd in te stemmen met het voorstel.",
        "Hierbij informeer ik u, mede namens de minister, over de stand van zaken voor de zomer.",
        # expectations, perception, past tense, a start dated in an earlier year
        "Na de zomer verwachten we een daling van het aantal aanvragen.",
        "Ik verwacht de resultaten in het najaar te ontvangen.",
        "Ik verwacht dat de kosten volgend jaar zullen dalen.",
        "In het najaar zien we doorgaans een stijging van het aantal meldingen.",
        "Vorig jaar organiseerden we drie bijeenkomsten.",
        "In mei 2021 zijn wij gestart met de projectprocedure.",
        # blijven as a copula, or with a subject that is not the government
        "De prijzen blijven stijgen.",
        "Ik blijf van mening dat de regeling goed werkt.",
        "Het blijft van belang dat gemeenten tijdig beginnen.",
        # what others do, routine, obligations, negation, conditions
        "In andere lidstaten wordt gekeken naar vergelijkbare maatregelen.",
        "De werkgevers zetten in op meer scholing.",
        "Bedrijven zoeken naar alternatieven voor gas.",
        "Het onderzoek start in mei.",
        "De inspectie voert jaarlijks controles uit bij alle bedrijven.",
        "Er moet worden gekeken of de regeling werkt.",
        "Ik ben niet in gesprek met de sector over een verlenging.",
        "Ik zie geen aanleiding om de regeling aan te passen.",
        "Wanneer blijkt dat de regeling niet werkt, zal ik de Kamer informeren.",
        "Mocht het advies negatief zijn, dan wordt de Kamer na de zomer geïnformeerd.",
        "Dit wordt in de hand gewerkt door het gebrek aan personeel.",
        "De eerste effecten worden op dit moment verwacht in 2026.",
    ],
)
def test_grammar_negatives(sentence: str) -> None:
    assert classify(sentence, REF) is None, sentence


def test_questions_in_aanhangsel_are_never_commitments() -> None:
    doc = doc_of(
        (HEADING, "Vraag 1"),
        (QUESTION, "Gaat u de Kamer voor de zomer informeren? Het kabinet zal dit toch gaan regelen."),
        (HEADING, "Antwoord 1"),
        (ANSWER, "Ja. Ik zal de Kamer voor de zomer informeren."),
        (FOOTNOTE, "1 Het kabinet zal de Kamer informeren, zie de brief."),
        author="Minister Hermans",
        publication_date=date(2024, 7, 17),
    )
    rows = extract_commitments(doc)
    assert [(r.paragraph, r.sentence) for r in rows] == [(3, "Ik zal de Kamer voor de zomer informeren.")]


def test_aanhangsel_without_roles_uses_vraag_antwoord_lines() -> None:
    doc = doc_of(
        "Vragen van het lid Erkens (VVD) aan de Minister voor Klimaat en Energie (ingezonden 18 juni 2024).",
        "Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 17 juli 2024).",
        "Vraag 1",
        "Het kabinet zal het toch gaan regelen, zo meldt de krant. Wat vindt u daarvan?",
        "Antwoord 1",
        "Ik zal de Kamer hierover eind dit jaar informeren.",
    )
    rows = extract_commitments(doc)
    assert len(rows) == 1
    row = rows[0]
    assert row.kind == "promise"
    assert row.actor == "Minister Hermans"
    assert row.deadline == "eind dit jaar"
    assert row.due_date == date(2024, 12, 31)


def test_actor_ik_resolves_to_author_and_offsets_are_exact() -> None:
    text = "Zoals gezegd. Conform de toezegging van mijn ambtsvoorganger zal ik de Kamer hierover eind 2024 nader informeren. Dat is alles."
    doc = doc_of((ANSWER, text), author="Minister Hermans", publication_date=date(2024, 7, 17))
    [row] = extract_commitments(doc)
    assert text[row.char_start:row.char_end] == row.sentence
    assert row.sentence.startswith("Conform de toezegging")
    assert row.actor == "Minister Hermans"
    assert row.kind == "promise"
    assert row.deadline == "eind 2024" and row.due_date == date(2024, 12, 31)
    assert row.cue and "informeren" in row.cue


def test_actor_named_subject_and_unknown_author() -> None:
    [row] = extract_commitments(doc_of("Defensie gaat het aantal relatieziekenhuizen verder uitbreiden."))
    assert row.actor == "Defensie"
    [row] = extract_commitments(doc_of("Ik zal de Kamer voor de zomer informeren."))
    assert row.actor == "Ik" and row.due_date is None  # no author, no date known


def test_vague_deadline_and_passed_moment() -> None:
    doc = doc_of(
        "Ik zal uw Kamer zo spoedig mogelijk informeren. De maatregel is op 1 juli jl. van start gegaan.",
        publication_date=date(2024, 9, 1),
    )
    first, second = extract_commitments(doc)
    assert first.deadline == "zo spoedig mogelijk" and first.due_date is None
    assert second.kind == "progress" and second.deadline is None


def test_motion_document_has_no_commitments() -> None:
    doc = doc_of(
        "De Kamer,",
        "gehoord de beraadslaging,",
        "constaterende dat het kabinet zal bezuinigen op de zorg;",
        "verzoekt de regering, de bezuinigingen te schrappen en de Kamer voor de zomer te informeren,",
        "en gaat over tot de orde van de dag.",
        document_type="Motie",
    )
    assert extract_commitments(doc) == []


def test_handelingen_only_government_speakers() -> None:
    doc = doc_of(
        "[De heer Koerhuis ( VVD ):]\nIk zal de minister hierover een brief sturen. Kan de minister dit toezeggen?",
        "[Minister Ollongren :]\nDat kan ik de heer Koerhuis toezeggen. Ik zal de Kamer de feitelijke situatie melden.",
    )
    rows = extract_commitments(doc)
    assert [r.sentence for r in rows] == [
        "Dat kan ik de heer Koerhuis toezeggen.",
        "Ik zal de Kamer de feitelijke situatie melden.",
    ]
    assert all(r.paragraph == 1 for r in rows)


def test_moties_xml_give_no_commitments(corpus: Path) -> None:
    pytest.importorskip("transforms.parse.opxml")
    from transforms.parse import parse_file

    files = sorted((corpus / "real" / "moties-xml").glob("*.xml"))
    assert files
    for path in files:
        doc = parse_file(path.name, path.read_bytes())
        assert extract_commitments(doc) == [], path.name


# The floor reached on corpus/dev (1.000 on all three at the time of writing, with the project's
# parsers); kept below that so that a parser change shows up here before the target (0.85) is missed.
F1_FLOOR = 0.90
KIND_FLOOR = 0.90


def test_evaluation_on_dev(corpus: Path) -> None:
    pytest.importorskip("transforms.parse.pdftext")
    pytest.importorskip("transforms.parse.opxml")
    pytest.importorskip("transforms.extract.figures")
    from transforms.evaluate import load_labelled
    from transforms.evaluate.commitments import format_commitments, score_commitments

    score = score_commitments(load_labelled(corpus / "dev"))
    report = format_commitments(score)
    assert score["f1"] >= F1_FLOOR, report
    assert score["kind_accuracy"] >= KIND_FLOOR, report
    for ld_name, counts in score["per_document"].items():
        if ld_name.startswith("kst-") and "36360" not in ld_name:
            assert counts["fp"] == 0, f"commitment found in motie {ld_name}"


# The floor on evaluation/tune (unseen Aanhangsel answers and moties, labelled after the extractor was
# written; 0.945 F1 and 1.000 kind accuracy when the grammar above was added). Two of its labels cross a
# sentence boundary ("beslissingen. Op basis hiervan bekijk ik ...") and cannot be matched by any row.
TUNE_F1_FLOOR = 0.85
TUNE_KIND_FLOOR = 0.90
TUNE_DIR = Path(__file__).resolve().parents[1] / "evaluation" / "tune"


def test_evaluation_on_tune(corpus: Path) -> None:
    pytest.importorskip("transforms.parse.pdftext")
    pytest.importorskip("transforms.parse.opxml")
    pytest.importorskip("transforms.extract.figures")
    from transforms.evaluate import load_labelled
    from transforms.evaluate.commitments import format_commitments, score_commitments

    if not TUNE_DIR.is_dir():
        pytest.skip("evaluation/tune not found")
    score = score_commitments(load_labelled(TUNE_DIR))
    report = format_commitments(score)
    assert score["f1"] >= TUNE_F1_FLOOR, report
    assert score["kind_accuracy"] >= TUNE_KIND_FLOOR, report
    for ld_name, counts in score["per_document"].items():
        if ld_name.startswith("kst-"):
            assert counts["fp"] == 0, f"commitment found in motie {ld_name}"
