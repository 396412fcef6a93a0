"""The headless command line: demo data, info, clear errors, documented in README."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from kerjasama_desk.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def test_seed_demo_then_info_json(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["seed-demo", "--db", str(db)]).exit_code == 0
    result = runner.invoke(main, ["info", "--db", str(db), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["counts"]["partners"] == 7 and data["counts"]["officers"] == 4
    assert data["schema_version"] >= 2


def test_info_on_a_non_register_fails_cleanly_and_leaves_the_file(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes, not a register")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = CliRunner().invoke(main, ["info", "--db", str(path)])
    assert result.exit_code == 1
    assert "is not a Kerjasama Desk register" in result.output
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_reading_commands_work_on_a_register_that_cannot_be_written(tmp_path, monkeypatch):
    import os

    from kerjasama_desk.store import database

    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["seed-demo", "--db", str(db)]).exit_code == 0
    before = sorted(
        (p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in tmp_path.iterdir()
    )
    real_access = os.access  # a CD: the probe finds nothing writable
    monkeypatch.setattr(
        database.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    info = runner.invoke(main, ["info", "--db", str(db), "--json"])
    assert info.exit_code == 0, info.output
    assert json.loads(info.output)["counts"]["partners"] == 7
    board = runner.invoke(main, ["dashboard", "--db", str(db), "--json"])
    assert board.exit_code == 0, board.output
    listed = runner.invoke(main, ["draft", "list", "--db", str(db)])
    assert "Beihai" in listed.output
    out = tmp_path.parent / f"{tmp_path.name}-out.kdx"
    assert runner.invoke(main, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    refused = runner.invoke(main, ["import", "--db", str(db), str(out), "--yes"])
    assert refused.exit_code == 1 and "cannot be written" in refused.output
    after = sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in tmp_path.iterdir())
    assert after == before  # nothing written to the file or beside it


def test_importing_the_cli_does_not_load_qt():
    code = "import sys, kerjasama_desk.cli; print('PySide6' in sys.modules)"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "False"


def _command_names(group, prefix=""):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _command_names(command, f"{prefix}{name} ")
        else:
            yield prefix + name


def test_every_command_is_documented_in_readme():
    readme = README.read_text(encoding="utf-8")
    names = list(_command_names(main))
    assert "draft check" in names
    for name in names:
        assert re.search(rf"kerjasama-desk {re.escape(name)}\b", readme), name
    for option in ("--db", "--lang", "--demo"):
        assert option in readme


DRAFTS = Path(__file__).resolve().parent / "drafting"


def test_draft_templates_lists_the_bundled_ones():
    result = CliRunner().invoke(main, ["draft", "templates", "--json"])
    assert result.exit_code == 0
    assert {"loi-sister-city", "mou-sister-city"} <= {t["id"] for t in json.loads(result.output)}


def test_draft_check_exits_0_when_clean_and_1_on_an_error(tmp_path):
    clean = CliRunner().invoke(main, ["draft", "check", str(DRAFTS / "mou-beihai.json")])
    assert (clean.exit_code, clean.output.strip()) == (0, "No findings.")
    data = json.loads((DRAFTS / "mou-beihai.json").read_text(encoding="utf-8"))
    del data["answers"]["signing_place"]
    data["answers"]["term_years"] = 10
    unfinished = tmp_path / "unfinished.json"
    unfinished.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "check", str(unfinished)])
    assert result.exit_code == 1
    assert "error [signing_place]: “Place of signing” is not answered yet" in result.output
    assert "warning [term_years]: A term of 10 years" in result.output


def test_draft_render_writes_the_html_whole(tmp_path):
    output = tmp_path / "mou.html"
    result = CliRunner().invoke(
        main, ["draft", "render", str(DRAFTS / "mou-beihai.json"), "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    page = output.read_text(encoding="utf-8")
    assert "MEMORANDUM SALING PENGERTIAN" in page and "MEMORANDUM OF UNDERSTANDING" in page
    assert [p.name for p in tmp_path.iterdir()] == ["mou.html"]  # no temporary file left


def test_bad_answers_files_get_one_message_per_problem_and_exit_2(tmp_path):
    cases = {
        "broken.json": ("{not json", ["broken.json:1: not valid JSON"]),
        "unknown.json": ('{"template": "nope"}', ["unknown template 'nope'"]),
        "types.json": (
            '{"template": "mou-sister-city", "answers": {"term_years": "five", '
            '"signing_date": "14/10/2008"}}',
            ["term_years: expected a whole number", "signing_date: expected a date as YYYY-MM-DD"],
        ),
    }
    for name, (text, messages) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        for command in (
            ["draft", "check", str(path)],
            ["draft", "render", str(path), "-o", str(tmp_path / "x.html")],
        ):
            result = CliRunner().invoke(main, command)
            assert result.exit_code == 2, (name, result.output)
            assert "Traceback" not in result.output
            for message in messages:
                assert message in result.output, (name, result.output)
    assert not (tmp_path / "x.html").exists()


def test_draft_render_writes_pdf_and_docx_and_refuses_bad_targets(tmp_path):
    runner = CliRunner()
    answers = str(DRAFTS / "mou-beihai.json")
    for name, magic in (("mou.pdf", b"%PDF"), ("mou.docx", b"PK")):
        result = runner.invoke(
            main,
            [
                "draft",
                "render",
                answers,
                "-o",
                str(tmp_path / name),
                "--paper",
                "f4",
                "--layout",
                "sequential",
                "--final",
            ],
        )
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_bytes().startswith(magic)
    wrong = runner.invoke(main, ["draft", "render", answers, "-o", str(tmp_path / "mou.odt")])
    assert wrong.exit_code == 1 and "must end in .pdf, .docx or .html" in wrong.output
    nowhere = tmp_path / "missing" / "mou.pdf"
    failed = runner.invoke(main, ["draft", "render", answers, "-o", str(nowhere)])
    assert failed.exit_code == 1 and f"Cannot write {nowhere}" in failed.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mou.docx", "mou.pdf"]


def test_draft_export_of_a_saved_draft_writes_a_watermarked_pdf(tmp_path):
    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    rows = json.loads(runner.invoke(main, ["draft", "list", "--db", str(db), "--json"]).output)
    mou = next(row["id"] for row in rows if row["title"].startswith("MSP Semarang–Beihai 2008"))
    target = tmp_path / "mou.pdf"
    result = runner.invoke(
        main, ["draft", "export", "--db", str(db), "--draft", str(mou), "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "KONSEP / DRAFT" in text and "versi 1 / version 1" in text


def test_draft_export_writes_several_drafts_into_a_folder_in_one_start(tmp_path):
    """Issue 16, item 3: --draft again and -o a folder: every draft under its title; every
    draft is read and checked before anything is written."""
    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    rows = json.loads(runner.invoke(main, ["draft", "list", "--db", str(db), "--json"]).output)
    ids = [str(row["id"]) for row in rows]
    folder = tmp_path / "out"
    arguments = ["draft", "export", "--db", str(db), "-o", str(folder)]
    for draft_id in ids:
        arguments += ["--draft", draft_id]
    result = runner.invoke(main, arguments)
    assert result.exit_code == 0, result.output
    written = sorted(folder.iterdir())
    assert len(written) == len(ids) == len(result.output.splitlines())
    titles = {row["title"] for row in rows}
    for path in written:
        assert path.suffix == ".pdf" and path.name.endswith("-v1.pdf")
        text = PdfReader(str(path)).pages[0].extract_text()
        assert "KONSEP / DRAFT" in text
    assert any("Beihai-2008" in p.name for p in written), (written, titles)
    docx = runner.invoke(main, [*arguments, "--format", "docx", "-o", str(tmp_path / "docx")])
    assert docx.exit_code == 0 and all(p.suffix == ".docx" for p in (tmp_path / "docx").iterdir())
    # A draft that is not there: nothing at all is written
    nothing = tmp_path / "nothing"
    missing = runner.invoke(
        main,
        [
            "draft",
            "export",
            "--db",
            str(db),
            "--draft",
            ids[0],
            "--draft",
            "999",
            "-o",
            str(nothing),
        ],
    )
    assert missing.exit_code == 1 and "There is no draft 999" in missing.output
    assert not nothing.exists()
    # Several drafts and -o an existing file: a usage error naming the fix
    a_file = tmp_path / "one.pdf"
    a_file.write_bytes(b"%PDF-")
    refused = runner.invoke(
        main,
        [
            "draft",
            "export",
            "--db",
            str(db),
            "--draft",
            ids[0],
            "--draft",
            ids[1],
            "-o",
            str(a_file),
        ],
    )
    assert refused.exit_code == 2 and "written into a folder" in refused.output
    assert a_file.read_bytes() == b"%PDF-"


def test_a_signing_copy_with_a_gap_or_an_error_is_refused_and_nothing_is_written(tmp_path):
    """--final is the text to be signed: "[Tempat penandatanganan]" cannot be in it (issue 14)."""
    runner = CliRunner()
    data = json.loads((DRAFTS / "mou-beihai.json").read_text(encoding="utf-8"))
    del data["answers"]["signing_place"]
    gappy = tmp_path / "gappy.json"
    gappy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "final.pdf"
    refused = runner.invoke(main, ["draft", "render", str(gappy), "-o", str(target), "--final"])
    assert refused.exit_code == 1
    assert "a signing copy (--final) cannot be written" in refused.output
    assert "“Place of signing” is not answered yet" in refused.output
    assert not target.exists()
    draft = runner.invoke(main, ["draft", "render", str(gappy), "-o", str(target)])
    assert draft.exit_code == 0 and target.exists()  # a draft may carry its gaps

    db = tmp_path / "demo.sqlite"
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    rows = json.loads(runner.invoke(main, ["draft", "list", "--db", str(db), "--json"]).output)
    ulsan = next(row["id"] for row in rows if "Ulsan" in row["title"])
    final = tmp_path / "ulsan.pdf"
    result = runner.invoke(
        main,
        ["draft", "export", "--db", str(db), "--draft", str(ulsan), "-o", str(final), "--final"],
    )
    assert result.exit_code == 1 and "cannot be written while these remain" in result.output
    assert not final.exists()


def test_an_alternat_original_names_the_partner_first_and_says_which_original(tmp_path):
    """--final --original 2 --alternat: the partner's original (issue 14); a numbering that
    cannot be is a usage error naming the fix, and no file is written."""
    from pypdf import PdfReader

    runner = CliRunner()
    answers = str(DRAFTS / "mou-beihai.json")
    theirs, ours = tmp_path / "theirs.pdf", tmp_path / "ours.pdf"
    for original, path in ((2, theirs), (1, ours)):
        result = runner.invoke(
            main,
            ["draft", "render", answers, "--final", "--original", str(original), "--alternat"]
            + ["-o", str(path)],
        )
        assert result.exit_code == 0, result.output
    first = " ".join(PdfReader(theirs).pages[0].extract_text().split())
    assert "Naskah asli 2 dari 2 / Original 2 of 2" in first
    assert first.index("THE PEOPLE'S GOVERNMENT OF BEIHAI") < first.index(
        "THE GOVERNMENT OF THE CITY OF SEMARANG"
    )
    assert "The People's Government of Beihai Municipality" in first
    last = " ".join(PdfReader(theirs).pages[-1].extract_text().split())
    assert last.index("LIAN YOUNONG") < last.index("SUKAWI SUTARIP")
    mine = " ".join(PdfReader(ours).pages[0].extract_text().split())
    assert "Original 1 of 2" in mine and mine.index("SEMARANG") < mine.index("BEIHAI")
    for extra, message in (
        (["--original", "2"], "add --final"),
        (["--final", "--alternat"], "--alternat needs --original 1"),
        (["--final", "--original", "3"], "between 1 and 2"),
    ):
        target = tmp_path / "refused.pdf"
        result = runner.invoke(main, ["draft", "render", answers, *extra, "-o", str(target)])
        assert result.exit_code == 2 and message in result.output, result.output
        assert not target.exists()


def test_draft_check_knows_the_bundled_eligibility_data_and_the_fonts(tmp_path):
    """draft check reads the same bundled data as the app: a Taiwan partner is an error
    (exit 1), and a partner text no font can draw is named (issue 14)."""
    data = json.loads((DRAFTS / "loi-beihai.json").read_text(encoding="utf-8"))
    data["answers"]["partner"]["country"] = "TW"
    taiwan = tmp_path / "taiwan.json"
    taiwan.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "check", str(taiwan)])
    assert result.exit_code == 1 and "one-China policy" in result.output
    data = json.loads((DRAFTS / "loi-beihai.json").read_text(encoding="utf-8"))
    data["languages"] = ["id", "en", "zh"]
    data["partner_texts"] = {"title": "北海 ሰላም"}
    ethiopic = tmp_path / "ethiopic.json"
    ethiopic.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "check", str(ethiopic)])
    assert "No bundled font has these characters" in result.output and "ሰ ላ ም" in result.output


def test_reading_commands_leave_an_empty_file_as_it_is(tmp_path):
    """info, dashboard and backup on a 0-byte file: exit 1, the reason, the file untouched
    (issue 12: it was silently made an empty register)."""
    empty = tmp_path / "register.sqlite"
    empty.write_bytes(b"")
    for command in (["info"], ["dashboard"], ["backup"]):
        result = CliRunner().invoke(main, [*command, "--db", str(empty)])
        assert result.exit_code == 1, (command, result.output)
        assert "is an empty file, not a register; nothing was written to it" in result.output
        assert empty.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == [
            "register.sqlite"
        ]


def test_an_answers_file_that_is_a_pipe_huge_or_repeats_itself_is_refused(tmp_path):
    """A FIFO is not waited on, a file over the limit is not read, a language or a field given
    twice is named: exit 2 each time (issue 12)."""
    import os

    runner = CliRunner()
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    result = runner.invoke(main, ["draft", "check", str(fifo)])
    assert result.exit_code == 2 and "not a regular file" in result.output
    data = json.loads((DRAFTS / "loi-beihai.json").read_text(encoding="utf-8"))
    big = tmp_path / "big.json"
    big.write_text(json.dumps({**data, "padding": "x" * (6 * 1024 * 1024)}), encoding="utf-8")
    result = runner.invoke(main, ["draft", "check", str(big)])
    assert result.exit_code == 2 and "an answers file is at most 5 MB" in result.output
    for change, said in (
        ({"languages": ["id", "id", "id"]}, "each once"),
        ({"answers": {**data["answers"], "fields": [{"code": "tourism"}] * 2}}, "listed twice"),
    ):
        path = tmp_path / "twice.json"
        path.write_text(json.dumps({**data, **change}), encoding="utf-8")
        result = runner.invoke(main, ["draft", "check", str(path)])
        assert result.exit_code == 2 and said in result.output, result.output


def test_a_reason_and_the_register_was_not_changed_read_as_two_sentences(tmp_path):
    """No ".." and no missing full stop between a reason and what follows (issue 12)."""
    from kerjasama_desk.domain.messages import sentence

    assert [sentence(t) for t in ("it is empty", "it is empty.", "it is empty..", " ok? ")] == [
        "it is empty.",
        "it is empty.",
        "it is empty.",
        "ok?",
    ]
    register, empty = tmp_path / "register.sqlite", tmp_path / "empty.sqlite"
    CliRunner().invoke(main, ["seed-demo", "--db", str(register)])
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["restore", "--db", str(register), str(empty)])
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "(the file or the database is empty). The register was not changed." in said
    assert ".." not in said


def test_a_file_name_with_a_newline_or_a_tab_keeps_the_listing_one_line_a_file(tmp_path):
    """attach stores such a name on one line, and attachments lists one line per file, with
    a description of several lines on its line too (issue 12)."""
    runner = CliRunner()
    register = tmp_path / "register.sqlite"
    runner.invoke(main, ["seed-demo", "--db", str(register)])
    odd = tmp_path / "bad\nname\ttab.pdf"
    odd.write_bytes(b"%PDF-1.4 test")
    attached = runner.invoke(
        main,
        ["attach", "--db", str(register), "--agreement", "1", "--description", "two\nlines"]
        + [str(odd)],
    )
    assert attached.exit_code == 0, attached.output
    assert attached.output.rstrip("\n").count("\n") == 0
    listed = runner.invoke(main, ["attachments", "--db", str(register), "--agreement", "1"])
    rows = [line.split("\t") for line in listed.output.splitlines()]
    assert all(len(row) == 5 for row in rows)
    assert ["bad name tab.pdf", "two lines"] in [row[3:] for row in rows]


def test_characters_that_are_not_text_are_named_in_a_file_and_never_reach_a_document(tmp_path):
    """A lone surrogate or a control character: a file given to draft check is refused with
    the character named (exit 2); answers read from elsewhere have it taken out, so the Word
    file and the web page can always be written (issue 12)."""
    from kerjasama_desk.drafting import library
    from kerjasama_desk.drafting.answers import read_answers
    from kerjasama_desk.paths import templates_dir

    data = json.loads((DRAFTS / "loi-beihai.json").read_text(encoding="utf-8"))
    data["answers"]["signing_place"] = "Sema\ud800rang\x0c"
    data["partner_texts"] = {"title": "北海\x07"}
    data["languages"] = ["id", "en", "zh"]
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "check", str(path)])
    assert result.exit_code == 2
    assert "signing_place: contains U+D800, which is not text" in result.output
    assert "partner_texts: title: contains U+0007" in result.output
    answers = read_answers(data, library.load(templates_dir()).templates)
    assert answers.values["signing_place"] == "Semarang"
    assert answers.partner_texts["title"] == "北海"


def _with(extra: str, tmp_path: Path, name: str) -> Path:
    """The Beihai MoU's answers file with ``extra`` JSON added to its answers."""
    text = (DRAFTS / "mou-beihai.json").read_text(encoding="utf-8")
    data = json.loads(text)
    body = json.dumps(data)
    key = '"answers": {'
    assert key in body
    path = tmp_path / name
    path.write_text(body.replace(key, key + extra + ", ", 1), encoding="utf-8")
    return path


def test_hostile_answers_get_a_message_not_a_traceback(tmp_path):
    """Issue 12, item 16: a list for a choice, lists nested 5000 deep and a 4301-digit number
    raised tracebacks in draft check."""
    data = json.loads((DRAFTS / "mou-beihai.json").read_text(encoding="utf-8"))
    for key, value in (("our_level", []), ("fields", [{"code": []}])):
        changed = {**data, "answers": {**data["answers"], key: value}}
        (tmp_path / f"{key}.json").write_text(json.dumps(changed), encoding="utf-8")
    cases = {
        tmp_path / "our_level.json": "our_level: expected one of",
        tmp_path / "fields.json": "unknown code",
        _with('"deep": ' + "[" * 5000 + "]" * 5000, tmp_path, "deep.json"): "nested too deeply",
        _with('"big": ' + "9" * 4301, tmp_path, "number.json"): "a number too long",
    }
    for name, said in cases.items():
        result = CliRunner().invoke(main, ["draft", "check", str(name)])
        assert result.exit_code == 2, (name, result.output)
        assert said in result.output and "Traceback" not in result.output, name


def test_seed_demo_scale_twice_adds_again(tmp_path):
    """Issue 12, item 16: a second ``seed-demo --scale`` failed with a UNIQUE traceback."""
    path = tmp_path / "big.sqlite"
    first = CliRunner().invoke(main, ["seed-demo", "--db", str(path), "--scale", "50"])
    second = CliRunner().invoke(main, ["seed-demo", "--db", str(path), "--scale", "50"])
    assert first.exit_code == 0 and second.exit_code == 0, second.output
    assert "57 partners" in first.output and "107 partners" in second.output
