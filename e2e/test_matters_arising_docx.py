"""The Matters Arising report as a Word file: python-docx reads the same rows as the JSON, and
LibreOffice converts it to PDF without complaint."""
import json
import shutil
import subprocess

import docx
import pytest

from actions_support import run, seeded_database


def test_docx_holds_the_same_rows_as_the_json(tmp_path):
    database = seeded_database(tmp_path)
    report = json.loads(run("matters-arising", "--database", str(database), "--body", "board", "--date", "2023-03-20", "--json").stdout)
    assert [e["minute"] for e in report["entries"]] == ["41", "42", "46a", "47"]

    out = tmp_path / "matters-arising.docx"
    printed = run("matters-arising", "--database", str(database), "--body", "Riverside Safety Board", "--date", "2023-03-20",
                  "--docx", str(out))
    assert "4 matters arising" in printed.stdout

    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Matters Arising"
    assert document.paragraphs[0].style.name == "Heading 1"
    table = document.tables[0]
    header, *rows = table.rows
    assert [c.text for c in header.cells] == ["Minute number, date and title", "Matters arising", "Update"]
    assert len(rows) == len(report["entries"])
    for row, entry in zip(rows, report["entries"]):
        first, resolved, update = (cell.text for cell in row.cells)
        assert first.split("\n") == [f"Minute {entry['minute']}", "5 December 2022", entry["title"]]
        # The meeting's minutes are still a draft: the Word copy marks what they resolved (issue 17, item 7).
        assert resolved == "Draft, subject to approval:\n" + entry["resolved"]
        assert update == entry["update"]
    # Text with markup characters survives as text.
    assert "<with partners>" in rows[0].cells[1].text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by scripts/bootstrap")
def test_libreoffice_converts_the_docx_to_pdf(tmp_path):
    database = seeded_database(tmp_path)
    out = tmp_path / "report.docx"
    run("matters-arising", "--database", str(database), "--body", "board", "--date", "2023-03-20", "--docx", str(out))
    profile = tmp_path / "lo-profile"
    result = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                             "--outdir", str(tmp_path), str(out)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "report.pdf"
    assert pdf.exists() and pdf.stat().st_size > 1000
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Nuisance Bikes Update" in text and "Awaiting update from Colin Hart." in text


def test_unknown_body_and_bad_date_are_one_line_errors(tmp_path):
    database = seeded_database(tmp_path)
    bad = run("matters-arising", "--database", str(database), "--body", "nope", "--date", "2023-03-20", "--json", check=False)
    assert bad.returncode != 0 and "no body called 'nope'" in bad.stderr
    date = run("matters-arising", "--database", str(database), "--body", "board", "--date", "20/03/2023", check=False)
    assert date.returncode != 0 and "YYYY-MM-DD" in date.stderr
