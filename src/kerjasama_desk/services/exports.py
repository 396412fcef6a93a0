"""Writing a document to a file: PDF, DOCX or HTML by the file's extension, whole or not at all."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from kerjasama_desk.atomic import write_atomically
from kerjasama_desk.drafting.document import Document
from kerjasama_desk.export import fonts, pdf
from kerjasama_desk.export.pdf import LAYOUTS, PAPERS, PdfOptions
from kerjasama_desk.paths import cache_dir, fonts_dir

FORMATS = (".pdf", ".docx", ".html")

__all__ = [
    "FORMATS",
    "LAYOUTS",
    "PAPERS",
    "PageImage",
    "PdfOptions",
    "export_document",
    "page_images",
    "pdf_bytes",
    "unprintable",
]


@dataclass(frozen=True)
class PageImage:
    """One page drawn as RGBX pixels, for showing or printing without a PDF viewer."""

    width: int
    height: int
    stride: int
    pixels: bytes


SUFFIXES = (".pdf", ".docx", ".html")


def file_name(title: str, version: int | None, suffix: str) -> str:
    """A document's file name from its draft's title: letters, digits and dashes (any
    system's file names take them), and its version."""
    stem = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-")[:80].strip("-") or "draft"
    return f"{stem}-v{version}{suffix}" if version else f"{stem}{suffix}"


def fonts_folder() -> Path:
    """The bundled fonts' folder, with what is read from them kept in the cache folder."""
    fonts.use_cache(cache_dir() / "fonts")
    return fonts_dir()


def pdf_bytes(document: Document, options: PdfOptions) -> bytes:
    """The PDF of a document: an agreement's layout, or a letter's under our letterhead."""
    if document.is_letter:
        _has_letterhead(document)
        from kerjasama_desk.export import letter_pdf  # only for letters

        return letter_pdf.render(document, options, fonts_folder())
    return pdf.render(document, options, fonts_folder())


LETTERHEAD_MISSING = (
    "letters are printed under our letterhead, which is not set up yet: add the coat of arms, "
    "the name and the address of our government in the app, Edit → Our government"
)


def _has_letterhead(document: Document) -> None:
    """A letter without a letterhead is refused (ValueError): there is no blank kop."""
    if document.letterhead is None:
        raise ValueError(LETTERHEAD_MISSING)


# PDFium may not be entered from two threads at once — and that includes closing its objects,
# which Python's garbage collector would otherwise do on whatever thread it runs. Every use
# holds this lock and closes what it opened before letting go (a preview renders on a worker
# thread while the GUI thread counts pages: without this, a rare segmentation fault).
_PDFIUM = threading.Lock()


def page_count(data: bytes) -> int:
    # PDFium (heavy) only for a preview
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()


def page_images(data: bytes, dpi: float, pages: range | None = None) -> list[PageImage]:
    """The PDF's pages (all, or ``pages``) drawn at ``dpi`` (PDFium)."""
    # PDFium (heavy) only for a preview
    import pypdfium2

    images = []
    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            for number in pages if pages is not None else range(len(document)):
                page = document[number]
                bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
                images.append(
                    PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                )
                bitmap.close()
                page.close()
        finally:
            document.close()
    return images


def unprintable(document: Document) -> list[str]:
    """Characters of the document that no bundled font can draw."""
    fonts.register(fonts_folder())
    return fonts.missing_characters(document.texts())


def export_document(document: Document, path: Path, options: PdfOptions) -> list[str]:
    """Writes ``document`` to ``path`` in the format its extension names; returns the characters
    no bundled font can draw (printed as they are in DOCX and HTML, left out of the PDF).
    Raises ValueError for an unknown extension and OSError when the file cannot be written
    (nothing is left behind then)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        data = pdf_bytes(document, options)
    elif suffix == ".docx" and document.is_letter:
        _has_letterhead(document)
        from kerjasama_desk.export import letter_docx  # python-docx loads only for Word files

        data = letter_docx.render(document, options)
    elif suffix == ".docx":
        from kerjasama_desk.export import docx  # python-docx loads only for Word files

        data = docx.render(document, options)
    elif suffix in (".html", ".htm"):
        from kerjasama_desk.drafting import html

        data = html.render(document).encode("utf-8")
    else:
        raise ValueError(f"{path.name}: the file name must end in .pdf, .docx or .html")
    write_atomically(path, data)
    return unprintable(document)
