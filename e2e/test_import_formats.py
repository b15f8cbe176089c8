"""Issue 25: minutes in every format twenty years of archives come in, made at test time by the
project's own build script (scripts/make-format-fixtures) from invented corpus documents: a text
re-encoded as Windows-1252, UTF-16 and Mac Roman; a Word document saved by LibreOffice as .doc, .rtf
and .odt; and the same document printed, rasterised and rebuilt as an image-only PDF (a scan).

One `minutebook import FOLDER` reads them all with a progress bar and writes them; each gives the
record its source gives (the scan within OCR noise: the scorer's F1 against the source's expected
JSON at least 0.9)."""
import importlib.machinery
import importlib.util
import json
import shutil
import sqlite3
import subprocess

import pytest
from servers import BIN, ROOT

CORPUS = ROOT / "Tests/MinutebookImportTests/Corpus"
PYTHON = ROOT / ".venv/bin/python"


def _scorer():
    loader = importlib.machinery.SourceFileLoader("score_import", str(ROOT / "scripts/score-import"))
    spec = importlib.util.spec_from_loader("score_import", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


score_import = _scorer()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The folder of one file of each kind, and the corpus document each was made from."""
    folder = tmp_path_factory.mktemp("archive")
    made = subprocess.run([str(PYTHON), str(ROOT / "scripts/make-format-fixtures"), str(folder)],
                          capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr
    sources = dict(line.split("\t") for line in made.stdout.splitlines())
    # The UTF-8 original of the re-encoded texts goes in too, to compare with.
    shutil.copy(CORPUS / "tracker-01.txt", folder / "enc-source.txt")
    sources["enc-source.txt"] = "tracker-01"
    return folder, sources


@pytest.fixture(scope="module")
def imported(archive, tmp_path_factory):
    folder, sources = archive
    db = tmp_path_factory.mktemp("db") / "archive.sqlite"
    subprocess.run([BIN, "migrate", "--database", str(db)], check=True, capture_output=True)
    run = subprocess.run([BIN, "import", str(folder), "--json", "--database", str(db)],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr
    records = json.loads(run.stdout)
    names = sorted(sources)
    assert len(records) == len(names), "one meeting per file"
    return dict(zip(names, records)), run.stderr, db


def without_reading_notes(record):
    """The record without the warnings that only say how the file was read (encoding, OCR)."""
    record = dict(record)
    record["warnings"] = [w for w in record.get("warnings", [])
                          if not w.startswith("read as ") and not w.startswith("read by OCR")]
    return record


def test_one_command_reads_every_kind_with_a_progress_bar(archive, imported):
    folder, sources = archive
    by_file, stderr, _ = imported
    assert set(by_file) == {"enc-cp1252.txt", "enc-utf16.txt", "enc-macroman.txt", "enc-source.txt", "office.docx",
                            "office.doc", "office.rtf", "office.odt", "scan.pdf"}
    total = len(sources)
    assert f"] {total}/{total} " in stderr, stderr
    assert "[#" in stderr and "OCR page 1 of 1" in stderr, stderr


def test_re_encoded_texts_give_the_source_record(imported):
    by_file, _, _ = imported
    source = without_reading_notes(by_file["enc-source.txt"])
    for name, encoding in [("enc-cp1252.txt", "Windows-1252"), ("enc-utf16.txt", "UTF-16 (little-endian)"),
                           ("enc-macroman.txt", "Mac Roman")]:
        record = by_file[name]
        assert record["warnings"][0] == f"read as {encoding} text, not UTF-8: check accented letters and symbols"
        assert without_reading_notes(record) == source, name


def test_word_97_rtf_and_opendocument_give_the_word_record(imported):
    by_file, _, _ = imported
    word = by_file["office.docx"]
    for name in ["office.doc", "office.rtf", "office.odt"]:
        assert by_file[name] == word, name


def scored(record, source):
    expected = score_import.as_list(json.loads((CORPUS / f"{source}.expected.json").read_text(encoding="utf-8")))
    _, overall = score_import.score(expected, [record])
    return overall.f1()


def test_each_matches_its_source_expected_json_the_scan_within_ocr_noise(archive, imported):
    _, sources = archive
    by_file, _, _ = imported
    source_f1 = {name: scored(by_file[name], sources[name]) for name in by_file}
    for name, f1 in source_f1.items():
        if name == "scan.pdf":
            assert f1 >= 0.9, f"scan F1 {f1:.3f}"
        else:
            same_source = "enc-source.txt" if sources[name] == "tracker-01" else "office.docx"
            assert f1 == pytest.approx(source_f1[same_source]), name
    scan = by_file["scan.pdf"]
    assert any(w.startswith("read by OCR from a scanned PDF") and "mean word confidence" in w for w in scan["warnings"])


def test_the_folder_was_written_one_meeting_per_source(imported):
    _, _, db = imported
    con = sqlite3.connect(db)
    meetings = con.execute("SELECT b.name, m.date FROM meeting m JOIN body b ON b.id = m.bodyId ORDER BY m.date").fetchall()
    con.close()
    # Nine files, two source documents: every copy of one source is the same meeting (idempotent).
    assert meetings == [("Millhaven Community Safety Partnership", "2023-07-04"),
                        ("Harrowmere Community Safety Partnership", "2024-11-14")]
