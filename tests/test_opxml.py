"""OP-XML parser: real moties, the KOOP samples, the project's sample jaarverslag, and hostile input."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from transforms.model import (
    CAPTION,
    CELL_SEPARATOR,
    FOOTNOTE,
    HEADING,
    LIST_ITEM,
    TABLE_ROW,
    ParseError,
)
from transforms.parse import parse_file
from transforms.parse.opxml import parse_opxml

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE = SAMPLES / "jaarverslag-kst-99999-X-1.xml"

_WS_RUN = re.compile(r"\s{2,}|[\t\r\n\u00a0]")


def _assert_clean(doc) -> None:
    for p in doc.paragraphs:
        assert p.text.strip(), p
        assert "xpp" not in p.text and "<?" not in p.text, p.text
        # a table row may hold empty cells (" |  | ") and start or end with one
        for piece in p.text.split(CELL_SEPARATOR) if p.role == TABLE_ROW else [p.text]:
            assert not _WS_RUN.search(piece), p.text
            assert piece == piece.strip(), p.text


# ------------------------------------------------------------------ real moties


def _moties(corpus: Path) -> list[Path]:
    files = sorted((corpus / "real" / "moties-xml").glob("kst-*.xml"))
    assert len(files) == 110
    return files


def test_all_real_moties_parse_with_their_official_id(corpus):
    for path in _moties(corpus):
        data = path.read_bytes()
        doc = parse_file(path.name, data)
        assert doc.document_id == path.stem
        assert doc.source_url == f"https://zoek.officielebekendmakingen.nl/{path.stem}.xml"
        assert doc.document_type == "Motie"
        assert doc.kamer == "Tweede Kamer"
        assert re.fullmatch(r"20\d\d-20\d\d", doc.vergaderjaar or ""), doc.vergaderjaar
        assert int(doc.vergaderjaar[5:]) == int(doc.vergaderjaar[:4]) + 1
        assert doc.publication_date is not None
        assert f"kst-{doc.dossier}-{doc.ondernummer}" == path.stem
        assert doc.title
        assert doc.paragraphs
        _assert_clean(doc)
        # every <al> with text in the body is one paragraph, none is lost or doubled
        root = etree.fromstring(data)
        expected = [
            " ".join("".join(al.itertext()).split())
            for al in root.iter("al")
            if "".join(al.itertext()).strip()
        ]
        assert [p.text for p in doc.paragraphs] == expected, path.name


def test_both_metadata_variants_are_present_and_agree(corpus):
    extern, inline = [], []
    for path in _moties(corpus):
        head = path.read_text(encoding="utf-8")[:3000]
        (extern if "OVERHEIDop.externMetadataRecord" in head else inline).append(path)
        if "DC.identifier" in head:
            assert "OVERHEIDop.externMetadataRecord" not in head
    assert len(extern) == 74 and len(inline) == 36


def test_inline_metadata_fields(corpus):
    path = corpus / "real" / "moties-xml" / "kst-19637-3466.xml"
    doc = parse_opxml(path.read_bytes(), path.name)
    assert doc.document_id == "kst-19637-3466"
    assert doc.document_type == "Motie"  # OVERHEIDop.KamerstukTypen wins over "Kamerstuk"
    assert doc.dossier == "19637"
    assert doc.ondernummer == "3466"
    assert doc.vergaderjaar == "2024-2025"
    assert doc.publication_date == date(2025, 9, 5)  # DCTERMS.available
    assert doc.title.startswith("Motie van de leden Piri en Podt over de normbedragen")
    assert doc.author == "A. Podt, K.P. Piri"
    assert doc.paragraphs[0].text == "De Kamer,"
    assert any("met 30% heeft verlaagd naar € 44 per dag/bed;" in p.text for p in doc.paragraphs)


def test_extern_metadata_falls_back_to_the_kamerstukkop(corpus):
    path = corpus / "real" / "moties-xml" / "kst-21501-02-2873.xml"
    doc = parse_opxml(path.read_bytes(), "renamed.xml")  # the id comes from the XML, not the name
    assert doc.document_id == "kst-21501-02-2873"
    assert doc.dossier == "21501-02"  # <dossiernr>21 501</dossiernr>-<raadnr>02</raadnr>
    assert doc.ondernummer == "2873"
    assert doc.vergaderjaar == "2023-2024"
    assert doc.publication_date == date(2024, 4, 18)  # <datumtekst><datum isodatum>
    assert doc.title == "MOTIE VAN HET LID DOBBE C.S."
    assert doc.document_type == "Motie"
    assert [p.text for p in doc.paragraphs][-6:] == ["Dobbe", "Piri", "Paternotte", "Teunissen", "Dassen", "Van Baarle"]

    path = corpus / "real" / "moties-xml" / "kst-36410-VIII-89.xml"
    doc = parse_opxml(path.read_bytes(), path.name)
    assert doc.dossier == "36410-VIII"  # dossiernr + begrotingshoofdstuk


def test_subscript_joins_and_list_markers_are_dropped(corpus):
    path = corpus / "real" / "moties-xml" / "kst-31793-264.xml"
    doc = parse_opxml(path.read_bytes(), path.name)
    assert any("CO2-uitstoot" in p.text for p in doc.paragraphs)
    path = corpus / "real" / "moties-xml" / "kst-36600-XXIII-42.xml"
    doc = parse_opxml(path.read_bytes(), path.name)
    items = [p.text for p in doc.paragraphs if p.role == LIST_ITEM]
    assert len(items) == 3
    assert items[0].startswith("maatregelen te onderzoeken")
    assert not any(t.startswith("•") for t in items)


# ------------------------------------------------------------------ KOOP samples


def test_op_xml_samples_official_publications(corpus):
    folder = corpus / "op-xml-samples"
    parsed = {}
    for path in sorted(folder.glob("*.xml")):
        root = etree.fromstring(path.read_bytes())
        if root.tag == "officiele-publicatie":
            parsed[path.name] = parse_opxml(path.read_bytes(), path.name)
        else:
            with pytest.raises(ParseError, match="not an official publication"):
                parse_opxml(path.read_bytes(), path.name)
    assert set(parsed) == {"wetsuite_bgr.xml", "wetsuite_stb.xml", "wetsuite_stcrt.xml"}
    for doc in parsed.values():
        _assert_clean(doc)

    stb = parsed["wetsuite_stb.xml"]
    assert stb.document_id == "stb-2018-84" and stb.document_type == "Staatsblad"
    assert stb.title.startswith("Besluit van 9 maart 2018")
    assert stb.author == "De Staatssecretaris van Financiën"
    assert [(s.number, s.title, s.level) for s in stb.sections] == [
        ("1", "Artikel 1", 1),
        ("2", "Artikel 2", 1),
        ("3", "Artikel 3", 1),
    ]
    items = [p for p in stb.paragraphs if p.role == LIST_ITEM]
    assert [p.text[:14] for p in items] == ["op de voorzijd", "op de keerzijd"]  # "a."/"b." dropped
    assert all(p.section == 0 for p in items)

    stcrt = parsed["wetsuite_stcrt.xml"]
    assert stcrt.document_id == "stcrt-2015-47076" and stcrt.document_type == "Staatscourant"
    assert stcrt.title == "Ter inzage: omgevingsvergunning"
    headings = [p.text for p in stcrt.paragraphs if p.role == HEADING]
    # <nadruk>Bergen, 2</nadruk>⏎<nadruk>3</nadruk>⏎<nadruk> december 2015</nadruk>: indentation, not text
    assert headings == ["Bergen, 23 december 2015", "Burgemeester en wethouders van Bergen (NH)"]
    assert "ligt vanaf 24 december 2015 zes weken" in stcrt.paragraphs[1].text


def test_cals_table_rows_with_spans(corpus):
    path = corpus / "op-xml-samples" / "wetsuite_bgr.xml"
    doc = parse_opxml(path.read_bytes(), path.name)
    assert doc.document_id == "bgr-2024-715"
    rows = [p for p in doc.paragraphs if p.role == TABLE_ROW]
    assert {p.table for p in rows} == {0}
    texts = [p.text for p in rows]
    # namest="colB" nameend="colC": one cell, so the header row has 4 cells for 5 columns
    assert texts[0] == "Naam regeling/bevoegdheden | Mandaatverlening | Ondergemandateerde | Kader"
    # empty entries stay empty cells: the columns line up
    assert texts[1] == CELL_SEPARATOR.join(["", "Door", "Aan", "", ""])
    assert texts[2] == "I. Algemeen |  |  |  | Gemeentewet, Wet gemeenschappelijke regelingen, Wet Open Overheid"
    assert "- procuratie tot € 50.000 | DB | Secretaris |  | " in texts
    assert all(len(t.split(CELL_SEPARATOR)) == 5 for t in texts[1:])
    # spacer rows (all entries empty) are left out
    assert len(rows) == 35 - 6  # 35 <row>s, 6 of them spacers
    assert "Aan de secretaris Regio Achterhoek wordt" in doc.paragraphs[doc.paragraphs.index(rows[0]) - 1].text


# ------------------------------------------------------------------ the sample jaarverslag


@pytest.fixture(scope="module")
def sample():
    data = SAMPLE.read_bytes()
    return data, parse_file(SAMPLE.name, data)


def test_sample_is_raw_like_koop_output(sample):
    data, _ = sample
    assert data.startswith(b"\xef\xbb\xbf<?xml")
    assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")
    assert b"veiligheids<?xpp qa?>regio" in data
    assert 3000 < len(data) < 7000


def test_sample_document_fields(sample):
    _, doc = sample
    assert doc.document_id == "kst-99999-X-1"
    assert doc.document_type == "Kamerstuk"
    assert doc.title == "Jaarverslag en slotwet Ministerie van Defensie 2025"
    assert doc.dossier == "99999-X"
    assert doc.ondernummer == "1"
    assert doc.vergaderjaar == "2025-2026"  # en dash in the source
    assert doc.kamer == "Tweede Kamer"
    assert doc.publication_date == date(2026, 5, 21)
    assert doc.source_format == "xml"
    assert doc.author == "De Minister van Defensie"
    _assert_clean(doc)
    texts = [p.text for p in doc.paragraphs]
    # the title block and the kamerstukkop are fields, not paragraphs
    assert not any("Vergaderjaar" in t or t.startswith("JAARVERSLAG") or t.startswith("Nr.") for t in texts)


def test_sample_sections(sample):
    _, doc = sample
    got = [(s.number, s.title, s.level, s.parent) for s in doc.sections]
    assert got == [
        ("A", "Algemeen", 1, None),
        ("1", "Aanbieding en dechargeverlening", 2, 0),
        ("B", "Beleidsverslag", 1, None),
        ("2", "Beleidsprioriteiten", 2, 2),
        ("2.1", "Vooruitblik", 3, 3),
        ("3", "Budgettaire gevolgen van beleid", 2, 2),
    ]
    by_text = {p.text: p for p in doc.paragraphs}
    promise = next(p for p in doc.paragraphs if p.text.startswith("Ik zal uw Kamer voor de zomer van 2026"))
    assert promise.section == 4
    assert by_text["Personeel"].role == HEADING and by_text["Personeel"].section == 3
    assert by_text["De Minister van Defensie, A.B. Voorbeeld"].section == 1


def test_sample_text_pi_footnote_and_list(sample):
    _, doc = sample
    texts = [p.text for p in doc.paragraphs]
    i = next(i for i, t in enumerate(texts) if t.startswith("Het personeelsbestand"))
    body = doc.paragraphs[i]
    assert "veiligheidsregio's" in body.text  # <?xpp qa?> inside the word
    # the footnote reference is cut out: no "1" glued to "rampen."
    assert "bij rampen. Tientallen vacatures" in body.text
    note = doc.paragraphs[i + 1]
    assert note.role == FOOTNOTE and note.section == body.section
    assert note.text == "Zie het fictieve personeelsplan, Kamerstukken II 2024/25, 99 999 X, nr. 7."
    assert "van 7 naar 14 ziekenhuizen" in " ".join(texts)
    assert "€ 2,8 miljard, 12% meer" in " ".join(texts)
    items = [p.text for p in doc.paragraphs if p.role == LIST_ITEM]
    assert items == [
        "het werven en opleiden van technisch personeel;",
        "het verkorten van de keuringstermijn tot 6 weken;",
    ]


def test_sample_table(sample):
    _, doc = sample
    table = [p for p in doc.paragraphs if p.table == 0]
    assert [(p.role, p.text) for p in table] == [
        (CAPTION, "Tabel 1 Budgettaire gevolgen van beleid artikel 1 Inzetbaarheid"),
        (CAPTION, "Bedragen x € 1.000"),
        (TABLE_ROW, " | Realisatie | Verschil"),  # Realisatie spans c2–c3
        (TABLE_ROW, "Omschrijving | 2024 | 2025 | "),
        (TABLE_ROW, "Verplichtingen | 2.612.400 | 2.845.300 | 232.900"),
        (TABLE_ROW, "Uitgaven | 2.590.100 | 2.801.700 | 211.600"),
        (TABLE_ROW, "Waarvan apparaat |  | 431.500 | "),
    ]
    assert all(p.section == 5 for p in table)
    first = doc.paragraphs.index(table[0])
    assert doc.paragraphs[first - 1].text == "De tabel toont de realisatie van artikel 1."
    assert doc.paragraphs[first - 1].table is None


# ------------------------------------------------------------------ smaller constructs


def _doc(body: str, meta: str = '<meta name="DC.identifier" content="kst-99999-X-2"/>') -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie>'
        f"<metadata>{meta}</metadata><kamerstuk><stuk><algemeen><vrije-tekst><tekst>"
        f"{body}</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>"
    ).encode()


def test_unit_line_before_table_morerows_and_colname():
    body = (
        "<al>Tabel 2 Uitgaven per regio</al><al>(bedragen in miljoenen euro)</al>"
        '<table><tgroup cols="3"><colspec colname="a"/><colspec colname="b"/><colspec colname="c"/>'
        '<tbody><row><entry morerows="1">Noord</entry><entry>2024</entry><entry>1,5</entry></row>'
        "<row><entry>2025</entry><entry>1,7</entry></row>"
        '<row><entry>Zuid</entry><entry colname="c">2,0</entry></row></tbody></tgroup></table>'
        "<al>Na de tabel.</al>"
    )
    doc = parse_opxml(_doc(body), "x.xml")
    got = [(p.role, p.table, p.text) for p in doc.paragraphs]
    assert got == [
        (CAPTION, 0, "Tabel 2 Uitgaven per regio"),
        (CAPTION, 0, "(bedragen in miljoenen euro)"),
        (TABLE_ROW, 0, "Noord | 2024 | 1,5"),
        (TABLE_ROW, 0, " | 2025 | 1,7"),  # the cell under "Noord" (morerows) stays empty
        (TABLE_ROW, 0, "Zuid |  | 2,0"),
        ("body", None, "Na de tabel."),
    ]


def test_id_built_from_dossier_and_ondernummer_and_file_name_fallback():
    data = (
        "<officiele-publicatie><kamerstuk><kamerstukkop>"
        '<tekstregel inhoud="vergaderjaar">Vergaderjaar 2022–2023</tekstregel>'
        '<tekstregel inhoud="kameraanduiding">Eerste Kamer der Staten-Generaal</tekstregel></kamerstukkop>'
        "<dossier><dossiernummer><dossiernr>99 998 X</dossiernr></dossiernummer><titel>Dossier</titel></dossier>"
        '<stuk><stuknr>Nr. <ondernummer kamer="1">3</ondernummer></stuknr><titel>BRIEF VAN DE MINISTER VAN '
        "BUITENLANDSE ZAKEN</titel><algemeen><vrije-tekst><tekst><al>Tekst.</al></tekst></vrije-tekst>"
        "</algemeen></stuk></kamerstuk></officiele-publicatie>"
    ).encode()
    doc = parse_opxml(data, "whatever.xml")
    assert doc.document_id == "kst-99998-X-3"
    assert doc.dossier == "99998-X"
    assert doc.vergaderjaar == "2022-2023"
    assert doc.kamer == "Eerste Kamer"
    assert doc.document_type == "Brief"
    assert doc.author == "De Minister van Buitenlandse Zaken"

    bare = b"<officiele-publicatie><kamerstuk><stuk><al>Tekst.</al></stuk></kamerstuk></officiele-publicatie>"
    doc = parse_opxml(bare, "kst-99997-4.xml")
    assert doc.document_id == "kst-99997-4" and doc.source_url is None


def test_footnote_in_section_title_and_invisible_characters():
    body = (
        '<divisie><kop><nr>1.</nr><titel>Inleiding<noot id="n1" type="voet"><noot.nr>1</noot.nr>'
        "<noot.al>Zie bijlage.</noot.al></noot></titel></kop>"
        "<al>Veiligheids\u00adregio\u200bs en \u00a0 meer</al></divisie>"
    )
    doc = parse_opxml(_doc(body), "x.xml")
    assert [(s.number, s.title) for s in doc.sections] == [("1", "Inleiding")]
    assert [(p.role, p.text, p.section) for p in doc.paragraphs] == [
        (FOOTNOTE, "Zie bijlage.", 0),
        ("body", "Veiligheidsregios en meer", 0),
    ]


# ------------------------------------------------------------------ bad input


def test_malformed_xml_names_the_line():
    data = b'<?xml version="1.0"?>\n<officiele-publicatie>\n<al>open\n</officiele-publicatie>'
    with pytest.raises(ParseError, match=r"malformed XML at line \d+"):
        parse_opxml(data, "kapot.xml")
    with pytest.raises(ParseError, match="malformed XML"):
        parse_opxml(b"<officiele-publicatie><al>half", "half.xml")


@pytest.mark.parametrize("data", [b"", b"   \r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_input(data):
    with pytest.raises(ParseError, match="empty"):
        parse_opxml(data, "leeg.xml")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\x00\x01\x02<officiele-publicatie/>",
    ],
)
def test_binary_named_xml(data):
    with pytest.raises(ParseError, match="not XML: binary content"):
        parse_file("rapport.xml", data)


def test_text_that_is_not_xml():
    with pytest.raises(ParseError, match="not XML"):
        parse_opxml(b"Dit is gewone tekst, geen XML.", "notitie.xml")


def test_wrong_root():
    with pytest.raises(ParseError, match=r"root element <metadata_gegevens>, expected <officiele-publicatie>"):
        parse_opxml(b"<metadata_gegevens><metadata/></metadata_gegevens>", "metadata.xml")


def test_no_text():
    with pytest.raises(ParseError, match="no text"):
        parse_opxml(_doc("<al>  </al><al/>"), "leeg.xml")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE officiele-publicatie [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<officiele-publicatie><kamerstuk><stuk><al>&lol9;</al></stuk></kamerstuk></officiele-publicatie>"""


def test_billion_laughs_is_refused():
    with pytest.raises(ParseError, match="DTD declares entities") as err:
        parse_opxml(BILLION_LAUGHS, "bom.xml")
    assert "lol" in str(err.value)


def _passwd_lines() -> list[str]:
    try:
        lines = Path("/etc/passwd").read_text().splitlines()
    except OSError:
        return []
    return [line for line in lines if len(line) > 8][:5]


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE officiele-publicatie [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<officiele-publicatie><kamerstuk><stuk><al>&xxe;</al></stuk></kamerstuk></officiele-publicatie>",
        b'<?xml version="1.0"?><!DOCTYPE officiele-publicatie [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]>'
        b"<officiele-publicatie><kamerstuk><stuk><al>tekst</al></stuk></kamerstuk></officiele-publicatie>",
        # UTF-16: the byte scan cannot see the declaration; the check after parsing does
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE officiele-publicatie [<!ENTITY xxe SYSTEM '
        '"file:///etc/passwd">]><officiele-publicatie><al>&xxe;</al></officiele-publicatie>'.encode("utf-16"),
    ],
)
def test_external_entities_are_refused_and_never_read(data):
    with pytest.raises(ParseError, match="DTD declares entities") as err:
        parse_opxml(data, "xxe.xml")
    for line in _passwd_lines():
        assert line not in str(err.value)


def test_undeclared_entity_with_external_dtd_is_refused():
    data = (
        b'<?xml version="1.0"?><!DOCTYPE officiele-publicatie SYSTEM "http://example.invalid/op.dtd">'
        b"<officiele-publicatie><kamerstuk><stuk><al>a &geheim; b</al></stuk></kamerstuk></officiele-publicatie>"
    )
    with pytest.raises(ParseError, match="entit"):
        parse_opxml(data, "extern.xml")


def test_a_doctype_without_entities_is_fine():
    data = (
        b'<?xml version="1.0"?><!DOCTYPE officiele-publicatie [<!ELEMENT al (#PCDATA)>]>'
        b"<officiele-publicatie><kamerstuk><stuk><al>tekst</al></stuk></kamerstuk></officiele-publicatie>"
    )
    assert [p.text for p in parse_opxml(data, "kst-99996-1.xml").paragraphs] == ["tekst"]


def test_heading_in_an_unknown_container_lists_in_cells_and_no_false_caption():
    body = (
        "<wijzigingen><kop><nr>II</nr><titel>Wijzigingen</titel></kop>"
        "<al>Bedragen die in 2025 niet zijn besteed, vloeien terug naar de algemene middelen van het Rijk.</al>"
        '<table><tgroup cols="2"><tbody><row><entry><al>Regeling</al></entry><entry><lijst>'
        "<li><li.nr>a.</li.nr><al>eerste</al></li><li><li.nr>b.</li.nr><al>tweede</al></li>"
        "</lijst></entry></row></tbody></tgroup></table></wijzigingen>"
    )
    doc = parse_opxml(_doc(body), "x.xml")
    assert [(s.number, s.title, s.level) for s in doc.sections] == [("II", "Wijzigingen", 1)]
    assert [(p.role, p.table, p.text, p.section) for p in doc.paragraphs] == [
        ("body", None, "Bedragen die in 2025 niet zijn besteed, vloeien terug naar de algemene middelen van het Rijk.", 0),
        (TABLE_ROW, 0, "Regeling | eerste tweede", 0),
    ]
