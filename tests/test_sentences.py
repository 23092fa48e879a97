"""Sentence splitting: exact offsets and the hard cases of Dutch civil-service prose."""

from __future__ import annotations

import pytest

from transforms.extract.sentences import sentence_spans


def split(text: str) -> list[str]:
    spans = sentence_spans(text)
    for start, end in spans:
        assert text[start:end] == text[start:end].strip()
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    "text",
    [
        "Dit geldt o.a. voor t.a.v. de regels m.b.t. het beleid.",
        "Het gaat bijv. om ca. 300 gevallen en nr. 15 van de lijst.",
        "Het kost € 1,2 mln. per jaar en de rest z.s.m. daarna.",
        "In de brief van 21 juni jl. hebben de ministers het beschreven.",
        "Het bedrag van 1.234,56 euro is 3,5% van het totaal.",
        "Motie J.P. Dijk over Schiphol Nederland B.V. is aangenomen.",
        "Het artikel «Ingrijpen nodig. Echt?» verscheen in het FD.",
        "Zie Kamerstuk 36 197 (nr. 15. bijlage) voor de details.",
    ],
)
def test_no_split_inside(text: str) -> None:
    assert split(text) == [text]


def test_splits_and_offsets() -> None:
    text = "Eerste zin. Tweede zin? Derde zin!  Vierde zin."
    assert split(text) == ["Eerste zin.", "Tweede zin?", "Derde zin!", "Vierde zin."]


def test_closing_abbreviation_ends_sentence_before_capital() -> None:
    text = "Hierover is gesproken op 23 oktober jl. Zoals vermeld in het verslag."
    assert split(text) == ["Hierover is gesproken op 23 oktober jl.", "Zoals vermeld in het verslag."]


def test_guillemets_close_the_sentence() -> None:
    text = "Bent u bekend met het artikel «Stroomtekort dreigt»? Ja, dat ben ik."
    assert split(text) == ["Bent u bekend met het artikel «Stroomtekort dreigt»?", "Ja, dat ben ik."]


def test_glued_footnote_markers() -> None:
    assert split("Er wordt risicogericht gewerkt.7 De werkwijze is goed.") == [
        "Er wordt risicogericht gewerkt.7",
        "De werkwijze is goed.",
    ]
    assert split("Zie de maatregelen.[5 ] De HV gaf aan dat het kan.") == [
        "Zie de maatregelen.[5 ]",
        "De HV gaf aan dat het kan.",
    ]


def test_heading_and_list_lines() -> None:
    text = (
        "Nationaal en civiel-militaire samenwerking\n"
        "Defensie voert het programma uit met veiligheidsre\n"
        "gio’s en politie, en breidt het verder uit naar de regio.\n"
        "Het betreft de volgende onderwerpen:\n"
        "1. Registratiekosten voor drone-exploitanten;\n"
        "2. Periodieke controles."
    )
    assert split(text) == [
        "Nationaal en civiel-militaire samenwerking",
        "Defensie voert het programma uit met veiligheidsre\ngio’s en politie, en breidt het verder uit naar de regio.",
        "Het betreft de volgende onderwerpen:",
        "1. Registratiekosten voor drone-exploitanten;",
        "2. Periodieke controles.",
    ]


def test_numbers_and_section_numbers() -> None:
    assert split("Dit bedrag is voor 2024 gesteld op € 3,90. Dit bedrag geldt altijd.") == [
        "Dit bedrag is voor 2024 gesteld op € 3,90.",
        "Dit bedrag geldt altijd.",
    ]
    assert split("Zie paragraaf 3.2 en artikel 2.37 van de wet.") == ["Zie paragraaf 3.2 en artikel 2.37 van de wet."]


def test_empty_and_whitespace() -> None:
    assert sentence_spans("") == []
    assert sentence_spans("   \n ") == []
    assert split("Geen punt aan het eind") == ["Geen punt aan het eind"]


def test_sentence_end_glued_at_a_lost_line_break() -> None:
    assert split("Dit gebeurt op basis van informatie van het OM (OM).Daarbij geldt een termijn.") == [
        "Dit gebeurt op basis van informatie van het OM (OM).",
        "Daarbij geldt een termijn.",
    ]
    assert split("Dat is uitgesproken op 11 september jl.Deze beoordeling blijft.") == [
        "Dat is uitgesproken op 11 september jl.",
        "Deze beoordeling blijft.",
    ]
    # no split in addresses, abbreviations, initials or acronyms
    for text in ("Zie www.Rijksoverheid.nl voor de tekst.", "Dit geldt o.a.De Bilt en Zeist.",
                 "Het bedrag is 3 mln.Dat is de raming.", "Motie J.P.Dijk is aangenomen.", "De N.V.NS is vervoerder."):
        assert split(text) == [text], text


def test_sint_is_an_abbreviation() -> None:
    text = "Op Bonaire, St. Eustatius en Saba worden ruim 2200 woningen gebouwd. Dat is veel."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Op Bonaire, St. Eustatius en Saba worden ruim 2200 woningen gebouwd.", "Dat is veel."]


def test_the_pronoun_u_ends_a_spoken_sentence_and_initials_do_not() -> None:
    assert split("Maar ik dacht dat dit voldoende zou zijn voor u. Ik zal kijken of ik dat kan verstrekken.") == [
        "Maar ik dacht dat dit voldoende zou zijn voor u.", "Ik zal kijken of ik dat kan verstrekken."]
    assert split("Volgens J. Dijk en U. Smit is dat zo.") == ["Volgens J. Dijk en U. Smit is dat zo."]
    assert split("Zie bijlage b. Het overzicht volgt.") == ["Zie bijlage b. Het overzicht volgt."]


def test_a_capital_letter_named_as_a_value_ends_a_sentence_and_an_initial_does_not() -> None:
    assert split("Pizza’s krijgen een C of een D. Deze uitleg zal ik blijven geven.") == [
        "Pizza’s krijgen een C of een D.", "Deze uitleg zal ik blijven geven."]
    assert split("Het gaat om vgb's van niveau A. Die vormen niet het probleem.") == [
        "Het gaat om vgb's van niveau A.", "Die vormen niet het probleem."]
    for text in ("Volgens de heer J. Dijk en M. De Vries is dat zo.", "Dat zei minister H. De Jonge.",
                 "Franklin D. Roosevelt zei dat."):
        assert split(text) == [text], text
