"""The agenda pack, end to end: the real CLI builds public and members' packs of an invented meeting
with reports of known lengths (PDF, DOCX, Markdown, HTML), then pypdf and poppler read them back."""
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
BIN = os.environ.get("MINUTEBOOK_BIN", str(ROOT / ".build/debug/minutebook"))
ARTEFACTS = ROOT / "test-artefacts"
SECRET = "ZEPHYR-KESTREL-PART2-ONLY"
MEETING = "2026-03-12"


def mb(*args, db, check=True):
    result = subprocess.run([BIN, *args, "--database", str(db)], capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"minutebook {' '.join(args)} failed: {result.stderr}")
    return result


def make_pdf(path, marker, pages, size="A4"):
    """A PDF of `pages` pages, each saying '<marker> page i of n'."""
    import weasyprint
    body = "".join(
        f'<section style="break-before: page"><h1>{marker} page {i} of {pages}</h1>'
        f"<p>Invented report text for the Ashdown partnership, page {i}.</p></section>"
        for i in range(1, pages + 1))
    weasyprint.HTML(string=f"<style>@page {{ size: {size}; margin: 20mm }}</style>{body}").write_pdf(path)


def make_docx(path, marker, pages):
    import docx
    from docx.enum.text import WD_BREAK
    document = docx.Document()
    for i in range(1, pages + 1):
        document.add_heading(f"{marker} page {i} of {pages}", level=1)
        document.add_paragraph(f"Invented Word report for the Ashdown partnership, page {i}.")
        if i < pages:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(path)


def page_texts(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and pages[-1].strip() == "" else pages


def seed(db):
    con = sqlite3.connect(db)
    con.executescript("""
        PRAGMA foreign_keys = ON;
        INSERT INTO partnership (id, slug, name, contactName, contactEmail, contactPhone, reportReferencePattern)
        VALUES (1, 'ashdown', 'Ashdown Community Safety Partnership', 'Priya Natarajan', 'committees@ashdown.example',
                '01632 960 418', 'ACS{yy}{nnn}');
        INSERT INTO organisation (id, partnershipId, name) VALUES (1, 1, 'Ashdown Borough Council'), (2, 1, 'Wealdshire Police');
        INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Ashdown Safer Communities Board', 'board');
        INSERT INTO body (id, partnershipId, slug, name, kind, reportsToBodyId) VALUES
            (2, 1, 'da-group', 'Domestic Abuse Sub-Group', 'sub_group', 1),
            (3, 1, 'asb-group', 'ASB Sub-Group', 'sub_group', 1);
        INSERT INTO person (id, partnershipId, fullName, honorific, organisationId, email) VALUES
            (1, 1, 'Marian Oyelaran', 'Councillor', 1, 'marian@ashdown.example'),
            (2, 1, 'Tobias Feld', NULL, 2, 'tobias@police.example'),
            (3, 1, 'Gwen Abernathy', NULL, 1, 'gwen@ashdown.example'),
            (4, 1, 'Idris Calloway', NULL, 1, 'idris@ashdown.example'),
            (5, 1, 'Priya Natarajan', NULL, 1, 'committees@ashdown.example'),
            (6, 1, 'Hal Mercer', NULL, 2, 'hal@police.example');
        INSERT INTO jobTitle (personId, title, startDate) VALUES
            (1, 'Portfolio Holder for Community Safety', '2024-05-01'), (2, 'Borough Commander', '2023-01-01'),
            (3, 'Head of Community Safety', '2022-01-01'), (4, 'Youth Justice Manager', '2022-01-01'),
            (5, 'Committee Secretary', '2020-01-01'), (6, 'Former Borough Commander', '2019-01-01');
        INSERT INTO seat (id, bodyId, title, role, position) VALUES
            (1, 1, 'Chairman', 'chairman', 1), (2, 1, 'Police Borough Commander', 'vice_chairman', 2),
            (3, 1, 'Head of Community Safety', 'member', 3), (4, 1, 'Youth Justice', 'member', 4),
            (5, 1, 'Secretariat', 'secretariat', 5);
        INSERT INTO seatHolding (seatId, personId, startDate, endDate) VALUES
            (1, 1, '2024-05-01', NULL), (2, 6, '2019-01-01', '2025-12-31'), (2, 2, '2026-01-01', NULL),
            (3, 3, '2022-01-01', NULL), (4, 4, '2022-01-01', NULL), (5, 5, '2020-01-01', NULL);
        INSERT INTO meeting (id, bodyId, date, municipalYear, startTime, status) VALUES (1, 1, '2025-12-04', 2025, '10:00', 'minutes_drafted');
        INSERT INTO attendance (meetingId, personId, name, roleText, status, position) VALUES
            (1, 1, 'Councillor Marian Oyelaran', 'Portfolio Holder for Community Safety', 'present', 'chairman'),
            (1, 3, 'Gwen Abernathy', 'Head of Community Safety', 'present', NULL),
            (1, 5, 'Priya Natarajan', 'Committee Secretary', 'also_present', NULL);
        INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text) VALUES
            (1, 1, 1, 2025, 1, 40, 'Apologies for absence', 1, 'Apologies were received from Idris Calloway.'),
            (2, 1, 1, 2025, 2, 41, 'Minutes of the previous meeting', 1, 'The minutes of the meeting held on 18 September 2025 were agreed.'),
            (3, 1, 1, 2025, 3, 42, 'Night-time economy update', 1, 'The Board heard about the Lantern Street pilot.'),
            (4, 1, 1, 2025, 4, 43, 'Complex case discussion', 2, 'Minute text of an exempt item: KESTREL-MINUTE-SECRET.');
        INSERT INTO resolution (minuteId, position, text) VALUES (3, 1, 'RESOLVED that the update be noted.');
    """)
    con.commit()
    con.close()


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pack")
    db = tmp / "mb.sqlite"
    mb("migrate", db=db)
    seed(db)
    mb("agenda", "schedule", "--body", "board", "--date", MEETING, "--time", "10:00",
       "--venue", "Committee Room 2, Ashdown Town Hall", db=db)

    fixtures = {
        "police": ("Police update", "POLICE-REPORT", 3, "pdf", "Letter"),
        "youth": ("Youth justice plan", "YOUTH-WORD-REPORT", 4, "docx", None),
        "tables": ("Performance tables", "LANDSCAPE-REPORT", 2, "pdf", "A4 landscape"),
        "review": ("Multi-agency case review", SECRET, 2, "pdf", "A4"),
    }
    numbers = {}
    for key, (title, marker, pages, kind, size) in fixtures.items():
        path = tmp / f"{key}.{kind}"
        if kind == "pdf":
            make_pdf(path, marker, pages, size)
        else:
            make_docx(path, marker, pages)
        extra = ["--part", "2", "--exempt-reason", "Information about individuals (paragraph 1)"] if key == "review" else []
        number = mb("agenda", "add", "--body", "board", "--date", MEETING, "--title", title, "--auto-reference",
                    *extra, db=db).stdout.strip()
        mb("agenda", "attach", "--body", "board", "--date", MEETING, "--item", number, "--file", str(path), db=db)
        numbers[key] = (number, title, marker, pages)

    crime = tmp / "crime.md"
    crime.write_text("# Crime update\n\nAll crime fell by **4%**.\n\n| Crime type | Change |\n|---|---|\n"
                     "| Burglary | -6% |\n| Vehicle crime | +2% |\n\n- Lantern Street pilot continues\n")
    number = mb("agenda", "add", "--body", "board", "--date", MEETING, "--title", "Crime update", db=db).stdout.strip()
    mb("agenda", "attach", "--body", "board", "--date", MEETING, "--item", number, "--file", str(crime), db=db)
    numbers["crime"] = (number, "Crime update", "Crime type", None)

    resilience = mb("agenda", "add", "--body", "board", "--date", MEETING, "--title", "Resilience update",
                    db=db).stdout.strip()
    # A damaged Word file that got into the store by another route: the pack must still build.
    con = sqlite3.connect(db)
    item_id = con.execute("SELECT a.id FROM agendaItem a JOIN meeting m ON m.id = a.meetingId "
                          "WHERE m.date = ? AND a.number = ?", (MEETING, resilience)).fetchone()[0]
    broken = b"PK\x03\x04" + os.urandom(300)
    con.execute("INSERT INTO document (partnershipId, meetingId, agendaItemId, title, filename, mediaType, byteCount, "
                "sha256, content) VALUES (1, 2, ?, 'Resilience', 'resilience.docx', "
                "'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ?, ?, ?)",
                (item_id, len(broken), "0" * 64, broken))
    con.commit()
    # Adding items renumbers the agenda: read every item's final number.
    for key, (_, title, marker, pages) in list(numbers.items()):
        final = con.execute("SELECT a.number FROM agendaItem a JOIN meeting m ON m.id = a.meetingId "
                            "WHERE m.date = ? AND a.title = ?", (MEETING, title)).fetchone()[0]
        numbers[key] = (final, title, marker, pages)
    con.close()

    out = {}
    for edition in ("public", "members"):
        pdf = tmp / f"{edition}.pdf"
        args = ["pack", "--body", "board", "--date", MEETING, "--out", str(pdf), "--issue-date", "2026-03-03"]
        result = mb(*args, *(["--members"] if edition == "members" else []), db=db)
        out[edition] = (pdf, int(result.stdout.strip()), result.stderr)
    ARTEFACTS.mkdir(exist_ok=True)
    for edition, (pdf, _, _) in out.items():
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "3", str(pdf), str(ARTEFACTS / f"pack-{edition}")],
                       check=True)
    return {"db": db, "tmp": tmp, "numbers": numbers, "resilience": resilience, **out}


def agenda_ranges(pdf):
    """Item number → (first, last) page as the agenda prints them ("Pages 5 - 7", "Page 4"), read in text order:
    a line opening with a number (or a sub-item letter) starts an item; its range may be on a later line.
    A page's own footer ("Page 2" on page 2) is not a range."""
    ranges, top, current = {}, None, None
    for page in range(1, 5):
        raw = subprocess.run(["pdftotext", "-raw", "-f", str(page), "-l", str(page), str(pdf), "-"],
                             capture_output=True, text=True).stdout
        if "Reports not included in this pack" in raw:
            raw = raw.split("Reports not included in this pack")[0]
        for line in raw.splitlines():
            if m := re.match(r"^(\d+)\s+[A-Z]", line):
                top = current = m[1]
            elif (m := re.match(r"^([a-z])\s+[A-Z]", line)) and top:
                current = top + m[1]
            if (m := re.search(r"Pages\s+(\d+)\s+-\s+(\d+)", line)) and current:
                ranges[current] = (int(m[1]), int(m[2]))
            elif (m := re.search(r"Page\s+(\d+)\s*$", line)) and current and int(m[1]) != page:
                ranges[current] = (int(m[1]), int(m[1]))
    return ranges


@pytest.mark.parametrize("edition", ["public", "members"])
def test_an_item_on_one_page_reads_page_n(packs, edition):
    """Issue 24, item 4: "Page 4", never "Pages 4 - 4"."""
    pdf, _, _ = packs[edition]
    agenda = subprocess.run(["pdftotext", "-raw", "-l", "4", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert not re.search(r"Pages\s+(\d+)\s+-\s+\1\b", agenda), agenda
    assert any(a == b for a, b in agenda_ranges(pdf).values()), "the fixture has an item on one page"


@pytest.mark.parametrize("edition", ["public", "members"])
def test_page_count_is_printed_and_every_page_is_numbered(packs, edition):
    pdf, printed, _ = packs[edition]
    reader = PdfReader(pdf)
    assert len(reader.pages) == printed
    for i, text in enumerate(page_texts(pdf), start=1):
        numbers = re.findall(r"Page (\d+)", text)
        assert numbers and int(numbers[-1]) == i, f"page {i} carries no 'Page {i}'"


@pytest.mark.parametrize("edition", ["public", "members"])
def test_agenda_ranges_match_where_reports_start_and_end(packs, edition):
    pdf, total, _ = packs[edition]
    texts = [" ".join(text.split()) for text in page_texts(pdf)]
    ranges = agenda_ranges(pdf)
    for key, (number, title, marker, pages) in packs["numbers"].items():
        if key == "review" and edition == "public":
            assert number not in ranges
            continue
        start, end = ranges[number]
        if pages:
            assert end - start + 1 == pages, f"{title}: {pages} pages expected, agenda says {start}-{end}"
            assert f"{marker} page 1 of {pages}" in texts[start - 1]
            assert f"{marker} page {pages} of {pages}" in texts[end - 1]
        else:
            assert marker in texts[start - 1]
    # Minutes of the previous meeting start where item 2 says.
    start, _ = ranges["2"]
    assert "minutes of the meeting held at 10.00 am on 4 December 2025" in texts[start - 1].lower().replace("4 december", "4 December")
    # The ranges tile the pack after the agenda: the parts add up to the whole.
    spans = sorted(ranges.values())
    for (a, b), (c, _) in zip(spans, spans[1:]):
        assert c == b + 1
    assert spans[-1][1] == total
    agenda_pages = spans[0][0] - 1
    assert agenda_pages + sum(b - a + 1 for a, b in spans) == total


@pytest.mark.parametrize("edition", ["public", "members"])
def test_outline_has_an_entry_at_each_item(packs, edition):
    pdf, _, _ = packs[edition]
    reader = PdfReader(pdf)
    outline = {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline}
    ranges = agenda_ranges(pdf)
    assert "Agenda" in outline
    for number, (start, _) in ranges.items():
        entries = [page for title, page in outline.items() if title.startswith(f"{number}.")]
        assert entries == [start], f"item {number}: outline {outline}"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_part_two_is_in_the_members_pack_only(packs):
    public = "\n".join(page_texts(packs["public"][0]))
    members = "\n".join(page_texts(packs["members"][0]))
    assert SECRET in members and "KESTREL-MINUTE-SECRET" in members
    assert "CONFIDENTIAL" in members
    for secret in (SECRET, "KESTREL-MINUTE-SECRET", "Multi-agency case review", "Information about individuals"):
        assert secret not in public
    html = packs["public"][0].with_suffix(".html").read_text()
    assert SECRET not in html and "KESTREL-MINUTE-SECRET" not in html
    assert "Multi-agency case review" in packs["members"][0].with_suffix(".html").read_text()


def test_cover_addresses_todays_seat_holders(packs):
    cover = page_texts(packs["public"][0])[0]
    assert "Contact for this Agenda: Priya Natarajan" in cover
    assert "3 March 2026" in cover
    assert "Councillor Marian Oyelaran" in cover and "Tobias Feld" in cover
    assert "Hal Mercer" not in cover, "a former holder of the seat is addressed"
    assert "THURSDAY 12 MARCH 2026" in cover


def test_damaged_report_is_named_and_the_pack_still_builds(packs):
    pdf, _, stderr = packs["public"]
    assert "resilience.docx" in stderr
    agenda = "\n".join(page_texts(pdf)[:3])
    assert "Reports not included in this pack" in agenda
    assert "resilience.docx" in agenda


def test_accessible_html_is_written_beside_the_pdf(packs):
    html = packs["public"][0].with_suffix(".html").read_text()
    assert '<html lang="en-GB">' in html
    assert "<table" in html and "<th scope=\"col\">Crime type</th>" in html
    assert "public.pdf#page=" in html


@pytest.mark.parametrize("name,content,expected", [
    ("empty.pdf", b"", "empty (0 bytes)"),
    ("garbage.pdf", b"hello, not a pdf", "no %PDF- header"),
    ("garbage.docx", b"not a zip at all", "not a ZIP package"),
    ("legacy.docx", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 64, "Word 97-2003"),
    ("notes.txt", b"plain text", "only .pdf, .docx, .html or .md"),
])
def test_bad_uploads_are_refused_with_a_clear_message(packs, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = mb("agenda", "attach", "--body", "board", "--date", MEETING, "--item", "1", "--file", str(path),
                db=packs["db"], check=False)
    assert result.returncode != 0
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_password_protected_pdf_is_refused(packs, tmp_path):
    plain, locked = tmp_path / "plain.pdf", tmp_path / "locked.pdf"
    make_pdf(plain, "LOCKED", 1)
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", str(plain), str(locked)], check=True)
    result = mb("agenda", "attach", "--body", "board", "--date", MEETING, "--item", "1", "--file", str(locked),
                db=packs["db"], check=False)
    assert result.returncode != 0
    assert "password-protected" in result.stderr


def test_damaged_docx_is_refused(packs, tmp_path):
    good = tmp_path / "good.docx"
    make_docx(good, "DAMAGED", 1)
    data = bytearray(good.read_bytes())
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(bytes(data[: len(data) // 2]))
    result = mb("agenda", "attach", "--body", "board", "--date", MEETING, "--item", "1", "--file", str(damaged),
                db=packs["db"], check=False)
    assert result.returncode != 0
    assert "damaged.docx" in result.stderr


def test_png_artefacts_look_like_a_council_pack(packs):
    """pdftoppm's pages in test-artefacts/: A4 portrait, printed (neither blank nor black); the first is
    the cover addressed to the members, the second the agenda with page ranges, and the report with a
    table renders with each row's cells on one line."""
    from PIL import Image
    pdf, _, _ = packs["public"]
    crime_page = agenda_ranges(pdf)[packs["numbers"]["crime"][0]][0]
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", str(crime_page), "-l", str(crime_page), "-singlefile", str(pdf),
                    str(ARTEFACTS / "pack-public-table")], check=True)
    # pdftoppm pads the page number to the width of the pack's last page ("pack-public-01.png").
    images = []
    for edition in ("public", "members"):
        pages = sorted(path for path in ARTEFACTS.glob(f"pack-{edition}-*.png") if re.search(r"-\d+\.png$", path.name))
        assert len(pages) == 3, f"{edition}: {pages}"
        images += pages
    images.append(ARTEFACTS / "pack-public-table.png")
    for path in images:
        image = Image.open(path).convert("L")
        width, height = image.size
        assert abs(height / width - 297 / 210) < 0.02, f"{path.name} is not A4 portrait"
        histogram = image.histogram()
        dark = sum(histogram[:128]) / (width * height)
        assert 0.002 < dark < 0.25, f"{path.name}: {dark:.3%} of the page is ink"
    texts = page_texts(pdf)
    cover = " ".join(texts[0].split())
    assert "Ashdown Community Safety Partnership" in cover and "To: Members of the" in cover and "Date of issue" in cover
    agenda = " ".join(texts[1].split())
    assert "GENDA" in agenda and re.search(r"Pages \d+ - \d+", agenda)
    table = subprocess.run(["pdftotext", "-layout", "-f", str(crime_page), "-l", str(crime_page), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    rows = [" ".join(line.split()) for line in table.splitlines()]
    assert "Crime type Change" in rows and "Burglary -6%" in rows and "Vehicle crime +2%" in rows


def test_bench_pack_reports_the_time_of_a_200_page_pack():
    # The benchmark kit is its own program, built beside the CLI.
    bench = os.environ.get("MINUTEBOOK_BENCH_BIN") or os.path.join(os.path.dirname(BIN), "minutebook-bench")
    result = subprocess.run([bench, "pack", "--runs", "1", "--json"], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    import json
    figures = json.loads(result.stdout)["figures"]
    assert 190 <= figures["pack.pages"] <= 210
    assert figures["pack.s"] > 0 and figures["pack.stage.render_s"] > 0


def test_a_standing_item_the_builder_cannot_fill_is_a_warning(tmp_path):
    """Issue 24, item 2: a standing item stored under a kind the builder does not know (the demo once wrote
    'minutes' for 'previous_minutes') is named in a warning, never silently left without papers."""
    db = tmp_path / "mb.sqlite"
    mb("migrate", db=db)
    seed(db)
    mb("agenda", "schedule", "--body", "board", "--date", MEETING, "--time", "10:00", db=db)
    con = sqlite3.connect(db)
    con.execute("UPDATE agendaItem SET standingKind = 'minutes' WHERE standingKind = 'previous_minutes'")
    number = con.execute("SELECT number FROM agendaItem WHERE standingKind = 'minutes'").fetchone()[0]
    con.commit()
    con.close()
    result = mb("pack", "--body", "board", "--date", MEETING, "--out", str(tmp_path / "pack.pdf"), db=db)
    assert f"Item {number} Minutes of the previous meeting" in result.stderr
    assert "kind 'minutes'" in result.stderr
