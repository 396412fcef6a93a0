"""The document model as one HTML page: the language versions side by side, article by article
(the wizard's preview and ``draft render``)."""

from __future__ import annotations

import re
from html import escape

from kerjasama_desk.drafting.compare import Change, marked
from kerjasama_desk.drafting.document import Document, LanguageVersion, table_rows
from kerjasama_desk.formatting import article_title, language_autonym, language_title

_STYLE = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; margin: 0.6em; color: #111; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { vertical-align: top; padding: 0.4em 0.5em; border-bottom: 1px solid #e3e8ee; }
th { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 0.85em; color: #5b6776;
     text-align: left; }
.title { text-align: center; font-weight: bold; white-space: pre-line; }
.title-narrow { text-align: center; font-weight: bold; white-space: pre-line; font-size: 80%; }
.heading { text-align: center; font-weight: bold; }
.grid { font-size: 80%; table-layout: auto; }
.grid td { border: 1px solid #c9d1da; padding: 0.2em 0.3em; }
.grid .head { font-weight: bold; background: #eef1f4; }
.gap { background: #fff3c4; }
.signature { padding-top: 3em; }
"""


_GAP = re.compile(r"\[[^\[\]<>]+\]")


def _cell(text: str) -> str:
    # Gaps ("[Place of signing]") stand out, so nobody prints a half-answered draft unawares.
    rows = table_rows(text)
    if rows is not None:  # the activities of a plan of action: a small table in the column
        body = "".join(
            "<tr>" + "".join(f"<td{css}>{_cell(cell)}</td>" for cell in row) + "</tr>"
            for row, css in zip(rows, [' class="head"', *[""] * (len(rows) - 1)], strict=True)
        )
        return f'<table class="grid">{body}</table>'
    return _GAP.sub(lambda m: f'<span class="gap">{m.group(0)}</span>', escape(text))


def _at(items: tuple[str, ...], index: int) -> str:
    return items[index] if index < len(items) else ""


def _row(cells: list[str], css: str = "") -> str:
    attribute = f' class="{css}"' if css else ""
    return "<tr>" + "".join(f"<td{attribute}>{cell}</td>" for cell in cells) + "</tr>\n"


def _column_name(language: str, reader: str | None) -> str:
    """A column's language: in the reader's (UI) language when known, else in itself."""
    return language_title(language, reader) if reader else language_autonym(language)


def render(document: Document, reader: str | None = None) -> str:
    """The document as HTML; ``reader`` is the UI language the column titles are written in
    (None: each language named in itself, as in the printed copy)."""
    versions = [document.version(language) for language in document.languages]
    if document.is_letter:
        return _letter(versions, reader)
    out = [
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">',
        f"<title>{escape(versions[0].title.splitlines()[0])}</title>",
        f"<style>{_STYLE}</style></head><body>\n<table>\n<tr>",
    ]
    out += [f"<th>{escape(_column_name(v.language, reader))}</th>" for v in versions]
    out.append("</tr>\n")
    # Three columns are narrow: a smaller title keeps UNDERSTANDING on one line.
    out.append(
        _row([_cell(v.title) for v in versions], "title" if len(versions) < 3 else "title-narrow")
    )
    for part in ("parties", "recitals"):
        for index in range(max(len(getattr(v, part)) for v in versions)):
            out.append(_row([_cell(_at(getattr(v, part), index)) for v in versions]))
    for index, article in enumerate(versions[0].articles):
        out.append(
            _row(
                [
                    f"{escape(article.label)} {_cell(v.articles[index].heading.upper())}"
                    if article.label is not None
                    else f"{escape(article_title(v.language, article.number))}<br>"
                    f"{_cell(v.articles[index].heading)}"
                    for v in versions
                ],
                "heading",
            )
        )
        for paragraph in range(max(len(v.articles[index].paragraphs) for v in versions)):
            out.append(
                _row([_cell(_at(v.articles[index].paragraphs, paragraph)) for v in versions])
            )
    for index in range(max(len(v.closing) for v in versions)):
        out.append(_row([_cell(_at(v.closing, index)) for v in versions]))
    for index in range(len(versions[0].signatures)):
        out.append(
            _row(
                [
                    f"{_cell(v.signatures[index].party)}<br><br><br><br>"
                    f"{_cell(v.signatures[index].name)}<br>{_cell(v.signatures[index].title)}"
                    if index < len(v.signatures)
                    else ""
                    for v in versions
                ],
                "signature",
            )
        )
    out.append("</table>\n")
    for annex in document.annexes:  # after the signatures, under their headings
        heading = " / ".join(annex.label(v.language) for v in versions)
        body = render(annex.document, reader)
        inner = body[body.index("<table>") : body.rindex("</table>") + len("</table>")]
        out.append(f'<h3 class="title">{escape(heading.upper())}</h3>\n{inner}\n')
    out.append("</body></html>\n")
    return "".join(out)


def _letter(versions: list[LanguageVersion], reader: str | None) -> str:
    """A letter as the preview shows it (the letterhead is the printed copy's): its header
    lines, the addressee, the body in each language, the signature block and the copies."""
    lead = versions[0]
    letter = lead.letter
    assert letter is not None
    lines = [f"{escape(label)}: {_cell(value)}" for label, value in letter.header_lines()]
    head = [_cell(letter.place_date), "", *lines, "", *(_cell(a) for a in letter.addressee)]
    if letter.destination:
        head += (["di"] if lead.language == "id" else []) + [_cell(letter.destination)]
    out = [
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">',
        f"<title>{escape(lead.title)}</title><style>{_STYLE}</style></head><body>\n",
        f"<p>{'<br>'.join(head)}</p>\n<table>\n<tr>",
        *(f"<th>{escape(_column_name(v.language, reader))}</th>" for v in versions),
        "</tr>\n",
    ]
    bodies = [v.letter.body if v.letter else () for v in versions]
    for index in range(max(len(body) for body in bodies)):
        out.append(_row([_cell(_at(body, index)) for body in bodies]))
    out.append("</table>\n")
    for block in lead.signatures:
        parts = [block.party, block.title, "<br><br>", block.name, block.rank, block.nip]
        out.append(
            '<p class="signature">'
            + "<br>".join(p if p == "<br><br>" else _cell(p) for p in parts if p)
            + "</p>\n"
        )
    out += [f"<p>{_cell(line)}</p>\n" for line in lead.copy_lines()]
    out.append("</body></html>\n")
    return "".join(out)


def render_comparison(
    changes: list[Change],
    *,
    number_before: int,
    number_after: int,
    headings: dict[str, str],
    reader: str | None = None,
) -> str:
    """The changes between two versions as one HTML page: per part and language, the earlier
    text beside the later, removed words struck through and new words underlined.
    ``headings`` gives the UI's words: "before", "after", "added", "removed", "same", and the
    names of the parts without a heading of their own ("title", "parties", "recitals",
    "closing", "signatures"); ``reader`` is the UI language languages are named in."""
    out = [
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">',
        f"<style>{_STYLE} del {{ color: #b42318; }} ins {{ color: #05603a; }}</style>",
        "</head><body>\n",
    ]
    if not changes:
        out.append(f"<p>{escape(headings['same'])}</p></body></html>\n")
        return "".join(out)
    out.append("<table>\n<tr>")
    out.append(f"<th>{escape(headings['before'])} {number_before}</th>")
    out.append(f"<th>{escape(headings['after'])} {number_after}</th></tr>\n")
    for change in changes:
        label = change.label_after or change.label_before or headings.get(change.key, change.key)
        language = _column_name(change.language, reader)
        note = {"added": headings["added"], "removed": headings["removed"]}.get(change.kind, "")
        out.append(
            _row(
                [f"{escape(label)} · {escape(language)}" + (f" · {escape(note)}" if note else "")]
                * 2,
                "heading",
            )
        )
        for index in range(max(len(change.before), len(change.after))):
            old, new = marked(_at(change.before, index), _at(change.after, index))
            out.append(_row([old, new]))
    out.append("</table>\n</body></html>\n")
    return "".join(out)
