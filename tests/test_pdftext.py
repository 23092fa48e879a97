"""Parsing text extracted from PDFs: transforms.parse.pdftext."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from transforms.model import ANSWER, BODY, CAPTION, FOOTNOTE, HEADING, QUESTION, TABLE_ROW, ParseError
from transforms.parse import parse_file
from transforms.parse.pdftext import parse_pdf_text

# What a running footer, a masthead or a page number looks like in the real files. No paragraph may hold one.
FOOTER_IN_TEXT = re.compile(
    r"ISSN\s*\d{4}\s*-\s*\d{3}[\dX]"
    r"|[’']s-Gravenhage \d{4}"
    r"|(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}[–-]\d{4}, Aanhangsel(?! van de Handelingen,? (?:nr\. )?\d)"
    r"|\ba?h[- ]tk[- ]\d{8}[- ]\d+\b"
    r"|Vragen gesteld door de leden der Kamer"
    r"|Vergaderjaar \d{4}[–-]\d{4} Aanhangsel van de Handelingen"
)
AT_START = re.compile(r"^(?:Tweede Kamer der Staten-Generaal|\d{1,4}$)")


def assert_clean(doc, *extra: re.Pattern) -> None:
    for p in doc.paragraphs:
        assert not FOOTER_IN_TEXT.search(p.text), p.text
        assert not AT_START.match(p.text), p.text
        assert not re.fullmatch(r"[\d\s.,–-]+", p.text), f"page number or stray digits as a paragraph: {p.text!r}"
        for pat in extra:
            assert not pat.search(p.text), p.text


def aanhangsel_files(corpus: Path) -> list[Path]:
    files = sorted((corpus / "real" / "aanhangsel").glob("ah-tk-*.txt"))
    assert len(files) >= 20
    return files


# ------------------------------------------------------------------ the real Aanhangsel texts


def test_every_aanhangsel_text_parses_clean(corpus: Path) -> None:
    for f in aanhangsel_files(corpus):
        text = f.read_text(encoding="utf-8")
        doc = parse_pdf_text(text, "neutral-name.txt")  # the id must come from the text, not the name
        assert doc.document_id == f.stem, f.name
        assert doc.document_type == "Aanhangsel van de Handelingen"
        assert doc.kamer == "Tweede Kamer"
        assert doc.vergaderjaar == f"{f.stem[6:10]}-{f.stem[10:14]}"
        assert doc.source_format == "txt"
        assert_clean(doc)
        roles = {p.role for p in doc.paragraphs}
        if re.search(r"^\s*Vraag \d", text, re.M):
            assert QUESTION in roles, f.name
        if re.search(r"^\s*(?:\d\s+)?Antwoord \d", text, re.M):
            assert ANSWER in roles, f.name
        # every question/answer paragraph lies in a Vraag/Antwoord section
        for p in doc.paragraphs:
            if p.role in (QUESTION, ANSWER):
                title = doc.sections[p.section].title
                assert title.startswith("Vraag" if p.role == QUESTION else ("Antwoord", "Mededeling")), (f.name, title)
        assert doc.publication_date is not None, f.name
        assert doc.author and doc.author.split()[0] in ("Minister", "Staatssecretaris"), (f.name, doc.author)
        assert doc.title and doc.title.startswith("Vragen van"), f.name


def test_aanhangsel_2129_in_detail(corpus: Path) -> None:
    f = corpus / "real" / "aanhangsel" / "ah-tk-20232024-2129.txt"
    doc = parse_file("whatever.txt", f.read_bytes())
    assert doc.document_id == "ah-tk-20232024-2129"
    assert doc.author == "Minister Bruins Slot (BZ)"
    assert doc.publication_date == date(2024, 6, 28)
    assert "(ingezonden 5 juni 2024)" in doc.title
    texts = [p.text for p in doc.paragraphs]
    # hyphenated line breaks undone ("vredesonderhande-\nlingen", "wapenexportcon-\ntrolebeleid")
    assert any("vredesonderhandelingen in Jemen een nieuwe impuls" in t for t in texts)
    assert any("wapenexportcontrolebeleid" in t for t in texts)
    # a paragraph that runs across the page break: footnote and footer are cut out of it
    para = next(p for p in doc.paragraphs if "overwogen. De bijdrage van ECHO" in p.text)
    assert para.role == ANSWER and para.page == 1
    assert "Relief Web" not in para.text and "ISSN" not in para.text
    notes = [p for p in doc.paragraphs if p.role == FOOTNOTE]
    assert [n.text.split()[0] for n in notes] == ["1", "2", "3", "4", "5"]
    assert notes[0].text.endswith("millions-need-yemen-enar)")  # a URL broken over lines is glued back
    assert [s.title for s in doc.sections[:4]] == ["Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2"]
    assert {p.page for p in doc.paragraphs} == {1, 2, 3}


def test_markdown_conversion_387(corpus: Path) -> None:
    doc = parse_pdf_text((corpus / "real" / "aanhangsel" / "ah-tk-20232024-387.txt").read_text(), "x.txt")
    assert doc.document_id == "ah-tk-20232024-387"
    assert_clean(doc, re.compile(r"^#|\*\*|-----|\[\d+ ?\]"))
    assert doc.author == "Minister Bruins Slot (Buitenlandse Zaken)"
    assert sum(p.role == FOOTNOTE for p in doc.paragraphs) == 9
    assert max(p.page for p in doc.paragraphs) == 4


def test_glued_footers_3649_and_909(corpus: Path) -> None:
    # "…, Aanhangsel 1Antwoord 3": the footer goes, "Antwoord 3" stays a marker
    doc = parse_pdf_text((corpus / "real" / "aanhangsel" / "ah-tk-20222023-3649.txt").read_text(), "x.txt")
    assert [s.title for s in doc.sections].count("Antwoord 3") == 1
    assert [s.title for s in doc.sections][-1] == "Antwoord 14"
    assert_clean(doc)
    doc = parse_pdf_text((corpus / "real" / "aanhangsel" / "ah-tk-20232024-909.txt").read_text(), "x.txt")
    assert doc.document_id == "ah-tk-20232024-909"
    assert_clean(doc)
    texts = [p.text for p in doc.paragraphs]
    assert all(a != b for a, b in zip(texts, texts[1:])), "a doubled paragraph of the extraction is kept once"


def test_footnote_continuation_year_is_kept(corpus: Path) -> None:
    # "… 24 september\n2014" at the page foot: the year belongs to the footnote, it is no page number
    doc = parse_pdf_text((corpus / "real" / "aanhangsel" / "ah-tk-20142015-698.txt").read_text(), "x.txt")
    note = next(p for p in doc.paragraphs if p.role == FOOTNOTE)
    assert note.text.endswith("24 september 2014")


# ------------------------------------------------------------------ the seed excerpt and the Kamerbrief


def test_seed_excerpt(corpus: Path) -> None:
    doc = parse_pdf_text((corpus / "dev" / "kst-36360-X-1-excerpt.txt").read_text(), "excerpt.txt")
    assert doc.document_id == "kst-36360-X-1"
    assert (doc.dossier, doc.ondernummer, doc.vergaderjaar, doc.kamer) == ("36360-X", "1", "2022-2023", "Tweede Kamer")
    assert doc.document_type == "Kamerstuk"
    text = "\n".join(p.text for p in doc.paragraphs)
    # split without hyphen, undone
    for word in ("veiligheidsregio’s", "veiligheidsdomein", "talentmanagement", "defensieonderdelen"):
        assert word in text
    # real hyphens kept
    for phrase in ("bewakings- en beveiligingstaak", "in- en doorstroom", "thuiswerk- en een internetvergoeding",
                   "civiel-militaire", "HR-model", "COVID-19", "woon-werkverkeer"):
        assert phrase in text
    assert "nr. 1" not in text and "vergaderjaar" not in text
    assert [(s.number, s.title, s.level) for s in doc.sections] == [
        ("3.2", "Een goede werkgever, verbonden met de samenleving", 2)
    ]
    heads = [p.text for p in doc.paragraphs if p.role == HEADING]
    assert heads == ["Nationaal en civiel-militaire samenwerking", "HR-transitie"]
    hr = next(i for i, p in enumerate(doc.paragraphs) if p.text == "HR-transitie")
    assert doc.paragraphs[hr].section == 0 and doc.paragraphs[hr + 1].text.startswith("Het arbeidsvoorwaardenakkoord")
    assert any(p.text.endswith("tegen hybride dreigingen.") for p in doc.paragraphs)


def test_kamerbrief(corpus: Path) -> None:
    f = corpus / "real" / "kamerbrief" / "kamerbrief-ienw-luchtvaart-2023.txt"
    doc = parse_file(f.name, f.read_bytes())
    assert doc.document_id == "kamerbrief-ienw-luchtvaart-2023"  # no footer: the file name
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "drone-exploitanten in andere EU-landen" in text
    assert "een viertal luchtvaartonderwerpen" in text  # a break without hyphen that is a word boundary
    assert "wet- en regelgeving" in text
    assert doc.paragraphs[0].text == "Geachte voorzitter,"
    items = [p.text for p in doc.paragraphs if p.role == "list_item"]
    assert items[0] == "1. Registratiekosten voor drone-exploitanten in andere EU-landen;"
    assert len(items) == 4
    assert [s.number for s in doc.sections] == ["1", "2"]
    assert doc.sections[1].title.endswith("en de Inspectie Leefomgeving en Transport (ILT)")


def test_kamervragen_csv_all_parse(corpus: Path) -> None:
    csv.field_size_limit(1 << 30)
    with (corpus / "real" / "kamervragen-csv" / "questions.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    qa = 0
    for row in rows:
        doc = parse_pdf_text(row["text_content"], row["name"])
        assert doc.paragraphs
        assert_clean(doc)
        m = re.search(r"\b(ah-tk-\d{8}-\d+)\b", row["text_content"])
        if m:
            assert doc.document_id == m.group(1)
        qa += {QUESTION, ANSWER} <= {p.role for p in doc.paragraphs}
    assert qa >= 30


# ------------------------------------------------------------------ the sample and synthetic cases


def test_sample_aanhangsel() -> None:
    path = SAMPLES / "ah-tk-20252026-9999.txt"
    doc = parse_file(path.name, path.read_bytes())
    assert doc.document_id == "ah-tk-20252026-9999"
    assert parse_pdf_text(path.read_text(), "renamed.txt").document_id == "ah-tk-20252026-9999"
    assert doc.publication_date == date(2025, 12, 2)
    assert doc.author == "Minister Testsma (Justitie en Veiligheid)"
    assert_clean(doc)
    roles = [p.role for p in doc.paragraphs]
    assert roles[:2] == [BODY, BODY]
    assert roles.count(QUESTION) == 4 and roles.count(ANSWER) == 4 and roles.count(FOOTNOTE) == 1
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "van de veiligheidsregio’s (ingezonden" in text  # hyphenated break
    assert "De verschillen tussen de veiligheidsregio’s zijn groot" in text  # break without hyphen
    assert "in- en doorstroom" in text and "EU-landen" in text and "De bewakings- en beveiligingstaak" in text
    commit = next(p for p in doc.paragraphs if "Ik zal uw Kamer voor 1 juni 2026 informeren" in p.text)
    assert commit.role == ANSWER and commit.page == 2
    across = next(p for p in doc.paragraphs if "derde kwartaal van 2026. De bewakings-" in p.text)
    assert across.page == 1 and "NOS" not in across.text


def test_pages_given_explicitly() -> None:
    pages = [
        "Eerste alinea van de tekst die doorloopt op de volgende\nTweede Kamer, vergaderjaar 2025–2026, 99 999, nr. 7\n1",
        "pagina en daar eindigt.\nEen nieuwe alinea.\nTweede Kamer, vergaderjaar 2025–2026, 99 999, nr. 7\n2",
    ]
    doc = parse_pdf_text("\n".join(pages), "x.txt", pages=pages)
    assert doc.document_id == "kst-99999-7"
    assert [(p.text, p.page) for p in doc.paragraphs] == [
        ("Eerste alinea van de tekst die doorloopt op de volgende pagina en daar eindigt.", 1),
        ("Een nieuwe alinea.", 2),
    ]


def test_kst_reference_in_a_footnote_is_no_footer() -> None:
    text = (
        "Vraag 1\nKent u het rapport?1\nAntwoord 1\nJa.\n"
        "1 Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424\n"
        "ah-tk-20232024-1234\nISSN 0921 - 7398\n’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\n"
    )
    doc = parse_pdf_text(text, "x.txt")
    assert doc.document_id == "ah-tk-20232024-1234"
    assert doc.paragraphs[-1].role == FOOTNOTE
    assert doc.paragraphs[-1].text == "1 Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424"


def test_the_body_resumes_after_a_numbered_list_near_the_end_of_a_text_without_pages() -> None:
    # a letter's table of documents ("1 Cijfermatig overzicht … Openbaar") in the lower half of a text
    # without page breaks: its rows may read as notes, but the letter after them is body again
    rows = ["1 Cijfermatig overzicht integriteitsschendingen UWV 2020-2022, openbaar.",
            "2 UWV Jaarverslag 2020 (p. 69-70), reeds openbaar."]
    body = [f"Regel {i} van de brief, die gewoon doorloopt na de tabel met documenten." for i in range(12)]
    text = "\n\n".join(["Geachte heer,", *[f"Alinea {i} van de brief." for i in range(14)], *rows, *body,
                         "Dit besluit wordt binnen enkele werkdagen gepubliceerd op de website."]) + "\n"
    doc = parse_pdf_text(text, "x.txt")
    last = doc.paragraphs[-1]
    assert last.text.startswith("Dit besluit") and last.role == BODY
    # a real note stays a note: a few lines after it and the page ends
    notes = "\n".join(["Tekst van de brief met een voetnoot.1", *[f"Zin {i} van de brief." for i in range(12)],
                       "1 Kamerstuk 33009, nr. 117.", "2 Zie de brief van 3 maart 2023."]) + "\n"
    assert [p.role for p in parse_pdf_text(notes, "y.txt").paragraphs[-2:]] == [FOOTNOTE, FOOTNOTE]


def test_empty_text_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_pdf_text("  \n\n ", "x.txt")
    with pytest.raises(ParseError):
        parse_pdf_text("12\n\n13\n", "x.txt")  # only page numbers


def test_speed_is_linear(corpus: Path) -> None:
    import time

    text = "\n".join(f.read_text() for f in aanhangsel_files(corpus)) * 4  # ~1.1 MB, one long document
    t0 = time.perf_counter()
    doc = parse_pdf_text(text, "x.txt")
    elapsed = time.perf_counter() - t0
    assert len(doc.paragraphs) > 2000
    assert elapsed < 3.0, f"{len(text) / elapsed / 1e6:.2f} MB/s"
    # a long table column, one short number a line, is judged once, not once a line (that was quadratic)
    column = "Tabel 1 Aantallen\n" + "\n".join(str(100 + (i * 37) % 900) for i in range(5000)) + "\n\nDe tabel is klaar.\n"
    t0 = time.perf_counter()
    doc = parse_pdf_text(column, "x.txt")
    assert time.perf_counter() - t0 < 3.0
    assert doc.paragraphs[0].text.count(" | ") == 4999  # every cell kept


TABLE_TEXT = """Vraag 1
Hoeveel klachten zijn er ontvangen?
Antwoord 1
De cijfers zijn als volgt:
Klachten bij de ombudsman over de dienst
Soort Klachten in 2022 Klachten in 2023
Bejegening 14 21
Termijnen 1.204 987
Totaal 1.218 1.008
Ik zal uw Kamer voor de zomer informeren over de verdere ontwikkeling.
"""


def test_a_table_in_pdf_text_becomes_caption_and_rows() -> None:
    from transforms.extract.figures import extract_figures
    from transforms.model import CAPTION, TABLE_ROW

    doc = parse_pdf_text(TABLE_TEXT, "ah-tk-20252026-1.txt")
    table = [(p.role, p.text) for p in doc.paragraphs if p.table is not None]
    assert table == [
        (CAPTION, "Klachten bij de ombudsman over de dienst"),
        (TABLE_ROW, "Soort | Klachten in 2022 | Klachten in 2023"),
        (TABLE_ROW, "Bejegening | 14 | 21"),
        (TABLE_ROW, "Termijnen | 1.204 | 987"),
        (TABLE_ROW, "Totaal | 1.218 | 1.008"),
    ]
    assert {p.table for p in doc.paragraphs if p.table is not None} == {0}
    assert doc.paragraphs[-1].text.startswith("Ik zal uw Kamer")  # prose after the table stays prose
    cells = [(f.value, f.unit, f.period) for f in extract_figures(doc) if doc.paragraphs[f.paragraph].role == TABLE_ROW]
    assert cells[:2] == [(14, "klachten", "2022"), (21, "klachten", "2023")]
    assert (1204, "klachten", "2022") in cells


def test_prose_lines_ending_in_numbers_are_not_tables() -> None:
    text = "Antwoord 2\nIn de jaren 2021 en 2022 daalde het aantal.\nHet gaat om artikel 12 lid 3\nvan de wet.\n"
    doc = parse_pdf_text(text, "ah-tk-20252026-2.txt")
    assert all(p.table is None for p in doc.paragraphs)


def test_an_answer_label_run_into_the_question_line_starts_the_answer() -> None:
    text = "Vraag 5\nKunt u dat toelichten? Antwoorden 5 en 6 Er zijn geen bezwaren.\nVraag 7\nWaarom niet?\n"
    doc = parse_pdf_text(text, "ah-tk-20252026-8.txt")
    roles = [(p.role, p.text) for p in doc.paragraphs]
    assert (QUESTION, "Kunt u dat toelichten?") in roles
    assert (ANSWER, "Er zijn geen bezwaren.") in roles
    assert [s.title for s in doc.sections] == ["Vraag 5", "Antwoord 5 en 6", "Vraag 7"]


def test_answer_label_naming_the_questions_without_op() -> None:
    # "Antwoord vragen 1, 2 en 3" (no "op") opens the answer like "Antwoord op vragen 1, 2 en 3"
    text = (
        "AH 999\n2024Z00001\nAntwoord van minister Testsma (Financiën) (ontvangen 20 november 2024)\n\n"
        "Vraag 1\nKunt u bevestigen dat het besluit is genomen?\n\n"
        "Vraag 2\nWanneer wordt de Kamer geïnformeerd?\n\n"
        "Antwoord vragen 1 en 2\nHet besluit is genomen.\n\n"
        "In het voorjaar 2025 maakt het kabinet opnieuw de balans op.\n"
    )
    doc = parse_pdf_text(text, "kv-test.txt")
    roles = {p.text.split("\n")[0][:30]: p.role for p in doc.paragraphs}
    assert roles["Kunt u bevestigen dat het besl"] == QUESTION
    assert roles["Het besluit is genomen."] == ANSWER
    assert roles["In het voorjaar 2025 maakt het"] == ANSWER


def test_table_under_a_years_header_with_a_note_line() -> None:
    # "Jaar: 2019 2020 2021" names the columns; a note "(t/m 31-05)" may stand under it; a single row counts
    text = (
        "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2\n\nVraag 1\nHoeveel paarden zijn er vervoerd?\n\n"
        "Antwoord 1\nIn onderstaande tabel staat het aantal paarden.\n"
        "Jaar: 2021 2022 2023\n(t/m 31-05)\nIerland: 1.765 1.209 348\n\nDat is alles.\n"
    )
    doc = parse_pdf_text(text, "kv-test.txt")
    rows = [p for p in doc.paragraphs if p.role == TABLE_ROW]
    assert [r.text for r in rows] == ["Jaar | 2021 | 2022 | 2023", "Ierland: | 1.765 | 1.209 | 348"]
    from transforms.extract.figures import extract_figures

    figs = [(f.value, f.period) for f in extract_figures(doc) if f.paragraph == doc.paragraphs.index(rows[1])]
    assert figs == [(1765, "2021"), (1209, "2022"), (348, "2023")]


def test_a_row_label_wrapped_onto_its_own_line_joins_its_cells() -> None:
    text = (
        "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2\n\nVraag 1\nHoeveel paarden zijn er vervoerd?\n\n"
        "Antwoord 1\nIn onderstaande tabel staat het aantal paarden.\n"
        "Jaar: 2021 2022 2023\nIerland: 1.765 1.209 348\nVerenigd Koninkrijk:\n3.354 2.365 484\n\nDat is alles.\n"
    )
    doc = parse_pdf_text(text, "kv-test.txt")
    rows = [p.text for p in doc.paragraphs if p.role == TABLE_ROW]
    assert rows == ["Jaar: | 2021 | 2022 | 2023", "Ierland: | 1.765 | 1.209 | 348", "Verenigd Koninkrijk: | 3.354 | 2.365 | 484"]
    assert len({p.table for p in doc.paragraphs if p.role == TABLE_ROW}) == 1
    from transforms.extract.figures import extract_figures

    # the years are the header, not figures; every cell gets its year
    assert [(f.value, f.period) for f in extract_figures(doc)] == [
        (1765, "2021"), (1209, "2022"), (348, "2023"), (3354, "2021"), (2365, "2022"), (484, "2023")]


def _letter_pages() -> list[str]:
    margin = "Ministerie van\nFinanciën\n\nOns kenmerk\n2025-0000123\nPagina {n} van 3\n\n"
    first = (
        "Ministerie van\nFinanciën\n\nKorte Voorhout 7\n2511 CW Den Haag\n\nOns kenmerk\n2025-0000123\n\n"
        "> Retouradres Postbus 20201 2500 EE Den Haag\nDe voorzitter van de Tweede Kamer\n\n"
        "Datum 3 maart 2025\nBetreft Voortgang van de hersteloperatie\n\nGeachte voorzitter,\n"
        "Met deze brief informeer ik uw Kamer over de voortgang van de hersteloperatie en\n"
        "over wat ik de komende maanden ga doen. Het gaat om 1.250 gezinnen. Zoals\n"
    )
    second = margin.format(n=2) + (
        "aangekondigd in de vorige brief stuur ik u voor de zomer de tweede rapportage.\n"
        "Ministerie van Financiën en Belastingdienst werken daarbij samen.\n"
    )
    third = margin.format(n=3) + "Hoogachtend,\n\nde minister van Financiën,\n\nA. Naam\n"
    return [first, second, third]


def test_a_letters_margin_column_letterhead_and_page_break_are_removed() -> None:
    pages = _letter_pages()
    doc = parse_pdf_text("\n".join(pages), "brief.pdf", pages=pages)
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Geachte voorzitter,"
    assert doc.title == "Voortgang van de hersteloperatie" and str(doc.publication_date) == "2025-03-03"
    joined = "\n".join(texts)
    assert "Ons kenmerk" not in joined and "2025-0000123" not in joined and "Korte Voorhout" not in joined
    # the sentence that runs over the page break is one paragraph again
    assert any("Zoals aangekondigd in de vorige brief stuur ik u voor de zomer" in t for t in texts)
    # a line that is not repeated at the top of the pages stays, as does the signature
    assert "Ministerie van Financiën en Belastingdienst werken daarbij samen." in joined
    assert "Hoogachtend," in texts


def test_without_a_salutation_nothing_is_taken_for_a_letterhead() -> None:
    text = "Datum 3 maart 2025\nBetreft iets\n\nDe minister antwoordt op de vragen van het lid.\n"
    doc = parse_pdf_text(text, "note.txt")
    assert doc.paragraphs[0].text.startswith("Datum 3 maart 2025")


def test_a_sentence_repeated_at_the_top_of_pages_is_not_furniture() -> None:
    pages = [f"Dit is een zin die op elke pagina bovenaan staat.\nTekst van pagina {n} loopt hier door.\n" for n in (1, 2, 3)]
    doc = parse_pdf_text("\n".join(pages), "x.pdf", pages=pages)
    assert sum("bovenaan staat" in p.text for p in doc.paragraphs) == 3


NOTA = """Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG
Ontvangen 27 maart 2024

De leden van de VVD-fractie constateren dat regeldruk een groot probleem is. Deze leden vragen of de
regering deze mening deelt.
Antwoord
De regering deelt de opvatting dat regelgeving pas nodig is als de noodzaak vaststaat. Het kabinet zal de
aanpak dit jaar herijken.
In het verlengde hiervan vragen deze leden hoe de regering de rol van het college beziet.
Zij wijzen op het belang van onafhankelijkheid.
Antwoord
Het college adviseert over voorstellen, maar besluit niet zelf.
8 en 9 De leden van de CDA-fractie lezen dat het college in 2021 vaak negatief adviseerde.
Antwoord
Circa 75% van de adviespunten wordt opgevolgd.
Kan de regering voorbeelden noemen van adviezen die niet zijn opgevolgd?
Antwoord
Soms wordt een advies gegeven dat niet uitvoerbaar is.
"""


def test_a_notas_unlabelled_questions_of_the_fracties_are_questions() -> None:
    doc = parse_pdf_text(NOTA, "nota.txt")
    roles = {p.text.split()[0] + " " + p.text.split()[1]: p.role for p in doc.paragraphs if p.role in (QUESTION, ANSWER)}
    assert roles["De leden"] == QUESTION
    assert roles["De regering"] == ANSWER
    assert roles["In het"] == QUESTION  # the members as subject after a fronted phrase
    assert roles["Zij wijzen"] == QUESTION  # and what follows it until the next "Antwoord"
    assert roles["Het college"] == ANSWER
    assert roles["8 en"] == QUESTION  # after the questions' numbers
    assert roles["Circa 75%"] == ANSWER
    assert roles["Kan de"] == QUESTION  # a question to the government
    assert roles["Soms wordt"] == ANSWER


def test_the_letter_templates_instruction_is_no_text() -> None:
    text = ("Ons kenmerk\n-\nBij beantwoording de datum en ons kenmerk vermelden. Wilt u slechts één zaak in uw brief behandelen.\n\n"
            "In antwoord op uw brief van 8 juli 2024 deel ik u mede dat de vragen worden beantwoord.\n")
    doc = parse_pdf_text(text, "antwoorden.txt")
    assert not any("slechts" in p.text for p in doc.paragraphs)
    assert any("In antwoord op uw brief" in p.text for p in doc.paragraphs)


# OCR text with a blank line after every printed line (markdown from OCR): a budget table under its caption,
# a years line and rows with "PM" and rows of one cell
SPACED_TABLE_TEXT = "\n\n".join([
    "Jaarplan Testbureau 2022",
    "De rijksbijdrage voor de uitvoering van onze wettelijke taak is als volgt opgebouwd.",
    "Begroting Begroting",
    "Kader Testbureau (x € 1.000)",
    "2022 2021",
    "Regulier kader basis 14.533 10.260",
    "l/p compensatie 2022 PM",
    "Governance en beheer 1.273",
    "Totaal kader 2021-2022 14.828 14.533",
    "In 2022 zetten we deze lijn voort en breiden we het team verder uit met twee medewerkers.",
    "Wij investeren daarnaast in de vernieuwing van onze systemen, zodat wijzigingen sneller kunnen.",
    "Ook zorgen we voor een goede overdracht.",
    "Daarmee sluiten we het jaar af.",
]) + "\n"


def test_a_table_in_blank_spaced_ocr_text_becomes_rows_scaled_by_its_caption() -> None:
    from transforms.extract.figures import extract_figures

    doc = parse_pdf_text(SPACED_TABLE_TEXT, "testbureau-jaarplan-2022.txt")
    rows = [p.text for p in doc.paragraphs if p.role == TABLE_ROW]
    assert rows == [
        " | 2022 | 2021",
        "Regulier kader basis | 14.533 | 10.260",
        "l/p compensatie | 2022 | PM",
        "Governance en beheer | 1.273",
        "Totaal kader 2021-2022 | 14.828 | 14.533",
    ]
    assert any(p.role == CAPTION and "(x € 1.000)" in p.text for p in doc.paragraphs)
    money = {(f.value, f.unit) for f in extract_figures(doc) if doc.paragraphs[f.paragraph].role == TABLE_ROW}
    assert {(14533000, "EUR"), (10260000, "EUR"), (1273000, "EUR"), (14828000, "EUR")} <= money
    # the prose after the table stays prose
    assert doc.paragraphs[-1].role != TABLE_ROW and doc.paragraphs[-1].text == "Daarmee sluiten we het jaar af."


def test_prose_in_blank_spaced_text_ending_in_a_number_is_no_table_row() -> None:
    lines = [f"Dit is zin nummer {k} van een gewone alinea zonder enige tabel erin." for k in range(12)]
    lines[5] = "In de periode tot en met het jaar waarover wij hier verslag doen waren het er 2021"
    doc = parse_pdf_text("\n\n".join(lines) + "\n", "test-verslag.txt")
    assert all(p.table is None for p in doc.paragraphs)


def _settlement(prose: str) -> str:
    lines = ["Kassiersverslag 2021", prose, "De volgende transacties hebben zich voorgedaan in het kalenderjaar.",
             "Bedragen x € 1.000 Realisatie Voorschot Afrekening",
             "Vergoeding kosten UWV en colleges B&W (art. 17) 12.499.433 12.000.000 499.433",
             "Vergoeding kosten dienstverlening werkfitbehoud (art. 21) 0 0 0",
             "Totaal 20.511.892 19.460.000 1.051.892",
             "Rechtmatigheid", "De kassier stelt vast dat de vergoedingen juist zijn.", "Dat was het.", "Einde."]
    return "\n\n".join(lines) + "\n"


def test_a_table_scale_the_prose_contradicts_is_not_applied() -> None:
    from transforms.extract.figures import extract_figures

    def cells(prose: str) -> set[float]:
        doc = parse_pdf_text(_settlement(prose), "kassiersverslag-2021.txt")
        rows = [p.text for p in doc.paragraphs if p.role == TABLE_ROW]
        assert rows[0] == "Vergoeding kosten UWV en colleges B&W (art. 17) | 12.499.433 | 12.000.000 | 499.433"  # "(art. 17)": a label
        return {f.value for f in extract_figures(doc) if doc.paragraphs[f.paragraph].role == TABLE_ROW}

    # the prose states the total in plain euro: "x € 1.000" was left over, the cells are euro
    stated = cells("In het kalenderjaar 2021 is door de kassier een bedrag van € 20.511.892 uitbetaald.")
    assert {20511892, 12499433, 0} <= stated and 20511892000 not in stated
    # without that statement the caption's scale holds
    assert 20511892000 in cells("In het kalenderjaar 2021 is door de kassier alles uitbetaald.")


def test_an_eu_documents_running_footer_is_dropped_also_inside_a_sentence() -> None:
    text = ("De lidstaten stellen jaarlijkse mijlpalen vast waaraan de voortgang bij het behalen van die NL 45 NL "
            "doelstellingen kan worden getoetst.\n\nNL 46 NL\n\nDe Commissie beoordeelt de verslagen.\n")
    doc = parse_pdf_text(text, "afir.txt")
    assert [p.text for p in doc.paragraphs] == [
        "De lidstaten stellen jaarlijkse mijlpalen vast waaraan de voortgang bij het behalen van die doelstellingen kan worden getoetst.",
        "De Commissie beoordeelt de verslagen.",
    ]
    # in any language of the Union
    assert parse_pdf_text("The Member States shall EN 12 EN report every year.\n", "x.txt").paragraphs[0].text == (
        "The Member States shall report every year.")
    # a code and a number that are no such footer stay
    assert "NL 45 EU" in parse_pdf_text("Het verschil tussen NL 45 EU is klein.\n", "x.txt").paragraphs[0].text


def test_a_column_of_bare_numbers_keeps_its_short_cells_but_page_numbers_still_go() -> None:
    # an annual report's table as the text layer gives it: one number a line, short ones look like page numbers
    text = ("De sterkte per eenheid staat hieronder.\n\nOperationele sterkte per eenheid\nNoord-Nederland\n"
            "Oost-Nederland\n\n2017\n1.031\t\t\n382\t\t\n492\t\t\n1.905\t\t\n\n24\n\fDe sterkte daalde.\n")
    doc = parse_pdf_text(text, "jaarverslag.txt")
    texts = [p.text for p in doc.paragraphs]
    assert texts[1].endswith("Oost-Nederland 2017 1.031 | 382 | 492 | 1.905")  # cells, not one space-grouped number
    assert not any("24" in t for t in texts)  # the page number on its own still goes
    assert texts[-1] == "De sterkte daalde."


def test_runs_of_numbers_that_count_evenly_or_spell_years_are_no_table_column() -> None:
    # footnote markers in a column of their own, a chart's axis, a chart's years split in halves
    for run in ("31\n32", "7\n6\n5\n4\n3\n2\n1\n0\n-1", "19\n96\n19\n98\n20\n00\n20\n02"):
        doc = parse_pdf_text(f"Het kabinet heeft de regels aangepast.\n{run}\n\nDe uitgaven stegen.\n", "x.txt")
        assert [p.text for p in doc.paragraphs] == ["Het kabinet heeft de regels aangepast.", "De uitgaven stegen."], run
    # nor a table's row number next to a row's amount: it continues the numbering of the rows before it
    doc = parse_pdf_text("Tabel 7 Uitgaven\n1\nUitgavenplafond\n126.574\n2\nPlafondcorrectie\n‒ 31\n", "x.txt")
    assert [p.text for p in doc.paragraphs] == ["Tabel 7 Uitgaven Uitgavenplafond 126.574 Plafondcorrectie ‒ 31"]
    # a question's number after an answer ending in a number with a full stop is no cell either
    doc = parse_pdf_text("Ik verwijs naar het antwoord op vraag\n10.\n14\nDe leden van de fractie vragen meer.\n", "x.txt")
    assert not any(p.text.startswith("14") for p in doc.paragraphs)


def test_an_answer_whose_label_was_lost_is_still_the_answer() -> None:
    from transforms.extract.commitments import extract_commitments

    text = (
        "Vraag 1\nKent u het bericht?1)\n\nAntwoord 1\nJa.\n\n"
        "Vraag 2\nBent u bekend met het rapport “Fatale incidenten”?3)\n\n"
        "Ik ben bekend met dit rapport.\n\nIk zal uw Kamer voor de zomer over de uitkomsten informeren.\n\n"
        "Vraag 3\nIn het rapport staat dat het aantal stijgt.\n\nDeelt u die zorg?\n\n"
        "Vraag 4\nKent u de brief?\n\nDaarin staat dat het aantal daalt.\n\nWat vindt u daarvan?\n\n"
        "Antwoord op vragen 3, en 4\nDaar werk ik aan.\n"
    )
    doc = parse_pdf_text(text, "ah-tk-20232024-999.txt")
    roles = {p.text: (p.role, doc.sections[p.section].title) for p in doc.paragraphs}
    assert roles["Ik ben bekend met dit rapport."] == (ANSWER, "Antwoord 2")
    assert roles["Ik zal uw Kamer voor de zomer over de uitkomsten informeren."] == (ANSWER, "Antwoord 2")
    # a question whose member asks only in a later paragraph stays the member's
    assert roles["In het rapport staat dat het aantal stijgt."] == (QUESTION, "Vraag 3")
    assert roles["Daarin staat dat het aantal daalt."] == (QUESTION, "Vraag 4")
    assert roles["Daar werk ik aan."] == (ANSWER, "Antwoord 3, en 4")
    assert [s.title for s in doc.sections] == ["Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2", "Vraag 3", "Vraag 4", "Antwoord 3, en 4"]
    assert all(p.section is not None and p.section < len(doc.sections) for p in doc.paragraphs)
    assert [c.sentence for c in extract_commitments(doc)] == ["Ik zal uw Kamer voor de zomer over de uitkomsten informeren.", "Daar werk ik aan."]



def test_a_line_broken_off_with_an_ellipsis_is_speech_not_a_title() -> None:
    # (fresh103) in a verslag a minister's answer cut short ("Ja, die toezegging heeft u …") was read as a heading and
    # so left out of the government's sentences
    path = Path(__file__).parent.parent / "evaluation" / "fresh103" / "plenair-2025-06-04-val-kabinet-slot.txt"
    doc = parse_file(path.name, path.read_bytes())
    cut_short = [p for p in doc.paragraphs if p.text.endswith("die toezegging heeft u …")]
    assert len(cut_short) == 1 and cut_short[0].role == BODY
