"""PDF files → `Document`, with pypdf.

The text of every page is extracted with pypdf (which decodes the CFF Type1
fonts of the official PDFs fully only when `fonttools` is installed) and handed
to `transforms.parse.pdftext.parse_pdf_text` with the per-page texts, so every
paragraph knows its page. pypdf's own warnings (malformed objects, font
quirks) go to this module's logger at DEBUG level, one summary line per file,
instead of to stderr.

Reasons for `ParseError`: not a PDF, a corrupt or truncated file, an encrypted
file that cannot be opened without a password, and a PDF without a text layer
(scanned pages; it needs OCR, which this project does not do).
"""

from __future__ import annotations

import contextvars
import io
import logging
import re
import warnings
from datetime import date

from transforms.model import Document, ParseError
from transforms.parse.pdftext import parse_pdf_text

log = logging.getLogger(__name__)

# Fewer than this many non-blank characters per page on average: no usable text layer.
MIN_CHARS_PER_PAGE = 20

_collected: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("pypdf_messages", default=None)


class _PypdfRelay(logging.Handler):
    """Collects pypdf's log records for the file being parsed; outside a parse, passes them on at DEBUG."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            msg = record.getMessage()
        except Exception:  # pragma: no cover - a malformed record
            msg = str(record.msg)
        bucket = _collected.get()
        if bucket is not None:
            if len(bucket) < 50:
                bucket.append(msg)
        else:
            log.debug("pypdf: %s", msg)


_pypdf_logger = logging.getLogger("pypdf")
if not any(isinstance(h, _PypdfRelay) for h in _pypdf_logger.handlers):
    _pypdf_logger.addHandler(_PypdfRelay())
_pypdf_logger.propagate = False


def extract_pages(data: bytes, name: str = "") -> tuple[list[str], date | None]:
    """The text of every page of the PDF in `data` (pypdf `extract_text`) and its creation date (when its
    metadata has a valid one), or ParseError."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError
    except ImportError as err:  # pragma: no cover - a broken installation
        raise ParseError(f"pypdf is not installed: {err}") from None

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ParseError("not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise ParseError("corrupt PDF: truncated (no %%EOF marker at the end)")
    messages: list[str] = []
    token = _collected.set(messages)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                reader = PdfReader(io.BytesIO(data), strict=False)
                if reader.is_encrypted:
                    try:
                        ok = reader.decrypt("")
                    except Exception as err:  # noqa: BLE001 - pypdf raises several kinds here
                        raise ParseError(f"encrypted PDF that cannot be opened: {err}") from None
                    if not ok:
                        raise ParseError("encrypted PDF: a password is required")
                pages = [(page.extract_text() or "") for page in reader.pages]
                created = _creation_date(reader)
            except ParseError:
                raise
            except FileNotDecryptedError as err:
                raise ParseError(f"encrypted PDF: {err}") from None
            except (PdfReadError, PyPdfError) as err:
                raise ParseError(f"corrupt PDF: {err}") from None
            except (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as err:
                raise ParseError(f"corrupt PDF: {type(err).__name__}: {err}") from None
        messages.extend(str(w.message) for w in caught)
    finally:
        _collected.reset(token)
    if messages:
        log.debug("%s: pypdf reported %d message(s); first: %s", name or "PDF", len(messages), messages[0])
    return pages, created


def _creation_date(reader) -> date | None:
    """/CreationDate of the PDF's metadata ("D:20221222170031+01'00'"), if present and well formed."""
    try:
        raw = (reader.metadata or {}).get("/CreationDate")
    except Exception:  # noqa: BLE001 - a damaged info dictionary is no reason to give up on the text
        return None
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(raw or ""))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_pdf(data: bytes, name: str) -> Document:
    """Parse a PDF: pypdf text per page → `parse_pdf_text(..., pages=...)`; source_format "pdf"."""
    pages, created = extract_pages(data, name)
    if not pages:
        raise ParseError("PDF has no pages")
    chars = sum(len("".join(p.split())) for p in pages)
    if chars < MIN_CHARS_PER_PAGE * len(pages) and chars < 200:
        raise ParseError(
            f"no text layer ({len(pages)} page(s), {chars} characters of text): a scanned or empty PDF needs OCR"
        )
    doc = parse_pdf_text("\n".join(pages), name, pages=pages)
    doc.source_format = "pdf"
    if doc.publication_date is None:
        # no date in the text (a BNC-fiche, a strategy): the day the PDF was made, which for a
        # ministry's publication is the day it was finished; a later modification date is not used
        doc.publication_date = created
    return doc
