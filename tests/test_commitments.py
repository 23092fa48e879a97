"""Commitments: positives per kind, the negatives of the guidelines, actors, deadlines, evaluation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from transforms.extract.commitments import classify, extract_commitments
from transforms.model import ANSWER, FOOTNOTE, HEADING, QUESTION, Document, Paragraph, Section


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
        ("In die brief zal worden ingegaan op de aanbevelingen van de commissie.", "promise"),
        ("In het nieuwe plan zullen ook de knelpunten uit de evaluatie een plek krijgen.", "plan"),
        # work under way: present tense of an activity with a government subject, impersonal passives
        ("De Belastingdienst voert momenteel extra controles uit.", "progress"),
        ("Het ministerie is hierover in overleg met de provincies.", "progress"),
        ("Het COA zoekt samen met gemeenten naar extra opvangplekken.", "progress"),
        ("Ik voer hierover gesprekken met mijn Europese collega's.", "progress"),
        ("Nederland zet zich in voor een sterkere positie van vrouwen in vredesprocessen.", "plan"),  # "zet in op/voor": a plan, as most labellers read it
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


# A present-tense main clause whose subject is the government side reports work under way, whatever its
# verb of doing: the subject is found in either word order (subject-verb, or verb-subject after a first
# constituent), coordinated subjects and ministry acronyms count, and a class of verbs that report no act
# (opinion, perception, saying, referring, state, possession, auxiliaries) is excluded. Invented sentences.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # subject-verb order and inversion after an adverbial, any verb of doing
        ("Mijn ministerie ondersteunt gemeenten bij het opstellen van hun plannen.", "progress"),
        ("Daarnaast ontwikkel ik samen met de sector een nieuw keurmerk voor duurzame vis.", "progress"),
        ("Wij coördineren de inzet van de verschillende diensten.", "progress"),
        ("Via het programma Groen Herstel financiert het ministerie onderzoek naar bodemdaling.", "progress"),
        ("Binnen de Europese Unie zet Nederland in op strengere regels voor microplastics.", "plan"),  # "zet in op/voor": a plan, as most labellers read it
        ("In die regio begeleidt de ambassade in Lima de betrokken ondernemers.", "progress"),
        ("Het RIVM brengt samen met de GGD'en de verspreiding van het virus in kaart.", "progress"),
        # coordinated subjects and ministry acronyms
        ("EZK en BZK ontwikkelen hiervoor een gezamenlijk afwegingskader.", "progress"),
        ("Het ministerie en de RVO werken aan een nieuwe subsidieregeling.", "progress"),
        ("Hiervoor verkennen OCW en SZW de mogelijkheden van een gezamenlijke regeling.", "progress"),
        # in gesprek / in contact, with any words in between
        ("Hiervoor ben ik met verschillende partijen uit de keten, waaronder de VNG, in gesprek.", "progress"),
        ("De Nederlandse post in Nairobi staat in nauw contact met de lokale autoriteiten.", "progress"),
        ("De ambassade onderhoudt nauw contact met de familie.", "progress"),
        ("Het ministerie heeft de afgelopen weken regelmatig contact met de sector.", "progress"),
        # impersonal and passive progress without another agent
        ("Momenteel wordt met de betrokken partijen besproken hoe de regeling kan worden verbeterd.", "progress"),
        ("Er vinden gesprekken plaats met de provincies over de invulling van de regeling.", "progress"),
        ("Met de Ghanese autoriteiten wordt op dit moment over voortzetting van de samenwerking gesproken.", "progress"),
        ("Onder regie van het Ministerie van VWS wordt samen met de zorgverzekeraars gewerkt aan een nieuwe aanpak.", "progress"),
        ("Nederland zet zich binnen de Verenigde Naties en in Europees verband actief in voor de bescherming van journalisten.", "plan"),  # "zet in op/voor": a plan, as most labellers read it
        # a pledge with "om ... te" stays a plan, also with inversion and a new kind of subject
        ("In dat kader zet de ambassade zich actief in om de contacten met lokale ondernemers te versterken.", "plan"),
        # a passive promise with a government agent; a future passive of what a coming letter addresses
        ("Uw Kamer wordt in het voorjaar van 2025 door de Staatssecretaris nader geïnformeerd over de uitkomsten.", "promise"),
        ("De Kamer wordt na de zomer door mij geïnformeerd over de stand van zaken.", "promise"),
        ("Daarbij zal ook worden ingegaan op de resultaten van de pilot.", "promise"),
    ],
)
def test_activity_positive_kinds(sentence: str, kind: str) -> None:
    found = classify(sentence, REF)
    assert found is not None, sentence
    assert found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        # opinion, thinking, perceiving, feeling
        "Ik deel de zorgen van de vragensteller over de wachttijden.",
        "Ik vind het belangrijk dat patiënten snel geholpen worden.",
        "Het kabinet betreurt het besluit van de rechtbank.",
        "Ik herken het beeld dat uit het onderzoek naar voren komt.",
        "Het kabinet hecht grote waarde aan goede samenwerking.",
        "Ik begrijp de zorgen van de ouders.",
        "Ik maak me zorgen over de stijgende prijzen.",
        "Ik realiseer me dat dit lastig is voor de ondernemers.",
        "Ik verwelkom het initiatief van de sector.",
        "Het kabinet deelt de analyse van de Raad.",
        "Het kabinet staat positief tegenover het voorstel.",
        "Ik zie dat steeds meer jongeren een baan vinden.",
        "Wel neemt het kabinet de signalen uit de praktijk serieus.",
        # saying and referring within the text; a clause as complement
        "Ik verwijs naar mijn antwoord op vraag 2.",
        "Ik merk daarbij op dat de regeling tijdelijk is.",
        "Wij benadrukken dat de veiligheid voorop staat.",
        "Ik wijs erop dat de wet nog niet in werking is getreden.",
        "Het kabinet onderkent hierbij dat de uitvoering complex is.",
        "Hieronder geef ik u een overzicht van de maatregelen.",
        "Deze brief stuur ik u mede namens de minister van Financiën.",
        "In dat kader benoem ik graag nog eens dat de regeling tijdelijk is.",
        # state, possession, copula, modals
        "Ik ben bekend met het bericht.",
        "Nederland kent een uitgebreid stelsel van toeslagen.",
        "Ik heb kennisgenomen van het rapport.",
        "Ik ben van mening dat de regeling werkt.",
        "Het ministerie beschikt niet over deze gegevens.",
        "Nederland telt ruim zeventien miljoen inwoners.",
        "Het ministerie is verantwoordelijk voor het stelsel.",
        "Het kabinet kan niet ingrijpen in individuele zaken.",
        # negation, past, routine, others, subordinate clauses, questions
        "Het kabinet ontwikkelt geen nieuw beleid op dit terrein.",
        "Tegelijkertijd sluit Nederland een verdere verlenging (zie vraag 4) niet uit.",
        "In 2022 ondersteunde het ministerie twaalf projecten.",
        "Het ministerie ontwikkelde vorig jaar een nieuwe regeling.",
        "Wij werkten in 2022 samen met de provincies.",
        "Ik sprak vorige week met de burgemeester.",
        "Het ministerie ontvangt jaarlijks honderden meldingen.",
        "De inspectie controleert regulier alle vergunningen.",
        "Gemeenten ontwikkelen hun eigen beleid.",
        "De Europese Commissie werkt aan een voorstel.",
        "De Kamer wordt door de Rekenkamer geïnformeerd over de uitkomsten.",
        "U vraagt of ik de regeling wil verlengen.",
        "Als het ministerie meer geld investeert, dalen de wachttijden.",
        "Zoals ik eerder schreef, is de regeling tijdelijk.",
        "Het kabinet zou de regeling kunnen verlengen.",
        "Wat het kabinet betreft ligt hier een taak voor de gemeenten.",
        # debate speech acts
        "Ik ontraad deze motie.",
        "We praten nu over de tweede casus.",
        # a coming letter that is this letter
        "Hieronder zal worden ingegaan op de afzonderlijke vragen.",
    ],
)
def test_activity_negatives(sentence: str) -> None:
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


def test_a_debate_that_quotes_a_motie_is_not_a_motie() -> None:
    # a VAO debate opens with the moties its speakers submit; the minister's answers still count
    doc = doc_of(
        "[Mevrouw Bergkamp ( D66 ):]\nIk heb één motie.\nDe Kamer,\ngehoord de beraadslaging,\n"
        "verzoekt de regering, de cliëntondersteuning te versterken,\nen gaat over tot de orde van de dag.",
        "[Minister De Jonge :]\nIk zal de Kamer voor de zomer informeren over de cliëntondersteuning.",
    )
    rows = extract_commitments(doc)
    assert [r.sentence for r in rows] == ["Ik zal de Kamer voor de zomer informeren over de cliëntondersteuning."]
    assert rows[0].kind == "promise"


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


@pytest.mark.parametrize(
    "sentence",
    ["Dit artikel geeft de minister de bevoegdheid om nadere regels te stellen.", "De wet biedt het kabinet ruimte om in te grijpen."],
)
def test_a_leading_noun_phrase_is_the_subject_not_a_fronted_adverbial(sentence):
    assert classify(sentence) is None


@pytest.mark.parametrize(
    "sentence", ["Dit jaar ontwikkel ik samen met de sector een opleiding.", "Voor dat laatste werk ik samen met de gemeenten aan een plan."]
)
def test_fronted_adverbials_still_invert(sentence):
    assert classify(sentence) is not None


# Constructions added for recall on unseen documents: the modal and its infinitive on either side of an
# embedded relative clause; present passives with a moment to come; a fronted participle; "komen te" +
# infinitive; reflexive pledges in the present; an assurance of restraint; long impersonal passives;
# prepositional phrases that are no subject; names glossed in brackets. Invented sentences.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ik zal bij de uitwerking van het plan, dat door de provincies is opgesteld, de gemeenten nauw betrekken.", "plan"),
        ("Het kabinet zal bij de herziening van de wet, waarover de Raad van State binnenkort adviseert, de uitvoerders raadplegen.", "plan"),
        ("Het nieuwe meldpunt wordt in het najaar in gebruik genomen.", "plan"),
        ("De vergoeding voor mantelzorgers wordt volgend jaar verdubbeld.", "plan"),
        ("Begonnen wordt met een proef in drie gemeenten, daarna volgen de andere regio's.", "plan"),
        ("Met de nieuwe wet komt de meldplicht voor kleine ondernemers te vervallen.", "plan"),
        ("Het is een opgave waar ik mij de komende jaren sterk voor maak.", "progress"),
        ("Ik maak mij hard voor een betere bescherming van huurders.", "progress"),
        ("Ik zal mij in Brussel hard maken voor een verbod op deze stoffen.", "promise"),
        ("Zolang het onderzoek loopt, zal ik, zoals eerder aan de Kamer gemeld, niets doen wat de uitkomst kan beïnvloeden.", "promise"),
        ("Zoals gemeld in mijn brief aan de Kamer voert het ministerie momenteel gesprekken met de sector.", "progress"),
        ("Met de provincies wordt op dit moment over de verdeling van de middelen voor de opvang van ontheemden gesproken.", "progress"),
        ("De RDW (Rijksdienst voor het Wegverkeer) en het CBR (Centraal Bureau Rijvaardigheidsbewijzen) ontwikkelen samen een nieuw examen.", "progress"),
        ("Nederland zet zich in de Raad in voor een verbod op clustermunitie om burgers beter te beschermen.", "plan"),  # "zet in op/voor": a plan, as most labellers read it
        ("Het besluit over de nieuwe tarieven wordt nu voorbereid.", "progress"),
        ("Ook wordt er door de inspectie onderzoek uitgevoerd naar de naleving.", "progress"),
        ("Uw Kamer wordt in de tweede helft van 2024 over de resultaten van de pilot geïnformeerd.", "promise"),
    ],
)
def test_grammar_for_unseen_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, REF)
    assert found is not None, sentence
    assert found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject and the verbs of a relative clause do not belong to the main clause
        "De commissie, die ik vorig jaar heb ingesteld, zal in het najaar haar eindrapport uitbrengen.",
        # present passives: a forecast, another agent, a past year, a routine
        "De piek in de vraag wordt in 2025 verwacht.",
        "Het rapport wordt in 2025 door de Algemene Rekenkamer gepubliceerd.",
        "De subsidie wordt jaarlijks in september uitgekeerd.",
        "In het najaar wordt de regeling door gemeenten in de regel opnieuw vastgesteld.",
        "Naar verwachting wordt de doelstelling in 2030 gehaald.",
        "Volgend jaar wordt de grens van vijftigduizend aanvragen overschreden.",
        # a fronted participle of expecting or of saying what is the case
        "Verwacht wordt dat de vraag verder stijgt.",
        "Opgemerkt wordt dat de regeling niet verplicht is.",
        "Gewezen wordt op het belang van een goede samenwerking tussen de ketenpartners.",
        # "komen te" in the perfect: a change that has happened
        "De regeling is per 1 januari komen te vervallen.",
        # "met als doel" on a completed act: the tense of the main verb decides
        "Het ministerie heeft vorig jaar een fonds opgericht met als doel de innovatie te stimuleren.",
        "Nederland heeft met de andere lidstaten maatregelen genomen met als doel de druk op het regime te vergroten.",
        # negated or confident pledges
        "Ik maak mij niet sterk voor dit voorstel.",
        "Ik maak mij sterk dat de planning wordt gehaald.",
        # a noun phrase after a verb of saying belongs to someone else; "te gaan" is no future
        "Zoals aangegeven voert de Kamer momenteel gesprekken met de sector.",
        "Het onderzoeksbureau concludeert dat het ministerie de regeling zal aanpassen.",
        "De evaluator merkt op dat de dienst verder lijkt te gaan dan zijn buitenlandse evenknieën.",
        # a long impersonal passive elsewhere or as routine
        "In andere lidstaten wordt al jaren over de invoering van een dergelijk verbod gesproken.",
        "Er wordt jaarlijks met de sector over de hoogte van de tarieven gesproken.",
        # a verb of manner: how an act conforms, no act of its own
        "Het ministerie handelt hiermee in lijn met het advies van de Raad van State.",
        # the passive of carrying out with a moment still to come is a plan, not progress (checked below)
    ],
)
def test_grammar_for_unseen_negative(sentence: str) -> None:
    assert classify(sentence, REF) is None, (sentence, classify(sentence, REF))


def test_passive_of_carrying_out_with_a_moment_to_come_is_a_plan() -> None:
    found = classify("In het voorjaar wordt het onderzoek naar de wachttijden uitgevoerd.", REF)
    assert found is not None and found[0] == "plan"


# --- decisions, running work, goals, clause structure (invented sentences) ----------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a decision about what is to come: the perfect of "besluiten" with what is decided
        ("Inmiddels heeft het kabinet besloten dat de subsidieregeling blijft bestaan.", "plan"),
        ("Daarom heb ik besloten de kosten van de aanpassing te dragen.", "plan"),
        ("Ook is onlangs besloten om een deel van de middelen voor de dijkversterking in te zetten.", "plan"),
        # work under way reported of the work itself
        ("Deze gesprekken lopen nog.", "progress"),
        ("De werkzaamheden aan de sluis liggen op schema.", "progress"),
        ("Het onderzoek verloopt volgens planning.", "progress"),
        # the author's own work under way in a verb-final subordinate clause with "nu"
        ("Dat wordt getoetst aan de criteria die ik nu uitwerk in een ministeriële regeling.", "progress"),
        ("Het gaat om de regeling waar we momenteel aan werken.", "progress"),
        # the government's goal named by a first-person possessive; a state that must come about
        ("Initiatieven die bijdragen aan onze ambitie om in 2040 afvalvrij te zijn, steun ik graag.", "target"),
        ("Mijn doel is dat elke leerling een stageplek vindt.", "target"),
        ("Digitale inclusie moet weer de norm worden.", "target"),
        # a clause of time (not of condition) before a future main clause
        ("Wanneer de huisregels worden herzien, zal het verbod daarin worden opgenomen.", "plan"),
        ("Zodra de wet is aangenomen, zal ik de regeling aanpassen.", "plan"),
        # a conjunct without its own subject shares the subject of the first conjunct
        ("Het kabinet verkent de mogelijkheden en zal de Tweede Kamer in het voorjaar informeren.", "promise"),
        # contact bounded to a recent stretch of time: an episode under way, not a routine
        ("Ook heeft het ministerie de afgelopen maanden regelmatig contact met de netbeheerder over het project.", "progress"),
        # a comparative aside between commas names no act and does not hide the clause around it
        ("Ook heeft het ministerie, zoals gemeld in eerdere antwoorden, contact met de provincie over de aanleg.", "progress"),
        # a coming budget document as a moment
        ("In de Voorjaarsnota wordt uitgewerkt hoe de korting wordt verdeeld.", "plan"),
    ],
)
def test_round4_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, REF)
    assert found is not None, sentence
    assert found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        # decisions of others, decisions not to act, decisions dated in the past
        "De gemeenten hebben besloten de regeling af te schaffen.",
        "Het kabinet heeft besloten niet in te gaan op het verzoek.",
        "Destijds is besloten om de subsidie te verlagen.",
        # a term or a debate that runs: no noun of work; a work noun with an actor named is not bare
        "De termijn loopt nog.",
        "Het debat loopt uit.",
        # a subordinate clause of someone else, or without "now"
        "Dat blijkt uit de cijfers die de instellingen nu melden.",
        "Het gaat om de criteria die ik eerder heb uitgewerkt.",
        # a goal that is not the government's; an obligation or a passive under "moet"
        "Hun ambitie is niet de onze.",
        "Instellingen moeten hun fixus uiterlijk 1 december registreren.",
        "Dit moet worden voorkomen.",
        # a clause of condition stays a condition
        "Als de prijzen verder stijgen, zal het kabinet ingrijpen.",
        "Wanneer een gedetineerde zich misdraagt, kan de directeur een maatregel opleggen.",
        # routine contact: a frequency without a bounded stretch of time
        "Ik heb zeer regelmatig contact met de dienst, ook over individuele zaken.",
        "Het ministerie staat voortdurend in contact met de vervoerders.",
        # a contact that has ended (perfect tense)
        "Mijn ministerie is vorige maand meermaals in gesprek geweest met de stichting.",
        # what someone else says, named by an acronym; a consequence; what is judged desirable
        "UNL geeft hierin aan dat er niet op grote schaal gebruik van wordt gemaakt.",
        "Dit betekent dat er een heffing op fossiele brandstoffen zal komen.",
        "Daarnaast is het van belang dat problemen in het gezin worden opgepakt.",
        # a procedure on every occasion of an event; a condition with "daar waar"
        "Bij de eerste plaatsing wordt een risicoprofiel vastgesteld.",
        "Daar waar een risico wordt vastgesteld, zal dit leiden tot een afwijzing.",
        # the long impersonal passive does not reach across a relative clause
        "Er wordt een gesprek gevoerd waarbij naar meerdere aspecten wordt gekeken.",
    ],
)
def test_round4_negative(sentence: str) -> None:
    assert classify(sentence, REF) is None, (sentence, classify(sentence, REF))


@pytest.mark.parametrize(
    ("glued", "kind"),
    [
        # words run together at lost line breaks: a closed-class word glued to its neighbour is still read
        ("Wanneer de huisregels worden herzien zaleen dergelijk verbod daarin worden opgenomen.", "plan"),
        ("Zo wordt er volop ingezet ophet werven van nieuw personeel.", "progress"),
        ("Het kabinet is voornemens deze rol teblijven invullen.", "plan"),
        ("Inmiddelsheeft het kabinet besloten dat de uitkering gehandhaafdblijft.", "plan"),
        ("Met de middelen voor woningbouwwillen we op nabijheid inzetten.", "plan"),
        ("Het kabinet zal de Tweede Kamer begin volgend jaar informerenover het fonds.", "promise"),
    ],
)
def test_round4_glued_words(glued: str, kind: str) -> None:
    found = classify(glued, REF)
    assert found is not None and found[0] == kind, (glued, found)


def test_answer_run_into_a_question_line_is_read_as_answer() -> None:
    from transforms.parse.pdftext import parse_pdf_text

    text = (
        "Vraag 5\nKunt u toelichten hoe u de instellingen helpt? Antwoorden 5 en 6 Er zijn geen bezwaren.\n"
        "Bovendien heb ik besloten de kosten van de implementatie te dekken.\n"
        "Vraag 7\nGaat u de kosten dekken? Heeft u besloten de kosten te dekken?\n"
    )
    rows = extract_commitments(parse_pdf_text(text, "ah-tk-20252026-7.txt"))
    assert [r.kind for r in rows] == ["plan"]
    assert rows[0].sentence.startswith("Bovendien heb ik besloten")


# --- inversion, idioms of gaan, causatives, processes (invented sentences) ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # verb-second inversion after a fronted prepositional phrase: the noun phrase inside the PP is no subject
        ("Samen met deze partijen wil ik de regeling aanpassen.", "plan"),
        ("Samen met de provincies wil ik ook bekijken welke aanvullende mogelijkheden er zijn.", "plan"),
        ("Met de gemeenten zal het kabinet de afspraken actualiseren.", "plan"),
        ("Samen met de sector ga ik de regels vereenvoudigen.", "plan"),
        ("Met de betrokken partijen blijf ik in gesprek over de uitvoering.", "plan"),
        ("Met de sector zal ik uw Kamer voor de zomer informeren.", "promise"),
        # coordinated infinitives under one modal: one conjunct that acts is enough
        ("Vanuit gedeelde verantwoordelijkheid wil ik doelen stellen en vervolgmaatregelen afspreken.", "plan"),
        # "gaan" with a prepositional idiom instead of an infinitive
        ("Ik ga komende tijd graag in gesprek met de sector over de knelpunten.", "plan"),
        ("Het kabinet gaat de komende maanden aan de slag met de aanbevelingen.", "plan"),
        ("Daarom ga ik binnenkort op werkbezoek bij een opvanglocatie.", "plan"),
        ("Enerzijds ga ik onverminderd door met de al ingezette maatregelen.", "progress"),
        ("Het kabinet gaat verder met de uitvoering van het programma.", "progress"),
        ("Dit zijn stappen waar ik samen met de koepels onverminderd mee doorga.", "progress"),
        # causative "laten" with the government as causer
        ("Ik laat onderzoeken of de regeling kan worden vereenvoudigd.", "plan"),
        ("Daarom laat ik de effecten van de maatregel in kaart brengen.", "plan"),
        ("Op dit moment laten het Ministerie van OCW en VWS enkele scenario's onderzoeken voor de invoering.", "progress"),
        # "verwacht ... te" + informing with words between and a split particle; an intention to inform
        ("Ik verwacht u de resultaten van het onderzoek in het eerste kwartaal van 2025 toe te kunnen sturen.", "promise"),
        ("Ik verwacht het rapport voor de zomer aan uw Kamer aan te bieden.", "promise"),
        ("Het kabinet is voornemens om uw Kamer na de zomer bij brief te informeren.", "promise"),
        # an impersonal process of the government at a moment to come
        ("Mede aan de hand van dat advies zal besluitvorming over de tarieven plaatsvinden.", "plan"),
        ("Eind december vindt een eerste overleg plaats.", "plan"),
        ("Binnenkort vindt hierover ook nog een gesprek plaats met de inspectie.", "plan"),
        # a government subject on course or on schedule
        ("Daarmee ligt Nederland vooralsnog op koers om het doel in 2030 te halen.", "progress"),
        ("Het kabinet ligt op schema met de uitrol van het programma.", "progress"),
        # an instrument of the government's own still has a goal
        ("Dit wetsvoorstel heeft als doel de positie van huurders te versterken.", "target"),
        # a ministry or the cabinet glued to its article at a lost line break; a compound of a report to the Kamer
        ("In het najaar zal hetkabinet uw Kamer nader informeren over de gaswinning.", "promise"),
        ("Op deze motie zal ik in de volgende PmG-voortgangsrapportage nader ingaan.", "promise"),
    ],
)
def test_round5_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, REF)
    assert found is not None, sentence
    assert found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a third party stays the subject when it is one, with or without a fronted PP
        "Samen met de minister willen de gemeenten de regeling aanpassen.",
        "Met de sector wil de Europese Commissie de regeling aanpassen.",
        # "gaan" of others, negated, or in another sense
        "De sector gaat in gesprek met de gemeenten.",
        "Ik ga niet in gesprek met de actiegroep.",
        "Deze vraag gaat over de afspraken met de sector.",
        "De gemeenten gaan door met de pilot.",
        # "laten" of others, in the perfect (a completed act), or as an infinitive after "te"
        "De gemeenten laten onderzoeken of de regeling werkt.",
        "Het ministerie heeft in 2019 een gedegen consumentenonderzoek laten uitvoeren.",
        "Het lijkt me niet opportuun om hiernaar onderzoek te laten doen.",
        # expecting what others do or what one receives
        "De minister verwacht dat de gemeenten de Kamer voor de zomer informeren.",
        "Ik verwacht de resultaten in het eerste kwartaal te ontvangen.",
        # routine or past events, processes of others, events that are no process of the government
        "Jaarlijks vindt overleg plaats met de koepels.",
        "Elk voorjaar vindt een bijeenkomst met de gemeenten plaats.",
        "In de Europese Raad zal besluitvorming over het pakket plaatsvinden.",
        "De prijsstijging zal in het voorjaar plaatsvinden.",
        # off course, or someone else on schedule
        "Nederland ligt niet op koers om het doel te halen.",
        "De gemeenten liggen op schema.",
        # a rule with a time limit counted from an event, no calendar moment
        "Binnen vier weken na ontvangst van het bezwaar wordt beoordeeld of dit bezwaar gerechtvaardigd is.",
        "Binnen zes weken nadat de aanvraag is ingediend, wordt een besluit genomen.",
        # light-verb idioms with "maken"; a cue inside a clause opened by bare "waar"
        "Waar in de analyse melding wordt gemaakt van kinderen, betreft dit meerderjarigen.",
        "In het rapport wordt melding gemaakt van enkele incidenten.",
        "Hierbij wordt gebruik gemaakt van bestaande registers.",
        # a decision narrated in a sequence of past events
        "Vervolgens heeft de rijksoverheid besloten tot de introductie van het logo.",
        "Daarop heeft het kabinet besloten om de subsidie te verlagen.",
        # the goal of a collaboration with others
        "De samenwerking met de Libische autoriteiten heeft tot doel om bij te dragen aan stabiliteit.",
        "Het partnerschap met Tunesië heeft als doel de migratie te beperken.",
        # what a named, independent commission does
        "De Commissie-Van der Meer II is momenteel nog bezig met haar onderzoek.",
        "Daarom onderzoekt op dit moment Commissie-Van der Meer II hoe de vergoeding kan aansluiten.",
        "De commissie Remkes zal in het najaar advies uitbrengen.",
        # following developments without saying how closely is a stance, not an act
        "Het kabinet volgt de ontwikkelingen.",
    ],
)
def test_round5_negative(sentence: str) -> None:
    assert classify(sentence, REF) is None, (sentence, classify(sentence, REF))


def test_round5_a_time_of_the_calendar_after_na_is_still_a_moment() -> None:
    assert classify("Binnen vier weken na de zomer wordt de regeling aangepast.", REF)[0] == "plan"
    assert classify("Inmiddels heeft het kabinet besloten om de subsidie te verhogen.", REF)[0] == "plan"


# a reference date for the present-tense-with-a-future-moment rules
_REF = date(2024, 11, 20)


def kind_of(sentence: str) -> str | None:
    """The kind `classify` gives the sentence, None when it finds no commitment."""
    found = classify(sentence, _REF)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "willen dat": a wish about a state is a target, with a passive of acting a plan
        ("Daarnaast wil ik dat gemeenten en scholen beter op elkaar zijn afgestemd.", "target"),
        ("Ik wil dat de opvang in de regio op basis van een vast budget wordt gefinancierd.", "plan"),
        # "willen" + "afspreken" is an act agreed with others
        ("Ik wil met de gemeenten afspreken dat zij de wachtlijsten jaarlijks publiceren.", "plan"),
        # an attempt is an undertaking
        ("Als onderdeel hiervan probeer ik de regels zo eenvoudig mogelijk te houden.", "plan"),
        # "aan de slag zijn": work under way
        ("Daarnaast ben ik met de provincies aan de slag om de vergunningverlening te versnellen.", "progress"),
        # an agreement like a decision: what is agreed lies ahead
        ("In het coalitieakkoord is afgesproken dat de eigen bijdrage wordt gehalveerd.", "plan"),
        # a government subject in the present tense with a moment to come
        ("In het voorjaar 2025 maakt het kabinet opnieuw de balans op.", "plan"),
        ("Het kabinet neemt na de zomer een besluit over de verlenging.", "plan"),
        # a present passive with "now" and any participle at the end of the clause
        ("Er worden op dit moment werksessies met (alle) betrokken gemeenten georganiseerd.", "progress"),
        # weighing and examining an open question
        ("Op basis van de signalen wordt gewogen of de planning haalbaar blijft.", "progress"),
        # informing the Kamer: an assurance in the present tense, "doen toekomen", sharing with the Kamer
        ("Nieuwe informatie over de uitvoering wordt vanzelfsprekend met uw Kamer gedeeld.", "promise"),
        ("Ik zal uw Kamer zo spoedig mogelijk de antwoorden doen toekomen.", "promise"),
        ("Ik zal de uitkomsten in het voorjaar met uw Kamer delen.", "promise"),
        ("Ik streef ernaar de vragen binnen drie weken te beantwoorden.", "promise"),
        # the goal of a measure just named
        ("Het doel hiervan is om de wachttijden blijvend te verkorten.", "target"),
    ],
)
def test_grammar_round_six_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, _REF)
    assert found is not None and found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik wil niet dat dit ten koste gaat van de kwaliteit.",
        "Hoe we willen dat de rechtspraak er over tien jaar uitziet.",
        "Ik probeer niet te speculeren over de uitkomst.",
        "De NZa is met de verzekeraars aan de slag om de contracten aan te passen.",
        "In het akkoord hebben de gemeenten afgesproken dat zij de tarieven verhogen.",
        "Ik heb begrepen dat er binnenkort met de minister over gesproken gaat worden.",
        "Het kabinet neemt de zorgen van de sector serieus.",
        "In 2022 maakte het kabinet de balans op.",
        "Er wordt op dit moment verwacht dat de prijzen dalen.",
        "Ik deel de zorgen van de vragensteller.",
        "De Kamer wordt jaarlijks met de begroting geïnformeerd.",
        "Ik wil benadrukken dat dit een zorgvuldig proces is.",
        "TIBER staat voor Threat Intelligence Based Ethical Red-teaming en heeft als doel om te testen hoe weerbaar organisaties zijn.",
        "De tekst heeft als doel om te testen hoe weerbaar organisaties zijn.",
        "In de wet staat vastgelegd dat de uitvoerder een implementatieplan zal opstellen.",
        "Dit komt er op neer dat de exploitant de metingen moet uitbreiden.",
        "Als de rechter anders beslist, zal ik de regeling aanpassen.",
    ],
)
def test_grammar_round_six_negative(sentence: str) -> None:
    assert classify(sentence, _REF) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # words run together at a lost line break: a lowercase word into a capitalised one, "ik" into a verb
        ("Daarom streeftNederland naar een hogere doelstelling voor 2040.", "target"),
        ("De komende periode ga ikonderzoeken of deze koppeling wenselijk is.", "plan"),
        # the government's aim as "het streven" or "onze inzet"
        ("Daarbij is het streven om de coalitie jaarlijks uit te breiden.", "target"),
        ("Onze inzet is om al het nodige te doen om die doelen te halen.", "target"),
        # scheduled for a moment to come; holding on to a course
        ("Een nieuw ambtsbericht is voorzien voor eind februari 2025.", "plan"),
        ("Het kabinet houdt vast aan de uitvoering van de bestaande klimaatdoelen.", "plan"),
    ],
)
def test_grammar_round_seven_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, _REF)
    assert found is not None and found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "TikTok zal de moderatie uitbreiden.",
        "De evaluatie stond gepland voor 2020.",
        "De NZa houdt vast aan haar standpunt.",
        "In 2019 is in voorbereiding op de besluitvorming consumentenonderzoek uitgevoerd.",
        "3 Als ook de plannen van landen worden meegenomen komt de 2 graden binnen bereik.",
        "Het is afhankelijk van waar de ouders belastingplichtig zijn hoe het inkomen wordt vastgesteld.",
    ],
)
def test_grammar_round_seven_negative(sentence: str) -> None:
    assert classify(sentence, _REF) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Welke rol er voor deze overheid ook uitkomt, ik ben bereid om die op te pakken.", "plan"),
        ("Ik heb vorige week aangegeven dat het de bedoeling is dat wij dat gesprek gaan voeren.", "plan"),
        ("De ontwikkelingen worden in de gaten gehouden.", "progress"),
        ("De toezegging blijft staan.", "promise"),
        ("Ik heb al toegezegd om in de brief die wij sturen in te gaan op de kosten.", "promise"),
        ("Overigens ligt deze wet inmiddels bij de Raad van State.", "progress"),
        ("Maar die aanpak is al in wording.", "progress"),
        ("Ik zou graag toezeggen om dat bij die aanpak nader te verhelderen.", "promise"),
        ("Ik ga natuurlijk naar dat voorstel kijken.", "plan"),
    ],
)
def test_spoken_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, _REF)
    assert found is not None and found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik ben niet bereid om die op te pakken.",
        "Ik zou dat kunnen toezeggen als de Kamer dat wil.",
        "Ik zal eerst de vragen even doen en daarna kom ik op twee moties.",
        "Zoals u weet, gaat de minister van LNV samen met de minister van BZK over de regio-envelop.",
        "Daar aarzel ik bij, om meerdere redenen.",
        "Ik ga de motie over de cliëntondersteuning ontraden.",
        "Maar deze motie over de mantelzorg wil ik ontraden.",
        "Ik ga niks toezeggen over de uitkomst van die gesprekken.",  # "niks", spoken for "niets"
    ],
)
def test_spoken_negative(sentence: str) -> None:
    assert classify(sentence, _REF) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what the speaker does not claim or promise: the "dat"-clause is denied, not undertaken
        ("Ik wil hier ook niet zeggen dat we het wel even gaan oplossen.", None),
        ("Ik zeg niet dat we het gaan oplossen.", None),
        ("Ik kan u niet beloven dat we dat voor de zomer gaan regelen.", None),
        # a statement or a prediction about the world, no act of the speaker's
        ("Ik wil vaststellen dat dit de Algemene Beschouwingen zijn waarbij niemand meer spreekt.", None),
        ("Ik wil concluderen dat het goed gaat.", None),
        ("Ik voorspel dat in 2030 er 2 miljoen banen in die sectoren zullen zitten.", None),
        # a speech act under "wil", however far a noun in "-en" stands after it
        ("Maar ik wil ook wijzen op alle andere elementen die in het pakket zitten.", None),
        ("Ik wil eerst de heer Azarkan geruststellen op het punt dat ik iets snel zou willen afdoen.", None),
        ("Dus ik wil bestrijden dat Nederland hier het traagste jongetje van de klas was.", None),
        # nor is a name in "-en" the infinitive it reaches for
        ("Daarvoor wil ik mevrouw Marijnissen waarschuwen, want zij wekt de indruk dat het makkelijk is.", None),
        # "dat" as the object of "wil", not a wish's clause: a refusal, a wish to know
        ("Ik wil dat nu niet toezeggen.", None),
        ("Maar ik wil dat wel even zeker weten.", None),
        # the same verbs with an object, or the undertaking itself, still count
        ("We willen de normen vaststellen.", "plan"),
        ("Ik zeg u toe dat we het voor de zomer gaan oplossen.", "promise"),
        ("Ik kan niet zeggen wanneer, maar ik zal de Kamer informeren.", "promise"),
        ("Ik wil de criminaliteit bestrijden.", "plan"),
        ("Ik wil graag de regeling aanpassen.", "plan"),
        ("Ik wil burgers beter in staat stellen om hun rechten te halen.", "plan"),
        ("Ik wil dat vraag en aanbod beter op elkaar zijn afgestemd.", "target"),
    ],
)
def test_saying_denying_or_predicting_is_no_commitment(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a perfect reports what is done: the target reached, the talks attended or held
        ("Deze doelstelling is met 712 interventies behaald.", None),
        ("De doelstelling is in 2022 gehaald.", None),
        ("Ik heb de gesprekken met de boerenorganisaties zelf ook bijgewoond.", None),
        ("Ik heb contact met de burgemeester gehad.", None),
        # the same words in the present still count
        ("De doelstelling is dat in 2025 de norm wordt gehaald.", "target"),
        ("Ik heb contact met de burgemeester over het gebied.", "progress"),
        ("Wij hebben contact met de sector over de gevolgen.", "progress"),
    ],
)
def test_a_perfect_of_reaching_or_talking_is_done_not_under_way(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


def test_in_a_debate_a_ministers_ik_zal_is_a_promise() -> None:
    doc = doc_of(
        "[De heer Koerhuis ( VVD ):]\nWil de minister met de gemeenten praten?",
        "[Minister Ollongren :]\nIk ga met de gemeenten in gesprek over de regeling.",
    )
    written = doc_of(("answer", "Ik ga met de gemeenten in gesprek over de regeling."))
    assert [r.kind for r in extract_commitments(doc)] == ["promise"]
    assert [r.kind for r in extract_commitments(written)] == ["plan"]


def test_in_a_debate_the_effort_being_made_is_work_under_way() -> None:
    doc = doc_of(
        "[De heer Koerhuis ( VVD ):]\nWat doet de minister?",
        "[Minister Ollongren :]\nWij zetten ons er volop voor in om het draagvlak te vergroten.",
    )
    assert [r.kind for r in extract_commitments(doc, use_model=False)] == ["progress"]


def test_in_a_debate_we_gaan_states_an_intention_we_zullen_pledges() -> None:
    doc = doc_of(
        "[De heer Koerhuis ( VVD ):]\nWat gaat de minister doen?",
        "[Minister Ollongren :]\nWe gaan dit nauwgezet volgen. We zullen de Kamer daarover voor de zomer informeren.",
    )
    assert [r.kind for r in extract_commitments(doc, use_model=False)] == ["plan", "promise"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We zijn hard bezig om de gevolgen voor ondernemers in kaart te brengen.", "progress"),
        ("Als rijksoverheid bereiden we ons voor op de gevolgen van de brexit.", "progress"),
        ("Daar krijgt u een brief over.", "promise"),
        ("Ik stel voor dat ik daar later schriftelijk op terugkom.", "promise"),
    ],
)
def test_debate_round_two_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, _REF)
    assert found is not None and found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a member's words reported by the minister
        "De heer Veldman vraagt naar een garantie dat we al die ondernemers gaan bereiken.",
        "Mevrouw Agema stelde dat het kabinet de zorg zal verbeteren.",
        # a past plural is no work under way
        "Vroeger bereidden we ons voor op een harde brexit.",
    ],
)
def test_debate_round_two_negative(sentence: str) -> None:
    assert classify(sentence, _REF) is None, sentence


# --- targets and plans as policy letters state them --------------------------------------------------

LETTER_REF = date(2023, 5, 30)


@pytest.mark.parametrize(
    "sentence",
    [
        "- In 2030 koopt de overheid veel meer circulair in.",
        "In 2035 beschikt Nederland over de marine van de toekomst.",
        "In 2040 is de ziektelast als gevolg van een ongezonde leefstijl met 30% afgenomen.",
        "In 2050 moet het verbranden van recyclebaar materiaal volledig verleden tijd zijn.",
        "Het uiteindelijke doel is dat Nederland in 2050 klimaatneutraal is.",
        "Het streven daarbij is om internationaal meer van soortgelijk onderzoek in gang te zetten.",
        "Doel hiervan is dat we meer en betere herbruikbare grondstoffen gebruiken.",
        "We werken toe naar nieuwe en diverse drinkwaterbronnen.",
        "24. We sturen als overheden op zo min mogelijk afdekking van de bodem.",
    ],
)
def test_a_state_for_a_year_to_come_and_an_aim_are_targets(sentence: str) -> None:
    found = classify(sentence, LETTER_REF)
    assert found is not None and found[0] == "target", found


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("In 2030 is naar verwachting de helft van de auto's elektrisch.", LETTER_REF),  # a forecast
        ("In 2019 is het Kennisprogramma Zeespiegelstijging gestart.", LETTER_REF),  # a year gone by
        ("In 2021 bedroegen de uitgaven 3 miljard euro.", LETTER_REF),
        ("In 2030 koopt de overheid veel meer circulair in.", None),  # no date to tell the year by
        ("Het doel van de subsidie is dat ondernemers sneller kunnen verduurzamen.", LETTER_REF),  # someone else's
        ("De gemeenten werken toe naar een nieuw convenant.", LETTER_REF),  # not the government
    ],
)
def test_forecasts_past_years_and_aims_of_others_are_no_targets(sentence: str, ref) -> None:
    assert classify(sentence, ref) is None


def test_gaan_with_its_infinitive_before_a_prepositional_phrase() -> None:
    found = classify("We gaan samen met de partners werken aan een nationaal plan van aanpak.", LETTER_REF)
    assert found is not None and found[0] == "plan"
    # "gaan over" is to be in charge of, no future act
    assert classify("Zoals u weet, gaat de minister van LNV samen met de minister van Binnenlandse Zaken over de regio-envelop.", LETTER_REF) is None


def test_a_run_in_heading_or_list_number_does_not_hide_the_subject() -> None:
    found = classify("Verstoring van de bodem en hergebruik van de grond - We stellen randvoorwaarden aan het afgraven van grond.",
                     LETTER_REF, policy=True)
    assert found is not None and found[2] in ("we", "We")


@pytest.mark.parametrize(
    "sentence",
    [
        "De voorwaarden voor buitendijks bouwen op het bestaande land worden aangescherpt.",
        "- Verzilting via spui- en schutsluizen in de Afsluitdijk wordt verminderd.",
        "Tevens wordt de mogelijkheid van een tweede aanvoerroute via het Amsterdam-Rijnkanaal verkend.",
    ],
)
def test_in_a_letter_a_present_passive_of_an_act_is_a_plan(sentence: str) -> None:
    found = classify(sentence, LETTER_REF, policy=True)
    assert found is not None and found[0] == "plan", found


def test_outside_a_letter_a_present_passive_describes_what_is_done() -> None:
    assert classify("De voorwaarden voor buitendijks bouwen op het bestaande land worden aangescherpt.", LETTER_REF) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor het herstel is het noodzakelijk dat de aanvoer naar het grondwater wordt vergroot.",  # subordinate
        "Duizenden mensen moesten worden geëvacueerd en het leger werd ingezet.",  # past modal
        "Hierdoor wordt funderingsschade eveneens beperkt.",  # an effect
        "In de Emissieregistratie worden deze stoffen jaarlijks gerapporteerd.",  # a routine
        "De hiervoor ingerichte noodprocessen worden voortdurend getest.",  # a routine
        "Deze gebieden worden in de volksmond de polders genoemd.",  # naming
    ],
)
def test_in_a_letter_other_passives_are_no_plans(sentence: str) -> None:
    assert classify(sentence, LETTER_REF, policy=True) is None


def test_in_a_letter_the_present_tense_announces_unless_it_says_now() -> None:
    assert classify("We begrenzen de koelwaterlozingen op de grote rivieren.", LETTER_REF, policy=True)[0] == "plan"
    assert classify("We begrenzen de koelwaterlozingen op de grote rivieren.", LETTER_REF)[0] == "progress"
    assert classify("We begrenzen momenteel de koelwaterlozingen op de grote rivieren.", LETTER_REF, policy=True)[0] == "progress"


def test_a_policy_document_is_no_answer_to_questions() -> None:
    from transforms.extract.commitments import is_policy_document

    assert is_policy_document(doc_of("Geachte voorzitter,", "Met deze brief informeer ik u."))
    assert not is_policy_document(doc_of("Geachte voorzitter,", (QUESTION, "Bent u bekend met het bericht?"), (ANSWER, "Ja.")))
    # answers to Kamervragen whose questions the parser did not find are still answers
    assert not is_policy_document(doc_of("Het doel is om kwetsbaarheden tijdig te onderkennen.", document_type="Kamervragen"))
    assert not is_policy_document(Document(document_id="ah-tk-20242025-575", paragraphs=[Paragraph(text="Mededeling van de minister.")]))
    found = extract_commitments(doc_of("Geachte voorzitter,", "De voorwaarden voor het bouwen in de uiterwaarden worden aangescherpt.",
                                       publication_date=LETTER_REF))
    assert [c.kind for c in found] == ["plan"]


def test_laws_and_procedures_are_no_policy_statements() -> None:
    from transforms.extract.commitments import is_policy_document

    assert not is_policy_document(doc_of("De subsidie wordt verleend aan gemeenten.", document_type="Staatsblad"))
    # a procedure's time limit: the policy reading adds nothing to what the sentence says anyway
    sentence = "De aanvraag wordt binnen acht werkdagen afgehandeld."
    assert classify(sentence, LETTER_REF, policy=True) == classify(sentence, LETTER_REF)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het Rijk vraagt provincies stevig in te zetten op het behoud van grasland.",
        "We verzoeken provincies, waterschappen en gemeenten zowel op dijken de biodiversiteit te bevorderen.",
        "Grootverbruikers vragen we het drinkwatergebruik ook met 20% te reduceren.",
        "Het kabinet zal de Commissie vragen hoe zij hiermee om wil gaan.",
        "Het kabinet wil de Commissie vragen om een verdere onderbouwing.",
    ],
)
def test_the_government_asking_others_to_act_is_a_plan(sentence: str) -> None:
    found = classify(sentence, LETTER_REF)
    assert found is not None and found[0] == "plan", found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik vraag me af of dat verstandig is.",
        "Ik vraag uw Kamer om in te stemmen met het voorstel.",
        "De Commissie vraagt de lidstaten om gegevens aan te leveren.",
        "De oorlog en de geopolitieke context vragen om een energietransitie om de opwarming te beperken.",
        "Wij zijn bekend met het verzoek van OHCHR aan de autoriteiten om onderzoek te doen.",
    ],
)
def test_wondering_asking_the_kamer_others_asking_and_a_request_as_noun_are_no_plans(sentence: str) -> None:
    assert classify(sentence, LETTER_REF) is None


def test_attention_the_government_keeps_is_a_plan_sympathy_is_not() -> None:
    found = classify("Daarbij houden we ook oog voor de sociaaleconomische consequenties.", LETTER_REF)
    assert found is not None and found[0] == "plan"
    assert classify("Daarnaast hebben we speciale aandacht voor jongeren omdat zij de toekomst zijn.", LETTER_REF)[0] == "plan"
    assert classify("Dit heeft mijn aandacht, los van waar men ook woont.", LETTER_REF) is None
    assert classify("De sector heeft veel aandacht voor veiligheid.", LETTER_REF) is None
    assert classify("Ik heb oog voor de zorgen van de boeren.", LETTER_REF) is None


def test_numbered_or_labelled_items_and_hiermee_of_a_measure() -> None:
    assert classify("4: Hoogwaardige verwerking - In 2050 moet het verbranden van recyclebaar materiaal verleden tijd zijn.",
                    LETTER_REF)[0] == "target"
    assert classify("Centrale missie: In 2040 leven alle mensen in Nederland vijf jaar langer in goede gezondheid.",
                    LETTER_REF)[0] == "target"
    assert classify("Hiermee borgen we de zoetwatervoorziening vanuit het IJsselmeer in de toekomst.", LETTER_REF, policy=True)[0] == "plan"
    # "hiermee" that is this letter itself
    assert classify("Hiermee informeer ik u over de voortgang van het programma.", LETTER_REF, policy=True) is None


def test_in_a_policy_document_the_kamer_informed_in_the_present_or_as_expected_is_a_promise() -> None:
    for sentence in ("Hierover wordt de Kamer door de Staatssecretaris van IenW geïnformeerd.",
                     "De verwachting is dat de Kamer rond de zomer over de resultaten kan worden geïnformeerd."):
        assert classify(sentence, LETTER_REF) is None  # in an answer this describes how things go
        assert classify(sentence, LETTER_REF, policy=True)[0] == "promise"
    assert classify("De Kamer wordt jaarlijks geïnformeerd over de voortgang.", LETTER_REF, policy=True) is None
    assert classify("Hierover is de Kamer eerder geïnformeerd.", LETTER_REF, policy=True) is None


def test_a_listed_goal_without_a_verb_for_a_year_to_come_is_a_target() -> None:
    for sentence in ("• Energietransitie: Nederland klimaatneutraal in 2050;",
                     "- Een volledig CO2-vrij elektriciteitssysteem in 2050;"):
        assert classify(sentence, LETTER_REF, policy=True)[0] == "target"
        assert classify(sentence, LETTER_REF) is None  # only where the government sets out policy
    assert classify("- Nederland wil in 2050 volledig circulair zijn.", LETTER_REF)[0] == "target"
    assert classify("De evaluatie van de wet in 2026.", LETTER_REF, policy=True) is None  # no listed item
    assert classify("- Vergaderingen van de commissie in 2019.", LETTER_REF, policy=True) is None  # a year gone by


def test_what_the_country_undergoes_or_trends_are_no_plans() -> None:
    assert classify("Daarbovenop kampen we in onze grote rivieren met bodemerosie.", LETTER_REF, policy=True) is None
    assert classify("Daarnaast dekken we steeds meer van onze bodem af voor nieuwe woningbouw.", LETTER_REF, policy=True) is None
    assert classify("We versterken de regie op de inrichting van de ondergrond.", LETTER_REF, policy=True)[0] == "plan"


def test_an_instrument_of_policy_as_subject_of_zal_is_a_plan() -> None:
    ref = date(2024, 11, 20)
    for sentence in ["Per 1 juli 2025 zal de aanwijzing van de gemachtigde instanties zijn afgerond.",
                     "De regeling zal per 1 januari 2026 in werking treden.",
                     "Het wetsvoorstel zal naar verwachting in de zomer van 2025 in consultatie gaan."]:
        assert classify(sentence, ref)[0] == "plan", sentence
    for sentence in ["De maatregel zal leiden tot minder uitstoot in de regio.",  # an effect
                     "Het onderzoek zal uitwijzen of de aanpak werkt.",
                     "De kosten zullen in 2025 verder stijgen."]:
        assert classify(sentence, ref) is None, sentence


def test_no_finite_act_after_te_no_promise_to_the_letters_own_order_no_reported_words_of_ze() -> None:
    assert classify("Deze kunnen we alleen het hoofd bieden door samen te werken aan innovatieve oplossingen.", policy=True) is None
    assert classify("We werken samen aan innovatieve oplossingen voor de regio.", policy=True) is not None
    assert classify("Op de derde en vierde aanbeveling kom ik later in deze brief terug.") is None
    assert classify("Op de derde en vierde aanbeveling kom ik voor de zomer terug.")[0] == "promise"
    assert classify("Ze constateren dat er te weinig middelen beschikbaar worden gemaakt door het kabinet.", policy=True) is None


PROGRAMME_REF = date(2024, 9, 13)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # light verbs of the government's acts
        ("Het kabinet komt nog dit jaar met een Actieagenda Auto.", "plan"),
        ("Maar ik kom wel degelijk met voorstellen, een AMvB en concrete maatregelen.", "plan"),
        ("We doen een onderzoek naar het delen van gegevens van overlastgevers met de OV-sector.", "plan"),
        # verbs of causing take a "dat"-clause as their object
        ("Het kabinet stimuleert dat medewerkers de juiste vaardigheden hebben voor digitaal werken.", "plan"),
        ("Het kabinet maakt afspraken over hoe beleid op andere terreinen de gezondheid kan bevorderen.", "plan"),
        # the goal after a fronted phrase; a proposal or intention of a bill
        ("Daarom is het primaire doel om regeldruk waar mogelijk te verminderen.", "target"),
        ("Voorgesteld wordt om het nieuwe adviescollege in een vroege fase van de besluitvorming een rol te geven.", "plan"),
        ("Het voornemen is die termijnen zodanig vast te stellen dat er geen vertraging ontstaat.", "plan"),
        ("Het wetsvoorstel beoogt een adviescollege in te stellen dat voorgenomen regelgeving toetst.", "plan"),
        # priorities and effort named without an owner
        ("Het aanpakken van de personeelskrapte heeft grote prioriteit voor dit kabinet.", "plan"),
        ("Het is een prioriteit van dit kabinet dat openbaar vervoer en de stations veilig zijn.", "target"),
        ("De inzet voor de luchtvaart is gericht op het op orde brengen van de rechtsbescherming.", "target"),
        # a lead-in that ends in a colon is a sentence of its own
        ("Dit kabinet wil ook de volgende prioritaire projecten een stap verder brengen:", "plan"),
        # a present passive of an act whose participle is followed by a phrase of degree, means or purpose
        ("De asielprocedures worden verkort tot het Europese minimum.", "plan"),
        ("Het samenhangend pakket voor de glastuinbouw wordt doorgezet, met het convenant als belangrijk onderdeel.", "plan"),
        ("De verhoging van het tarief wordt teruggedraaid om een gelijker speelveld te creëren.", "plan"),
        # hedged plans: "waar nodig/mogelijk" is no condition in a policy document
        ("Waar mogelijk neemt het kabinet ook additionele maatregelen aan de grens.", "plan"),
        # the act taken up by a pronoun; coming back to something; examining an open question
        ("Dit doen wij met een gebalanceerde mix van normeren, beprijzen en subsidiëren.", "plan"),
        ("Hier komt het kabinet op terug bij de voortgangsbrief in het najaar.", "promise"),
        ("Het kabinet bekijkt hoe de overheid een proactievere rol kan innemen.", "plan"),
        # the goal or starting point with its infinitive further on; a norm for a state to come
        ("Het doel is extra bevoegdheden en maatregelen in te zetten om de instroom te beperken.", "target"),
        ("Uitgangspunt is dat de instroom wordt beperkt.", "target"),
        ("Ondernemers moeten betere toegang tot financiering krijgen.", "target"),
    ],
)
def test_programme_round_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, PROGRAMME_REF, policy=True)
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de Commissie is het doel de markt te versterken.",  # someone else's goal
        "Veiligheid heeft voor gemeenten de hoogste prioriteit.",  # someone else's priority
        "De staatssecretaris gaat over de kwaliteit in de zorginstellingen.",  # "gaan over": is in charge of
        "Het opstarten van nieuwe zaken zal scherpe keuzes vergen.",  # a consequence
        "We willen de regering vragen naar haar visie hierop.",  # the Kamer asking
        "Daarmee wordt marktfinanciering in de Unie gestimuleerd.",  # the effect of a measure
        "In de praktijk werken we met de regio samen.",  # how things go, not a plan
        "Dit komt overeen met het beleid van de vorige jaren.",
        "Het aantal ouderen wordt groter.",  # a trend, not a state the government sets out
    ],
)
def test_programme_round_negative(sentence: str) -> None:
    assert classify(sentence, PROGRAMME_REF, policy=True) is None


def test_in_a_policy_document_a_state_to_come_with_wordt_is_a_target() -> None:
    for sentence in ("Vertrouwen in medewerkers wordt het uitgangspunt.", "Standaardiseren wordt de norm.",
                     "De toegang tot zorg wordt gelijkwaardiger."):
        assert classify(sentence, PROGRAMME_REF, policy=True)[0] == "target", sentence
        assert classify(sentence, PROGRAMME_REF) is None  # in an answer it describes
    assert classify("De zorg wordt naar verwachting duurder.", PROGRAMME_REF, policy=True) is None  # a forecast


def _fiche(paragraphs: list[tuple[int, str]]) -> Document:
    titles = ["Algemene gegevens", "Essentie voorstel a) Inhoud voorstel", "Nederlandse positie ten aanzien van het voorstel"]
    return Document(document_id="bnc-fiche", sections=[Section(number=str(i + 1), title=t, level=1) for i, t in enumerate(titles)],
                    paragraphs=[Paragraph(text, section=section) for section, text in paragraphs])


def test_a_bnc_fiches_account_of_the_commissions_proposal_is_not_the_governments() -> None:
    doc = _fiche([(1, "Met het voorstel wordt een geconsolideerde handelstape in de Unie opgericht."),
                  (1, "De Commissie zal de drempel verlagen."),
                  (2, "Het kabinet zal hiervoor pleiten tijdens de onderhandelingen.")])
    found = [c.sentence for c in extract_commitments(doc)]
    assert found == ["Het kabinet zal hiervoor pleiten tijdens de onderhandelingen."]
    # without the fiche's "Nederlandse positie" the same section titles are read as any other
    doc.sections[2].title = "Conclusie"
    assert len(extract_commitments(doc)) > 1




def test_hedges_and_norms_stay_out_of_answers() -> None:
    # in an answer "waar nodig" gives a routine's scope, and a norm describes a rule
    assert classify("Waar nodig worden de ontwerpvoorstellen verbeterd, voordat ze worden doorgevoerd.", PROGRAMME_REF) is None
    assert classify("Ondernemers moeten betere toegang tot financiering krijgen.", PROGRAMME_REF) is None
    assert classify("Gemeenten moeten een plan indienen.", PROGRAMME_REF, policy=True) is None  # an obligation, no state
    assert classify("Dat doen we niet.", PROGRAMME_REF, policy=True) is None


DEBATE_REF = date(2018, 4, 5)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Dus laat ik dat ook zelf nog als huiswerk meenemen.", "plan"),  # hortative: the speaker's own act
        ("Laat ik die vraag ook aan de inspectie zelf stellen.", "plan"),
        ("Ik heb daarop toegezegd om daarop te reflecteren en te inventariseren.", "promise"),
        ("Ik heb ook toegezegd, terug te komen op de organisatie.", "promise"),
        ("Dus ik ga u een brief toezeggen waarin ik twee elementen opneem.", "promise"),
    ],
)
def test_debate_round_three_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, DEBATE_REF)
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Laat ik vooropstellen dat ik de zorgen deel.",  # a speech act
        "Laat ik om die reden het oordeel aan de Kamer laten.",  # advice on a motie
        "Dan laat ik dit ook maar zitten.",
        "Wie wij is, laat ik in het midden.",
        "Ik probeer ook uit te leggen wat de alternatieven waren.",  # explaining in the debate itself
        "Eerst maak ik een aantal inleidende opmerkingen.",
        "Ik zou daar een paar kanttekeningen bij willen plaatsen.",
        "Ik vraag mevrouw Dijksma ook even met mij te doordenken wat een alternatief zou zijn.",  # a member asked
        "Deze motie vraagt de regering te bezien welke maatregelen nodig zijn.",  # a motie's request
        "Ik draag verantwoordelijkheid voor het functioneren van de inspectie.",  # a state
    ],
)
def test_debate_round_three_negative(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is None


def test_in_a_debate_laat_ik_is_a_promise() -> None:
    doc = Document(document_id="h-tk-1", paragraphs=[Paragraph(
        text="[Minister De Jonge :]\nDus laat ik dat ook zelf nog als huiswerk meenemen.")])
    assert [(c.kind, c.actor) for c in extract_commitments(doc)] == [("promise", "ik")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarmee hebben we een uitzondering willen maken voor holdings.",  # a modal in a perfect: past
        "Ik heb zojuist proberen te duiden dat ik voor interventie ben.",
        "Dan zou de overheid eerst de mediaan moeten gaan vaststellen.",  # a hypothetical
        "Ik kom terug op het amendement op stuk nr. 8 van de heer Klaver.",  # the debate's own order
        "Ik ga graag verder met een volgende vraag van de heer Omtzigt.",
    ],
)
def test_debate_round_four_negative(sentence: str) -> None:
    assert classify(sentence, date(2014, 10, 15)) is None


def test_a_polite_conditional_offer_and_a_dated_return_stay_commitments() -> None:
    assert classify("Ik zou als ondersteuningsaanbod zo'n spiegel willen aanbieden.", date(2018, 4, 5))[0] == "plan"
    assert classify("Ik kom terug op de evaluatie voor de zomer.", date(2018, 4, 5))[0] == "promise"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Verder gaat de politie in de komende jaren ervoor zorgen dat er meer milieuagenten zijn.", "plan"),
        ("Ook het OM krijgt structureel extra middelen voor de aanpak van milieucriminaliteit.", "plan"),  # resources allocated
        ("Daarnaast krijgt ATR meer personeel en budget.", "plan"),
        ("In dit kader worden stappen gezet om de opsporingscapaciteit effectiever in te zetten.", "progress"),
        ("Daarnaast doet het WODC onderzoek naar de straftoemeting bij milieudelicten.", "plan"),
    ],
)
def test_answers_round_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2023, 12, 4))
    assert found is not None and found[0] == kind, found


def test_no_resources_allocated() -> None:
    assert classify("Gemeenten krijgen geen extra middelen.", date(2023, 12, 4)) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the government's effort or wish as a quantity, and as a pseudo-cleft
        ("De inzet van het kabinet is ten minste 40% CO2-reductie.", "target"),
        ("De gemiddelde consensus ligt lager, want Nederland wil minimaal 40%.", "target"),
        ("Wat Nederland wil, is meer dan 40%.", "target"),
        ("Dat is de ambitie van het kabinet.", "target"),
        ("We hebben een gigantische ambitie in het energieakkoord.", "target"),
        # work under way: a split "daar ... mee bezig", the verb closing a clause, active monitoring
        ("Nederland is daar zeer actief mee bezig.", "progress"),
        ("Hier is de minister van Onderwijs gewoon mee bezig.", "progress"),
        ("Ik wijs erop dat wij daar al volop mee aan de slag zijn.", "progress"),
        ("Wij volgen die discussie natuurlijk nauwgezet.", "progress"),
        ("Het kabinet volgt de ontwikkelingen nauwlettend.", "progress"),
        ("De onderhandelingen zijn in volle gang.", "progress"),
        ("Er lopen nu diverse evaluaties van risicokapitaalinstrumenten.", "progress"),
        # a promise restated in the present tense, the performative toezegging, the Kamer that will hear
        ("Ik heb al aangegeven dat ik u daarover informeer.", "promise"),
        ("Ik heb iets toegezegd, namelijk dat ik een brief schrijf met twee elementen daarin.", "promise"),
        ("Zoals toegezegd tijdens het debat stuur ik uw Kamer een brief over de registratie.", "promise"),
        ("Die toezegging doe ik dus graag, maar ik ontraad de motie.", "promise"),
        ("De Kamer zal horen welke mijn inspanningen zullen zijn.", "promise"),
        ("Ik heb de Kamer toegezegd dat ik aan het voorzitterschap zal laten weten dat ik het niet wijs vind.", "promise"),
    ],
)
def test_debate_round_five_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2014, 10, 15))
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        # the debate's own acts: its order, telling, supposing, the appreciation of moties
        "Ik ga verder met de eurozone.",
        "Ik kom terug op het SGP en Frankrijk.",
        "Ik wil nog een paar zaken behandelen.",
        "Ik begin met de motie op stuk nr. 827 van de heer Alkaya.",
        "Ik vertel u wat de inzet van de Nederlandse regering is.",
        "Ik schets de Kamer wat mijn verwachting is van de uiteindelijke politieke mogelijkheden.",
        "Maar ik gis nu, want ik was niet bij de fractievergadering.",
        "Dit alles gezegd hebbend, pak ik de stapel moties erbij.",
        "Met die positieve grondhouding bekijk ik ook zijn motie.",
        "Deze motie wil ik graag oordeel Kamer geven.",
        "De strekking van de motie ondersteun ik wel.",
        "Dus die kanttekening maak ik wel, maar ik kan uit de voeten met het dictum.",
        "Ik wil met deze uitleg eigenlijk suggereren dat deze motie overbodig is.",
        "Ik verkeer in de veronderstelling dat ik deze vraag al heb beantwoord, maar ik wil dat nog een keer doen.",
        # a clause under a noun of opinion or a hypothetical consequence; a motie's request reported
        "Het verwijt dat ik weg wil blijven bij een discussie is heel vreemd.",
        "Maar dat zou betekenen dat we een soort isolationistische positie gaan innemen.",
        "In die motie wordt het kabinet gevraagd of het kabinet onmiddellijk kan beginnen met het inventariseren.",
        # started by someone else; occurring ("voorkomen") is no coming
        "Sterker nog, de infractieprocedure is al gestart door de Europese Commissie.",
        "Er komen misstanden voor in de sector, bij alle schakels in de keten.",
        # an aim of a member's amendment; someone else's ambition
        "Dit amendement heeft tot doel dat daarin inzicht wordt verschaft.",
        "De sector heeft een grote ambitie.",
        "De vakbond wil minimaal 5% loonsverhoging.",
    ],
)
def test_debate_round_five_negative(sentence: str) -> None:
    assert classify(sentence, date(2014, 10, 15)) is None, classify(sentence, date(2014, 10, 15))


def test_a_dated_return_a_work_noun_and_a_coming_letter_stay_commitments() -> None:
    ref = date(2014, 10, 15)
    assert classify("Ik kom terug op de evaluatie voor de zomer.", ref)[0] == "promise"
    assert classify("Ik ga verder met de uitvoering van het programma.", ref)[0] == "progress"
    assert classify("Er komt voor de zomer een brief.", ref)[0] == "promise"
    assert classify("De inspectie zal haar oordeel vellen en daarover zal ik u berichten.", ref)[0] == "promise"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a fellow minister is the government side
        ("Dat zal mijn collega Hans Vijlbrief dan doen.", "plan"),
        ("Er zitten nog juridische haken en ogen aan, maar mijn collega komt daar graag bij u op terug.", "promise"),
        # a pronoun object after gaan/willen
        ("We gaan die de komende tijd ook verder uitwerken.", "plan"),
        ("Uiteraard willen we dat doen.", "plan"),
        # examining an open question, also after "gaan"
        ("We kijken of twee zaakbehandelaren samen tot een oordeel kunnen komen.", "progress"),
        ("De staatssecretaris gaat kijken of dit goed is en voldoende is.", "plan"),
        # a promise beside a motie's appreciation in a coordinated clause
        ("Ik kom dus graag terug op hoe dat vorm zou kunnen krijgen en wil deze motie daarmee dan ook oordeel Kamer geven.", "promise"),
        # "wil" with its verb of motion left out; offers of effort; hopes to act soon
        ("Daar wil ik graag in gesprek met het bestuur en de cliëntenraad.", "plan"),
        ("Ik kan ook zorgen dat we de conclusies zo snel mogelijk trekken.", "promise"),
        ("Ik kan in ieder geval namens de staatssecretaris toezeggen dat er een voortgangsbrief komt.", "promise"),
        ("Die toezegging zou ik dus namens haar willen doen.", "promise"),
        ("Dat hoop ik binnen enkele weken te kunnen doen.", "plan"),
        ("Er wordt nu hard gewerkt om daar stappen in te zetten.", "progress"),
        # an infinitive in "-aan"
        ("Ik zal daar de komende dagen bij de informele Energieraad ook bij stilstaan.", "plan"),
    ],
)
def test_debate_round_seven_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2022, 1, 20))
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik kijk of de heer Omtzigt nog een vraag heeft.",
        "Ik ga even kijken welke vragen ik nog niet heb gehad.",
        "De motie op stuk nr. 214 zal mijn collega Paul Blokhuis voor zijn rekening nemen.",
        "Ik neem aan dat daarover vanmiddag in het algemeen overleg nader wordt gesproken.",
        "Ik heb zo'n vermoeden dat we elkaar de komende jaren vaak gaan treffen.",
        "Allereerst zijn er vragen gesteld over de ambitie die in het coalitieakkoord is neergelegd.",
        "Ik wil dit debat gebruiken om mevrouw Leijten mee te nemen in mijn overtuiging.",
        "Ik wil de Kamer wel meegeven dat het krachtenveld rondom dit thema erg ingewikkeld is.",
        "Ik geef deze motie daarom oordeel Kamer.",
        "Ik vat het even kort samen.",
        "Dat probeer ik ook duidelijk te maken.",
        "Daarom verwees ik ook naar de lakmoesproef van het hele pakket.",
        "Ik vertrouw er ook op dat de heer Thijssen mij daar de komende tijd scherp op zal houden.",
        "Het leidt ertoe dat het vele maanden langer gaat duren voordat we de stappen kunnen zetten.",
        "We hebben waarborgen geregeld omdat als je nu berichten gaat verzenden, dingen extra zijn geregeld.",
        "Op het moment dat zo'n aanvraag komt, kijkt de NVWA of ze daar toezicht op kan organiseren.",
        "Ik kan er niet voor zorgen dat iedereen tevreden is.",
        "Ik hoop dat mevrouw Faber de motie aanhoudt.",
    ],
)
def test_debate_round_seven_negative(sentence: str) -> None:
    assert classify(sentence, date(2022, 1, 20)) is None, classify(sentence, date(2022, 1, 20))


def test_a_complementizer_is_no_pronoun_object_and_a_replacement_no_agent() -> None:
    ref = date(2024, 11, 1)
    assert classify("Wij willen dat bedrijven investeren.", ref)[0] == "target"
    assert classify("De politiepost in Wolvega wordt in 2025 vervangen door een politiepost klein.", ref)[0] == "plan"
    assert classify("Op het moment dat dit beeld beschikbaar is zal ik in gesprek treden met de regio's.", ref)[0] == "plan"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Laat ik zorgen dat ik dat in dat korte briefje meeneem.", "plan"),
        ("Dus ik kijk wat voor extra stap er op de energierekening mogelijk is.", "progress"),
        ("Laat ik zeggen dat ik voor de stemming over de wet met een kort briefje kom.", "plan"),
        ("Die twee dingen zet ik ambtelijk uit.", "progress"),  # "ik" is never the object
        ("Ik ben nog bezig met die Kamervragen, dus ik zou willen vragen om deze motie aan te houden.", "progress"),
    ],
)
def test_debate_round_eight_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2021, 12, 9))
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        "We moeten niet te veel dingen met elkaar gaan verweven.",
        "Dan moet ik meteen de verwachtingen gaan managen.",
        "Het is niet wenselijk dat we apart Nederlandse garanties gaan maken.",
        "Het zou zomaar kunnen dat de heer Van Raan en ik straks van mening gaan verschillen.",
        "Ik ga door met de motie op stuk nr. 11.",
        "Ik ga mijn best doen zodat u niet hoeft te schorsen, voorzitter.",
        "Volgens mij vergeet ik de vraag van de heer Erkens over taxonomie.",
        "Ik weet dat hij ook heeft gezegd: ik wacht op die brief om te kijken wat ik met de motie ga doen.",
        "Ik wil hem eigenlijk vragen om haar heel even aan te houden totdat de brief er is.",
        "Even kijken hoever ik kom.",
        "Daarom keek ik ook net met één oog naar de heer Thijssen.",
        "Ik verwacht niet dat er volgende week bindende afspraken worden gemaakt.",
        "We geloven er niet in dat we met alleen een andere indeling van de organisatie beter gaan functioneren.",
        "Daarom begrijpt het kabinet dat de nieuwe cap de monitoring vereenvoudigt, en dat de drempel wordt verlaagd.",
        "Ik begrijp dat de SP op dat punt met een voorstel komt.",
        "Dit is geen vraag voor de staatssecretaris, al zal zij dit ook een warm hart toedragen.",
        "Het komt voor dat in der minne wordt gezegd: we nemen afscheid van elkaar.",
        "Ik zou het volgende in herinnering willen roepen.",
        "Ik snap heel goed wat meneer Alkaya probeert te doen.",
        "Dus als u zegt dat u de motie wilt aanpassen, zou ik zeggen: laten we even wachten.",
        "Ik praat vaak met banken en bankiers over het herstel van vertrouwen.",
    ],
)
def test_debate_round_eight_negative(sentence: str) -> None:
    assert classify(sentence, date(2021, 12, 9)) is None, classify(sentence, date(2021, 12, 9))


def test_policy_financing_passives_and_stative_first_person() -> None:
    ref = date(2024, 9, 13)
    assert classify("Dit wordt gefinancierd uit de herijking van het budget.", ref, policy=True)[0] == "plan"
    assert classify("De maatregel wordt gefinancierd via het heffen van een premie.", ref, policy=True)[0] == "plan"
    assert classify("We leven in tijden van grote spanningen.", ref, policy=True) is None
    assert classify("We verdienen er ons geld; onze banen zijn er van afhankelijk.", ref, policy=True) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # work that runs
        ("Dat onderzoek loopt op dit moment.", "progress"),
        ("Er loopt een gesprek met de ouderenbonden.", "progress"),
        ("Er lopen een aantal evaluaties, die op verschillende momenten beschikbaar zijn.", "progress"),
        # a verb of speaking made a noun, a prepositional object of a plan, "erbij nemen", "overgaan tot"
        ("IenW zal in de aanloop naar het afsluiten van de arrangementen het advies vragen van de waterschappen.", "plan"),
        ("Ik zal de motie erbij nemen in de brief aan de Kamer.", "plan"),
        ("Het kabinet zal overgaan tot de invoering van een heffing.", "plan"),
    ],
)
def test_debate_round_nine_positive(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2022, 2, 3))
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        # another body's work
        "Het onderzoek van de Inspectie loopt nog.",
        "Er loopt een onderzoek door de politie.",
        "De internetconsultatie loopt tot 20 maart 2024.",
        # the speaker's moves in the argument itself
        "Laat ik een voorbeeld nemen van wat ik heb gezien in Litouwen.",
        "Laat ik de motie er even bij pakken.",
        "Laat ik ook gewoon echt even de verwachtingen managen.",
        "Dat wil ik u dus grif toegeven.",
        "Op het eerste punt wil ik de heer Van Meijeren zeker gelijk geven.",
        "Ik wil u eerst even mee terugnemen naar 2019.",
        "Allereerst wil ik reageren op de opmerking van de heer De Hoop over het organiseren van debatten.",
        "Er ligt één vraag en daarna zal ik overgaan op de moties.",
        # a feeling, a past obligation, the speaker's own words of then
        "Ik zal deze omgeving ook wel missen.",
        "De commandant heeft bedacht dat een experimenteeromgeving moest worden opgezet.",
        "Omdat de nood hoog was, hebben we toen gezegd: wij gaan kijken wat we kunnen halen.",
        # the answer's own course
        "Dan ga ik naar het blokje impact voor bedrijven.",
        "Maar ik zal me ook daarin enigszins beperken, voorzitter.",
        "Ik probeer er op hoog tempo doorheen te gaan.",
        "We maken er zo wel een rondje van.",
        "Ik val in herhaling, maar het is belangrijk.",
    ],
)
def test_debate_round_nine_negative(sentence: str) -> None:
    assert classify(sentence, date(2021, 5, 26)) is None, classify(sentence, date(2021, 5, 26))


def test_a_willing_offer_in_the_present() -> None:
    ref = date(2021, 6, 9)
    for sentence in (
        "Die motie neem ik graag mee in het gesprek dat ik daarover voer met gemeenten.",
        "Daar kijken wij natuurlijk heel graag naar.",
        "Maar ik zet graag de mogelijkheden op een rij.",
    ):
        found = classify(sentence, ref)
        assert found is not None and found[1].endswith("graag"), (sentence, found)
    # an appreciation, a reference, an opinion, a statement, a condition: no offer
    for sentence in (
        "Ik laat deze motie graag aan het oordeel van de Kamer.",
        "Ik verwijs u graag naar mijn brief van 3 mei.",
        "Ik sluit mij graag aan bij de woorden van de heer Omtzigt.",
        "Daarnaast vermeld ik graag dat burgers gebruik kunnen maken van meerdere kanalen.",
        "Mocht u iets anders bedoelen, dan kom ik daar graag op terug.",
        "Zij hebben vooral moties ingediend, waarop ik natuurlijk graag wil ingaan.",
    ):
        assert classify(sentence, ref) is None, (sentence, classify(sentence, ref))


def test_a_willing_offer_in_a_debate_is_a_promise() -> None:
    doc = doc_of("[Minister De Jonge:]", "Die motie neem ik graag mee in het gesprek met de gemeenten.")
    rows = extract_commitments(doc)
    assert [(r.kind, r.cue) for r in rows] == [("promise", "neem ik graag")]


@pytest.mark.parametrize(
    "sentence",
    [
        # talks and work under way, also at the end of a subordinate clause or with the example named first
        "Ten eerste heb ik aangegeven dat we met de ketenpartijen stevig in gesprek zijn om tot verduurzaming te komen.",
        "We hebben ook al verkennende gesprekken over het toekomstige GLB.",
        "Wat bijvoorbeeld de mestmarkt betreft, ben ik met de agrarische partijen in gesprek om te kijken hoe het kan.",
        "Daar zijn we hard mee aan het werk.",
        "Dat kan ik niet terugdraaien, maar we zijn nu volop bezig.",
        "Daar gaan we dit jaar ook mee door.",
        "Er zijn ook allemaal afspraken en er lopen gesprekken.",
        "Wij hebben een onderzoek lopen naar de tarieven van dierenartsen.",
        "Parallel hieraan loopt een WODC-onderzoek.",
    ],
)
def test_work_under_way_in_speech(sentence: str) -> None:
    found = classify(sentence, date(2024, 2, 1))
    assert found is not None and found[0] == "progress", found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik heb zelf in gesprekken met cliënten ook een aantal klachten gehoord.",
        "Binnen dit programma lopen 2 onderzoeken op het vlak van cryptografie.",
        "Ik ben bezig geweest met dit dossier.",
        "Gemeenten overleggen bijvoorbeeld met de provincie.",
    ],
)
def test_no_work_under_way(sentence: str) -> None:
    assert classify(sentence, date(2024, 2, 1)) is None, classify(sentence, date(2024, 2, 1))


def test_straks_in_a_debate_is_later_that_day() -> None:
    doc = doc_of("[Minister Adema:]", "Ik kom straks nog even terug op de Van Gorpcasus.", publication_date=date(2024, 2, 1))
    rows = extract_commitments(doc)
    assert [(r.deadline, r.due_date) for r in rows] == [("straks", date(2024, 2, 1))]
    # written, "straks" is no date
    assert extract_commitments(doc_of("Ik kom straks nog terug op de evaluatie van de regeling.", publication_date=date(2024, 2, 1)))[0].due_date is None


def test_the_hortative_laten_we_invites_the_hearers_along() -> None:
    # it opens its clause and asks all present to act together: no undertaking of the government's own
    for sentence in ("Maar goed, laten we maar kijken.", "Laten we daar dus heel even naar kijken.",
                     "Mijn uitnodiging was: laten we dan ook van twee kanten kijken of er iets kan."):
        assert classify(sentence, DEBATE_REF) is None, sentence
    # the causative, its subject after a fronted phrase, is the government's plan
    assert classify("Daarnaast laten we voor de zomer van 2025 een kennisagenda opstellen.", DEBATE_REF) is not None


def test_what_a_minister_wants_on_record_is_no_undertaking() -> None:
    assert classify("Ik wil dat, als voorzitter van dit kabinet, hier gezegd hebben.", None, policy=False) is None
    assert classify("Dat wil ik wel gezegd hebben.", None, policy=False) is None
    # a perfect tense before the modal is no such idiom
    assert classify("Zoals we eerder gezegd hebben, willen we missionair blijven op een aantal onderwerpen.", None, policy=False) is not None


def test_an_annual_report_tells_of_the_years_work_in_the_simple_past() -> None:
    from transforms.extract.commitments import is_annual_report

    ref = date(2018, 4, 20)
    started = [
        "Medio 2017 startte het korps met het opzetten van een ontwikkelagenda.",
        "Daarnaast trof de politie de eerste voorbereidingen voor de invoering van de app.",
        "Verder zette het korps stappen om te komen tot een nieuw opleidingsaanbod.",
        "Het korps werkte in 2017 aan de uitbreiding van het aantal trainingsuren.",
        "Daarmee maakte de politie in 2017 een begin.",
        # the work itself began, its noun the subject
        "De werving begon in oktober 2017.",
        "In oktober 2017 startte de invoering in de resterende eenheden.",
    ]
    for sentence in started:
        assert classify(sentence, ref, policy=True, annual=True)[0] == "progress", sentence
        assert classify(sentence, ref, policy=True) is None, sentence  # elsewhere the simple past is a past event
    # a start dated before the year accounted for stays a past event
    assert classify("In 2015 startte het korps met het opzetten van een agenda.", ref, policy=True, annual=True) is None
    # preparations and a beginning in the passive are progress in any document
    assert classify("Er zijn voorbereidingen getroffen om de beoordelingen te delen.", ref, policy=True)[0] == "progress"
    report = Document(document_id="jaarverslag-politie-2017", paragraphs=[Paragraph(text=started[0])])
    letter = Document(document_id="kst-1-1", title="Voortgangsbrief politie", paragraphs=[Paragraph(text=started[0])])
    assert is_annual_report(report) and not is_annual_report(letter)
    assert [r.kind for r in extract_commitments(report)] == ["progress"]


def test_an_annual_report_names_itself_and_looks_past_its_year() -> None:
    from transforms.extract.commitments import is_annual_report

    # PDF text of a Kamerstuk has no title; the report says what it is in its first paragraphs
    opening = Paragraph(text="Voor u ligt het eerste Financieel Jaarverslag Rijk over een volledig regeringsjaar van dit kabinet.")
    assert is_annual_report(Document(document_id="kst-35200-1", paragraphs=[opening]))
    sending = Paragraph(text="Hierbij bied ik u het jaarverslag van de Raad aan.")
    assert not is_annual_report(Document(document_id="kst-35200-2", paragraphs=[sending]))
    ref = date(2019, 5, 15)  # published in May, accounting for 2018: what comes in 2019 is still to come
    planned = "De informatie over misbruik wordt vanaf 1 mei 2019 tussen departementen uitgewisseld."
    assert classify(planned, ref, policy=True, annual=True)[0] == "plan"
    # its present passive describes how things are done, unless it looks ahead or tells of work under way
    for rule in ("Het uitgavenplafond Sociale Zekerheid wordt aangepast voor het conjuncturele effect bij de WW.",
                 "De fouten en onzekerheden worden opgeteld."):
        assert classify(rule, ref, policy=True, annual=True) is None, rule
        assert classify(rule, ref, policy=True) is not None, rule  # in a letter: a measure announced
    assert classify("Deze fase wordt afgerond met aanbevelingen voor het vervolg.", ref, policy=True, annual=True)[0] == "plan"
    assert classify("Hierbij wordt zelfroosteren gestimuleerd en gefaciliteerd.", ref, policy=True, annual=True)[0] == "progress"


def test_the_ministries_together_and_the_audit_service_are_the_government_side() -> None:
    ref = date(2019, 5, 15)
    for sentence in ("Verder onderzoekt een interdepartementale werkgroep nadere mogelijkheden.",
                     "Ook onderzoeken beide ministeries samen of het beheer eenduidiger kan.",
                     "De ADR rondt dit onderzoek naar verwachting af in de zomer van 2019.",
                     "In 2019 gaan de departementen verder met de implementatie van het systeem."):
        assert classify(sentence, ref, policy=True) is not None, sentence


def test_a_practice_since_a_moment_and_normally_done_is_no_plan() -> None:
    ref = date(2019, 5, 15)
    for sentence in ("Sinds deze kabinetsperiode worden deze ramingen gecertificeerd door het CPB.",
                     "Deze afweging wordt normaal gesproken eens in de vier jaar gemaakt."):
        assert classify(sentence, ref, policy=True, annual=True) is None, sentence
    assert classify("Deze ramingen worden deze kabinetsperiode gecertificeerd.", ref, policy=True, annual=True)[0] == "plan"


def test_the_main_clause_resumed_after_a_clause_and_money_made_available() -> None:
    ref = date(2015, 9, 15)
    plans = ("De loonkosten voor werknemers die het minimumloon of net iets meer verdienen, worden verlaagd.",
             "Waar onder- en bovenwereld vermengd raken, wordt dit aangepakt.",
             "Daarvoor komt extra geld beschikbaar.")
    for sentence in plans:
        assert classify(sentence, ref, policy=True)[0] == "plan", sentence
    # a decision taken earlier this year is told, not announced
    assert classify("Eerder dit jaar is besloten minder gas te winnen in Groningen.", ref, policy=True) is None
    assert classify("Het geld komt niet beschikbaar.", ref, policy=True) is None


def test_a_body_naming_itself_and_a_verb_of_state_with_a_long_a() -> None:
    texts = ["Jaarverslag 2022", "De AP houdt toezicht op de verwerking van persoonsgegevens.",
             "Daarnaast bekijkt de AP of het integriteitsbeleid aanvullingen nodig heeft.",
             "De AP bestaat uit vijf directies."]
    report = Document(document_id="jaarverslag-ap-2022", paragraphs=[Paragraph(text=t) for t in texts])
    found = {c.sentence[:20]: c.actor for c in extract_commitments(report, use_model=False)}
    # the data protection authority of its own annual report, known by the name its identifier gives
    assert found == {"Daarnaast bekijkt de": "de AP"}  # "bestaat" (of "bestaan") is a verb of state: no act
    # in another's letter the authority is not the government side
    letter = Document(document_id="kst-1-1", paragraphs=[Paragraph(text="Voortgangsbrief")] + report.paragraphs[1:])
    assert not extract_commitments(letter, use_model=False)


def test_an_annual_reports_present_tense_is_standing_practice_unless_it_tells_of_effort() -> None:
    ref = date(2018, 4, 20)
    practice = ("Het ministerie biedt functionarissen gegevensbescherming diverse mogelijkheden om vragen te stellen.",
                "Hiervoor baseert het kabinet zich op analyses over de ontwikkeling van de zorguitgaven.",
                "De politie participeert samen met het OM in het Expertisecentrum Kinderpornografie.")
    for sentence in practice:
        assert classify(sentence, ref, policy=True, annual=True) is None, sentence
        assert classify(sentence, ref, policy=True)[0] == "plan", sentence  # in a policy letter: what will be done
    effort = ("De politie werkt eraan om het vertrouwen in de aanpak te versterken.",
              "Stapsgewijs bouwt de politie met ketenpartners aan een digitaal informatieportaal.",
              "Voor deze activiteiten richt het ministerie de nieuwe directie Coördinatie Algoritmes in.",
              "Hiermee maakt het kabinet een start met de verdere verbetering van het stelsel.",
              "Het korps benut de bevindingen om de inhoud van de opleidingen te verbeteren.",
              "De aanbeveling van de rapporteurs over de verantwoording neemt het kabinet over.",
              "In de eerstvolgende uitgave van het kader verwerkt het korps de nieuwe privacyregels.",
              "Sinds 2017 controleert de ADR de inkoopuitgaven van de departementen.")
    for sentence in effort:
        assert classify(sentence, ref, policy=True, annual=True) is not None, sentence


def test_a_jaarplan_is_a_year_document_and_the_letter_offering_it_is_not() -> None:
    from transforms.extract.commitments import is_annual_report

    body = Paragraph(text="BKWI ondersteunt de ketenpartners bij de gegevensuitwisseling.")
    assert is_annual_report(Document(document_id="bkwi-jaarplan-2022", paragraphs=[body]))
    letter = [Paragraph(text="Aanbieding jaarplannen UWV en BKWI"), Paragraph(text="Geachte heer Koolmees,"), body]
    assert not is_annual_report(Document(document_id="uwv-aanbieding-jaarplan-2022", paragraphs=letter))


def test_a_body_naming_itself_in_its_title_is_the_government_side_of_its_document() -> None:
    from transforms.extract.commitments import self_name

    texts = ["Jaarplan KIWI 2022",
             "KIWI ontleent zijn bestaansrecht aan goede dienstverlening aan burgers.",
             "In 2022 zal KIWI het centrale deel van de nieuwe voorziening ontwikkelen en beheren.",
             "Daarbij streeft KIWI ernaar om te voldoen aan de baseline voor informatiebeveiliging."]
    plan = Document(document_id="kiwi-jaarplan-2022", paragraphs=[Paragraph(text=t) for t in texts])
    assert self_name(plan) == "KIWI"
    found = {c.sentence[:20]: (c.kind, c.actor) for c in extract_commitments(plan, use_model=False)}
    assert found["In 2022 zal KIWI het"] == ("plan", "KIWI")
    assert found["Daarbij streeft KIWI"][1] == "KIWI"
    assert not any(k.startswith("KIWI ontleent") for k in found)  # a plan's present tense of standing practice
    # an acronym the title does not name is no self-name: someone else's acts are not the government's
    other = Document(document_id="kst-1-1", paragraphs=[Paragraph(text="Voortgangsbrief")] + plan.paragraphs[1:])
    assert self_name(other) is None
    assert not extract_commitments(other, use_model=False)
    # a body's name before the kind of document is its own ("KIWI Jaarplan 2022"); an acronym a word follows in
    # the title is the subject matter ("AI Impact Assessment": "AI biedt kansen" is no plan of the ministry)
    titled = Document(document_id="kiwi-plan", paragraphs=[Paragraph(text="KIWI Jaarplan 2022")] + plan.paragraphs[1:])
    assert self_name(titled) == "KIWI"
    guide = ["AI Impact Assessment", "AI biedt kansen, maar het brengt ook gevaren met zich mee.",
             "Het AIIA wordt gebruikt voor AI en AI-systemen.", "AI kan worden ingezet om handelingen sneller uit te voeren."]
    guide_doc = Document(document_id="ai-impact-assessment", paragraphs=[Paragraph(text=t) for t in guide])
    assert self_name(guide_doc) is None
    assert not extract_commitments(guide_doc, use_model=False)


def test_a_separable_particle_closes_its_clause_and_work_set_going() -> None:
    ref = date(2018, 9, 26)
    # "voor 2019" is a time, not the particle of "voorstellen"; "af" with an object completes a task
    assert classify("Na ontvangst van dit advies stelt het kabinet een actieplan op voor 2019.", ref, policy=True)[0] == "plan"
    assert classify("Ik stel voor dat we dit later bespreken.", ref, policy=True) is None
    assert classify("In het vierde kwartaal ronden wij en het ministerie het gesprek af.", ref, policy=True)[0] == "plan"
    assert classify("Dan rond ik af.", ref, policy=False) is None  # the speaker's own close
    # the government side set work going; someone else's start or a start years ago is no progress of it
    started = "In 2018 heeft het kabinet al een aantal acties in gang gezet om de omgeving te optimaliseren."
    assert classify(started, ref, policy=True)[0] == "progress"
    assert classify("De Commissie heeft een procedure in gang gezet.", ref, policy=True) is None
    assert classify("In 2015 heeft het kabinet een traject in gang gezet.", ref, policy=True) is None


def test_a_named_body_ends_at_its_name_and_het_before_the_verb_is_the_subject() -> None:
    from transforms.extract.commitments import _GOV_SUBJ

    # "de inspectie" takes capitalised words of its name ("de Inspectie SZW"), not the lowercase words after it
    assert _GOV_SUBJ.search("De inspectie biedt scholen de mogelijkheid.").group(0) == "De inspectie"
    assert _GOV_SUBJ.search("De Inspectie SZW gaat dit onderzoeken.").group(0) == "De Inspectie SZW"
    ref = date(2024, 5, 1)
    assert classify("De inspectie biedt scholen een nieuw toetsingskader.", ref, policy=True)[0] == "plan"
    assert classify("Het biedt de inspectie de mogelijkheid om met de school te spreken.", ref, policy=True) is None


def test_falling_under_and_falling_back_are_states_not_acts() -> None:
    ref = date(2018, 4, 20)
    assert classify("Natuurlijk valt de inspectie onder de ministeriële verantwoordelijkheid.", ref, policy=True) is None
    assert classify("Dan vallen we terug op de situatie zoals die nu voor alle docenten geldt.", ref, policy=False) is None


def test_a_year_in_a_present_tense_is_past_only_before_the_documents_year() -> None:
    s = "De inspectie publiceert in 2025 een rapport over de veiligheid van bruggen."
    assert classify(s, date(2024, 11, 1), policy=True) == ("plan", "De inspectie publiceert", "De inspectie")
    assert classify(s, date(2026, 3, 1), policy=True) is None  # told afterwards: what was done then
    # within the document's own year the present tense stays what it is
    assert classify(s, date(2025, 2, 1), policy=True) is not None


def test_those_a_service_serves_and_the_subject_of_a_dependent_question_are_not_the_government() -> None:
    ref = date(2022, 2, 1)
    assert classify("De cliënten zijn gestart met het terugbetalen van het krediet.", ref, policy=True) is None
    assert classify("Ook is gestart met het monitoren van de kredieten.", ref, policy=True)[0] == "progress"
    # the verb of a dependent question is its own subject's, not the government's before it
    assert classify("Wij weten nog niet wat ERD-zelfbetalers gaan doen met de voorschotten.", ref, policy=True) is None
    assert classify("We bekijken wat we gaan doen met de voorschotten.", ref, policy=True)[0] == "plan"


def test_how_a_note_orders_itself_is_no_plan() -> None:
    ref = date(2021, 9, 21)
    assert classify("De notitie sluiten we af met een beknopt overzicht van de stand van zaken.", ref, policy=True) is None
    assert classify("In deze notitie gaan we in op de fiscale afhandeling.", ref, policy=True) is None
    assert classify("We sluiten de regeling af met een overgangsperiode.", ref, policy=True) is not None


def test_a_policy_passive_with_a_phrase_of_place_or_time_after_its_participle() -> None:
    ref = date(2020, 3, 20)
    # an extraposed phrase after the participle: per, in, op, binnen
    assert classify("Ziekteverzuim van medewerkers wordt op weekbasis gerapporteerd per district.", ref, policy=True)[0] == "plan"
    assert classify("De nieuwe regeling wordt ingevoerd in alle regio's.", ref, policy=True)[0] == "plan"
    assert classify("Het besluit wordt gepubliceerd op de website.", ref, policy=True)[0] == "plan"
    # a pointer within the text is no plan, nor is what a word refers to
    assert classify("Hieronder worden de aangetroffen documenten weergegeven:", ref, policy=True) is None
    assert classify("In dit onderdeel wordt antwoord gegeven op de volgende aspecten:", ref, policy=True) is None
    assert classify("Hier wordt gedoeld op de onderverdeling in typen.", ref, policy=True) is None


def test_a_participle_of_examining_put_first_is_work_under_way() -> None:
    ref = date(2019, 5, 15)
    assert classify("Bezien wordt of deze verbeteringen rijksbreed kunnen worden doorgevoerd.", ref, policy=True) == (
        "progress", "Bezien wordt of", None)
    assert classify("Onderzocht wordt nog hoe de regeling kan worden vereenvoudigd.", ref, policy=True)[0] == "progress"
    assert classify("Bezien vanuit de burger is dit een verbetering.", ref, policy=True) is None


def test_work_the_speaker_must_still_do_is_a_plan() -> None:
    ref = date(2022, 3, 20)
    assert classify("Wij moeten de regeling natuurlijk nog uitwerken.", ref) == (
        "plan", "Wij moeten de regeling natuurlijk nog uitwerken", "Wij")
    assert classify("Dat moet ik even checken.", ref)[0] == "plan"
    # an obligation without work pending, waiting, and reading a motie in the debate are none
    assert classify("We moeten sneller en meer woningen bouwen.", ref) is None
    assert classify("We moeten nog even afwachten.", ref) is None
    assert classify("Ik moet even goed naar de tekst kijken, want ik ken de timing niet.", ref) is None


def test_a_document_on_its_way_to_the_kamer_or_at_a_moment_to_come() -> None:
    ref = date(2022, 3, 20)
    assert classify("Die reactie komt in oktober.", ref) == ("promise", "Die reactie komt in", None)
    assert classify("Dat onderzoek komt ook naar uw Kamer toe.", ref)[0] == "promise"
    # after a semicolon "die" is a demonstrative opening the clause, not a relative pronoun
    assert classify("Die is bijna klaar; die komt naar de Kamer toe.", ref)[0] == "promise"
    assert classify("Nee, dat is het besluit; dat komt eraan.", ref)[0] == "promise"
    # a cause, a replacement and a moment gone by are none
    assert classify("Dat komt door de inflatie.", ref) is None
    assert classify("Dat komt in de plaats van het oude stelsel.", ref) is None
    assert classify("Die reactie komt in oktober 2021.", ref) is None


def test_what_will_exist_with_er_komt_and_what_is_only_added_or_discussed() -> None:
    ref = date(2022, 3, 20)
    assert classify("Er komt een nieuwe regeling voor zzp'ers.", ref) == ("plan", "Er komt", None)
    assert classify("Er komen geen nieuwe, nationale koppen op Europese regelgeving.", ref)[0] == "plan"
    for s in ("Dat komt er dus nog bij.", "Over Oekraïne komt er niet meer, en over Azerbeidzjan ook niet meer.",
              "Dan komt er ongetwijfeld ook weer een discussie over.", "Het leidt ertoe dat er komt te staan: een doel van 30%."):
        assert classify(s, ref) is None, s


def test_a_question_without_its_question_mark_commits_to_nothing() -> None:
    ref = date(2022, 9, 20)
    assert classify("Hoe zorgen we ervoor dat die balans behouden blijft, zo vertaal ik maar even de vraag.", ref) is None
    assert classify("Waarom doen we dat op deze manier.", ref) is None
    assert classify("Hoe dan ook zorgen we ervoor dat de balans behouden blijft.", ref) is not None


def test_a_future_passive_in_a_relative_clause_or_a_clause_of_time_announces_nothing() -> None:
    ref = date(2022, 9, 20)
    assert classify("Het is de verwachting dat het aantal kinderen dat zal worden geboren de komende jaren stijgt.", ref) is None
    assert classify("Welke problemen veroorzaken we op het moment dat deze wet zal worden aangenomen.", ref) is None
    assert classify("De regeling zal worden aangepast.", ref)[0] == "plan"


def test_a_present_passive_in_a_subordinate_clause_describes_or_reports() -> None:
    ref = date(2023, 6, 1)
    for sentence in ("Deze rechtsgrondslag is ook gebruikt voor de wetgeving die met dit voorstel wordt gewijzigd.",
                     "In het programma wordt ingegaan op hoe de samenhang tussen beide beleidsterreinen wordt versterkt.",
                     "Het tarief geldt om de kosten die worden gemaakt voor dienstverlening via dit nummer te dekken.",
                     "Een hervorming heeft potentie wanneer deze in brede zin wordt bezien.",
                     "Ik verwacht dat die op heel korte termijn worden gepubliceerd.",
                     # a condition after the main clause: "als" before its subject
                     "Dat zal ongetwijfeld ook gebeuren als de basisbeurs weer wordt ingevoerd."):
        assert classify(sentence, ref, policy=True) is None, sentence
    # the main clause's passive stays a plan: after a demonstrative, after "Om die reden", past a relative clause
    # closed by its own verb or by a comma, and after "het is zo dat"
    for sentence in ("Om die reden wordt er een proces ingericht waarbij elk van de partijen meedoet.",
                     "Dat wordt in het voorjaar uitgewerkt.",
                     "Alle suggesties die daarbij dienstig zijn, worden daarbij betrokken.",
                     "Startpunt is dat asielverzoeken die kansarm zijn zo snel mogelijk worden afgewezen.",
                     "Wel is het zo dat de zorgtoeslag in december wordt verhoogd.",
                     # "als" as a preposition opens no clause
                     "De regeling wordt als eerste stap in 2025 ingevoerd."):
        assert classify(sentence, ref, policy=True) is not None, sentence


def test_a_decision_with_an_aside_before_its_participle() -> None:
    ref = date(2023, 5, 8)
    s = "UWV heeft, met inachtneming van uw verzoek, besloten deels aan uw verzoek tegemoet te komen."
    assert classify(s, ref, policy=True)[0] == "plan"
    long_object = "Met inachtneming van uw verzoek heeft UWV besloten de aangetroffen documenten als bijlage 1 tot en met 82 openbaar te maken."
    assert classify(long_object, ref, policy=True)[0] == "plan"
    assert classify("UWV heeft, na lang beraad, besloten niet in te gaan op het verzoek.", ref, policy=True) is None


def test_routine_conditions_the_law_and_pointers_in_a_decision_letter_are_no_plans() -> None:
    ref = date(2023, 6, 8)
    # a routine, a condition with its verb first, what the law prescribes, a clause of extent, a pointer
    for s in ("Evt. inkomen wordt op de gebruikelijke wijze gekort.",
              "Leidt een praktische schatting op enig moment tot <35% arbeidsongeschiktheid, dan wordt de uitkering beëindigd.",
              "Ingevolge artikel 3, vijfde lid, van de Wob, wordt een verzoek om informatie ingewilligd met inachtneming van artikel 10.",
              "Op grond van de Wet arbeid vreemdelingen zal een werkvergunning geweigerd worden indien er voldoende aanbod is.",
              "De derde heeft bedenkingen tegen openbaarmaking, voor zover daarmee bedrijfsvertrouwelijke informatie wordt geopenbaard.",
              "Tot slot wordt u gewezen op het volgende."):
        assert classify(s, ref, policy=True) is None, s
    # the same verbs in a plan of one's own stay plans
    assert classify("Een afschrift van dit besluit wordt gepubliceerd op de website.", ref, policy=True)[0] == "plan"


def test_clarity_reached_is_a_moment_not_a_condition() -> None:
    ref = date(2022, 3, 1)
    s = "Als er helderheid is over hoe de vervolgstappen eruitzien, zal ik de Kamer weer informeren."
    assert classify(s, ref) == ("promise", "zal ik de Kamer weer informeren", "ik")
    assert classify("Als er geld is, zal ik de Kamer weer informeren.", ref) is None


def test_als_before_a_role_with_no_comma_after_it_is_as_not_if() -> None:
    ref = date(2024, 11, 20)
    assert classify("Als land willen we dat onderzoek ook stimuleren.", ref) is not None
    assert classify("Als vervolgstap op deze brief zal ook het instrumentarium verder worden ontwikkeld.", ref) is not None
    assert classify("Als EU-lidstaat willen we dat onderzoek ook stimuleren.", ref) is not None  # a hyphen in a word
    # a condition stays one: its clause ends at a comma, or its subject is a pronoun or has an article
    assert classify("Als het budget het toelaat, zullen we dat onderzoek ook stimuleren.", ref) is None
    assert classify("En als we op dezelfde voet verder gaan zullen we het doel niet halen.", ref) is None
    assert classify("Als de resultaten hier aanleiding toe geven worden ook deze resultaten betrokken.", ref) is None


def test_laat_ik_for_a_move_in_the_debate_itself_is_no_undertaking() -> None:
    ref = date(2023, 1, 1)
    for move in ("Laat ik het even afpellen.", "Laat ik die schrik wegnemen.", "Laat ik ze even proberen af te pellen.",
                 "Laat ik proberen het goed samen te vatten.", "Laat ik dit afronden door iets te zeggen over de doelen.",
                 "Laat ik in ieder geval de hand in eigen boezem steken."):
        assert classify(move, ref) is None, move
    # an act to come after "laat ik" stays one
    assert classify("Dus laat ik dat ook zelf nog als huiswerk meenemen.", ref) is not None
    assert classify("Laat ik die vraag ook aan de inspectie zelf stellen.", ref) is not None


def test_an_annual_report_body_names_itself_she_with_a_singular_verb() -> None:
    # in its own annual report a body is "zij" (an organisation is feminine in written Dutch); the plural "they"
    # of "troffen zij" stays someone else, and outside an annual report "zij" is not resolved at all
    text = ("De politie stelde het plan op. In 2017 trof zij de eerste voorbereidingen om de teams eenduidig te laten "
            "monitoren. In 2017 troffen zij de eerste voorbereidingen voor een nieuw stelsel.")
    meta = {"title": "Jaarverslag politie 2017", "publication_date": date(2018, 4, 20)}
    found = extract_commitments(doc_of(text, **meta), use_model=False)
    assert [(c.kind, c.actor) for c in found] == [("progress", "zij")]
    assert "trof zij" in found[0].sentence and found[0].cue == "trof zij de eerste voorbereidingen"
    letter = extract_commitments(doc_of(text, title="Brief over de politie", publication_date=date(2018, 4, 20)), use_model=False)
    assert letter == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "er komt ... af/uit" is another verb (afkomen, uitkomen); what another body makes is theirs
        ("Er komt inderdaad veel nieuwe wetgeving op de bedrijven af.", None),
        ("Maar er komen enorme vraagstukken op het kleine mkb af.", None),
        ("Maar er komt een review van de Commissie, dus misschien dat we dan verder onderhandelen.", None),
        ("Er komt een voorlichting van de Raad van State.", None),
        # inverted too: "komen er ... uit" is where things come from
        ("Alhoewel, soms komen er ook wel degelijk verstandige dingen uit het departement.", None),
        ("Volgend jaar komt er een nieuwe regeling.", "plan"),
        # what the government brings about still comes, a letter on its way too
        ("Er komt een wetsvoorstel van het kabinet.", "plan"),
        ("Die brief komt er inderdaad aan.", "promise"),
        ("Voor de begrotingsbehandeling komt er een brief die ingaat op de uitspraak van de Raad van State.", "promise"),
    ],
)
def test_er_komt_is_a_plan_only_when_nobody_else_brings_it(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # words put in another's mouth, or weighed rather than said, after a colon
        ("Mijn taxatie is dat de Commissie zal zeggen: wij willen nog aanvullende hervormingen zien.", None),
        ("Ik vind het heel voorbarig om nu te zeggen: we gaan hiermee stoppen.", None),
        ("U kunt tegen mij zeggen: kom met een voorstel, en dan gaan wij dat steunen.", None),
        ("Maar die zeggen wel: als wij die verduurzamingsslag gaan maken, geef ons dan perspectief.", None),
        ("Ik heb gezegd: we gaan de regeling voor de zomer aanpassen.", "plan"),
        ("Ik kan u zeggen: we gaan de regeling voor de zomer aanpassen.", "plan"),
        # the perfect of "gaan" and a past modal with it tell what was done
        ("Ik ben ook maar eens gaan kijken in artikelen.", None),
        ("Toen zijn we gaan zoeken naar alternatieven voor een gerichte compensatie.", None),
        ("Ik wilde u net de blokjes gaan geven.", None),
        ("Het is de bedoeling dat we gaan kijken naar de regeling.", "plan"),
        # a request or thanks under "wil" is said in the debate, not undertaken
        ("Ik wil verzoeken die aan te houden.", None),
        ("Ik wil hier opnieuw mijn grote dank betuigen aan de vrouwen en mannen van de politie.", None),
    ],
)
def test_quoted_past_and_courteous_words_are_no_undertaking(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the answer's next topic, however the turn opens
        ("Ja, ik ga verder met financiën.", None),
        ("Daarna ga ik verder met het volgende blokje.", None),
        ("Voor nu ga ik even door met de rentederivaten.", None),
        ("Ik ga door met de georganiseerde criminaliteit in detentie.", None),
        # going on with the work itself is progress
        ("We gaan door met de aanpak van ondermijning.", "progress"),
        ("Ik ga verder met de uitvoering van het plan.", "progress"),
    ],
)
def test_going_on_to_the_next_topic_is_the_debates_order(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # an offer on the Kamer's wish is an undertaking once asked for; another condition keeps it open
        ("Als de heer Koerhuis daar prijs op stelt, wil ik dat doen.", True),
        ("Maar als mevrouw Kröger daar graag nog schriftelijke beantwoording op wil, dan zal ik die de Kamer doen toekomen.", True),
        ("Als u het concreter wilt weten, probeer ik er straks nog op terug te komen.", True),
        ("Als de rechter anders beslist, zal ik de regeling aanpassen.", False),
        ("Als de Commissie dat wil, zal ik de regeling aanpassen.", False),
        # a member named first as the one promised to, the first person the subject
        ("De heer Omtzigt wil ik toezeggen dat we die commissie gaan instellen.", True),
        ("De gemeente wil de regeling aanpassen.", False),
        # "zodra" a result is there names a moment, no condition
        ("Zodra de onderzoeksresultaten er zijn, voeren we daar uiteraard het gesprek over.", True),
        ("Zodra er een analyse van het Planbureau ligt, bekijkt de staatssecretaris wat mogelijk is.", True),
    ],
)
def test_offers_moments_and_fronted_names_are_read_by_their_grammar(sentence: str, found: bool) -> None:
    assert (classify(sentence, _REF) is not None) is found, sentence


def test_work_set_for_a_moment_to_come_is_a_plan() -> None:
    for sentence in ("Zodra de onderzoeksresultaten er zijn, voeren we daar uiteraard het gesprek over.",
                     "Zodra er een analyse van het Planbureau ligt, bekijkt de staatssecretaris wat mogelijk is."):
        assert classify(sentence, _REF)[0] == "plan", sentence
    assert classify("Momenteel voeren we daarover het gesprek met de sector.", _REF)[0] == "progress"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the speaker's own moves in the sitting, in the present tense: meaning, disputing, listening, citing,
        # referring, advising, suggesting, embracing
        ("Daar doel ik nu dan ook op.", None),
        ("Dat laatste betwist ik enigszins, maar mijn excuses daarvoor.", None),
        ("Ik luister uiteraard naar de commentaren.", None),
        ("Ten aanzien van deze bijzondere kwestie persisteer ik toch in het antwoord.", None),
        ("Ik refereer ook aan de reis die ik laatst maakte met de Deense collega.", None),
        ("We omarmen de moderniteit.", None),
        ("Juist daarom haal ik Kraag aan.", None),
        ("Ik raad u aan om daar eens naartoe te gaan.", None),
        ("Ik geef daarbij wel een suggestie.", None),
        ("Ik maak van deze gelegenheid gebruik om opnieuw te zeggen: maak gebruik van de regelingen.", None),
        ("Ik zoek even waar ze naartoe wil.", None),
        # encouraging others and cherishing are no work either
        ("Ik moedig alle gemeenten dan ook aan om zich aan te sluiten.", None),
        ("Nederland koestert de relaties met zijn buren.", None),
        ("We zoeken naar een oplossing voor de boeren.", "progress"),
        # a strong simple past is no present: "kreeg", "begreep", "begon"
        ("Ik kreeg net van BZK te horen dat die brief dinsdag al naar de Kamer is verzonden.", None),
        ("Dat zal waarschijnlijk, zo begreep ik van hem, medio oktober zijn.", None),
        ("Daar begon ik gisterochtend al even mee.", None),
        # an act in the same tense still counts
        ("Wij halen de doelen voor 2030.", "plan"),
    ],
)
def test_the_speakers_moves_in_the_sitting_are_no_work(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "commits"),
    [
        # a question put aside after a dash leaves the statement before it standing
        ("Dat betekent ook dat we zekerheid willen geven over welke oplossingen duurzaam zijn — mag ik dat onderstrepen?", True),
        ("Ik heb gezegd dat we die heel precies in kaart gaan brengen — wat is daar verstandig?", True),
        # a question of its own stays a question
        ("Gaat u dat in kaart brengen — en wanneer?", False),
        ("Wanneer gaan we die heel precies in kaart brengen?", False),
    ],
)
def test_a_question_put_aside_after_a_dash_leaves_the_statement(sentence: str, commits: bool) -> None:
    assert (kind_of(sentence) is not None) == commits, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a document to come after a fronted moment, its verb before it
        ("In het najaar volgt daarover een brief, waarin het kabinet ingaat op de techniek.", "promise"),
        ("Eind dit jaar komt de visie van de staatssecretaris op artificial intelligence.", "promise"),
        ("Najaar 2024 gaat de evaluatie naar de Kamer.", "promise"),
        # what follows from something, a document of the past, one without a moment to come
        ("Daaruit volgt het besluit.", None),
        ("Vorig jaar volgde een evaluatie.", None),
        ("Uit de cijfers komt het beeld naar voren dat het beter gaat.", None),
    ],
)
def test_a_document_to_come_after_a_fronted_moment(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # studying is finding out, as examining is: work under way
        ("Wij bestuderen die uitspraak.", "progress"),
        ("Het kabinet bestudeert het advies van de Raad van State.", "progress"),
        # not the studying of others, nor an infinitive of purpose
        ("De onderzoekers bestuderen het effect op de arbeidsmarkt.", None),
        ("We hebben het Ctgb om de rapporten te bestuderen.", None),
    ],
)
def test_studying_is_work_under_way(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an attempt under a past modal is the past
        ("Daarbij moesten we aan alle kanten proberen om ook de woningmarkt overeind te houden.", None),
        ("We proberen om ook de woningmarkt overeind te houden.", "plan"),
        # a standing disposition is no undertaking
        ("Wij zijn altijd bereid om verantwoordelijkheid te nemen.", None),
        ("Wij zijn allemaal bereid om alle kritiek te aanvaarden.", None),
        ("Ik ben bereid om dat te doen.", "plan"),
        # what happens now and then
        ("Soms komen we terug naar de Kamer dat er iets technisch niet kan.", None),
        ("Soms treden we op om zelf voor een vorm van afschrikking aan de grens te zorgen.", None),
        # talking in this sitting, and going back to a question of the debate
        ("Ook daar zullen we vandaag ongetwijfeld met elkaar over spreken.", None),
        ("We zullen vandaag nog met de sector spreken over de maatregelen.", "plan"),
        ("Ik ga even terug naar de vraag over de onaangekondigde controles in gevangenissen.", None),
        # the answer's next topic taken up, and "gaan" under a past modal
        ("Daarna ga ik in op rentederivaten en vervolgens op consumptief krediet.", None),
        ("Toen moesten we versneld NV-gebieden gaan aanwijzen.", None),
        # a point returned to with its content
        ("Ik kom erop terug dat de beste mensen werken in onze publieke dienstverlening.", None),
        ("Ik kom erop terug in de tweede termijn.", "promise"),
        # an attempt to explain or answer in the sitting
        ("Ik zal het nog een keer proberen duidelijk te maken.", None),
        ("Ik probeer daar in de tweede termijn op te antwoorden.", "plan"),
    ],
)
def test_the_past_a_disposition_a_habit_and_the_sitting_are_no_undertaking(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the effect of a means named before it says what something does
        ("Daarmee wordt het zelfbeschikkingsrecht van transgenderpersonen versterkt.", None),
        ("Door deze melding wordt UWV in de gelegenheid gebracht om werkzoekenden te bemiddelen.", None),
        ("Door verdere integratie van het Europees energienetwerk worden vraag en aanbod op elkaar afgestemd.", None),
        # a moment to come, or a policy as the means, keeps it
        ("Daarmee wordt de komende jaren ook een extra emissiereductie gerealiseerd.", "plan"),
        ("Door middel van gericht arbeidsmigratiebeleid wordt arbeidsmigratie tegen lage lonen beperkt.", "plan"),
    ],
)
def test_the_effect_of_a_means_is_no_plan(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # talk of a subject without a partner is talk going on, or a text that speaks of it
        ("Er wordt natuurlijk al jaren over gesproken.", None),
        ("In de motie op stuk nr. 9 wordt gesproken over compenseren, en dat vind ik te ver gaan.", None),
        ("Daar wordt in het nieuws over gesproken.", None),
        # talks with a partner, or in a forum of the government, are the government's work
        ("Met het midden- en kleinbedrijf wordt breed over dit soort zaken gesproken.", "progress"),
        ("In het overleg wordt onder andere over de voortzetting van de samenwerking gesproken.", "progress"),
    ],
)
def test_talk_of_a_subject_without_a_partner_is_no_work(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what is done every time is a routine
        ("Daarom wordt er altijd gekeken of deze zo lastenluw mogelijk zijn ingericht.", None),
        ("Er wordt steeds gekeken naar de individuele patiënt.", None),
        # what is still going on is work under way
        ("Daar wordt dus nog steeds aan gewerkt.", "progress"),
    ],
)
def test_a_passive_of_every_time_is_a_routine(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the manner of the answer given in the sitting
        ("Ik wil op twee niveaus antwoord geven.", None),
        ("Ik ga hierop dus het procedurele antwoord geven.", None),
        ("Maar ik wil de vraag van de heer Eerdmans wel in meer algemene zin adresseren.", None),
        ("Ik zie dat er meegeschreven wordt, dus ik zal mijn tempo aanpassen.", None),
        ("Ik wil overstappen op het blok rentederivaten.", None),
        ("Het kabinet zal overstappen op een nieuw bekostigingssysteem.", "plan"),
        # an answer for later is an undertaking
        ("Ik zal daar in de tweede termijn antwoord op geven.", "plan"),
    ],
)
def test_the_manner_of_the_answer_now_is_no_undertaking(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a group there will be, told by what it does or undergoes, is a forecast
        ("Er zullen mensen blijven die de regels overtreden.", None),
        ("Er zullen ook huizen en gezinnen zijn waarbij dat niet mogelijk is.", None),
        ("Het kabinet verwacht dat er lidstaten zullen zijn die meer tijd willen.", None),
        # what the government builds will be there
        ("Er zullen kleine leefafdelingen zijn van circa zes tot acht cellen.", "plan"),
    ],
)
def test_a_group_there_will_be_is_a_forecast(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # asking with no one asked, or asking a question, sets no work going
        ("Ik heb gevraagd om dat na te gaan.", None),
        ("We hebben zelf gevraagd om die commissaris.", None),
        ("Wij hebben SZW gevraagd hoe zij dit zien.", None),
        ("Ik heb het RIVM gevraagd om bij benadering te bepalen om hoeveel bedrijven het gaat.", "progress"),
        # drawing a distinction is a step of the argument
        ("We maken een onderscheid tussen twee groepen.", None),
        ("We maken afspraken met de gemeenten over de opvang.", "progress"),
    ],
)
def test_asking_no_one_and_drawing_a_distinction_set_no_work_going(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # participles with a diaeresis, "zo snel als mogelijk", an example of the means and a means phrase that
        # runs past the window the agent is sought in
        "Controles aan de binnengrens worden geïntensiveerd door een aanscherping van het mobiel toezicht.",
        "Dure noodopvanglocaties worden zo snel als mogelijk afgestoten.",
        "De asielprocedures worden verkort en versoberd tot het Europese minimum, bijvoorbeeld door het verkorten van de beroepstermijn.",
        # a hedge "waar nodig", a decimal comma, money used for something
        "De landelijke klimaatopgave voor de landbouw wordt waar nodig en mogelijk doorvertaald naar gebiedsspecifieke doelen.",
        "Het perceel kernenergie van het Klimaatfonds wordt met € 9,5 miljard verhoogd voor de bouw van twee kerncentrales.",
        "Hiervan wordt een deel gebruikt voor versterking van het kernkapitaal.",
        # a means clause after "door" names no other agent; an example of a noun is no routine
        "De nationale asielketen wordt versterkt door deze onder eenduidige regie van de bewindspersoon te brengen.",
        "Het SGR wordt in 2025 uitgebreid naar aanleiding van wetswijzigingen, zoals bijvoorbeeld de Wet Com.",
    ],
)
def test_a_policy_passive_reads_past_diaeresis_comparison_and_an_example(sentence: str) -> None:
    found = classify(sentence, PROGRAMME_REF, policy=True)
    assert found is not None and found[0] == "plan", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Met deze brief wordt u geïnformeerd op welke wijze invulling is gegeven aan de motie.",  # the letter's own act
        "Dit wordt geïllustreerd met een aantal specifieke casussen.",  # describing
        "De term wordt gebruikt voor alle vormen van steun.",  # a word used for something
        "Zo worden subsidies bijvoorbeeld jaarlijks verstrekt.",  # still a routine
    ],
)
def test_a_policy_passive_of_the_letter_describing_or_routine_is_no_plan(sentence: str) -> None:
    assert classify(sentence, PROGRAMME_REF, policy=True) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a plural noun phrase before a singular verb is the object put first, the government the subject after it
        ("Deze adviezen neemt het kabinet mee in de beoordeling van de aanvraag.", "progress"),
        # a singular noun phrase first is the subject, the government its object
        ("Het plan biedt de inspectie de mogelijkheid om in te grijpen.", None),
    ],
)
def test_a_plural_object_put_first_leaves_the_government_the_subject(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a deliverable ready at a moment to come
        ("De resultaten van dit onderzoek zullen in het najaar van 2025 beschikbaar zijn.", "plan"),
        ("De aangepaste brieven zullen in januari beschikbaar komen.", "plan"),
        # a shortage forecast
        ("Er zal dan onvoldoende personeel beschikbaar zijn voor de zorg.", None),
    ],
)
def test_a_deliverable_ready_at_a_moment_to_come_is_a_plan(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a bill put out for consultation at a moment to come
        ("Dat wetsvoorstel gaat dit najaar in consultatie.", "plan"),
        ("Ook zal in 2026 een wetsvoorstel in consultatie gaan om affectieschade mogelijk te maken.", "plan"),
        # one that was
        ("Het wetsvoorstel ging vorig jaar in consultatie.", None),
    ],
)
def test_a_bill_put_out_for_consultation_is_a_plan(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an intention is a plan, as a "bedoeling" is
        ("We hebben aangegeven dat het onze intentie is om dit onderzoek in september af te ronden.", "plan"),
        ("Het is de intentie om zo goed mogelijk bij het antwoord op die vraag uit te komen.", "plan"),
        ("Het is niet de intentie om de regeling af te schaffen.", None),
    ],
)
def test_an_intention_is_a_plan(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what was just raised, taken along, the anaphor first
        ("Die nemen we ook mee in de bespreking van de maatregelen.", "plan"),
        ("Dank, dat betrekken we erbij.", "plan"),
        ("Daar houden we dus rekening mee.", "plan"),
        ("Dat nemen we niet mee.", None),
    ],
)
def test_what_was_raised_taken_along_is_a_plan(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "Zoals hierboven aangegeven" refers back; the main clause still acts
        ("Zoals hierboven aangegeven werk ik dit uit in een samenhangende preventiestrategie.", "progress"),
        # a pointer within the text of the clause itself is no act
        ("Hieronder werk ik dit uit in drie stappen.", None),
    ],
)
def test_a_reference_back_leaves_the_main_clause_acting(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # pointing a third party to something, in the future, is an act
        ("Tijdens de werkoverleggen met de IGJ zal ik de IGJ hier ook op wijzen.", "plan"),
        ("Ik zal de gemeenten erop wijzen dat de regeling bestaat.", "plan"),
        # pointing the Kamer to something is the sitting's own move
        ("Ik zal de Kamer daarop wijzen.", None),
        ("Ik wil de Kamer wijzen op de staatsrechtelijke verhoudingen.", None),
    ],
)
def test_pointing_a_third_party_to_something_is_an_act(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # research commissioned is work under way
        ("Ik heb dan ook een onderzoek uitgezet naar de beste praktijken in contentmoderatie.", "progress"),
        ("Er zijn onderzoeken uitgezet naar de vraag hoe we dat het beste kunnen inrichten.", "progress"),
        # a study described by a relative clause, or something else put out
        ("Het omwonendenonderzoek is een langjarig onderzoek dat uitgezet is via het RIVM.", None),
        ("Het Rekencentrum Zuid is uitgezet en ontmanteld.", None),
    ],
)
def test_research_commissioned_is_work_under_way(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a bare page or footnote number left before a sentence that opens with a capital
        ("25 Nederland focust hierbij op het in kaart brengen van deze emissies.", "plan"),
        # a count opens with a lower-case noun
        ("25 gemeenten doen mee aan de pilot.", None),
        # "als ook ..." opens a condition, not a role
        ("Als ook de netto-nul plannen van landen worden meegenomen komt de 2 graden al binnen bereik.", None),
    ],
)
def test_a_stray_number_before_a_sentence_and_als_ook(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a call put as "laten we" after a plea or a would-say urges, it does not undertake
        ("Mijn oproep zou zijn: laten we als Nederland proberen ook af en toe naar buiten te blijven kijken.", None),
        ("Maar ik zou ook hem willen uitdagen: laten we het gewoon eens even met een leeg velletje gaan doen.", None),
        # an undertaking before the call still counts
        ("Ik ga dat onderzoeken, maar mijn oproep zou zijn: laten we geduld hebben.", "plan"),
    ],
)
def test_a_call_with_laten_we_urges_and_does_not_undertake(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a phrase with "aan" after the participle, and an aside in brackets inside the passive
        ("Deze middelen worden toegevoegd aan het Mobiliteitsfonds.", "plan"),
        ("Bovendien worden het meetnet en de ongevalsorganisatie (RIVM) toekomstbestendig gemaakt.", "plan"),
        # a subordinate clause closed by its own verb, or a comma, before the main clause's passive
        ("Wet- en regelgeving die tot onnodige administratietijd leidt wordt opgeheven.", "plan"),
        ("Omdat het een substantiële verlaging betreft wordt een wetgevingstermijn van twee jaar gehanteerd.", "plan"),
        ("De bewijslast om aan te tonen dat recht op asiel bestaat wordt maximaal bij de asielzoeker gelegd.", "plan"),
        ("Het leveren van drinkwater aan grote verbruikers, waaronder datacenters, wordt beperkt.", "plan"),
        # still inside the subordinate clause: two subordinators, one closed
        ("Keerzijde is dat ook voorschotten die tot een uitkering leiden, worden geschrapt uit de toerekening.", None),
        ("Het is de vraag of dit wordt aangepast.", None),
        # a means named as such is no other agent
        ("Crisisbeheersing wordt verder versterkt door implementatie van de Landelijke Agenda Crisisbeheersing.", "plan"),
        ("De slagingskans van taakstraffen wordt verder vergroot door gericht aanvullend beleid.", "plan"),
        ("Dit onderzoek wordt uitgevoerd door Wageningen University & Research.", None),
        # a policy's refusal is a decision too
        ("Er worden geen nieuwe nationale koppen op Europees beleid ingevoerd.", "plan"),
        ("Het bindend studieadvies voor het hbo en wo wordt niet versoepeld.", "plan"),
        # not a stance, a point argued against, a reasoning, nor a noun in "-heid" taken for a participle
        ("Beperkingen van de vrije zeevaart worden internationaal niet erkend.", None),
        ("Echter in tegenstelling tot het aangevoerde argument, worden deze passages niet geweigerd.", None),
        ("Met de maatregel wordt de mate van arbeidsongeschiktheid immers niet vastgesteld.", None),
        ("Er worden geen problemen met betrekking tot de uitvoerbaarheid en handhaving voorzien.", None),
        # "in veel gevallen" is a routine
        ("In veel gevallen wordt er nu door Nederland deelgenomen aan de besluitvorming.", None),
        ("Een last onder dwangsom wordt gebonden aan een termijn.", None),
    ],
)
def test_the_policy_passive_read_past_asides_clauses_means_and_refusals(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "Zo wordt/worden" opens an example of the policy just stated
        ("Zo worden middelen uit het Klimaatfonds ingezet voor het continueren van rentevrije leningen.", "plan"),
        ("Zo worden malafide uitzendbureaus aan banden gelegd, onder andere met een toelatingsstelsel.", "plan"),
        # what the country undergoes is no act; "Zo" before another verb is the effect
        ("Zo wordt Nederland rechtstreeks geconfronteerd met militaire dreigingen.", None),
        ("Hierdoor wordt funderingsschade beperkt.", None),
    ],
)
def test_zo_wordt_opens_an_example_of_policy(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # going on, as a clause of its own after a colon, or pressing on after "en"
        ("Maar ik ben het er zeer mee eens: daar gaan we mee door.", "progress"),
        ("Ik heb dat beleid aangekondigd en dat zet ik wel door.", "progress"),
        # the Kamer first, receiving at a moment to come
        ("U ontvangt dus binnenkort de resultaten van de pilot die naar aanleiding van de motie is uitgevoerd.", "promise"),
        ("U krijgt de openbare jaarverslagen, en de CIVD is voor de geheime jaarverslagen.", None),
        # a debate on a date, before which something is shared, is not this debate
        ("Ik ben bereid om voorafgaand aan het debat van 7 november de eerste, oriënterende accenten van de regeling te delen.", "plan"),
        ("Ik wil dit debat gebruiken om iets te zeggen over de landbouw.", None),
    ],
)
def test_going_on_after_a_colon_the_kamer_receiving_and_another_debate(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an annual report published in 2018 (on 2017): a present tense naming 2018 or later sets work to come
        ("Deze krijgen in 2018 vorm en inhoud.", "plan"),
        ("Alle kernleden van dit netwerk volgen deze training in 2018.", "plan"),
        ("De betreffende PD-functies wijst het korps in 2018 aan.", "plan"),
        ("Het opheffen van de laatste 24 moet het korps in 2018 voltooien.", "plan"),
        # a past, a state that holds now, a negation, a subordinate clause, the year accounted for
        ("De politie stelde in 2018 de plannen vast.", None),
        ("De overige 1906 zijn in 2018 nog in behandeling.", None),
        ("Geaccepteerd wordt dat in 2018 nog niet aan de vereisten wordt voldaan.", None),
        ("Mede in aanloop naar de verkiezingen in 2018 leidde dit ertoe dat de kwetsbaarheid hoog was.", None),
        ("Het thema multiproblematiek kreeg in 2017 vorm en inhoud.", None),
    ],
)
def test_an_annual_reports_present_tense_for_the_year_ahead(sentence: str, kind: str | None) -> None:
    found = classify(sentence, date(2018, 4, 20), policy=True, annual=True)
    assert (found[0] if found else None) == kind, sentence



@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a start the government has made, and a study put out named first, are work under way
        ("Samen met de provincies en BIJ12 hebben we al een goede start gemaakt.", "progress"),
        ("De onderzoeken en het addendum daarop zijn uitgezet.", "progress"),
        # a start of others, none made, a study not put out
        ("De gemeente heeft een start gemaakt.", None),
        ("We hebben geen start gemaakt.", None),
        ("Het onderzoek is niet uitgezet.", None),
    ],
)
def test_a_start_made_and_a_study_put_out_are_work_under_way(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # in a policy document what the government will not do is a plan too
        ("We wijzigen de fiscale positie van de eigen woning niet.", "plan"),
        ("We nemen in de bouwregelgeving voor woningen geen nieuwe duurzaamheidseisen op.", "plan"),
        ("Het kabinet neemt zich voor de armoedecijfers niet uit te laten komen boven het referentiejaar 2024.", "plan"),
        # not a refusal argued in the sentence (a verdict on a case), a reflexive state, nor "nooit"
        ("Daarom maken wij het document niet openbaar, aangezien hier alleen bedrijfsgegevens in zijn opgenomen.", None),
        ("UWV houdt zich niet bezig met de opsporing van verschuldigde betalingen.", None),
        ("We wijzigen de fiscale positie van de eigen woning nooit.", None),
    ],
)
def test_a_policy_refusal_in_the_active_voice(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


def test_a_refusal_outside_a_policy_document_is_no_undertaking() -> None:
    assert kind_of("We wijzigen de fiscale positie van de eigen woning niet.") is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # outside a policy document the present tense after "Daarmee"/"Hiermee" says what something achieves
        ("Daarmee sluiten we criminelen van verschillende kanten in.", None),
        ("Daarmee zetten we dus een stap voorwaarts, zeg ik tegen mevrouw Leijten.", None),
        # giving effect to something is an act; a plan with "gaan" stays one
        ("Daarmee geef ik uitvoering aan het PSN.", "progress"),
        ("Daarmee gaan wij de benodigde stappen in 2025 zetten.", "plan"),
    ],
)
def test_what_something_achieves_in_a_debate_is_no_work(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


def test_what_something_achieves_in_a_policy_document_is_a_plan() -> None:
    found = classify("Hiermee borgen we de zoetwatervoorziening vanuit het IJsselmeer in de toekomst.", _REF, policy=True)
    assert found is not None and found[0] == "plan"


@pytest.mark.parametrize(
    "sentence",
    [
        # a cause put first: the main clause tells its effect
        "Doordat de borger meewerkt en financieel bijdraagt aan de fusie wordt de verhuur van de woningen voortgezet.",
        "Doordat BKWI vanaf 2022 meer vast wordt gefinancierd, is er een verschuiving van inhuur naar vast personeel.",
        # a purpose clause standing alone
        "Zodat we vandaag én morgen kunnen blijven rijden.",
    ],
)
def test_a_cause_put_first_or_a_purpose_alone_is_no_commitment(sentence: str) -> None:
    assert classify(sentence, _REF, policy=True) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "gaan" with the particle of its own verb closing the clause: tegengaan, omgaan met
        ("Verdere versnippering van het hulpverleningslandschap gaan we tegen.", "plan"),
        ("Daar gaan we zorgvuldig mee om.", "plan"),
        # not refused, nor "gaan" an auxiliary without such a particle
        ("Verdere versnippering gaan we niet tegen.", None),
        ("Daar gaan we morgen over praten met de sector en dan zien we verder.", "plan"),
    ],
)
def test_gaan_with_the_particle_of_its_own_verb(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "bijvoorbeeld" gives an example of the policy, no routine
        ("Binnen de zorg wordt bijvoorbeeld ingezet op AI.", "plan"),
        ("Verder worden posten ondersteund om de transities te versnellen met bijvoorbeeld een nieuw instrument.", "plan"),
        # a relative clause closed by its own passive, an aside between commas with a modal of its own
        ("De middelen die beschikbaar worden gemaakt worden opgenomen in de Miljoenennota 2025.", "plan"),
        ("Irreguliere migranten, waaronder migranten die zich niet kunnen identificeren, worden direct teruggestuurd.", "plan"),
        # a routine stays one, and a modal of the main clause is no plan
        ("De cijfers worden jaarlijks bijgewerkt.", None),
        ("Irreguliere migranten, waaronder kinderen, kunnen worden teruggestuurd.", None),
    ],
)
def test_the_policy_passive_with_an_example_a_closed_relative_clause_and_an_aside(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the subject of a policy's present passive undergoes the act: others named in it do not act
        ("Ruimtelijke plannen en instrumenten van de gemeenten en provincies worden hierop aangepast.", "plan"),
        # what befalls people is no act of policy, nor is reporting back in a process
        ("Deze cliënten worden bij een terugvordering opgezadeld met een schuld bij UWV.", None),
        ("De uitkomsten van deze reviews worden teruggekoppeld aan de AVA, AAD en SPB.", None),
        # an agent of others still rules it out
        ("Ruimtelijke plannen worden door de gemeenten aangepast.", None),
    ],
)
def test_the_subject_of_a_policy_passive_undergoes_the_act(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "als" before a role opens no clause
        ("Aanvullende maatregelen als uitwerking van het addendum worden opgenomen in de gebiedsprogramma's.", "plan"),
        # "als" before a subject does
        ("Het is beter als de regeling wordt aangepast.", None),
        # a cause with its effect
        ("Als gevolg van de krapte wordt de uitvoering van maatschappelijke opgaven flink bemoeilijkt.", None),
        ("Dit komt doordat het verzoek alleen vanuit onze rol als opdrachtgever wordt behandeld.", None),
    ],
)
def test_als_before_a_role_and_a_cause_with_its_effect(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # work in preparation or under way, with the spoken words between
        ("Dat is nu helemaal in voorbereiding.", "progress"),
        ("Dus dat is nu allemaal in uitvoering.", "progress"),
        ("Het is dus werk in uitvoering.", "progress"),
        # preparing for something is no work under way
        ("In 2019 is in voorbereiding op de besluitvorming onderzoek uitgevoerd.", None),
    ],
)
def test_work_in_preparation_with_spoken_words_between(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a demonstrative object right after causative "laten"
        ("Ik laat dat even uitzoeken.", "plan"),
        ("We laten die even doorrekenen.", "plan"),
        # "laten zien dat" shows, it has a clause after it
        ("Ik laat zien dat we dat onderzoeken.", None),
    ],
)
def test_causative_laten_with_a_demonstrative_object(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # holding on to something is an act of policy too
        "30. We houden water langer vast en voeren het minder snel af.",
        "Die koers houden we vast.",
    ],
)
def test_holding_on_in_a_policy_document_is_a_plan(sentence: str) -> None:
    found = classify(sentence, _REF, policy=True)
    assert found is not None and found[0] == "plan", sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # willingness to what was just asked, named by a pronoun
        ("Maar daartoe ben ik zeker bereid.", "plan"),
        ("Ja, daar ben ik toe bereid.", "plan"),
        ("Ik ben daartoe bereid.", "plan"),
        # refused, or a standing disposition
        ("Daar ben ik niet toe bereid.", None),
        ("Daar ben ik altijd toe bereid.", None),
    ],
)
def test_willingness_named_by_a_pronoun(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # remarks others made, which the plan takes up, are no remarks of the speaker's own
        ("Na de zomer zullen we al die reacties, adviezen, opmerkingen en toetsen verwerken in een wetsvoorstel.", "plan"),
        ("Naar aanleiding van opmerkingen die hier zijn gemaakt zullen we de regels aanpassen.", "plan"),
        # the speaker's own remarks are debate talk
        ("Ik wil een paar opmerkingen maken over de begroting.", None),
        ("Ik zal daarover enkele opmerkingen maken.", None),
    ],
)
def test_remarks_of_others_taken_up_in_a_plan(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a distinction or a suggestion made in the argument itself
        ("Ik zou wel een duidelijk onderscheid willen maken met de andere twee dossiers die hij noemt.", None),
        ("Ik zou daarbij nog wel een verschil willen maken tussen preventie en zorg.", None),
        ("Ik zou mevrouw Ploumen ook echt de suggestie willen doen om te kijken naar de andere aspecten.", None),
        # making a difference in the world is a plan
        ("In de armste landen willen we met onze aanpak een betekenisvol verschil maken.", "plan"),
    ],
)
def test_a_distinction_or_suggestion_made_in_the_argument(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "richten" is a present plural (its stem ends in -cht), no past like "maakten"
        ("We richten een ondersteuningsfonds in.", "plan"),
        ("Bij de uitvoering van tbs richten we ons op het beschermen van de samenleving.", "plan"),
        # "eerder" before a participle that qualifies a noun names what came before the act
        ("Aanvullend op de eerder in gang gezette stappen bouwt het kabinet twee extra kerncentrales.", "plan"),
        ("De eerder geplande activiteiten pakken wij weer op.", "plan"),
        # "eerder" of the act itself is a time gone by
        ("Het kabinet bouwt eerder twee kerncentrales.", None),
    ],
)
def test_present_plural_richten_and_eerder_before_an_attribute(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a purpose clause's negation is its own, not the main verb's
        ("Om geen tijd te verliezen start het kabinet een traject voor een asielcrisiswet.", "plan"),
        ("Om niet te vertragen zullen we de wet dit najaar indienen.", "plan"),
        # the main verb negated
        ("Om tijd te winnen zullen we de wet niet dit najaar indienen.", None),
    ],
)
def test_negation_in_a_purpose_clause(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the government tables a bill
        ("Het kabinet zal dit najaar een nota van wijziging indienen op het wetsvoorstel.", "plan"),
        ("We zullen het wetsvoorstel voor de zomer indienen.", "plan"),
        # a motie is tabled by members of the Kamer
        ("Ik zal een motie indienen.", None),
    ],
)
def test_the_government_tables_a_bill(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an auxiliary of a relative clause after the object is no perfect of the main verb (what is sent to the
        # Kamer is promised it)
        ("Het kabinet stuurt nog dit jaar regelgeving naar de Kamer waarin is vastgelegd welke zorg er moet zijn.", "promise"),
        ("Het kabinet stuurt nog dit jaar regelgeving naar de Kamer die is opgesteld met de gemeenten.", "promise"),
    ],
)
def test_an_auxiliary_of_a_relative_clause_is_no_perfect(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a clause of its own before a colon is no run-in head
        ("Daarnaast komt het kabinet met een campagne in 2025: Agressie tegen hulpverleners, dat doe je niet!", "plan"),
        # coming with a document named by a demonstrative, or with further proposals
        ("We komen binnenkort met die overzichtsbrief Afghanistan.", "promise"),
        ("Dat staat er taakstellend in en we komen daarvoor met verdere voorstellen.", "plan"),
        # a run-in head is still left out: what follows it is read alone
        ("Agressie tegen hulpverleners: Dat doe je niet!", None),
    ],
)
def test_coming_with_and_clauses_before_a_colon(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


def test_a_bracketed_part_of_a_word_is_read_as_one_word() -> None:
    # "(top)sport" and "verordening(en)" stand between the modal and its infinitive as one word each
    found = classify("Vanzelfsprekend blijven we (top)sport en evenementen ondersteunen.", _REF, policy=True)
    assert found is not None and found[0] == "plan"
    assert classify("We blijven de verordening(en) toepassen.", _REF, policy=True) is not None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a negation or hypothetical of the clause before "maar"/"en" + a new subject is not this clause's
        ("Op korte termijn gaat dat niet, maar we gaan een poging doen.", "plan"),
        ("Niet per brief, maar ik ga een manier zoeken om dat te doen.", "plan"),
        ("Mij werd gemeld dat er een verschil zou zijn en ik ga dat nu laten uitzoeken.", "plan"),
        # within the clause they still count
        ("We gaan dat niet doen.", None),
        ("Iemand zou hebben gezegd: we gaan de bedrijven ontzien.", None),
    ],
)
def test_negation_and_hypothetical_of_a_clause_before(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # going on with it, the pronominal adverb whole or split, also after "en"
        ("Het betekent dat Defensie door kan gaan; we gaan daarmee verder.", "progress"),
        ("We hebben een brede aanpak en daar gaan wij mee door.", "progress"),
        # an enumeration with commas between "gaan" and its idiom
        ("Ik ga daarover ook met de collega's van OCW, SZW en VWS in gesprek.", "plan"),
        # going on with the debate is no work going on
        ("Ik ga verder met de volgende vraag.", None),
    ],
)
def test_going_on_with_it_and_lists_before_the_idiom(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "die" before a noun is its determiner, no relative pronoun
        ("Wij willen natuurlijk die klimaatambities invullen en de uitstoot compenseren.", "plan"),
        ("Het kabinet wil die andere oplossingen samen met provincies faciliteren.", "plan"),
        # securing something is an act, unlike "stellen" as saying
        ("Daarnaast willen we de waterafvoer naar de Waddenzee veilig stellen.", "plan"),
        # advice on a motie and seeing a film are none
        ("Helaas wil ik die motie echt ontraden.", None),
        ("Ik wil die film uiteraard ook zien.", None),
        # a relative "die" still ends the clause the cue reads
        ("Wij willen de mensen die op de wachtlijst staan.", None),
    ],
)
def test_wanting_with_a_determiner_die(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the act just named, taken up by a pronoun, with adverbs before its manner
        ("Dat doen we natuurlijk samen met medeoverheden.", "plan"),
        ("Dit doen we in nauw overleg met andere overheden, departementen en marktpartijen.", "plan"),
        ("Dit doen we onder andere door de lopende Regio Deals door te ontwikkelen.", "plan"),
        # an example of how it is done is a description
        ("Dit doen we bijvoorbeeld door extra uitleg te geven.", None),
        ("Dat doen wij eigenlijk constant bij de inzet van ons werk.", None),
    ],
)
def test_the_act_taken_up_by_a_pronoun_with_its_manner(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # an article, pronoun or adverb after "ik" is no finite verb of it
        "Daar hebben de Kamer en ik het natuurlijk met grote regelmaat over gehad.",
        "Dat hebben mevrouw Leijten en ik een paar keer met elkaar gewisseld.",
        "Dit is een debat dat mevrouw Marijnissen en ik vaker in goede sfeer gevoerd hebben.",
    ],
)
def test_no_article_or_adverb_as_the_verb_of_ik(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # in a debate looking at something is weighing it in the argument
        ("Ik kijk naar alle belangen.", None),
        ("Maar ik kijk ook naar de overheidsbegroting.", None),
        # unless what is looked at are options, measures or an open question
        ("We kijken al naar werkwijzen die branches en koepels met ons delen.", "progress"),
        ("Voor de korte termijn kijk ik naar een uitbreiding van het ANLb.", "progress"),
        ("Aan de andere kant kijken we naar wat er in de landen om ons heen wordt gedaan.", "progress"),
    ],
)
def test_looking_at_in_a_debate(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


def test_looking_at_in_a_policy_document_is_an_act() -> None:
    found = classify("Wij kijken daarom naar Europese samenwerking.", _REF, policy=True)
    assert found is not None and found[0] == "plan"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the debate's own talk, defence and wholehearted support
        ("Maar ik praat over de penitentiaire instellingen.", None),
        ("Die hebben allemaal voor- en nadelen en ik verdedig hier het kabinetsplan.", None),
        ("Ik ondersteun deze zes lijnen van harte.", None),
        # talking with someone, defending interests and supporting people are acts
        ("Ik praat morgen ook met de premier van Bangladesh.", "progress"),
        ("We verdedigen de Nederlandse belangen in Brussel.", "progress"),
        ("We ondersteunen ondernemers bij hun inspanningen om te innoveren.", "progress"),
    ],
)
def test_talk_defence_and_support_in_the_debate(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what comes without anyone's act
        ("Er komen verkiezingen op 22 november.", None),
        ("Er komt een moment dat je als Kamer moet zeggen: we kijken waar meerderheden voor zijn.", None),
        ("Er komt wat dat betreft echt iets unieks bij elkaar.", None),
        # what the government brings
        ("Er komt binnenkort een technische briefing over waterstof.", "plan"),
    ],
)
def test_what_comes_without_an_act(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # in a policy document what others are given is what the government grants
        ("Mbo’s, hogescholen en universiteiten krijgen daarnaast een zorgplicht voor sociale veiligheid.", "plan"),
        ("Het Rijksvastgoedbedrijf krijgt de opdracht om maximaal in te zetten op maatschappelijke opgaven.", "plan"),
        ("Ondernemers krijgen voldoende tijd om aan deze normen te voldoen.", "plan"),
        ("Mensen met lagere inkomens krijgen straks meer zorgtoeslag.", "plan"),
        # not what befalls them, nor an obligation, nor a negation or a clause that opens on a subordinator
        ("Op termijn krijgen met name de kustgebieden te maken met verzilting.", None),
        ("Boeren moeten daarom ruimte krijgen om te ondernemen.", None),
        ("Zij krijgen niet altijd de zorg en ondersteuning die ze nodig hebben.", None),
        ("Als gemeenten meer ruimte krijgen, bouwen ze sneller.", None),
    ],
)
def test_what_others_are_given_in_a_policy_document(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


def test_what_others_are_given_outside_a_policy_document_is_no_plan() -> None:
    assert classify("Ondernemers krijgen voldoende tijd om aan deze normen te voldoen.", _REF) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # in a policy document listening, using, respecting and applying are the government's way of working
        ("We luisteren naar omwonenden en nemen zorgen waar mogelijk weg.", "plan"),
        ("Daarvoor gebruiken we kennis uit binnen- en buitenland.", "plan"),
        ("Bij de toelating van gewasbeschermingsmiddelen respecteert het kabinet de wetenschappelijke adviezen.", "plan"),
        # a definition used in the text is no way of working
        ("Wij hanteren de omschrijving van AI door de Algemene Rekenkamer.", None),
    ],
)
def test_ways_of_working_in_a_policy_document(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


def test_listening_in_a_debate_is_a_stance() -> None:
    assert classify("Ik luister naar de Kamer.", DEBATE_REF) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # proposing measures is an act of policy
        ("Daarnaast stelt het kabinet maatregelen voor om de tijdelijkheid te borgen.", "plan"),
        # proposing what the speaker will do himself is an offer, which the labellers count (fresh20, fresh83, fresh88:
        # "Dan stel ik voor dat we ook het Europese perspectief meenemen"); proposing to a member, and imagining, are
        # the debate's own
        ("Ik stel voor dat we dit in de evaluatie meenemen.", "promise"),
        ("Ik stel mevrouw Ouwehand dus voor om de motie aan te houden.", None),
        ("Ik stel mij dus op die manier de beantwoording voor.", None),
    ],
)
def test_proposing_measures_and_proposing_in_the_debate(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


def test_coming_with_past_an_aside_between_commas() -> None:
    found = classify("Daarom komen wij in 2026, en zo mogelijk eerder, met een brede beëindigingsregeling voor veehouders.",
                     _REF, policy=True)
    assert found is not None and found[0] == "plan"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the government's aim named as its "inzet", put after the verb
        ("Het is de inzet van het kabinet om met stimuleren van innovatie reductie bij stallen te realiseren.", "target"),
        ("Hierbij is de inzet van Nederland en Europese partners dat de hele keten wordt meegenomen.", "target"),
        # the aim of others is none
        ("Het is de inzet van de Commissie om de regels te harmoniseren.", None),
    ],
)
def test_the_governments_inzet_after_the_verb(sentence: str, kind: str | None) -> None:
    assert kind_of(sentence) == kind, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a modal of a purpose clause is not the passive's own
        "Om eventueel bij te kunnen sturen zullen doeltreffendheid en haalbaarheid worden gemonitord.",
        # "samen" before the participle of a future passive
        "Bovendien zal met omringende landen intensief worden samengewerkt om adequaat op te treden.",
    ],
)
def test_future_passives_with_a_purpose_clause_or_samen(sentence: str) -> None:
    found = classify(sentence, _REF, policy=True)
    assert found is not None and found[0] == "plan"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "staan ... toe" is allowing, here refused in a policy document
        ("14. We staan kustuitbreiding vooralsnog niet toe.", "plan"),
        ("We staan in de uiterwaarden geen nieuwe bebouwing meer toe.", "plan"),
        # "staan" without its particle is no act
        ("We staan achter het voorstel.", None),
    ],
)
def test_staan_toe_is_allowing(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=True)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a minister's portfolio of several capitalised words is one actor
        ("De minister van Sociale Zaken en Werkgelegenheid inventariseert welke mogelijkheden er zijn.",
         "De minister van Sociale Zaken en Werkgelegenheid"),
        ("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties zal de Kamer voor de zomer informeren.",
         "De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"),
    ],
)
def test_a_ministers_portfolio_is_one_actor(sentence: str, actor: str) -> None:
    found = classify(sentence, DEBATE_REF)
    assert found is not None and found[2] == actor


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a name in apposition closes the subject it names
        ("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, Knops, zal de Kamer begin oktober per brief "
         "informeren.", "promise"),
        ("De directeur van de NZa, Jansen, zal de Kamer informeren.", None),
    ],
)
def test_a_name_in_apposition(sentence: str, kind: str | None) -> None:
    found = classify(sentence, DEBATE_REF)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # what "we" as a country produce or import is the economy, no act of policy
        "We produceren kwalitatief goed voedsel op een zeer efficiënte wijze.",
        "Wij produceren op dit moment te weinig gas om in onze eigen behoefte te voorzien.",
        "Nederland importeert volgens mij op dit moment.",
        # a role played is a state
        "De politie speelt een belangrijke rol in het bevorderen van de veiligheid in wijken.",
    ],
)
def test_what_the_country_produces_is_no_act(sentence: str) -> None:
    assert classify(sentence, _REF, policy=True) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # who was promised and when stand between "heb" and "toegezegd"
        "Ik heb de Kamer al vanmiddag toegezegd aan het Luxemburgse voorzitterschap te zullen overbrengen wat wijsheid is.",
        "Maar ik heb de heer Omtzigt toegezegd dat we wel even een analyse maken.",
    ],
)
def test_a_promise_restated_with_its_recipient(sentence: str) -> None:
    found = classify(sentence, DEBATE_REF)
    assert found is not None and found[0] == "promise", sentence


def test_a_promise_denied_is_none() -> None:
    assert classify("Wij hebben dat toen niet toegezegd dat we een integrale visie maken.", DEBATE_REF) is None


@pytest.mark.parametrize(
    ("sentence", "policy", "kind"),
    [
        # a policy begins with its first act; a debate with its next answer
        ("We starten met textiel, verpakkingen en elektrische apparaten.", True, "plan"),
        ("Ik begin met de motie-Bromet, de motie op stuk nr. 29.", False, None),
        ("We beginnen met de motie op stuk nr. 32 van de heer Graus.", False, None),
    ],
)
def test_beginning_with(sentence: str, policy: bool, kind: str | None) -> None:
    found = classify(sentence, _REF, policy=policy)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a partner named after "en" shares the act: the verb is plural, the actor the government side
        ("Voor het bevorderen van de regie in de ondergrond ontwikkelen Rijk en gemeenten een gezamenlijk instrument.", "Rijk"),
        ("In het Deltaprogramma nemen Rijk en andere overheden gezamenlijk maatregelen om water vast te houden.", "Rijk"),
        ("Het kabinet en de provincies werken samen aan een nieuw programma.", "Het kabinet"),
    ],
)
def test_the_government_with_a_partner(sentence: str, actor: str) -> None:
    found = classify(sentence, _REF, policy=True)
    assert found is not None and found[2] == actor, sentence


def test_a_plural_noun_before_an_acronym_is_no_verb() -> None:
    # "jaarplannen" before "UWV en BKWI" is a noun, not the verb of a subject after it
    assert classify("We zien uw reactie op de jaarplannen UWV en BKWI met belangstelling tegemoet.", _REF, policy=True) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # the debate's own acts: answering now, congratulating, taking points together, a reservation made
        "Ten aanzien van Mercosur geef ik nog een wat uitgebreider antwoord, want zo begon onze dialoog vandaag.",
        "Voordat ik met mijn inleiding start, geef ik een reactie op de vraag van mevrouw Van der Plas.",
        "Laat ik eerst de maidenspeechers van gisteren feliciteren: mevrouw Faber en mevrouw Lahlah.",
        "Dat was zeer inspirerend en ik feliciteer u daarmee.",
        "Dan pak ik het in één keer bij elkaar.",
        "Dan pak ik er toch maar even het laatste blokje bij, voorzitter, namelijk de arbeidsmarkt.",
        "Ik maak daarbij wel de aantekening dat er een heel zorgvuldige weging moet zijn.",
        # a doubt: its "dat"-clause is no plan
        "Alleen, ik heb er een zwaar hoofd in dat we het probleem helemaal gaan oplossen op deze korte termijn.",
        "Ik betwijfel zeer dat we dat dit jaar gaan oplossen.",
    ],
)
def test_the_debates_own_acts_and_doubts(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # an answer promised for later is still a promise
        "Ik geef de Kamer voor de zomer antwoord op deze vragen.",
        # notes of one's own name what will be sent
        "In mijn aantekeningen staat nu dat de uitkomsten van die verkenning voor het einde van het jaar naar de Kamer "
        "worden gestuurd.",
    ],
)
def test_answers_and_notes_that_promise(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is not None, sentence


@pytest.mark.parametrize(
    ("sentence", "policy"),
    [
        # a talk begun in the past is no talk going on
        ("De minister van Justitie en Veiligheid is direct na haar aantreden in gesprek gegaan met de werkvloer.", False),
        ("Ik ben mede op instigatie van mevrouw Leijten met De Nederlandsche Bank in gesprek gegaan.", False),
        # a thought of then, quoted
        ("Ik dacht: ik bedien u.", False),
        # a degree of shortfall in a policy's passive states a problem
        ("De stem van woningzoekenden wordt onvoldoende gehoord.", True),
    ],
)
def test_past_talks_thoughts_and_shortfalls(sentence: str, policy: bool) -> None:
    assert classify(sentence, DEBATE_REF, policy=policy) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "policy"),
    [
        ("Ik ben met De Nederlandsche Bank in gesprek over meer toezicht.", False),
        ("De stem van woningzoekenden wordt beter gehoord in een nieuwe landelijke raad.", True),
    ],
)
def test_talks_going_on_and_a_policys_passive(sentence: str, policy: bool) -> None:
    assert classify(sentence, DEBATE_REF, policy=policy) is not None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the Kamer informed further, by letter or at a later moment: a promise in the present tense too
        "Uw Kamer wordt hierover per brief geïnformeerd door de minister van JenV.",
        "Daarover wordt de Kamer ook op een later moment nader geïnformeerd.",
        "Ik kom daar op een later moment op terug bij de Kamer.",
    ],
)
def test_the_kamer_informed_later_or_by_letter(sentence: str) -> None:
    found = classify(sentence, DEBATE_REF)
    assert found is not None and found[0] == "promise", sentence


def test_the_kamer_informed_as_a_practice_is_no_promise() -> None:
    assert classify("De Kamer wordt regelmatig vertrouwelijk geïnformeerd, want dit leent zich niet voor het debat.", DEBATE_REF) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a decision forced by circumstance is still the government's decision
        ("Daarom zie ik mij genoodzaakt om de eis van neutraliteit in wet- of regelgeving vast te leggen.", "plan"),
        ("Het kabinet ziet zich genoodzaakt de subsidie te beëindigen.", "plan"),
        # others forced, or forced in the past, are not
        ("Gemeenten zien zich genoodzaakt om te bezuinigen.", None),
        ("Hoewel de AP genoodzaakt was om de openingstijden in 2022 terug te brengen, heeft de AP veel gedaan.", None),
    ],
)
def test_a_forced_decision(sentence: str, kind: str | None) -> None:
    found = classify(sentence, _REF)
    assert (found[0] if found else None) == kind, sentence


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # looking into the matter raised, its "naar" stranded at the end, is examining it
        ("Natuurlijk kijken wij daar serieus naar.", True),
        ("Daar kijk ik nu dus naar.", True),
        # the open question's own modal is not the act's: "kijken we wat we … zouden kunnen doen"
        ("Ondertussen kijken we wat we aan regulering zouden kunnen doen.", True),
        # a view held, and what is weighed, are not
        ("We kijken er echt anders naar.", False),
        ("Daar kijk ik ook altijd kritisch naar, zeg ik daar maar bij.", False),
        ("Ik kijk naar alle belangen.", False),
        ("Dat doen we wat sneller dan zou kunnen.", False),
    ],
)
def test_looking_into_it_in_a_debate(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # "dat"/"die" before the verb and its subject is a demonstrative object, not a subordinator (whose verb
        # would come last)
        ("Dat bespreek ik op dit moment met mijn collega de minister van BZK.", True),
        ("Die gooien we weg en die vervangen we door het prijsplafond.", True),
        ("Die pakken we ook in het nationaal plan energiesysteem, denk ik.", True),
        # holding to a claim, explaining, setting beside, grouping questions and moties are the debate's own
        ("Dat houd ik hier staande.", False),
        ("Ik hou hier echt staande, want ik zie de heer Klaver met een houding die ik ken.", False),
        ("Dat leg ik net uit.", False),
        ("Maar goed, dat zet ik er maar even naast.", False),
        ("Die pak ik in een vijfde restgroep mee.", False),
        ("Die combineer ik dan weer met de motie op stuk nr. 1148 van de heer Stoffer.", False),
        ("Dat wou ik toch even kwijt tussen alle vragen.", False),
    ],
)
def test_a_demonstrative_object_first(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # "dat" right after the verb and before an adverb is its object, not a subordinator
        ("Ik betrek dat ook bij de gesprekken die ik voer met alle sectoren afzonderlijk.", True),
        ("Wij coördineren dat heel nauw met onze Europese collega's.", True),
        ("Ik geef dat ook door aan de collega's.", True),
        # a subordinator is followed by its clause's subject; "hoezeer" is no verb; a check in the sitting is the debate's
        ("Ik zeg dat nu al tegen de heer Omtzigt.", False),
        ("Ik denk dat ook de heer Omtzigt dat wil.", False),
        ("Ik heb net al aangegeven dat ik dit van harte ondersteun en hoezeer ik het spreidingsargument begrijp.", False),
        ("Ik check dat nu ook even.", False),
    ],
)
def test_dat_as_object_after_the_verb(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    ("sentence", "policy"),
    [
        # an aside between commas right after the verb leaves its clause going on
        ("Het kabinet richt, onder sturing van de (onder)Raad Asiel en Migratie, een interdepartementale taskforce op.", True),
        ("Daarbij trekt de NCTV, vanuit mijn politieke verantwoordelijkheid, nauw op met Defensie en de veiligheidsregio's.", False),
        # a bullet glued to the heading before it opens an item of its own
        ("Onderwijs80 • We zorgen voor meer rust in de financiering van het hbo en wo.", True),
        # the modal of the open question examined is the question's own
        ("We kijken, onder andere op basis van beleidsonderzoeken, welke instrumenten we hiervoor kunnen inzetten.", True),
        ("We kijken nu wat kan doorgaan.", False),
        ("Hierbij bezien we onder andere de verplichtingen waar mensen zich aan moeten houden.", True),
    ],
)
def test_asides_bullets_and_open_questions(sentence: str, policy: bool) -> None:
    assert classify(sentence, DEBATE_REF, policy=policy) is not None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # past the aside the act's own negation still makes it none
        "Het kabinet richt, zoals gezegd, geen taskforce op.",
        "Wij richten, onder sturing van de minister, geen taskforce op.",
    ],
)
def test_an_aside_keeps_the_acts_negation(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a running head glued to its page number opens the sentence after it
        "Nationale Veiligheid102 Het kabinet richt zich binnen de bestaande aanpak in het bijzonder op online geweld.",
        "Wonen en volkshuisvesting37 We bevorderen aan de hand van een eigen aanpak de volkshuisvesting.",
    ],
)
def test_a_running_head_with_its_page_number(sentence: str) -> None:
    assert classify(sentence, _REF, policy=True) is not None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a word after an article or preposition is a noun, no verb before an inverted subject
        "Geef leiding daar waar je de mensen op de werkvloer ik vind het een oude term kent.",
        "Ik vind het niet kunnen dat voor het gerief van mensen wij op een manier fokken met dieren.",
        "Conform het bepaalde in de wet SUWI, zien wij uw reactie op de jaarplannen UWV en BKWI met belangstelling tegemoet.",
        "De heer Van Nispen doet alsof ik gewoon zit te wachten.",
        # the answer's own order, appreciations and meanings
        "Voorzitter, in mijn reactie op de vragen, houd ik de volgende volgorde aan.",
        "Dan bespreek ik georganiseerde criminaliteit, vervolgens bewaken en beveiligen.",
        "Dan geef ik appreciaties van de amendementen.",
        "Dan bedoel ik het Nederlandse kapitaal aan knappe koppen en aanpakkers.",
        # an act done to no one
        "Ik beledig daar niemand mee.",
    ],
)
def test_nouns_orders_and_meanings_are_no_acts(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is None, sentence


def test_discussing_with_a_colleague_is_an_act() -> None:
    assert classify("Dat bespreek ik op dit moment met mijn collega de minister van BZK.", DEBATE_REF) is not None


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # after a pronoun subject, a government between a verb of giving and the thing given receives it
        ("Dit biedt de regering de mogelijkheid voor buitengewone omstandigheden regels te stellen.", False),
        ("Dat geeft het kabinet de ruimte om te investeren.", False),
        # after an adverb it is the giver
        ("Daarnaast geeft het kabinet de gemeenten meer ruimte.", True),
        ("Dat doet het kabinet samen met de gemeenten.", True),
    ],
)
def test_the_government_given_something(sentence: str, found: bool) -> None:
    assert (classify(sentence, _REF, policy=True) is not None) == found, sentence


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # one portfolio of two words joined by "en" is one minister: the verb stays singular
        ("Daarnaast kijkt de minister van Justitie en Veiligheid hoe dat sneller kan.", "de minister van Justitie en Veiligheid"),
        # several bodies are several: the verb is plural
        ("In het vierde kwartaal ronden het ministerie van SZW, BKWI en UWV het gesprek af.", "het ministerie van SZW, BKWI en UWV"),
    ],
)
def test_a_portfolio_is_no_coordination(sentence: str, actor: str) -> None:
    found = classify(sentence, _REF, policy=True)
    assert found is not None and found[2] == actor, sentence


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a reply the government will give later, in writing or at a moment of the calendar
        ("Op de aanbevelingen van het IBO Bedrijfsfinanciering zal het kabinet dit najaar reageren.", True),
        ("De minister van Sociale Zaken zal in de stand van de uitvoering van december ingaan op de voortgang.", True),
        ("Daar zal het kabinet dan natuurlijk zo snel mogelijk op reageren.", True),
        # a reply later in the same sitting, or one now, is the debate's own
        ("Ik zal in tweede termijn reageren op de vraag van de heer Omtzigt.", False),
        ("Ik wil reageren op de opmerking van de heer Omtzigt.", False),
        ("Hieronder zal worden ingegaan op de motie.", False),
    ],
)
def test_a_reply_to_come(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # what comes to the Kamer, or comes back in a letter, is promised
        "Over stikstof komt nog heel uitgebreide informatie naar de Kamer.",
        "Dat punt van het onderscheid tussen verwerkte en onverwerkte aardappels komt dan terug in een brief bij het Belastingplan.",
    ],
)
def test_what_comes_to_the_kamer(sentence: str) -> None:
    found = classify(sentence, DEBATE_REF)
    assert found is not None and found[0] == "promise", sentence


@pytest.mark.parametrize(
    ("sentence", "policy"),
    [
        # in a policy document "bijvoorbeeld" gives an example of the policy, no routine
        ("Het kabinet biedt buitengrensstaten daarbij desgewenst ondersteuning, bijvoorbeeld bij grensversterking.", True),
        ("Zo stimuleren we energieopslag en flexibele vraag, bijvoorbeeld in de vorm van batterijen.", True),
        # seeing to it, going somewhere, a promise restated
        ("Voor de zekerheid zien we er ook nog op toe.", False),
        ("Ik ga daar vannacht naartoe om een toespraak te houden.", False),
        ("Die toezegging herhaal ik hier.", False),
    ],
)
def test_examples_seeing_to_it_and_going(sentence: str, policy: bool) -> None:
    assert classify(sentence, DEBATE_REF, policy=policy) is not None, sentence


def test_an_example_in_a_debate_is_still_routine() -> None:
    # outside a policy document "bijvoorbeeld" describes what is done as a rule
    assert classify("Wij selecteren bijvoorbeeld op de kwaliteit die mensen hebben.", DEBATE_REF) is None


@pytest.mark.parametrize(
    ("sentence", "policy"),
    [
        # "waar nodig" is an adverbial, no open question
        ("Hierbij stemt het kabinet waar relevant af met buurlanden.", True),
        ("Het kabinet schenkt waar nodig aandacht aan de relatie tussen het toeslagen- en belastingstelsel.", True),
        # preventing and deciding take a "dat"/"wat"-clause as what they bring about
        ("Met het programma Preventie met Gezag voorkomen we dat kwetsbare jongeren in de criminaliteit terechtkomen.", True),
        ("Samen met leerlingen en studenten bepalen we wat daarvoor nodig is en hoe we dit gaan doen.", True),
        # "als eerste" and "als Rijk" do not close the clause
        ("Voor asielmigratie zet het kabinet als eerste, concrete stappen naar het strengste asielregime ooit.", True),
        ("Daarbij leveren wij als Rijk natuurlijk alle gegevens aan die daarvoor nodig zijn.", False),
        ("Wij kijken als kabinet hoe we de motie van De Groot invulling kunnen geven.", False),
        # the modal of a clause put first is not the main clause's
        ("Om te zorgen dat de politie slagvaardig kan optreden, stelt het kabinet structureel middelen beschikbaar.", True),
    ],
)
def test_adverbials_fronted_clauses_and_what_is_brought_about(sentence: str, policy: bool) -> None:
    assert classify(sentence, DEBATE_REF, policy=policy) is not None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # each time is a routine
        "Maar we kijken elke keer heel goed bij verdragen of ze voldoen aan onze randvoorwaarden.",
        # the main clause's own modal still counts
        "Om te zorgen dat het werkt, kunnen we structureel middelen beschikbaar stellen.",
    ],
)
def test_routines_and_the_main_clauses_modal(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a "dat" right after the subject of a clause opened by "dat" is its object, no new clause
        ("U mag van mij verwachten dat ik dat ook zal doen.", True),
        ("De heer Veldman en andere indieners kunnen erop rekenen dat wij dat blijven voortzetten.", True),
        ("Ten aanzien van biomassa geldt dat we dat willen uitfaseren.", True),
        # after an inverted subject "dat" still opens a clause of its own
        ("Tegelijkertijd zie ik dat u ook aanvullend wil kijken.", False),
        # a promise refused
        ("Maar ik ga u geen toezegging doen dat we dat gaan regelen, want het valt niet binnen het kader.", False),
    ],
)
def test_dat_after_the_subject_of_a_subordinate_clause(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # what "Dat" refers to, happening at a moment to come
        ("Dat gebeurt per 1 januari aanstaande.", True),
        ("Dat gebeurt dus wel in december.", True),
        # what happens as a rule names no moment
        ("Dat gebeurt via allerlei beleidsinstrumenten.", False),
        ("Dat gebeurt zelden.", False),
    ],
)
def test_what_happens_at_a_moment_to_come(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the Kamer receiving from the speaker in the present tense: a letter to come
        ("U krijgt van mij ook een bredere brief over waterstof.", True),
        ("De Kamer ontvangt van het kabinet jaarlijks een rapportage.", False),
        ("U krijgt van mij geen brief.", False),
        # "allebei" is no verb; looking for one's own papers or questions, and answering out of order, are the debate's
        ("Volgens mij hebben de heer Jetten en ik allebei groot vertrouwen in mevrouw Dijksma.", False),
        ("Oké, dan zoek ik mijn vragen even.", False),
        ("Ik zoek even in mijn papieren.", False),
    ],
)
def test_the_kamer_receiving_and_the_debates_papers(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition set between commas inside the main clause undertakes nothing of its own
        "Ons land heeft zich vaak aangepast aan veranderingen en kan, als wij dit blijven doen, de toekomst tegemoet zien.",
        "Ik vind het eerlijk om, als wij bezig zijn dingen verder uit te werken, te beseffen dat er schrijnende gevallen zijn.",
    ],
)
def test_a_condition_between_commas(sentence: str) -> None:
    assert classify(sentence, _REF, policy=True) is None, sentence


def test_a_main_clause_after_a_fronted_condition_still_commits() -> None:
    assert classify("Zodra de resultaten er zijn, gaan we de regeling aanpassen.", _REF) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # a question reported asks what will be done, it does not say so
        "De vraag was wat ik ga doen aan de invoer van dieren met groeistoornissen.",
        "Zij vragen mij wat het kabinet gaat doen in relatie tot de commercialisering.",
    ],
)
def test_a_question_reported(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is None, sentence


def test_what_will_be_done_said_outright_commits() -> None:
    assert classify("Ik ga de invoer van dieren met groeistoornissen aanpakken, zo vraag ik u.", DEBATE_REF) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # a standing division of roles is no act of policy
        "Daarnaast bepaalt het Rijk de kaders voor het algehele mobiliteitsbeleid in Nederland, bijvoorbeeld door wet- en regelgeving.",
        # a question led by a preposition defines what is looked at; its modal stays in the clause
        "Met controleerbaarheid kijken we naar op welke manier de processen gecontroleerd kunnen worden.",
    ],
)
def test_roles_and_definitions_in_a_policy_document(sentence: str) -> None:
    assert classify(sentence, _REF, policy=True) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "kind", "actor"),
    [
        # a pseudo-cleft whose predicate is the government's act (informing the Kamer among them: a promise)
        ("Wat wij doen, is hiervoor een pakket van 7 miljard uittrekken.", "plan", "wij"),
        ("Wat we doen met grote steun van de Kamer is het aanpassen van onze wetgeving.", "plan", "we"),
        ("Wat ik zal doen is, is dat ook uitzetten bij mijn collega van VWS, die ernaar kijkt vanuit de preventiekant.", "plan", "ik"),
        ("Wat ik wel kan waarmaken is het starten van die pilots en u daar goed over informeren.", "promise", "ik"),
    ],
)
def test_a_pseudo_cleft_names_the_act(sentence: str, kind: str, actor: str) -> None:
    found = classify(sentence, DEBATE_REF)
    assert found is not None and found[0] == kind and found[2] == actor, found


@pytest.mark.parametrize(
    "sentence",
    [
        # its predicate no act: a judgement, a noun, a clause with a subject of its own; a past or negated doing
        "Wat ik nu ga doen, is een beetje Tacitusachtig.",
        "Wat we sowieso landelijk doen, is het juisteloket.nl.",
        "Wat we doen is ook het gevolg van het feit dat we heel gericht ondersteuning geven.",
        "Wat wij nu hadden te doen, is twee zaken zo goed mogelijk oplossen.",
        "Wat we niet doen, is de regels aanpassen.",
    ],
)
def test_a_pseudo_cleft_without_an_act(sentence: str) -> None:
    assert classify(sentence, DEBATE_REF) is None, sentence


def test_an_act_expected_done_by_a_moment() -> None:
    found = classify("Deze evaluaties verwacht ik rond de begrotingsbehandeling te hebben afgerond.", DEBATE_REF)
    assert found is not None and found[0] == "plan" and found[2] == "ik", found
    # someone else's expectation is theirs
    assert classify("De Commissie verwacht het systeem eind 2024 te hebben afgerond.", DEBATE_REF) is None


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the cue of a condition before its consequence undertakes nothing
        ("We hebben gemerkt dat als wij deze verordening willen invoeren op onze manier, wij de kans lopen dat de derogatie vervalt.", False),
        ("Als wij deze verordening gaan invoeren, lopen we de kans dat de derogatie vervalt.", False),
        # the consequence can
        ("Als de evaluatie klaar is, gaan wij deze verordening invoeren.", True),
    ],
)
def test_a_condition_before_its_consequence(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a letter that comes or is sent is an undertaking towards the Kamer
        ("Er komt volgende week een brief van de minister van OCW.", "promise"),
        ("De minister van OCW komt nog met een brief in het voorjaar van 2024.", "promise"),
        ("Het kabinet stuurt in het voorjaar een brief met enkele varianten.", "promise"),
        # and so is anything sent or offered to the Kamer
        ("We bieden dit wetsvoorstel later dit jaar aan de Tweede Kamer aan.", "promise"),
        ("Op korte termijn stuurt het kabinet een samenhangend pakket voor de mestcrisis naar de Kamer.", "promise"),
        # any other document that comes is a plan; a letter read now names no undertaking
        ("Het kabinet komt dit najaar met een actieplan.", "plan"),
        ("We proberen met grote snelheid te werken aan een prijsplafond, zoals ook in de brief staat.", "plan"),
    ],
)
def test_a_letter_to_come_is_a_promise(sentence: str, kind: str) -> None:
    found = classify(sentence, DEBATE_REF)
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    ("sentence", "policy", "kind"),
    [
        # in a text that sets out policy, more effort in the present tense is announced
        ("Het kabinet versterkt de digitale infrastructuur in de ruimte.", True, "plan"),
        ("Met digitale informatiesystemen wordt ingezet op meer water-efficiëntie in de landbouw.", True, "plan"),
        # effort said to be made now, work that goes on, and the same words spoken, are work under way
        ("Het kabinet investeert nu al in de bestrijding van natuurbranden.", True, "progress"),
        ("Het kabinet ontwikkelt een internationale agenda op dit terrein.", True, "progress"),
        ("Dit geldt ook elders: de inspectie verstevigt de contacten met de hele beroepsgroep.", True, "progress"),
        ("Het kabinet versterkt de digitale infrastructuur in de ruimte.", False, "progress"),
    ],
)
def test_more_effort_in_a_policy_text_is_a_plan(sentence: str, policy: bool, kind: str) -> None:
    found = classify(sentence, _REF, policy=policy)
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # in a text that sets out policy, a state the government wants is its goal
        ("Het kabinet wil de kwaliteit van werk verhogen.", "target"),
        ("We willen een vitale bodem bereiken.", "target"),
        # an act it wants to do is a plan
        ("Het kabinet wil met zorgverzekeraars afspreken dat zij meerjarige afspraken maken.", "plan"),
        ("We willen verkennen welke slimme maatregelen we kunnen toepassen.", "plan"),
    ],
)
def test_a_state_wanted_in_a_policy_text_is_a_target(sentence: str, kind: str) -> None:
    found = classify(sentence, _REF, policy=True)
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a goal the government sets itself is a target, however the sentence was found
        ("Het kabinet stelt zich tot doel om de veiligheid van Nederland te vergroten.", "target"),
        ("Onder deze pijlers stelt het kabinet zichzelf verschillende doelen:", "target"),
        ("Voor 2030 hanteren we een doel van 55 procent recycling.", "target"),
        ("Het kabinet stelt een nieuwe regeling op.", "plan"),
    ],
)
def test_a_goal_set_is_a_target(sentence: str, kind: str) -> None:
    found = classify(sentence, _REF, policy=True)
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # informing the Kamer is an undertaking towards it, whatever verb carries it
        ("Ik wil u daar aan het einde van het jaar over informeren.", "promise"),
        ("Ik wil hier graag op terugkomen in de tweede termijn.", "promise"),
        ("Ik hoop u in december over het pakket te informeren.", "promise"),
        ("Ik wil deze middelen inzetten voor innovatie van de vloot.", "plan"),
        # others informed, the subject of a passive, are no Kamer undertaken to
        ("Ministeries zullen voor de inwerkingtreding van deze wet op de hoogte worden gesteld van deze mogelijkheid.", "plan"),
    ],
)
def test_informing_is_a_promise(sentence: str, kind: str) -> None:
    found = classify(sentence, DEBATE_REF)
    assert found is not None and found[0] == kind, found


def test_a_reply_announced_in_a_policy_text_is_a_promise() -> None:
    found = classify("Het kabinet reageert spoedig na publicatie op de beleidsaanbevelingen.", _REF, policy=True)
    assert found is not None and found[0] == "promise", found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a target negated is none
        ("Het is goed om te markeren dat ik op geen enkele manier stuur op de winst die die banken opleveren.", False),
        ("De investeringen worden gedaan om marktfalen op te lossen en hebben niet tot doel om rendement te maken.", False),
        ("Het kabinet stuurt op een reductie van de uitstoot met 20 procent.", True),
    ],
)
def test_a_negated_target(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what is set for a year near at hand is planned, a far year's state is a goal
        ("In 2025 wordt de aanpak herijkt.", "plan"),
        ("In 2025 start een landelijke informatiecampagne.", "plan"),
        ("In 2040 is de ziektelast als gevolg van een ongezonde leefstijl met 30% afgenomen.", "target"),
        ("In 2030 koopt de overheid veel meer circulair in.", "target"),
    ],
)
def test_a_near_year_plans_a_far_year_aims(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2024, 9, 13), policy=True)
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the verb of a relative clause is its own subject's, not the government's of the main clause
        ("Daarvoor zijn we weer afhankelijk van de nieuwe set regels die vanuit Europa gaan komen.", False),
        ("Ik ben laatst nog in Leeuwarden bij de Dairy Campus geweest, waar ze heel erg bezig zijn met het bouwen van die systemen.", False),
        ("Overigens, voor degenen die zeggen dat er wordt bezuinigd: de totale uitgaven stijgen.", False),
        # a relative clause closed by a comma, a determiner "die"
        ("Alle suggesties die daarbij dienstig zijn, worden daarbij betrokken.", True),
        ("Dus die komt op zeer korte termijn naar de Kamer.", True),
        ("Ik weet niet of dat kan, maar ik zal die brief voor de zomer sturen.", True),
    ],
)
def test_the_verb_of_a_relative_clause(sentence: str, found: bool) -> None:
    assert (classify(sentence, DEBATE_REF) is not None) == found, sentence


def test_the_intention_of_the_cabinet() -> None:
    found = classify("Het is de intentie van het kabinet om boeren die willen blijven boeren verder te helpen.", DEBATE_REF)
    assert found is not None and found[0] == "plan" and found[1].startswith("Het is de intentie van het kabinet"), found
    assert classify("De Kamer beslist wat de Kamer wil beslissen, maar het is niet de intentie van het kabinet.", DEBATE_REF) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # the particle of a verb with "gaan" may stand before a phrase moved past it
        "Het kabinet gaat onwenselijke beïnvloeding vanuit het buitenland tegen met een slim verbod.",
        "We gaan bewust om met ruimte voor bedrijvigheid.",
    ],
)
def test_a_particle_verb_of_gaan_before_a_moved_phrase(sentence: str) -> None:
    found = classify(sentence, _REF, policy=True)
    assert found is not None and found[0] == "plan", found


def test_moving_on_to_the_next_topic_is_the_debates_order() -> None:
    # "Ik ga door naar …" moves the answer on, as "Ik ga verder met …" does; going on with a policy stays progress
    assert classify("Ik ga door naar de hybride dreigingen en meer specifiek naar de vragen die samenhangen met de NAVO-top.", date(2025, 7, 2)) is None
    assert classify("Dan ga ik snel verder naar de motie op stuk nr. 52.", date(2025, 7, 2)) is None
    assert classify("Daarnaast gaan we door met de lokale aanpak voor onder meer isolatie en warmtenetten.", date(2025, 7, 2))[0] == "progress"


def test_a_determiner_die_stands_inside_an_impersonal_passive_of_work() -> None:
    # "die voorbeelden" is a noun phrase, not a relative clause that would end the passive's run
    found = classify("Er wordt naar die voorbeelden gekeken, omdat het binnen de krijgsmacht wel een reële dreiging is.", date(2025, 7, 2))
    assert found is not None and found[0] == "progress", found
    assert classify("Daarom wordt er met die partijen gesproken over de uitvoering.", date(2025, 7, 2))[0] == "progress"


def test_the_debates_own_moves_from_fresh83() -> None:
    # going on to the next question, giving an introduction: the debate's own business
    assert classify("Met uw toestemming wil ik doorgaan naar de volgende vraag.", date(2025, 7, 2)) is None
    assert classify("Ik zal heel kort een inleiding houden en daar meteen de financiën bij pakken.", date(2025, 7, 2)) is None


def test_a_members_question_named_without_a_verb_is_no_answer() -> None:
    question = ("Dan de vraag van mevrouw Postma of ik kan toezeggen dat ik ga werken aan meerjarige stabiliteit bij "
                "economische investeringsregelingen; het ging over een minimale termijn.")
    assert classify(question, date(2025, 7, 2)) is None
    # the answer after a colon, and a question the minister answers in the same clause, stand
    assert classify("Dan de vraag van de heer Klaver: ik zal u voor de zomer een brief sturen.", date(2025, 7, 2))[0] == "promise"
    assert classify("De vraag van mevrouw Postma beantwoord ik voor de zomer in een brief.", date(2025, 7, 2)) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # the answer's next stop and its outline, drawn from fresh84
        "Dan zal ik spreken over bescherming.",
        "Ten slotte zal ik spreken over een paar andere onderwerpen, waaronder de verantwoordelijkheid van publieke werkgevers.",
        "Dan gaan we naar de afdeling vermogen.",
        "Dan ga ik naar de vraag van mevrouw Bromet over de inkoop van biologische producten.",
        "Ik ga ze gewoon even opnoemen.",
        "Ik kom nu te spreken over wat ik thans voor slachtoffers doe en wil doen.",
    ],
)
def test_the_answers_outline_is_no_undertaking(sentence: str) -> None:
    assert classify(sentence, date(2025, 7, 2)) is None


def test_talking_with_someone_or_later_stays_an_undertaking() -> None:
    for sentence in ("Ik zal met de minister spreken over de uitvoering.", "Ik zal volgende week met de sector spreken over de normen."):
        assert classify(sentence, date(2025, 7, 2)) is not None, sentence


def test_a_debate_about_an_annual_report_is_a_debate() -> None:
    from transforms.extract.commitments import is_annual_report

    # (fresh86: the committee debate "Jaarverslag 2024 van het ministerie van VWS" was read as the report itself,
    # whose present tense tells of the year accounted for)
    turn = Paragraph(text="[Minister Jansen:]\nDat is geen probleem. Dat nemen wij op in de brief.")
    debate = Document(document_id="debat-2025-jaarverslag-vws", title="Jaarverslag 2024 van het ministerie van VWS",
                      publication_date=date(2025, 7, 2), paragraphs=[turn])
    assert not is_annual_report(debate)
    assert [c.sentence for c in extract_commitments(debate, use_model=False)] == ["Dat nemen wij op in de brief."]
    report = Document(document_id="jaarverslag-vws-2024", title="Jaarverslag 2024 van het ministerie van VWS",
                      paragraphs=[Paragraph(text="Dat nemen wij op in de brief.")])
    assert is_annual_report(report)



@pytest.mark.parametrize(
    "sentence",
    [
        # a member's question, reported or quoted (fresh86)
        "Verder wil hij weten wat ik ga doen om zorgfraude aan te pakken.",
        "Ten slotte de vraag van mevrouw Slagt-Tichelman hoe het onderwerp van de nieuwe ivb geborgd wordt in de Wmo.",
        'Meneer Stoffer, ik blijf bij u. "Het kabinet kijkt naar een alternatieve bekostiging; waar denkt u dan aan?"',
        'Wordt deze vóór de begrotingsbehandelingen en de start van de coalitieonderhandelingen afgerond, inclusief varianten?"',
        # a possibility not ruled out
        "Ik wil niet uitsluiten dat er nu eerst wordt gekeken naar een aantal projecten die we nu kunnen uitvoeren.",
        "Ik sluit niet uit dat we in het najaar met een brief komen.",
    ],
)
def test_a_members_question_and_a_possibility_are_no_undertaking(sentence: str) -> None:
    from transforms.extract.commitments import model_may_read

    assert classify(sentence, date(2025, 7, 2)) is None
    assert not model_may_read(sentence, glued=False, spoken=True)


def test_a_members_words_quoted_after_a_colon_are_theirs() -> None:
    assert classify('Hij vroeg: "Het kabinet werkt aan een ontwikkelstrategie grootschalige infra.', date(2025, 7, 2)) is None
    assert classify('Ik zeg u toe: "Wij komen voor de zomer met een brief."', date(2025, 7, 2)) is not None


def test_the_answer_after_a_reported_question_stands() -> None:
    assert classify("Hij wil weten wat ik ga doen; ik stuur u voor de zomer een brief.", date(2025, 7, 2)) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # the sitting's own moves and figures of speech, drawn from fresh86 and fresh87
        "Ik kijk uit naar een verdere samenwerking.",
        "Daar zet ik een dikke streep onder.",
        "Maar ik wilde graag nog even stilstaan bij het plan dat ik zojuist, voor de schorsing, heb uitgedeeld.",
        "Dat beeld wil ik echt bestrijden.",
        "Meneer Pierik, daar is een brief over gestuurd, dus daar moet ik dan even naar verwijzen.",
        "Zoals bij deze debatten gebruikelijk is, zullen de staatssecretaris en ik onze inbreng per regio opdelen.",
        "We gaan ze zo meteen allemaal één voor één langslopen.",
    ],
)
def test_the_sittings_own_moves_are_no_undertaking(sentence: str) -> None:
    assert classify(sentence, date(2025, 7, 2)) is None


def test_beside_the_sittings_moves_the_undertaking_stands() -> None:
    for sentence in ("Ik kijk uit naar de samenwerking met de gemeenten en ik blijf ook met hen in contact over de overlast.",
                     "Dat moet ik even checken.", "We gaan de fraude bestrijden.", "Ik zal de regio's voor de zomer langslopen."):
        assert classify(sentence, date(2025, 7, 2)) is not None, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the Kamer told what it will receive, and a toezegging made in so many words (fresh86); going on (fresh87)
        ("Dan krijgt u die informatie.", "promise"),
        ("Voor het volgende commissiedebat MIRT ontvangt u een plan van aanpak.", "promise"),
        ("U krijgt een plan wat dit betreft toegestuurd.", "promise"),
        ("Ja, die toezegging kan ik doen.", "promise"),
        ("Dus daar ga ik mee door, ook in demissionaire status.", "progress"),
    ],
)
def test_what_the_kamer_will_receive_and_a_toezegging_given(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2025, 7, 2))
    assert found is not None and found[0] == kind, found


def test_an_impression_or_a_refusal_is_no_toezegging() -> None:
    for sentence in ("Dan krijgt u de indruk dat er niets gebeurt.", "Die toezegging kan ik niet doen.",
                     "U krijgt de openbare jaarverslagen, en de CIVD is voor de geheime jaarverslagen."):
        assert classify(sentence, date(2025, 7, 2)) is None, sentence


def test_a_goal_the_speaker_holds_is_a_target() -> None:
    # (fresh82 and fresh86: a relative clause of the speaker's own, an adverb before the goal)
    for sentence in ("Het doel dat we hebben is 90%.",
                     "Het doel is nu om uiteindelijk samen met de regio's tot afspraken over bereikbaarheid te komen."):
        found = classify(sentence, date(2025, 7, 2))
        assert found is not None and found[0] == "target", sentence
    assert classify("Het doel van de subsidie is om gemeenten te helpen.", date(2025, 7, 2)) is None  # someone else's instrument


@pytest.mark.parametrize(
    "sentence",
    [
        # the plenary's tweeminutendebatten (fresh88): the answer's length, a refusal, a motie's request restated
        "Ik zal het omwille van de tijd kort houden en loop de moties langs.",
        "Ik kan niet toezeggen dat de medeoverheden daarbij worden betrokken.",
        "Er wordt in de motie verzocht om dat geld te zoeken in de natuurbegroting of in de ANLb-middelen.",
        "In de motie wordt overigens ook gevraagd om de boetes te verhogen.",
        "Wat betreft grondpacht wil ik het hebben over twee trajecten.",
    ],
)
def test_the_plenarys_answers_to_moties_hold_no_undertaking(sentence: str) -> None:
    from transforms.extract.commitments import model_may_read

    assert classify(sentence, date(2025, 7, 3)) is None
    if sentence.startswith(("Er wordt in de motie", "In de motie", "Ik kan niet toezeggen")):  # ruled out whole
        assert not model_may_read(sentence, glued=False, spoken=True)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Wat betreft de Miljoenennota krijgt u, zoals de motie-Vijlbrief verzocht, daarvoor nog een brief over de taakstelling.", "promise"),
        ("Aan die motie wordt gewerkt.", "progress"),
        ("De planning is nu om het wetsvoorstel dit najaar in consultatie te brengen.", "plan"),
        ("Ik stel voor dat ik dat even op schrift stel en aan de Kamer toestuur.", "promise"),
        ("Dan stel ik voor dat we ook het Europese perspectief meenemen.", "promise"),
    ],
)
def test_the_plenarys_undertakings(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2025, 7, 3))
    assert found is not None and found[0] == kind, found


def test_beside_the_plenarys_rules_the_rest_stands() -> None:
    for sentence in ("Ik zal doen wat in de motie wordt gevraagd.", "Ik wil het met de sector hebben over de normen.",
                     "Wat betreft de stikstof zal ik u voor de zomer informeren."):
        assert classify(sentence, date(2025, 7, 3)) is not None, sentence
    for sentence in ("Ik stel voor dat we op die punten de reguliere route bewandelen.",
                     "Ik kan nu ook niet meer toezeggen dan dat we dit willen."):
        assert classify(sentence, date(2025, 7, 3)) is None, sentence


def test_work_under_way_said_without_its_object_and_a_question_put_to_the_minister() -> None:
    # (fresh43, fresh47: how hard or on what is said before the participle; fresh83: the member's question passive)
    for sentence in ("Er wordt dag en nacht gewerkt.", "Er wordt uitvoerig aan beleid gewerkt."):
        found = classify(sentence, date(2025, 7, 2))
        assert found is not None and found[0] == "progress", sentence
    for sentence in ("Tijdens operationele inzetten wordt zo veilig mogelijk gewerkt.",
                     "Er wordt mij gevraagd of dat dan in Q3 is, maar we zitten al in Q3."):
        assert classify(sentence, date(2025, 7, 2)) is None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # (fresh91, a minister defending a bill in the Eerste Kamer: his argument's own moves)
        "Ik geef u wat voorbeelden.",
        "Dan geef ik u een paar voorbeelden van hoe dat in de praktijk gaat.",
        "Ik maak toch even de vergelijking.",
        "Maar dan kom ik even terug op het feit dat dit ook niet de silver bullet is.",
        # someone's words in a case put, after a colon
        "Ook daarbij bestaat de mogelijkheid tot beroep, maar zal een werkgever niet zeggen: wij houden de vacature tot die tijd wel even open.",
        # what it takes, the verb the cue finds being the purpose clause's
        "Er zal meer nodig zijn om ervoor te zorgen dat je integere mensen van onbesproken gedrag binnenhaalt.",
    ],
)
def test_the_arguments_moves_and_what_it_takes_are_no_undertaking(sentence: str) -> None:
    assert classify(sentence, date(2021, 11, 2)) is None


def test_beside_the_arguments_moves_the_undertaking_stands() -> None:
    for sentence, kind in (("Ik zal voorbeelden geven van hoe we die gaan invullen met een AMvB.", "plan"),
                           ("Ik wil nog een keer zeggen: wij gaan dit uitvoeren.", "plan"),
                           ("Wij zullen ervoor zorgen dat het mogelijk is om te stemmen.", "plan"),
                           ("Daar kom ik in de tweede termijn op terug.", "promise")):
        found = classify(sentence, date(2021, 11, 2))
        assert found is not None and found[0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        # (fresh93 to fresh98, the committee and plenary debates of 2025: the answer's order, a motie held, advice,
        # distancing, an explanation given there and then, a point named, a member's request reported in apposition)
        "Ik zal dan toch maar beginnen.",
        "Ik wil overgaan naar de categorie overig en daarna naar de appreciatie van de amendementen.",
        "Ik stel voor iets te zeggen over buitenlandse cellen.",
        "Ik wil graag vragen om deze aan te houden.",
        "Gegeven deze uitkomst raad ik nadrukkelijk af om nader onderzoek in te stellen.",
        "Van dat soort suggesties neem ik inderdaad afstand.",
        "Daarom licht ik dit hier ook nader toe.",
        "Een tweede punt dat ik daarbij nog graag even wil benoemen, is dat het rendement lager is.",
        "De ChristenUnie, mevrouw Bikker, vraagt de regering de NCG te verzoeken met een aanpak te komen.",
        # a weak past plural of a stem in -cht, and a forecast by the estimates ("ten" is no infinitive)
        "Zelfs op de dag zelf was er nog geen meerderheid, maar we achtten het wel kanshebbend.",
        "Op basis van de ramingen zal er in het jaar 2030 een tekort zijn van ten minste 800 plaatsen.",
    ],
)
def test_the_debates_own_business_advice_and_forecasts_are_no_undertaking(sentence: str) -> None:
    assert classify(sentence, date(2025, 7, 1)) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a reason of its own after a motie's appreciation; talks entered into and going on; a separable verb at the
        # end of a subordinate clause
        ("Ik verzoek om deze motie aan te houden, omdat ik uw Kamer volgende week informeer over het onderzoek.", "promise"),
        ("Zoals aangekondigd ben ik inmiddels in gesprek gegaan met de stuurgroep.", "progress"),
        ("Dat is waar ik mij voor inzet.", "plan"),
        # "om die reden" is no purpose clause; looking for a way is work under way; keeping the Kamer informed
        ("Ik blijf om die reden ook het actieplan blokkeren.", "plan"),
        ("Ik ben dus op zoek naar manieren om daaraan tegemoet te komen.", "progress"),
        ("Daarom houden we uw Kamer op de hoogte via de voortgangsrapportages.", "promise"),
    ],
)
def test_beside_the_debates_business_the_undertaking_stands(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2025, 6, 19))
    assert found is not None and found[0] == kind, found


def test_a_talk_that_was_a_routine_search_and_others_acts_are_no_undertaking() -> None:
    for sentence in ("De minister is direct na haar aantreden in gesprek gegaan met de werkvloer.",
                     "De gemeenten zijn inmiddels in gesprek gegaan met de provincie.",
                     "Ik ontraad de motie, omdat die al is uitgevoerd.", "Dat is waar de gemeenten zich voor inzetten.",
                     "Daarbij zijn we continu op zoek naar de optimale balans.", "Ik blijf om die mensen te helpen."):
        assert classify(sentence, date(2025, 6, 19)) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # (fresh100 to fresh103, the wetgevingsoverleg on the JenV budget and the ends of three debates of 2025) a
        # process named as the head of a compound at a moment to come; talks or research between the verb and "gaande";
        # progress said to be made; a toezegging as a pseudo-cleft; "alle intentie"; leave asked to answer later; a
        # decision to stop doing something
        ("In de komende maand vindt er een driehoeksoverleg plaats met de tolkbureaus.", "plan"),
        ("In november vindt daar weer een bestuurlijke gespreksronde over plaats.", "plan"),
        ("Zoals ik aangaf, is er een gesprek gaande om nader zicht te krijgen op dit bedrag.", "progress"),
        ("Nogmaals, er zijn gesprekken gaande over die balans.", "progress"),
        ("Bij VWS is dat onderzoek op dit moment gaande om te kijken wat de effecten zijn.", "progress"),
        ("Wat betreft stikstof zijn de gesprekken met de boerenorganisaties nu echt aan de gang.", "progress"),
        ("Er wordt goede voortgang geboekt.", "progress"),
        ("Wat ik toezeg, is dat ik de minister van BZK vraag om daar inzicht in te geven.", "promise"),
        ("Wat ik wel kan toezeggen, is dat we het onderzoek uitbreiden.", "promise"),
        ("Het kabinet heeft alle intentie om dergelijke onderdelen te blijven leveren.", "plan"),
        ("Voorzitter, mag ik hier in mijn tweede termijn op terugkomen?", "promise"),
        ("Ten eerste gaan we de boetes niet meer boven de inflatie indexeren, omdat we de disbalans erkennen.", "plan"),
    ],
)
def test_the_undertakings_of_the_budget_debate(sentence: str, kind: str) -> None:
    found = classify(sentence, date(2025, 7, 1))
    assert found is not None and found[0] == kind, found


@pytest.mark.parametrize(
    "sentence",
    [
        # talking about a sum; a rule of practice told by "elk"; a question put as the topic; a need forecast; a remark
        # added and an opinion endorsed in the sitting; a talk, work or a refusal that is none of these
        "In 2026 hebben we het over enkele tientallen miljoenen.",
        "Ik persisteer in de appreciatie overbodig, omdat elk overlijden wordt onderzocht.",
        "De vraag is of ik doorga met het wetsvoorstel om een strafbaarstelling te creëren.",
        "We hebben het gehad over de aanleiding daartoe en over hoe we nu verdergaan.",
        "Maar ik geef hier aan dat er uitwerkingen nodig zullen zijn om dit werkbaar te maken.",
        "Daar komt het volgende nog bij; dat voeg ik er toch aan toe.",
        "Ik zou het belang van de geschillencommissie nog wel willen onderschrijven.",
        "Er is een enorme loongroei gaande.",
        "Er is een formatie aan de gang.",
        "Daarbij is dus echt voortgang geboekt.",
        "Wat ik niet kan toezeggen, is dat het lukt.",
        "Ik ga er zeker niet meer tijd voor nemen dan nodig is, maar het is niet verstandig om een deadline te stellen.",
        "Komt u daarop terug?",
        # daring to doubt or to claim is a stance (fresh91, fresh32)
        "Dat durf ik te betwijfelen.",
        "Ik durf de stelling aan dat gedwongen tbs-behandelingen nu hun vruchten afwerpen.",
    ],
)
def test_talk_practice_and_questions_of_the_budget_debate_are_no_undertaking(sentence: str) -> None:
    assert classify(sentence, date(2025, 7, 1)) is None


def test_beside_the_budget_debates_rules_the_undertaking_stands() -> None:
    # "het over" without "hebben" leaves the cue alone; a passive with "elk" as no subject of it stands
    assert classify("We gaan het volgend jaar over een andere boeg gooien.", date(2025, 7, 1)) is not None
    assert classify("Het plan wordt elk kwartaal bijgewerkt en volgend jaar uitgebreid.", date(2025, 7, 1)) is not None
    assert classify("Ik voeg daar twee andere partijen aan toe, omdat zij met het voorstel zijn gekomen.", date(2025, 7, 1)) is not None


def test_the_kinds_of_the_budget_debate() -> None:
    # (fresh102) informing the Kamer said with "berichten" or by sharing with it is a promise; progress "gemaakt" as
    # "geboekt"; "wil dat" before an infinitive and a place is the pronoun's plan, not a wish that a clause holds
    ref = date(2025, 7, 1)
    assert classify("Maar ik bericht u nader in de eerstvolgende brief daarover.", ref)[0] == "promise"
    assert classify("Deze informatie zal met de brief binnenkort met uw Kamer worden gedeeld.", ref)[0] == "promise"
    assert classify("Daar wordt goede voortgang op gemaakt.", ref)[0] == "progress"
    assert classify("Ik wil dat dan graag opnemen in die monitor.", ref)[0] == "plan"
    assert classify("Ik wil dat gemeenten dit opnemen in het plan.", ref)[0] == "target"


@pytest.mark.parametrize(
    "sentence",
    [
        # what a rule or an instrument that is there is for tells its aim, it sets the government none (fresh16,
        # fresh66, fresh85)
        "Het voorstel heeft tot doel de werking van de markten voor financiële instrumenten te bevorderen.",
        "De aanvullende CFC-maatregel heeft tot doel om te voorkomen dat belastingplichtigen winsten verschuiven.",
        "Deze systemen hebben tot doel de realisatie van de operationele doelstellingen te monitoren.",
    ],
)
def test_the_aim_of_an_instrument_is_no_target(sentence: str) -> None:
    assert classify(sentence, date(2025, 7, 1)) is None


def test_the_aim_of_the_governments_bill_or_project_is_a_target() -> None:
    for sentence in ("Dit wetsvoorstel heeft onder meer als doel om de bestuursstructuur van jeugdhulp te versterken.",
                     "Het kabinet heeft hiermee als doel dat mensen graag blijven werken in zorg en welzijn.",
                     "Dit meerjarige project heeft tot doel bij te dragen aan het opsporen van daders."):
        found = classify(sentence, date(2025, 7, 1))
        assert found is not None and found[0] == "target", (sentence, found)


def test_what_is_on_its_way_is_a_promise_only_of_a_document() -> None:
    # "eraan komen" is being on the way: of a letter to the Kamer a promise, of anything else a remark (fresh25, fresh29)
    found = classify("Die brief komt er inderdaad aan.", date(2025, 7, 1))
    assert found is not None and found[0] == "promise", found
    for sentence in ("Dus die lijn komt er nog aan.", "Ik ga door met de motie, want de andere komen er pas net aan.",
                     "De Commissie gaat dit publiceren, dus dat komt er als vanzelf aan."):
        assert classify(sentence, date(2025, 7, 1)) is None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "En een brief over het punttarief kunt u van mij tegemoetzien.",  # fresh32
        "De Kamer kan de voortgangsrapportage in het najaar tegemoet zien.",
        "U kunt de brief voor de zomer tegemoetzien.",
    ],
)
def test_a_document_the_kamer_may_look_forward_to_is_a_promise(sentence: str) -> None:
    found = classify(sentence, date(2024, 3, 1))
    assert found is not None and found[0] == "promise", found


def test_what_others_send_or_a_future_faced_is_no_promise() -> None:
    assert classify("U kunt een reactie van de sector tegemoetzien.", date(2024, 3, 1)) is None
    assert classify("Wij zien de toekomst met vertrouwen tegemoet.", date(2024, 3, 1)) is None
