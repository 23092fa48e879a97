"""Parsing PDF files: transforms.parse.pdf."""

from __future__ import annotations

import io
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.test_pdftext import FOOTER_IN_TEXT, assert_clean
from transforms.model import ANSWER, FOOTNOTE, HEADING, QUESTION, ParseError
from transforms.parse import parse_file
from transforms.parse.pdf import parse_pdf

SAMPLE_PDF = SAMPLES / "kst-99998-3.pdf"
KST_FOOTER = re.compile(r"vergaderjaar 2025–2026, 99 998|99 998, nr\. 3")


def _pdf(draw) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_real_pdfs(corpus: Path) -> None:
    files = sorted((corpus / "real" / "pdf").glob("*.pdf"))
    assert len(files) == 3
    for f in files:
        doc = parse_pdf(f.read_bytes(), "download.pdf")  # the id from the footer, not the name
        assert doc.document_id == f.stem
        assert doc.source_format == "pdf"
        assert doc.document_type == "Aanhangsel van de Handelingen"
        pages = [p.page for p in doc.paragraphs]
        assert None not in pages and pages == sorted(pages) and max(pages) >= 3
        assert_clean(doc)
        roles = {p.role for p in doc.paragraphs}
        assert {QUESTION, ANSWER, FOOTNOTE} <= roles
        assert doc.publication_date is not None and doc.author


def test_real_pdf_matches_its_text_version(corpus: Path) -> None:
    f = corpus / "real" / "pdf" / "ah-tk-20232024-2129.pdf"
    from_pdf = parse_file(f.name, f.read_bytes())
    from_txt = parse_file(f.stem + ".txt", (corpus / "real" / "aanhangsel" / (f.stem + ".txt")).read_bytes())
    assert [p.role for p in from_pdf.paragraphs] == [p.role for p in from_txt.paragraphs]
    assert [p.page for p in from_pdf.paragraphs] == [p.page for p in from_txt.paragraphs]


def test_sample_pdf() -> None:
    data = SAMPLE_PDF.read_bytes()
    for name in (SAMPLE_PDF.name, "brief-zonder-id.pdf"):
        doc = parse_file(name, data)
        assert doc.document_id == "kst-99998-3"
        assert (doc.dossier, doc.ondernummer, doc.vergaderjaar, doc.kamer) == ("99998", "3", "2025-2026", "Tweede Kamer")
        assert doc.document_type == "Kamerstuk" and doc.source_format == "pdf"
    assert doc.title == "Bereikbaarheid van de regionale meldkamers"
    assert doc.author == "Minister van Justitie en Veiligheid"
    assert str(doc.publication_date) == "2026-01-15"
    assert_clean(doc, KST_FOOTER)
    assert [(s.number, s.title) for s in doc.sections] == [("1", "Stand van zaken"), ("2", "Vervolg")]
    assert {p.page for p in doc.paragraphs} == {1, 2}
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "meldkamerinfrastructuur" in text
    para = next(p for p in doc.paragraphs if "Ik zal uw Kamer voor 1 juli 2026 informeren over de resultaten van de" in p.text)
    assert para.page == 1 and para.section == 1  # runs across the page break, footer and page number cut out
    assert "1,1% van alle meldingen" in text and "€ 36 miljoen" in text


def test_sample_pdf_is_what_the_script_makes(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample_pdf.py"), str(out)], check=True, capture_output=True)
    fresh = parse_pdf(out.read_bytes(), "x.pdf")
    kept = parse_pdf(SAMPLE_PDF.read_bytes(), "x.pdf")
    assert [p.text for p in fresh.paragraphs] == [p.text for p in kept.paragraphs]


def test_no_text_layer() -> None:
    data = _pdf(lambda c: c.rect(100, 100, 300, 400, fill=1))
    with pytest.raises(ParseError, match="no text layer"):
        parse_pdf(data, "scan.pdf")


def test_corrupt_and_foreign_files(caplog: pytest.LogCaptureFixture) -> None:
    data = SAMPLE_PDF.read_bytes()
    with pytest.raises(ParseError, match="corrupt|truncated"):
        parse_pdf(data[: len(data) // 2], "half.pdf")
    with pytest.raises(ParseError, match="not a PDF"):
        parse_pdf(b"<html>not found</html>", "x.pdf")
    broken = data.replace(b"/Type /Pages", b"/Type /Sages")
    with pytest.raises(ParseError):
        parse_pdf(broken, "broken.pdf")


def test_encrypted_pdf() -> None:
    from reportlab.lib import pdfencrypt

    buf = io.BytesIO()
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("geheim", ownerPassword="eigenaar", canPrint=0))
    c.drawString(72, 700, "Vertrouwelijk")
    c.showPage()
    c.save()
    with pytest.raises(ParseError, match="encrypted|password"):
        parse_pdf(buf.getvalue(), "secret.pdf")


def test_pypdf_warnings_do_not_reach_stderr(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    f = corpus / "real" / "pdf" / "ah-tk-20142015-698.pdf"
    parse_pdf(f.read_bytes(), f.name)
    assert capsys.readouterr().err == ""
    assert logging.getLogger("pypdf").propagate is False
    assert not FOOTER_IN_TEXT.search("")  # the shared checker imports cleanly


# --- a minister's letter as published on rijksoverheid.nl ------------------------
# Real PDFs (evaluation/fresh12, from the MIT-licensed PyPI package pdftextsplitter,
# made by the ministry of IenW): a margin column repeated on every page
# ("Ministerie van …", "Ons kenmerk", the kenmerk, "P agina 2 van 9"), a
# letterhead before "Geachte voorzitter,", footnotes at the foot of the pages.
LETTERS = ROOT / "evaluation" / "fresh12"


def test_a_letters_page_furniture_and_letterhead_are_not_text() -> None:
    doc = parse_file("brief.pdf", (LETTERS / "kamerbrief-emissie-luchtvaart.pdf").read_bytes())
    text = "\n".join(p.text for p in doc.paragraphs)
    for furniture in ("IENW/BSK-2022/268034", "agina 2 van 9", "Ons kenmerk", "Infrastructuur en Waterstaat",
                      "Retouradres", "070-456", "Rijnstraat 8", "Betreft"):
        assert furniture not in text, furniture
    assert doc.paragraphs[0].text == "Geachte voorzitter,"
    assert doc.title == "Emissies door de luchtvaart"
    assert str(doc.publication_date) == "2022-12-22"
    # the signature at the end is text, the ministry's name in it too
    assert "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT," in text


def test_a_sentence_cut_by_a_page_break_and_footnotes_is_whole_again() -> None:
    doc = parse_file("brief.pdf", (LETTERS / "kamerbrief-emissie-luchtvaart.pdf").read_bytes())
    body = [p for p in doc.paragraphs if p.role != FOOTNOTE]
    assert any("Zoals aangegeven in de Hoofdlijnenbrief Schiphol van 24 juni" in p.text for p in body)
    notes = [p.text for p in doc.paragraphs if p.role == FOOTNOTE]
    assert notes[0].startswith("1 Kamerstukken II 2021/22, 30175, nr. 414")


def test_a_letters_headings_wrapped_or_short_stay_headings() -> None:
    doc = parse_file("brief.pdf", (LETTERS / "kamerbrief-emissie-luchtvaart.pdf").read_bytes())
    titles = {s.number: s.title for s in doc.sections}
    assert titles["1.1"] == "Blootstelling van de omgeving van luchthavens aan ultrafijn stof van de luchtvaart"
    headings = {p.text for p in doc.paragraphs if p.role == HEADING}
    assert "Structureel meten en monitoren van ultrafijn stof in Nederland" in headings
    assert not any(p.text.startswith("van de luchtvaart") for p in doc.paragraphs)


def test_every_letter_of_the_set_parses_without_furniture() -> None:
    for f in sorted(LETTERS.glob("*.pdf")):
        doc = parse_file(f.name, f.read_bytes())
        text = "\n".join(p.text for p in doc.paragraphs)
        assert not re.search(r"P ?agina \d+ van \d+", text), f.name
        assert len(doc.paragraphs) > 40, f.name


def test_a_letters_signer_is_its_author_also_in_capitals_and_before_an_annex() -> None:
    authors = {f.stem: parse_file(f.name, f.read_bytes()).author for f in sorted(LETTERS.glob("kamerbrief-*.pdf"))}
    assert authors == {
        "kamerbrief-circulaire-economie": "De Staatssecretaris van Infrastructuur en Waterstaat",  # an annex follows
        "kamerbrief-emissie-luchtvaart": "De Minister van Infrastructuur en Waterstaat",  # in capitals
        "kamerbrief-innovatie-missie": "Minister van Economische Zaken en Klimaat",  # under the name, no comma
        "kamerbrief-water-en-bodem": "De Minister van Infrastructuur en Waterstaat",
    }
    # "we" and "ik" in the letter resolve to the signer
    from transforms.extract.commitments import extract_commitments

    doc = parse_file("brief.pdf", (LETTERS / "kamerbrief-water-en-bodem.pdf").read_bytes())
    actors = {c.actor for c in extract_commitments(doc)}
    assert "De Minister van Infrastructuur en Waterstaat" in actors and not actors & {"we", "We", "ik", "wij"}


def test_without_a_date_in_the_text_the_pdfs_creation_date_is_the_date(corpus: Path) -> None:
    fiche = parse_file("fiche.pdf", (LETTERS / "bnc-fiche-instant-payments.pdf").read_bytes())
    assert str(fiche.publication_date) == "2022-12-02"  # the fiche prints no date; its PDF was made that day
    # a date in the text wins over the metadata (this answer's PDF was made on 2014-12-01)
    answer = parse_pdf((corpus / "real" / "pdf" / "ah-tk-20142015-698.pdf").read_bytes(), "a.pdf")
    assert str(answer.publication_date) == "2014-11-26"
