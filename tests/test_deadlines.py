"""Deadlines as written and their due dates (conventions in transforms.extract.deadlines)."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.extract.deadlines import find_deadline, resolve

REF = date(2024, 7, 17)


@pytest.mark.parametrize(
    ("sentence", "written", "due"),
    [
        ("Ik zal uw Kamer voor de zomer informeren.", "voor de zomer", date(2025, 7, 4)),
        ("zal ik de Kamer hierover eind 2024 nader informeren", "eind 2024", date(2024, 12, 31)),
        ("ik zal de Kamer hierover eind dit jaar informeren", "eind dit jaar", date(2024, 12, 31)),
        ("De evaluatie volgt in het voorjaar.", "in het voorjaar", date(2025, 6, 20)),
        ("U ontvangt de brief voor 1 december 2023.", "voor 1 december 2023", date(2023, 12, 1)),
        ("Na de zomer kom ik hierop terug.", "Na de zomer", date(2024, 9, 1)),
        ("Dit najaar volgt het plan.", "Dit najaar", date(2024, 12, 20)),
        ("Het plan volgt in het najaar.", "in het najaar", date(2024, 12, 20)),
        ("Het plan volgt deze winter.", "deze winter", date(2025, 3, 20)),
        ("De monitor volgt dit voorjaar.", "dit voorjaar", date(2025, 6, 20)),
        ("Het plan volgt in de zomer van 2025.", "in de zomer van 2025", date(2025, 9, 22)),
        ("De Kamer wordt rond de zomer 2025 geïnformeerd.", "rond de zomer 2025", date(2025, 9, 22)),
        ("Het plan volgt in het voorjaar van volgend jaar.", "in het voorjaar van volgend jaar", date(2025, 6, 20)),
        ("Het plan volgt volgend voorjaar.", "volgend voorjaar", date(2025, 6, 20)),
        ("Het advies volgt in het tweede halfjaar van 2025.", "in het tweede halfjaar van 2025", date(2025, 12, 31)),
        ("We houden in mei en juni bijeenkomsten.", "in mei en juni", date(2025, 6, 30)),
        ("Ik informeer u voor het meireces.", "voor het meireces", date(2025, 4, 24)),
        ("Ik informeer u na het kerstreces.", "na het kerstreces", date(2025, 1, 31)),
        ("Ik informeer u voor het herfstreces.", "voor het herfstreces", date(2024, 10, 14)),
        ("Tot 2050 wordt met het programma gewerkt.", "Tot 2050", date(2050, 12, 31)),
        ("Het programma loopt tot en met 2030.", "tot en met 2030", date(2030, 12, 31)),
        ("Tot juli 2025 vindt afstemming plaats.", "Tot juli 2025", date(2025, 6, 30)),
        ("De pilot loopt tot en met september.", "tot en met september", date(2024, 9, 30)),
        ("Per 2025 geldt de nieuwe regel.", "Per 2025", date(2025, 1, 1)),
        ("Ik stuur u over twee weken een brief.", "over twee weken", date(2024, 7, 31)),
        ("Ik stuur u volgende week een brief.", "volgende week", date(2024, 7, 28)),
        ("Ik stuur u deze week nog een brief.", "deze week", date(2024, 7, 21)),
        ("Ik stuur u volgende maand een brief.", "volgende maand", date(2024, 8, 31)),
        ("Het komende jaar wordt gebruikt voor de voorbereiding.", "Het komende jaar", date(2025, 7, 17)),
        ("Ik houd eind maart/begin april een expertmeeting.", "eind maart/begin april", date(2025, 4, 10)),
        ("Ik informeer u in het voorjaar of uiterlijk voor de zomer.", "in het voorjaar of uiterlijk voor de zomer", date(2025, 7, 4)),
        ("De wet treedt in werking in Q3 2025.", "in Q3 2025", date(2025, 9, 30)),
        ("Het rapport verschijnt medio 2025.", "medio 2025", date(2025, 6, 30)),
        ("De pilot start begin 2025.", "begin 2025", date(2025, 3, 31)),
        ("In 2025 wordt het nieuwe stelsel ingevoerd.", "In 2025", date(2025, 12, 31)),
        ("Ik stuur u binnen zes weken een reactie.", "binnen zes weken", date(2024, 8, 28)),
        ("Ik informeer u voor Prinsjesdag.", "voor Prinsjesdag", date(2024, 9, 17)),
        ("Het besluit volgt in het derde kwartaal van 2025.", "in het derde kwartaal van 2025", date(2025, 9, 30)),
        ("De regeling wordt eind maart aangepast.", "eind maart", date(2025, 3, 31)),
        ("Volgend jaar volgt de evaluatie.", "Volgend jaar", date(2025, 12, 31)),
        ("Ik informeer u ruim voor het sluiten van de aanvraagperiode (1 december 2024).",
         "ruim voor het sluiten van de aanvraagperiode (1 december 2024)", date(2024, 12, 1)),
        ("De wet wordt in de eerste helft van 2025 ingediend.", "in de eerste helft van 2025", date(2025, 6, 30)),
        ("Het advies volgt in de tweede helft van dit jaar.", "in de tweede helft van dit jaar", date(2024, 12, 31)),
        # (REF is a Wednesday)
        ("De medewerkers worden vanaf september opgeleid.", "vanaf september", date(2024, 9, 1)),
        ("De eerstvolgende ronde is voorzien rond 1 oktober.", "rond 1 oktober", date(2024, 10, 1)),
        ("Daar kom ik in de tweede termijn nog even op terug.", "in de tweede termijn", date(2024, 7, 17)),
        ("Ik zal dat dus eerst tijdens de schorsing nog even checken.", "tijdens de schorsing", date(2024, 7, 17)),
        ("Ik kom er zo in mijn antwoord op terug.", "zo in mijn antwoord", date(2024, 7, 17)),
        ("We zorgen ervoor dat die brief er morgen ligt.", "morgen", date(2024, 7, 18)),
        ("Die brief is er in ieder geval uiterlijk vrijdag.", "uiterlijk vrijdag", date(2024, 7, 19)),
        ("Ik ga vrijdag en zaterdag naar de informele Raad.", "vrijdag en zaterdag", date(2024, 7, 20)),
        ("Ik spreek hem woensdag.", "woensdag", date(2024, 7, 24)),
        # the quarter of the document's date (REF lies in the third) or the one after it
        ("Daarom stel ik dit kwartaal nog een regeling vast.", "dit kwartaal", date(2024, 9, 30)),
        ("Komend kwartaal kom ik erop terug.", "Komend kwartaal", date(2024, 12, 31)),
        ("Begin vierde kwartaal wordt een plan gepresenteerd.", "Begin vierde kwartaal", date(2024, 10, 31)),
        ("We werken dat in het tweede half jaar van 2025 verder uit.", "in het tweede half jaar van 2025", date(2025, 12, 31)),
        # a span of years the work runs through
        ("In 2024-2025 worden stresstesten uitgevoerd.", "In 2024-2025", date(2025, 12, 31)),
        ("Dat doen we in de periode van 2024 tot en met 2026.", "in de periode van 2024 tot en met 2026", date(2026, 12, 31)),
        ("Hier worden pilots voor gestart (2024-2026).", "2024-2026", date(2026, 12, 31)),
        # the year named as such, this debate, at once
        ("Het jaarplan beschrijft de stappen die we in het jaar 2025 gaan zetten.", "in het jaar 2025", date(2025, 12, 31)),
        ("Wij hopen dat nog in dit debat te doen.", "nog in dit debat", date(2024, 7, 17)),
        ("SMZ schakelt per direct over op maatregelen.", "per direct", date(2024, 7, 17)),
        # working days skip the weekend (REF is a Wednesday)
        ("Het besluit wordt binnen enkele werkdagen na dagtekening gepubliceerd.", "binnen enkele werkdagen", date(2024, 7, 24)),
        ("U ontvangt binnen drie werkdagen een bevestiging.", "binnen drie werkdagen", date(2024, 7, 22)),
    ],
)
def test_deadline_and_due_date(sentence: str, written: str, due: date) -> None:
    d = find_deadline(sentence)
    assert d is not None and d.text == written
    assert sentence[d.start:d.end] == d.text
    assert resolve(d, REF) == due


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Ik zal de Kamer zo spoedig mogelijk informeren.", "zo spoedig mogelijk"),
        ("Ik zal de Kamer op korte termijn informeren.", "op korte termijn"),
        ("Dat hoop ik binnen enkele weken te kunnen doen.", "binnen enkele weken"),
        ("Ik kom hierop terug in de volgende voortgangsrapportage.", "in de volgende voortgangsrapportage"),
        ("In de Voorjaarsnota wordt duidelijk waar de kortingen worden neergelegd.", "In de Voorjaarsnota"),
        ("Dit wordt verwerkt bij de Najaarsnota.", "bij de Najaarsnota"),
    ],
)
def test_vague_deadline_has_no_date(sentence: str, written: str) -> None:
    d = find_deadline(sentence)
    assert d is not None and d.text == written
    assert resolve(d, REF) is None


def test_without_reference_only_explicit_years_resolve() -> None:
    assert resolve(find_deadline("voor de zomer"), None) is None
    assert resolve(find_deadline("eind 2023"), None) == date(2023, 12, 31)
    assert resolve(find_deadline("voor het zomerreces van 2025"), None) == date(2025, 7, 4)


def test_a_range_of_amounts_is_no_deadline() -> None:
    assert find_deadline("De boete loopt van 500 tot 2000 euro.") is None


def test_no_deadline() -> None:
    assert find_deadline("In de Voorjaarsnota 2023 is de korting verwerkt.") is None  # a past budget document
    assert find_deadline("De zomerdrukte op Schiphol was groot.") is None
    assert find_deadline("De leden vragen naar de gevolgen.") is None


def test_a_vague_moment_gives_way_to_a_date_later_in_the_sentence():
    d = find_deadline("Ik zal uw Kamer op korte termijn informeren, in ieder geval voor 1 maart 2026.")
    assert d.text == "voor 1 maart 2026"
    assert resolve(d, date(2025, 11, 1)) == date(2026, 3, 1)
    assert find_deadline("Ik zal uw Kamer op korte termijn informeren.").text == "op korte termijn"


def test_month_or_season_run_into_the_year() -> None:
    # text extraction loses the space at a line break: "februari2025", "najaarvan 2025"
    ref = date(2024, 11, 20)
    d = find_deadline("Het ambtsbericht is voorzien voor eind februari2025.")
    assert d is not None and resolve(d, ref) == date(2025, 2, 28)
    d = find_deadline("De resultaten zullen in het najaarvan 2025 bekendgemaakt worden.")
    assert d is not None and resolve(d, ref).year == 2025


def test_tomorrow_as_a_noun_is_no_moment() -> None:
    assert find_deadline("Dit is de economie van morgen.") is None
    assert find_deadline("Morgen is er weer een dag.") is None


def test_straks_is_later_that_day_only_when_spoken() -> None:
    d = find_deadline("Ik kom straks nog even terug op de Van Gorpcasus.", spoken=True)
    assert d is not None and (d.text, d.kind) == ("straks", "today") and resolve(d, REF) == REF
    assert find_deadline("Ik kom straks nog even terug op de Van Gorpcasus.") is None


def test_coming_back_later_in_the_sitting_is_that_day_when_spoken() -> None:
    for sentence, text in [("Daar kom ik zo op terug.", "zo"), ("Ik kom hier zo even op terug.", "zo"),
                           ("Ik kom dadelijk terug op Oekraïne.", "dadelijk"),
                           ("Daar kom ik later uitgebreid op terug.", "later"),
                           ("Op die twee dingen kom ik nog terug voor de lunchpauze.", "voor de lunchpauze"),
                           ("Dan kom ik in mijn tweede termijn daarop terug.", "in mijn tweede termijn")]:
        d = find_deadline(sentence, spoken=True)
        assert d is not None and (d.text, d.kind) == (text, "today") and resolve(d, REF) == REF, sentence
    assert find_deadline("Daar kom ik later op terug.") is None  # in a letter "later" is no moment
    assert find_deadline("Het is zo dat ik daarop terugkom.", spoken=True) is None  # "zo" as "so"
    # a datable moment in the same sentence comes first
    assert find_deadline("Straks, voor de zomer, stuur ik de brief.", spoken=True).text == "voor de zomer"


def test_before_the_votes_is_the_next_tuesday() -> None:
    d = find_deadline("Laat ik zeggen dat ik voor de stemming over de wet met een kort briefje kom.", spoken=True)
    assert d is not None and d.text == "voor de stemming"
    assert resolve(d, date(2021, 12, 9)) == date(2021, 12, 14)  # a Thursday's debate: the Tuesday after
    assert resolve(d, date(2021, 12, 14)) == date(2021, 12, 21)  # said on a Tuesday: the next week's votes


def test_the_budget_debates_end_in_november() -> None:
    d = find_deadline("We sturen de brief voor de begrotingsbehandeling van OCW.")
    assert d is not None and resolve(d, date(2024, 6, 1)) == date(2024, 11, 30)
    d = find_deadline("Dat komt terug bij de begroting van Sociale Zaken.")
    assert resolve(d, date(2022, 9, 22)) == date(2022, 11, 30)  # presented on Prinsjesdag: now debated
    assert resolve(d, date(2022, 6, 1)) == date(2022, 9, 20)  # before Prinsjesdag: the budget itself


def test_years_named_together_and_the_year_a_target_or_sum_is_for() -> None:
    for sentence, text, due in [
        ("Het wordt in 2023 en 2024 geëvalueerd.", "in 2023 en 2024", date(2024, 12, 31)),
        ("We hebben een grote ambitie voor Nederland voor 2030 en 2050.", "voor 2030 en 2050", date(2050, 12, 31)),
        ("Ik zal 4,5 miljoen voor 2025 beschikbaar stellen.", "voor 2025", date(2025, 12, 31)),
        ("We halen de doelstelling van 14% voor 2020.", "voor 2020", date(2020, 12, 31)),
        ("Voor 2030 streven we naar een maximale verlenging.", "Voor 2030", date(2030, 12, 31)),
        # before the year, where nothing says what it is for
        ("We willen dat verhuurders ruim voor 2030 klaar zijn.", "voor 2030", date(2029, 12, 31)),
        ("We zetten in op een regeling voor meubels voor 2030.", "voor 2030", date(2029, 12, 31)),
    ]:
        d = find_deadline(sentence)
        assert d is not None and d.text == text and resolve(d, date(2019, 1, 1)) == due, sentence


def test_voor_the_coming_year_is_the_year_the_plan_is_for() -> None:
    # written in 2018, "voor 2019" names the plan's year: the months before 2019 would be "dit jaar"
    d = find_deadline("Voor 2019 ondernemen we de volgende acties:")
    assert d is not None and resolve(d, date(2018, 9, 26)) == date(2019, 12, 31)
    # ... and "voor 2018" written in 2018 cannot be before it
    assert resolve(find_deadline("Beide verbeterslagen staan op de planning voor 2018."), date(2018, 4, 20)) == date(2018, 12, 31)
    # further ahead it is the moment before the year; stressed, "vóór", always
    assert resolve(find_deadline("Voor 2030 wordt de ondergrond in kaart gebracht."), date(2023, 2, 3)) == date(2029, 12, 31)
    assert resolve(find_deadline("De wet moet vóór 2019 gelden."), date(2018, 9, 26)) == date(2018, 12, 31)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Veiligheidsagenda 2023-2026 wordt uitgevoerd.",  # a plan named by its years
        "In seizoen 2024-2025 wordt in drie gemeenten geëxperimenteerd.",  # a season, no span of the work
        "We maken afspraken voor de periode 2024-2027.",  # what the afspraken are for
        "We bespreken ieder kwartaal de planning voor het komende kwartaal.",  # what the planning is for
    ],
)
def test_years_and_quarters_that_are_no_deadline(sentence: str) -> None:
    assert find_deadline(sentence) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "written", "due"),
    [
        # a moment in a clause of what has been done gives way to the moment of the work to come
        ("Het traject is in 2024 van start gegaan en loopt door in 2025.", "in 2025", date(2025, 12, 31)),
        ("In 2024 is het korps gestart met de werving, en dit wordt in 2025 voortgezet.", "in 2025", date(2025, 12, 31)),
        ("Daarnaast hebben we dit jaar geld vrijgemaakt en volgend jaar krijgen studenten een extra beurs.",
         "volgend jaar", date(2025, 12, 31)),
        ("In de opdracht die u mij in februari heeft gegeven, heb ik toegezegd dat ik rond het zomerreces zou komen.",
         "rond het zomerreces", date(2025, 7, 4)),
        # a moment of the act to come after a perfect stays
        ("Ik heb u toegezegd u voor de zomer te informeren en in 2026 de wet in te dienen.", "voor de zomer", date(2025, 7, 4)),
    ],
)
def test_a_moment_of_what_has_been_done_gives_way(sentence: str, written: str, due: date) -> None:
    d = find_deadline(sentence)
    assert d is not None and d.text == written and sentence[d.start:d.end] == written
    assert resolve(d, REF) == due


@pytest.mark.parametrize(
    ("sentence", "written", "due"),
    [
        # a moment named by an event on a date (fresh93): the date
        ("Ik kom daar voor het debat van 2 juli op terug.", "voor het debat van 2 juli", date(2025, 7, 2)),
        ("Ik kom erop terug in een Kamerbrief voor het commissiedebat van 24 juli.", "voor het commissiedebat van 24 juli", date(2024, 7, 24)),
        ("U krijgt de brief voor de Europese Raad van 15 december 2024.", "voor de Europese Raad van 15 december 2024", date(2024, 12, 15)),
    ],
)
def test_a_moment_named_by_an_event_on_a_date(sentence: str, written: str, due: date) -> None:
    d = find_deadline(sentence, spoken=True)
    assert d is not None and d.text == written and sentence[d.start:d.end] == written
    assert resolve(d, REF) == due


def test_the_coming_week_or_month_is_the_span_from_the_date_and_the_end_of_the_sitting_is_that_day() -> None:
    # (fresh101, fresh102, fresh36) "de komende week/maand" counts from the document's date, as "binnen een week"
    # does; "komende week" and "volgende maand" name the calendar week or month after
    ref = date(2025, 7, 1)
    assert resolve(find_deadline("Daar ga ik de komende week mee beginnen."), ref) == date(2025, 7, 8)
    assert resolve(find_deadline("In de komende maand vindt er een overleg plaats."), ref) == date(2025, 8, 1)
    assert resolve(find_deadline("Ik stuur de brief komende week."), ref) == date(2025, 7, 13)
    assert resolve(find_deadline("Ik stuur de brief volgende maand."), ref) == date(2025, 8, 31)
    d = find_deadline("Aan het einde kom ik er nog op terug.", spoken=True)
    assert d is not None and (d.text, d.kind) == ("Aan het einde", "today") and resolve(d, ref) == ref
    assert find_deadline("Aan het einde van het jaar kom ik erop terug.", spoken=True).kind == "end_year"
