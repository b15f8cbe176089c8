"""Sub-group report by emailed link, end to end: `minutebook performance request-report` sends one
email to the sub-group's chair through a real SMTP server (aiosmtpd on loopback); the link opens
the report template without an account, files the report once, and is refused after that."""
import contextlib
import datetime
import http.cookiejar
import re
import sqlite3
import subprocess
import urllib.error
import urllib.parse
import urllib.request

import pytest
from actions_support import BIN, run
from servers import fetch, serve

FIXTURE = """
INSERT INTO partnership (id, slug, name) VALUES (1, 'brookfield', 'Brookfield Community Safety Partnership');
INSERT INTO organisation (id, partnershipId, name) VALUES (1, 1, 'Brookfield Borough Council'), (2, 1, 'Marsh Vale Police');
INSERT INTO person (id, partnershipId, fullName, organisationId, email) VALUES
    (1, 1, 'Orla Fenwick', 1, 'orla.fenwick@council.example'),
    (2, 1, 'Tomasz Reedley', 2, 'tomasz.reedley@police.example'),
    (3, 1, 'Imogen Larch', 1, 'imogen.larch@council.example');
INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Brookfield Safety Board', 'board');
INSERT INTO body (id, partnershipId, slug, name, kind, reportsToBodyId) VALUES (2, 1, 'asb', 'Anti-social Behaviour Group', 'sub_group', 1);
INSERT INTO seat (id, bodyId, title, organisationId, role) VALUES (1, 1, 'Council Leader', 1, 'chairman'), (2, 2, 'ASB Group Chair', 2, 'chairman'),
    (3, 1, 'Community Safety Officer', 1, 'secretariat');
INSERT INTO seatHolding (seatId, personId, startDate) VALUES (1, 1, '2020-05-01'), (2, 2, '2021-06-01'), (3, 3, '2019-04-01');
"""


@contextlib.contextmanager
def start(tmp_path, extra=()):
    database = tmp_path / "minutebook.sqlite"
    run("migrate", "--database", str(database))
    meeting = datetime.date.today() + datetime.timedelta(days=35)
    year = meeting.year if meeting.month >= 5 else meeting.year - 1
    with sqlite3.connect(database) as db:
        db.executescript(FIXTURE)
        db.execute("INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (1, 1, ?, ?, 'scheduled')",
                   (meeting.isoformat(), year))
    with serve(database, *extra, log_path=tmp_path / "serve.log") as base:
        yield database, base, meeting


@pytest.fixture
def server(tmp_path):
    with start(tmp_path) as running:
        yield running


def test_chair_files_the_report_through_the_emailed_link(smtp, server):
    controller, collector = smtp
    database, base, meeting = server
    env = {"MINUTEBOOK_SMTP_HOST": "127.0.0.1", "MINUTEBOOK_SMTP_PORT": str(controller.port),
           "MINUTEBOOK_MAIL_FROM": "secretariat@brookfield.example", "PATH": "/usr/bin:/bin"}
    result = run("performance", "request-report", "--database", str(database), "--partnership", "brookfield",
                 "--sub-group", "asb", "--base-url", base, env=env)
    assert result.returncode == 0
    assert "tomasz.reedley@police.example" in result.stdout

    assert len(collector.messages) == 1
    tos, message = collector.messages[0]
    assert tos == ["tomasz.reedley@police.example"]
    assert message["Subject"].startswith("Report requested: Anti-social Behaviour Group to the Brookfield Safety Board")
    body = message.get_content()
    links = re.findall(re.escape(base) + r"/report-links/[A-Za-z0-9_-]{43}", body)
    assert len(links) == 1
    link = links[0]
    token = link.rsplit("/", 1)[1]
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM reportRequest WHERE tokenHash = ?", (token,)).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM reportRequest").fetchone()[0] == 1

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    status, page = fetch(opener, link)
    assert status == 200
    assert "Tomasz Reedley, please file the report" in page
    csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)

    # Missing author: the form comes back with the text kept, nothing is filed, the link still works.
    status, page = fetch(opener, link, {"csrf": csrf, "author": "", "operationalUpdate": "Hotspot patrols in Marsh Lane."})
    assert status == 400 and "There is a problem" in page and "Hotspot patrols in Marsh Lane." in page
    status, page = fetch(opener, link, {"csrf": csrf, "author": "Tomasz Reedley", "operationalUpdate": "Hotspot patrols in Marsh Lane.",
                                        "strategicUpdate": "Youth outreach funded to March.",
                                        "actionsForPartnership": "Endorse the dispersal order review"})
    assert status == 200 and "the report is filed" in page
    with sqlite3.connect(database) as db:
        row = db.execute("SELECT status, author, filedOn FROM subGroupReport WHERE bodyId = 2 AND meetingId = 1").fetchone()
        assert row[0] == "submitted" and row[1] == "Tomasz Reedley" and row[2] == datetime.date.today().isoformat()
        assert db.execute("SELECT count(*) FROM reportRequest WHERE usedAt IS NOT NULL").fetchone()[0] == 1

    # Spent: a second visit or submission changes nothing.
    status, page = fetch(opener, link)
    assert status == 410 and "already been used" in page
    status, _ = fetch(opener, link, {"csrf": csrf, "author": "Somebody", "operationalUpdate": "Overwritten"})
    assert status == 410
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT operationalUpdate FROM subGroupReport").fetchone()[0] == "Hotspot patrols in Marsh Lane."


def test_secretariat_sends_the_link_from_the_report_page(smtp, tmp_path):
    controller, collector = smtp
    settings = ["--smtp-host", "127.0.0.1", "--smtp-port", str(controller.port),
                "--mail-from", "secretariat@brookfield.example", "--base-url", "https://minutes.brookfield.example"]
    with start(tmp_path, settings) as (database, base, meeting):
        subprocess.run([BIN, "user", "add", "--database", str(database), "clerk@brookfield.example", "--role", "secretariat",
                        "--partnership", "brookfield", "--password-stdin"], input="a long clerk password 42\n", text=True,
                       check=True, capture_output=True, timeout=60)
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        status, page = fetch(opener, base + "/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        status, _ = fetch(opener, base + "/login", {"csrf": csrf, "email": "clerk@brookfield.example", "password": "a long clerk password 42"})
        assert status == 200
        status, page = fetch(opener, base + "/p/brookfield/bodies/asb/report")
        assert status == 200 and "Email the chair a link to the report" in page
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        status, page = fetch(opener, base + "/p/brookfield/bodies/asb/report/request", {"csrf": csrf})
        assert status == 200 and "A personal link has been sent to tomasz.reedley@police.example" in page
        assert len(collector.messages) == 1
        tos, message = collector.messages[0]
        assert tos == ["tomasz.reedley@police.example"]
        links = re.findall(r"https://minutes\.brookfield\.example/report-links/[A-Za-z0-9_-]{43}", message.get_content())
        assert len(links) == 1
        # The link works on this site (the emailed address is the public one in front of it).
        chair = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        link = base + links[0].removeprefix("https://minutes.brookfield.example")
        status, page = fetch(chair, link)
        assert status == 200 and "Tomasz Reedley, please file the report" in page

        # Filing through the link tells the board's secretariat by e-mail, with the link to the report,
        # which the secretariat's pages (the sub-group, the board meeting) link as well.
        chair_csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)
        status, page = fetch(chair, link, {"csrf": chair_csrf, "author": "Tomasz Reedley",
                                           "operationalUpdate": "Dispersal order reviewed with residents."})
        assert status == 200 and "the report is filed" in page
        assert len(collector.messages) == 2
        tos, told = collector.messages[1]
        assert tos == ["imogen.larch@council.example"]
        assert told["Subject"] == f"Report filed: Anti-social Behaviour Group to the Brookfield Safety Board, {meeting.day} {meeting.strftime('%B %Y')}"
        with sqlite3.connect(database) as db:
            report_id = db.execute("SELECT id FROM subGroupReport WHERE bodyId = 2 AND meetingId = 1").fetchone()[0]
        report_path = f"/p/brookfield/reports/{report_id}"
        assert f"https://minutes.brookfield.example{report_path}" in told.get_content()
        status, page = fetch(opener, base + report_path)
        assert status == 200 and "Dispersal order reviewed with residents." in page
        for path in ["/p/brookfield/bodies/asb", f"/p/brookfield/bodies/board/meetings/{meeting.isoformat()}"]:
            status, page = fetch(opener, base + path)
            assert status == 200 and f'href="{report_path}"' in page, path
