"""PDF and DOCX of the document model, checked by reading them back: text of both languages in
article order, page size, embedded fonts, Chinese text, watermark, paraf boxes, styles."""

from __future__ import annotations

import io
import json
import os
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from kerjasama_desk.drafting import assemble, library
from kerjasama_desk.drafting.answers import read_answers
from kerjasama_desk.drafting.document import Article, Document, LanguageVersion, SignatureBlock
from kerjasama_desk.export import docx as docx_export
from kerjasama_desk.export import fonts, pdf
from kerjasama_desk.paths import fonts_dir, templates_dir
from kerjasama_desk.services.exports import export_document, unprintable

SAMPLES = Path(__file__).resolve().parents[1] / "drafting"
TEMPLATES = library.load(templates_dir()).templates


def sample(name: str = "mou-beihai.json", **changes) -> Document:
    data = json.loads((SAMPLES / name).read_text(encoding="utf-8"))
    data.update(changes)
    answers = read_answers(data, TEMPLATES)
    return assemble.assemble(TEMPLATES[answers.template_id], answers)


ZH_TITLE = "北海市人民政府与三宝垄市政府友好城市谅解备忘录"


def with_chinese() -> Document:
    """The Beihai MoU with a Chinese version (its title only): the id/en texts name the partner
    without its native name, as signed copies do."""
    return sample(languages=["id", "en", "zh"], partner_texts={"title": ZH_TITLE})


def pdf_reader(document: Document, **options) -> PdfReader:
    return PdfReader(io.BytesIO(pdf.render(document, pdf.PdfOptions(**options), fonts_dir())))


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's text with line breaks and runs of spaces made single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_parallel_pdf_has_both_languages_in_article_order_and_every_page_numbered():
    reader = pdf_reader(with_chinese(), title="MSP Semarang–Beihai", author="Rina")
    texts = page_texts(reader)
    whole = "\n".join(texts)
    assert "MEMORANDUM SALING PENGERTIAN" in whole and "MEMORANDUM OF UNDERSTANDING" in whole
    positions = [whole.index(f"Pasal {n}") for n in range(1, 14)]
    assert positions == sorted(positions)
    assert whole.index("Article 13") > whole.index("Article 12") > whole.index("Article 1")
    total = len(reader.pages)
    for number, text in enumerate(texts, 1):
        assert f"Halaman {number} dari {total} / Page {number} of {total}" in text
    assert "北海市" in whole  # Chinese is extractable, not boxes
    metadata = reader.metadata
    assert (metadata.title, metadata.author) == ("MSP Semarang–Beihai", "Rina")
    assert metadata.creator.startswith("Kerjasama Desk")


@pytest.mark.parametrize(
    ("paper", "size"), [("a4", (595, 842)), ("f4", (609, 935)), ("letter", (612, 792))]
)  # 215 × 330 mm = F4
def test_paper_sizes_in_points(paper, size):
    box = pdf_reader(sample(), paper=paper).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_every_font_is_embedded():
    reader = pdf_reader(with_chinese())
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(font["/BaseFont"])
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]  # no unembedded standard font
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    assert any("LiberationSerif" in name for name in seen)
    assert any("KerjasamaDeskCJK" in name for name in seen)


def test_watermark_on_drafts_only_and_paraf_boxes_off_the_signature_page():
    draft = page_texts(pdf_reader(sample(), version=3, saved_at="27 Nov 2026 19:20"))
    assert all("KONSEP / DRAFT" in text for text in draft)
    assert "versi 3 / version 3 · 27 Nov 2026 19:20" in draft[0]
    final = page_texts(pdf_reader(sample(), final=True))
    assert not any("KONSEP" in text for text in final)
    assert all("Paraf Semarang / Initials, Semarang" in text for text in final[:-1])
    assert all("Paraf Beihai / Initials, Beihai" in text for text in final[:-1])
    assert "Bahasa Indonesia" not in final[0] and "Bahasa Indonesia" in draft[0]
    assert "Paraf Pihak" not in final[-1] and "LIAN YOUNONG" in final[-1]


def test_sequential_pdf_starts_each_language_on_a_new_page():
    texts = page_texts(pdf_reader(sample(), layout="sequential", final=True))
    english_start = next(n for n, text in enumerate(texts) if "MEMORANDUM OF UNDERSTANDING" in text)
    assert english_start > 0
    assert "MEMORANDUM SALING PENGERTIAN" not in texts[english_start]
    assert "Pasal 13" in "".join(texts[:english_start])


def test_a_third_language_column_and_characters_no_font_has():
    data = {
        "languages": ["id", "en", "zh"],
        "partner_texts": {"title": "北海市人民政府与三宝垄市政府友好城市谅解备忘录"},
    }
    document = sample(**data)
    whole = "\n".join(page_texts(pdf_reader(document)))
    assert "友好城市" in whole and "中文" in whole
    assert unprintable(document) == []
    ethiopic = sample(partner_texts={"title": "ሰላም"}, languages=["id", "en", "zh"])
    assert unprintable(ethiopic) == ["ሰ", "ላ", "ም"]


def test_korean_and_thai_partner_texts_print_in_their_fallback_fonts():
    for language, title, font in (
        ("ko", "울산광역시와 스마랑시 간의 자매결연 양해각서", "KerjasamaDeskCJK"),
        ("th", "บันทึกความเข้าใจ เมืองพี่เมืองน้อง", "NotoSansThai"),
    ):
        document = sample(languages=["id", "en", language], partner_texts={"title": title})
        assert unprintable(document) == [], language
        reader = pdf_reader(document)
        used = {
            str(font_object.get_object()["/BaseFont"])
            for page in reader.pages
            for font_object in page["/Resources"]["/Font"].values()
        }
        assert any(font in name for name in used), (language, used)


def test_long_documents_and_long_names_still_render():
    base = sample()
    version = base.version("id")
    long_party = "Pemerintah " + "Sangat Panjang " * 20  # about 300 characters
    article = version.articles[1]
    many = tuple(replace(article, key=f"a{n}", number=n) for n in range(1, 101))
    versions = {
        language: replace(base.version(language), articles=many, parties=(long_party,), recitals=())
        for language in base.languages
    }
    document = replace(base, versions=versions)
    reader = pdf_reader(document)
    assert "Pasal 100" in "\n".join(page_texts(reader))
    assert len(reader.pages) > 10
    empty = replace(
        base,
        versions={
            language: replace(v, recitals=(), closing=()) for language, v in base.versions.items()
        },
    )
    assert pdf_reader(empty).pages


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_a_paragraph_taller_than_a_page_flows_on_instead_of_failing(layout):
    """Issue 12: a party's name or a field of some 3000 characters raised reportlab's
    LayoutError (a table row cannot move to the next page whole when it is taller than one);
    only then do rows split across pages, and every word is still printed."""
    base = sample()
    essay = " ".join(f"kata{n}" for n in range(900))
    versions = {
        language: replace(base.version(language), parties=(essay, essay))
        for language in base.languages
    }
    document = replace(base, versions=versions)
    text = "\n".join(page_texts(pdf_reader(document, layout=layout)))
    assert "kata0" in text and "kata899" in text


def test_docx_keeps_the_structure_in_named_styles():
    data = docx_export.render(sample(), pdf.PdfOptions(final=True))
    document = docx.Document(io.BytesIO(data))
    styles = {style.name for style in document.styles}
    assert {"KD Title", "KD Article Heading", "KD Body"} <= styles
    table = document.tables[0]
    headings = [
        row.cells[0].text
        for row in table.rows
        if row.cells[0].paragraphs[0].style.name == "KD Article Heading"
    ]
    assert [h.split("\n")[0] for h in headings] == [f"Pasal {n}" for n in range(1, 14)]
    english = [
        row.cells[1].text.split("\n")[0]
        for row in table.rows
        if row.cells[1].paragraphs[0].style.name == "KD Article Heading"
    ]
    assert english[0] == "Article 1" and english[-1] == "Article 13"
    footer = document.sections[0].footer
    assert footer.tables[0].cell(0, 1).text == "Paraf Beihai / Initials, Beihai"
    assert "PAGE" in footer._element.xml and "NUMPAGES" in footer._element.xml
    sequential = docx.Document(
        io.BytesIO(docx_export.render(sample(), pdf.PdfOptions(layout="sequential")))
    )
    texts = [paragraph.text for paragraph in sequential.paragraphs]
    assert texts[0] == "KONSEP / DRAFT"
    assert texts.index("MEMORANDUM OF UNDERSTANDING") > texts.index("Pasal 13")
    # each language starts a new page; its signing pages are a section without paraf boxes
    footers = [bool(section.footer.tables) for section in sequential.sections]
    assert footers == [True, False, True, False]


def test_docx_tags_each_text_with_its_language_and_keeps_headings_with_their_text():
    """Word spell-checks each column in its own language; headings keep with what follows; the
    parallel columns are left-aligned; a signing copy has no language header (issue 14)."""
    final = docx.Document(
        io.BytesIO(docx_export.render(with_chinese(), pdf.PdfOptions(final=True)))
    )
    table = final.tables[0]
    first = [cell.text for cell in table.rows[0].cells]
    assert first[0].startswith("MEMORANDUM SALING PENGERTIAN")  # no "Bahasa Indonesia" row
    tags = [cell._tc.xml for cell in table.rows[0].cells]
    assert 'w:val="id-ID"' in tags[0] and 'w:val="en-GB"' in tags[1]
    assert 'w:eastAsia="zh-CN"' in tags[2]
    assert 'w:val="en-US"' not in final.element.xml
    styles = final.styles
    assert styles["KD Article Heading"].paragraph_format.keep_with_next
    assert styles["KD Body"].paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT
    assert styles["KD Signatory"].font.size > styles["KD Signatory Title"].font.size
    draft = docx.Document(io.BytesIO(docx_export.render(sample(), pdf.PdfOptions())))
    assert [cell.text for cell in draft.tables[0].rows[0].cells] == ["Bahasa Indonesia", "English"]
    sequential = docx.Document(
        io.BytesIO(docx_export.render(sample(), pdf.PdfOptions(layout="sequential")))
    )
    body = sequential.styles["KD Body"].paragraph_format.alignment
    assert body == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY


def test_a_file_that_cannot_be_written_leaves_nothing(tmp_path):
    target = tmp_path / "missing" / "mou.pdf"
    with pytest.raises(OSError):
        export_document(sample(), target, pdf.PdfOptions())
    assert not target.parent.exists()
    if os.geteuid() != 0:  # root writes into read-only folders; the missing folder covers it
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(OSError):
                export_document(sample(), locked / "mou.pdf", pdf.PdfOptions())
            assert list(locked.iterdir()) == []
        finally:
            locked.chmod(0o700)
    with pytest.raises(ValueError, match="must end in .pdf, .docx or .html"):
        export_document(sample(), tmp_path / "mou.odt", pdf.PdfOptions())
    good = tmp_path / "mou.docx"
    export_document(sample(), good, pdf.PdfOptions())
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["mou.docx"]


def test_every_character_of_the_bundled_samples_has_a_glyph():
    fonts.register(fonts_dir())
    for name in ("mou-beihai.json", "loi-beihai.json", "ia-beihai.json"):
        assert unprintable(sample(name)) == [], name
    assert fonts.markup("Beihai 北海市 <b>") == (
        'Beihai <font name="KDFallback">北海市</font> &lt;b&gt;'
    )


def test_signature_blocks_sit_side_by_side():
    document = sample()
    blocks = document.version("en").signatures
    assert [b.name for b in blocks] == ["H. Sukawi Sutarip, S.H., S.E.", "Lian Younong"]
    last = page_texts(pdf_reader(document, final=True))[-1]
    assert "FOR THE GOVERNMENT OF THE CITY OF SEMARANG" in last
    assert "UNTUK PEMERINTAH RAKYAT KOTA" in last
    assert isinstance(blocks[0], SignatureBlock) and Article and LanguageVersion
    assert "H. SUKAWI SUTARIP, S.H., S.E." in last and "LIAN YOUNONG" in last


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_the_closing_formula_is_on_the_page_of_the_signatures(layout):
    texts = page_texts(pdf_reader(sample(), layout=layout, final=True))
    signing = [n for n, text in enumerate(texts) if "LIAN YOUNONG" in text]
    assert signing
    for page in signing:  # the formula naming the originals, never a page of names alone
        assert "rangkap" in texts[page] or "duplicate" in texts[page], texts[page]


def test_docx_signature_rows_keep_lines_level_and_stay_with_the_closing():
    document = docx.Document(io.BytesIO(docx_export.render(sample(), pdf.PdfOptions(final=True))))
    signatures = document.tables[-1]
    assert len(signatures.rows) == 4 and len(signatures.columns) == 2
    names = [cell.text for cell in signatures.rows[2].cells]
    assert names == ["H. SUKAWI SUTARIP, S.H., S.E.", "LIAN YOUNONG"]
    assert all("w:pBdr" in cell._tc.xml for cell in signatures.rows[2].cells)  # signature line
    assert all("w:cantSplit" in row._tr.xml for row in signatures.rows)
    closing = document.tables[-2].rows[-1]  # the signing section's first table
    assert "duplicate" in closing.cells[1].text
    assert closing.cells[1].paragraphs[-1].paragraph_format.keep_with_next
    # the signing pages have the page numbers but no paraf boxes
    body, signing = document.sections
    assert body.footer.tables and not signing.footer.tables
    assert "PAGE" in signing.footer._element.xml


def test_a_font_read_from_the_cache_writes_the_same_pdf(tmp_path, monkeypatch):
    # The face kept in the cache folder stands for the parsed file: same state, same font object
    # attributes as reportlab's own TTFont, and a byte-identical PDF (reportlab's invariant mode
    # fixes the dates and ids that differ between builds).
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = fonts_dir() / "KerjasamaDeskCJK.ttf"
    monkeypatch.setattr(fonts, "_CACHE", [tmp_path])
    parsed = fonts._font("Parsed", path)
    assert list(tmp_path.glob("*.pickle")), "the first load keeps what it read"
    cached = fonts._font("Cached", path)
    assert isinstance(cached, fonts._CachedFont)
    fresh = TTFont("Fresh", str(path))
    assert set(vars(cached)) == set(vars(fresh))
    assert vars(cached.face).keys() == vars(parsed.face).keys()
    for key, value in vars(parsed.face).items():
        if key != "_pdfScale":
            assert getattr(cached.face, key) == value, key
    assert cached.face._pdfScale(512) == parsed.face._pdfScale(512)
    assert cached.stringWidth("北海市 Semarang", 11) == fresh.stringWidth("北海市 Semarang", 11)

    monkeypatch.setattr(rl_config, "invariant", 1)
    document = with_chinese()

    def render() -> bytes:
        # reportlab keeps the first font registered under a name: start each build afresh
        ours = {fonts.SERIF, fonts.SERIF_BOLD, fonts.FALLBACK}
        monkeypatch.setattr(
            pdfmetrics,
            "_fonts",
            {name: font for name, font in pdfmetrics._fonts.items() if name not in ours},
        )
        monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})
        fonts.register.cache_clear()
        fonts.register_fallback.cache_clear()
        fonts._coverage.cache_clear()
        return pdf.render(document, pdf.PdfOptions(), fonts_dir())

    render()  # keeps the serif too
    with_cache = render()
    assert isinstance(pdfmetrics.getFont(fonts.SERIF), fonts._CachedFont)
    assert isinstance(pdfmetrics.getFont(fonts.FALLBACK), fonts._CachedFont)
    monkeypatch.setattr(fonts, "_CACHE", [])
    without_cache = render()
    assert not isinstance(pdfmetrics.getFont(fonts.FALLBACK), fonts._CachedFont)
    assert with_cache == without_cache


def test_a_damaged_font_cache_is_read_past(tmp_path, monkeypatch):
    path = fonts_dir() / "LiberationSerif-Regular.ttf"
    monkeypatch.setattr(fonts, "_CACHE", [tmp_path])
    fonts._font("A", path)
    (entry,) = tmp_path.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    font = fonts._font("B", path)
    assert not isinstance(font, fonts._CachedFont)
    assert font.face.charToGlyph[ord("A")]


def test_chinese_lines_never_start_with_closing_punctuation():
    """Kinsoku: a Chinese or Japanese column breaks between characters, and no line starts with
    "，", "、" or "。" (reportlab's CJK wrapping); Latin columns keep breaking between words."""
    from reportlab.lib.textsplit import ALL_CANNOT_START

    styles = pdf.Styles(fonts.register(fonts_dir()))
    text = (
        "双方同意在港口、物流、教育、科技、文化和旅游等领域开展合作，" * 6 + "并每年举行一次会议。"
    )

    def lines(language):
        paragraph = pdf._paragraph(text, styles.column_body, language=language)
        paragraph.wrap(150, 1000)
        return [  # a line is words of fragments, or (width, words) for a one-font paragraph
            "".join(w.text for w in line.words) if hasattr(line, "words") else "".join(line[1])
            for line in paragraph.blPara.lines
        ]

    chinese = lines("zh")
    assert len(chinese) > 5 and "".join(chinese) == text
    assert not [line for line in chinese if line[0] in ALL_CANNOT_START]
    plain = lines(None)  # without the rule, this text does start lines with "、"
    assert [line for line in plain if line[0] in ALL_CANNOT_START]
    english = pdf._paragraph("the Parties agree " * 8, styles.column_body, language="en")
    assert english.style.wordWrap != "CJK"


def test_a_partner_language_column_has_its_article_titles_and_page_words():
    document = sample(
        languages=["id", "en", "zh"],
        partner_texts={"title": ZH_TITLE, "objective": "第一条 目的\n\n双方建立友好城市关系。"},
    )
    texts = page_texts(pdf_reader(document))
    whole = "".join(texts)
    assert whole.count("第一条") == 1 and "目的" in whole  # the pasted title not printed twice
    assert "第十三条" in whole
    total = len(texts)
    assert f"Halaman 1 dari {total} / Page 1 of {total} / 第1页，共{total}页" in texts[0]


def test_the_plan_of_actions_activities_print_as_a_table_in_pdf_and_word():
    """activity | field | our office | partner office | timing | funding, across the page in
    the parallel layout (each cell in both languages), in each language's pages otherwise."""
    document = sample("ia-beihai.json")
    whole = " ".join(page_texts(pdf_reader(document)))
    for text in (
        "Pelaksana di Beihai",
        "Implementing office in Beihai",
        "the Beihai Port Authority",
    ):
        assert text in whole
    assert "| " not in whole  # no row of the table printed as text
    parallel = docx.Document(io.BytesIO(docx_export.render(document, pdf.PdfOptions())))
    nested = [t for row in parallel.tables[0].rows for cell in row.cells for t in cell.tables]
    [grid] = {id(t._tbl): t for t in nested}.values()  # a merged cell is met once per column
    assert len(grid.columns) == 6 and "w:tblHeader" in grid.rows[0]._tr.xml
    assert grid.cell(1, 3).text == "Biro Pelabuhan Beihai\nthe Beihai Port Authority"
    sequential = docx.Document(
        io.BytesIO(docx_export.render(document, pdf.PdfOptions(layout="sequential")))
    )
    grids = [t for t in sequential.tables if len(t.columns) == 6]
    assert len(grids) == 2 and grids[1].cell(0, 0).text == "Activity"
