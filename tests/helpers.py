"""Builders of source folders for the pipeline, CLI and DAG tests."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<officiele-publicatie><kamerstuk><al>&lol3;</al></kamerstuk></officiele-publicatie>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<officiele-publicatie><kamerstuk><al>&xxe;</al></kamerstuk></officiele-publicatie>"""

# file name -> (bytes, a word the quarantine reason must contain)
BAD_FILES: dict[str, bytes] = {
    "malformed.xml": b"<officiele-publicatie><kamerstuk><al>open</kamerstuk>",
    "empty.xml": b"",
    "binary.xml": bytes(range(256)) * 4,
    "bomb.xml": BOMB,
    "xxe.xml": XXE,
}


def pdf_without_text() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.rect(100, 100, 200, 200, fill=1)
    page.showPage()
    page.save()
    return buf.getvalue()


def make_source(folder: Path, *, bad: bool = True) -> Path:
    """A copy of samples/, plus one of each kind of broken input."""
    shutil.copytree(SAMPLES, folder)
    if bad:
        for name, data in BAD_FILES.items():
            (folder / name).write_bytes(data)
        (folder / "scanned.pdf").write_bytes(pdf_without_text())
    return folder


def sample_ids() -> set[str]:
    from transforms.parse import parse_file

    return {parse_file(p.name, p.read_bytes()).document_id for p in SAMPLES.iterdir() if p.suffix in (".xml", ".pdf", ".txt")}
