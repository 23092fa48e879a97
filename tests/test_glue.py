"""Words run together at lost line breaks: split for matching, real words kept whole."""

from __future__ import annotations

import pytest

from transforms.extract.commitments import classify
from transforms.extract.glue import split_token, unglue, unglue_with_offsets


@pytest.mark.parametrize(
    ("glued", "split"),
    [
        ("ingesprek", "in gesprek"),
        ("isgestart", "is gestart"),
        ("bezigmet", "bezig met"),
        ("hierovergeïnformeerd", "hierover geïnformeerd"),
        ("Mijnministerie", "Mijn ministerie"),
        ("vijfpaarden", "vijf paarden"),
        ("vande", "van de"),
    ],
)
def test_glued_tokens_are_split(glued: str, split: str) -> None:
    assert split_token(glued) == split


# real words, plurals of unknown compounds, and two content words run together (an unknown compound
# cannot be told from them) stay whole
@pytest.mark.parametrize("word", ["ingezet", "tegenover", "uitvoering", "opgesteld", "aanpak", "overheid", "vandaag",
                                  "gemachtigde", "vuurwerkrampen", "relatieziekenhuizen", "douanesysteem", "belangrijkdoel",
                                  "zeventienen"])  # a collective numeral ("met z'n zeventienen"), not "zeven tienen"
def test_real_words_stay_whole(word: str) -> None:
    assert split_token(word) == word


# a past participle closes its clause, so it is the word a lost line break most often runs into (fresh5)
@pytest.mark.parametrize(
    ("glued", "split"),
    [
        ("Kamergestuurd", "Kamer gestuurd"),
        ("aanvraagproceduregestart", "aanvraagprocedure gestart"),
        ("verbeteringendoorgevoerd", "verbeteringen doorgevoerd"),
        ("serieusgenomen", "serieus genomen"),
    ],
)
def test_a_word_run_into_a_past_participle_is_split(glued: str, split: str) -> None:
    assert split_token(glued) == split


# nouns that begin as a participle does stay whole
@pytest.mark.parametrize("word", ["woningbouwgebieden", "financieringsmogelijkheden", "regeldrukgevolgen", "wingebied"])
def test_a_compound_ending_in_a_noun_with_ge_stays_whole(word: str) -> None:
    assert split_token(word) == word


def test_a_clause_whose_participle_ran_into_a_noun_is_read() -> None:
    found = classify("Zodra het advies binnen is, zal deze met een appreciatie aan de Tweede Kamergestuurd worden.")
    assert found is not None and found[0] == "promise"


def test_case_changes_and_acronyms_inside_a_token() -> None:
    assert unglue("de Minister vanVWS en streeftNederland") == "de Minister van VWS en streeft Nederland"
    assert unglue("wordt door VWSondersteund") == "wordt door VWS ondersteund"
    # names that change case inside, and acronyms before a non-word, are kept
    assert unglue("TikTok en iPhone en de NGOs") == "TikTok en iPhone en de NGOs"


def test_unglued_sentences_are_read_as_commitments() -> None:
    assert classify("Mijn ministerie is ingesprek met Frankrijk, Ierland en België.") is not None
    found = classify("De Tweede Kamer wordt hierovergeïnformeerd in het eerste kwartaal van 2025.")
    assert found is not None and found[0] == "promise"


def test_closed_class_words_run_together_and_real_words_kept() -> None:
    text = "omdat vooral meteen ineen tegen tevens overblijft geworden ontmoeten blijvende gaande tegenover wilde"
    assert unglue(text) == text
    assert unglue("zaleen ophet teblijven wordtduidelijk vande") == "zal een op het te blijven wordt duidelijk van de"


def test_official_xml_is_read_as_it_is_and_converted_text_is_unglued() -> None:
    from transforms.extract.figures import extract_figures
    from transforms.model import Document, Paragraph

    text = "Bij de controle waren zijntwee NVWA-dierenartsen aanwezig."
    converted = Document(document_id="kv-1", source_format="txt", paragraphs=[Paragraph(text=text)])
    official = Document(document_id="kst-1-1", source_format="xml", paragraphs=[Paragraph(text=text)])
    assert [f.value for f in extract_figures(converted)] == [2]
    assert extract_figures(official) == []  # XML has its spaces in the markup: no word is split there


def test_a_number_run_into_the_word_after_it_is_split_but_not_inside_a_url() -> None:
    assert unglue("Voor 86% (1.626.464oproepen) geldt dat") == "Voor 86% (1.626.464 oproepen) geldt dat"
    assert unglue("ligt tussen de75 en 85") == "ligt tussen de 75 en 85"
    text, back = unglue_with_offsets("zijn er 1137inspecties gedaan")
    assert text == "zijn er 1137 inspecties gedaan" and back[text.index("inspecties")] == 12
    # a URL's encoded space, a domain, an unknown word and an ordinal stay as they are
    for kept in ("https://x.nl/a%20cijfers%20en", "2wetten.nl – Regeling", "20relatieziekenhuizen", "het 3e kwartaal"):
        assert unglue(kept) == kept


def test_offsets_map_every_character_back_where_a_text_has_several_cuts() -> None:
    original = "Het kabinet streeftNederland naar de75 procent, door VWSondersteund met 1137inspecties ingesprek."
    text, back = unglue_with_offsets(original)
    assert text == unglue(original)
    assert text.count(" ") - original.count(" ") >= 5  # five words run together, each split apart
    assert len(back) == len(text) + 1 and back[-1] == len(original)
    assert back == sorted(back)  # offsets only move forward
    for i, ch in enumerate(text):
        if ch != " " or original[back[i]] == " ":
            assert original[back[i]] == ch, (i, ch)
        else:  # an inserted space stands for the start of the word after it
            assert back[i] == back[i + 1]
