"""Write samples/kst-99998-3.pdf: a short fictional Kamerbrief as a real two-page PDF.

The letter is made up for the project (dossier 99 998 does not exist). It has
what the PDF parser must cope with: a Kamerstuk masthead, hard line breaks, a
word split over two lines with a hyphen, a running footer "Tweede Kamer,
vergaderjaar 2025–2026, 99 998, nr. 3" with page numbers, a numbered section
heading, figures and commitments. Run from the repository root:

    .venv/bin/python scripts/make_sample_pdf.py [output.pdf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FOOTER = "Tweede Kamer, vergaderjaar 2025–2026, 99 998, nr. 3"

# One list per page; every string is one printed line. "" is an empty line.
PAGES: list[list[str]] = [
    [
        "Tweede Kamer der Staten-Generaal",
        "Vergaderjaar 2025–2026",
        "",
        "99 998 Bereikbaarheid van de regionale meldkamers",
        "",
        "Nr. 3 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 15 januari 2026",
        "",
        "Met deze brief informeer ik uw Kamer over de bereikbaarheid van de",
        "regionale meldkamers en over de uitvoering van de motie van het lid",
        "Voorbeeld over een tweede verbinding. Daarmee doe ik de toezegging gestand",
        "die ik in het commissiedebat van 4 december 2025 heb gedaan.",
        "",
        "1. Stand van zaken",
        "In 2025 zijn 1.890 meldingen niet binnen de norm van 10 seconden",
        "aangenomen. Dat is 1,1% van alle meldingen en 0,3 procentpunt minder",
        "dan in 2024. Het kabinet heeft voor de jaren 2026 tot en met 2028 in",
        "totaal € 36 miljoen gereserveerd voor de vernieuwing van de meldkamer-",
        "infrastructuur. De eerste tien meldkamers zijn inmiddels aangesloten op",
        "de tweede, onafhankelijke verbinding.",
        "",
        "2. Vervolg",
        "De overige vijftien meldkamers volgen uiterlijk in het derde kwartaal",
        "van 2026. Ik zal uw Kamer voor 1 juli 2026 informeren over de resultaten",
    ],
    [
        "van de eerste landelijke oefening, waaraan ongeveer 300 medewerkers",
        "deelnemen. Het streven is dat in 2027 ten minste 99% van de meldingen",
        "binnen de norm wordt aangenomen.",
        "Daarnaast laat ik onderzoeken of de norm van 10 seconden ook voor de",
        "meldkamers in Caribisch Nederland haalbaar is. De uitkomsten stuur ik",
        "uw Kamer in het najaar van 2026.",
        "",
        "De Minister van Justitie en Veiligheid,",
        "P. Testsma",
    ],
]


def build(path: Path) -> None:
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)  # invariant: the same bytes on every run
    c.setTitle("Kamerstuk 99 998, nr. 3 (fictief voorbeeld)")
    c.setAuthor("kamerdata sample")
    for number, lines in enumerate(PAGES, start=1):
        y = height - 72
        for line in lines:
            c.setFont("Helvetica-Bold" if line[:2] in ("1.", "2.") else "Helvetica", 10.5)
            c.drawString(72, y, line)
            y -= 15
        c.setFont("Helvetica", 8)
        c.drawString(72, 40, FOOTER)
        c.drawRightString(width - 72, 40, str(number))
        c.showPage()
    c.save()


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "samples" / "kst-99998-3.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    build(out)
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)
