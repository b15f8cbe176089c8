"""Issuing the agenda pack, end to end: the secretariat issues through the real server; a real SMTP
server (aiosmtpd on loopback) receives one email per holder of the body's seats on the meeting date;
the links in the email open the public PDF and its accessible HTML version (no Part 2 in either, nor
in the email), the members' pack asks for sign-in; the date of issue and the mailing are recorded and
audited. Then Chromium runs axe-core on the agenda pages and on the accessible pack."""
import datetime
import http.cookiejar
import re
import sqlite3
import subprocess
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import screenshot, serious_violations, sign_in
from servers import BIN, serve, smtp_server

PASSWORD = "tidal heron compass"
SECRET = "MARSH-LANTERN-PART2-ONLY"
MEETING = "2027-01-14"
BOARD = "/p/thornbury/bodies/board"
BASE = f"{BOARD}/meetings/{MEETING}"

SEED = """
INSERT INTO partnership (id, slug, name, contactName, contactEmail, contactPhone)
VALUES (1, 'thornbury', 'Thornbury Community Safety Partnership', 'Elspeth Varga', 'committees@thornbury.example', '01632 960 771');
INSERT INTO organisation (id, partnershipId, name) VALUES (1, 1, 'Thornbury District Council'), (2, 1, 'Saltmarsh Police');
INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Thornbury Safer Board', 'board');
INSERT INTO person (id, partnershipId, fullName, honorific, organisationId, email) VALUES
    (1, 1, 'Agnes Pellow', 'Councillor', 1, 'agnes@thornbury.example'),
    (2, 1, 'Corin Blaise', NULL, 2, 'corin@saltmarsh.example'),
    (3, 1, 'Dunstan Rook', NULL, 2, 'dunstan@saltmarsh.example'),
    (4, 1, 'Mireille Osei', NULL, 1, NULL),
    (5, 1, 'Elspeth Varga', NULL, 1, 'committees@thornbury.example');
INSERT INTO seat (id, bodyId, title, organisationId, role, position) VALUES
    (1, 1, 'Chairman', 1, 'chairman', 1), (2, 1, 'Police Commander', 2, 'vice_chairman', 2),
    (3, 1, 'Youth Services', 1, 'member', 3), (4, 1, 'Committee Secretary', 1, 'secretariat', 4);
INSERT INTO seatHolding (seatId, personId, startDate, endDate) VALUES
    (1, 1, '2024-05-01', NULL), (2, 2, '2020-01-01', '2026-12-31'), (2, 3, '2027-01-01', NULL),
    (3, 4, '2022-01-01', NULL), (4, 5, '2020-01-01', NULL);
"""


def cli(*args, stdin=None):
    return subprocess.run([BIN, *args], input=stdin, text=True, capture_output=True, check=True, timeout=120)


class Browser:
    """urllib with cookies, reading the CSRF token from each page like a browser."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
                                                  NoRedirect())
        self.csrf = ""

    def open(self, path, data=None):
        body = None
        if data is not None:
            body = urllib.parse.urlencode({"csrf": self.csrf, **data}).encode()
        try:
            response = self.opener.open(self.base + path, data=body, timeout=300)
            status, headers, content = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, content = error.code, error.headers, error.read()
        text = content.decode("utf-8", "replace")
        if m := re.search(r'name="csrf" value="([0-9a-f]+)"', text):
            self.csrf = m.group(1)
        return status, headers, content

    def sign_in(self, address):
        self.open("/login")
        status, _, _ = self.open("/login", {"email": address, "password": PASSWORD})
        assert status == 303


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def issued(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("issue")
    db = tmp / "issue.sqlite"
    cli("migrate", "--database", str(db))
    con = sqlite3.connect(db)
    con.executescript(SEED)
    con.commit()
    con.close()
    cli("user", "add", "clerk@thornbury.example", "--role", "secretariat", "--partnership", "thornbury",
        "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    cli("user", "add", "agnes@thornbury.example", "--role", "member", "--partnership", "thornbury", "--person", "Agnes Pellow",
        "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")

    settings = ["--smtp-host", "127.0.0.1", "--mail-from", "committees@thornbury.example"]
    with smtp_server() as (controller, collector), \
            serve(db, *settings, "--smtp-port", controller.port, log_path=tmp / "serve.log", base_url=True) as base:
        clerk = Browser(base)
        clerk.sign_in("clerk@thornbury.example")
        clerk.open(f"{BOARD}/schedule")
        status, _, _ = clerk.open(f"{BOARD}/schedule", {"date": MEETING, "time": "10:00", "venue": "Council Chamber, Thornbury"})
        assert status == 303
        clerk.open(f"{BASE}/agenda/edit")
        for item in ({"title": "Night-time economy update", "part": "1", "expectsReport": "1"},
                     {"title": f"Case review {SECRET}", "part": "2", "exemptReason": "Information about individuals"}):
            status, _, _ = clerk.open(f"{BASE}/agenda/items", item)
            assert status == 303
        clerk.open(f"{BASE}/agenda/edit")
        clerk.open(f"{BOARD}/forward-plan")
        status, _, _ = clerk.open(f"{BOARD}/forward-plan", {"title": "CCTV strategy", "proposer": "Agnes Pellow", "target": ""})
        assert status == 303
        clerk.open(f"{BASE}/agenda/edit")
        status, headers, _ = clerk.open(f"{BASE}/pack/issue", {})
        assert status == 303, (tmp / "serve.log").read_text()
        yield {"base": base, "db": db, "collector": collector, "clerk": clerk, "log": tmp / "serve.log",
               "smtp_port": controller.port, "tmp": tmp}


def test_issue_emails_the_holders_of_the_seats_on_the_meeting_date(issued):
    by_recipient = {tos[0]: message for tos, message in issued["collector"].messages}
    # The new Police Commander (from 1 January 2027) is emailed, not the one who left; the member with
    # no address is named instead; the secretariat's own seat is not a member's.
    assert sorted(by_recipient) == ["agnes@thornbury.example", "dunstan@saltmarsh.example"]
    message = by_recipient["dunstan@saltmarsh.example"]
    assert message["Subject"] == "Agenda pack: Thornbury Safer Board, 14 January 2027"
    body = message.get_content()
    assert body.startswith("Dear Dunstan Rook,")
    assert "Thursday 14 January 2027 at 10.00 am, Council Chamber, Thornbury" in body
    assert "Contact for this agenda: Elspeth Varga, committees@thornbury.example, 01632 960 771" in body
    for message in by_recipient.values():
        text = message.get_content()
        assert SECRET not in text and "Case review" not in text

    links = re.findall(re.escape(issued["base"]) + r"\S+", body)
    assert set(links) >= {issued["base"] + BASE + "/pack.pdf", issued["base"] + BASE + "/pack.html",
                          issued["base"] + BASE + "/pack/members.pdf", issued["base"] + BASE}
    anonymous = Browser(issued["base"])
    status, headers, pdf = anonymous.open(BASE + "/pack.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf" and pdf.startswith(b"%PDF-")
    status, _, html = anonymous.open(BASE + "/pack.html")
    assert status == 200 and b"Night-time economy update" in html and SECRET.encode() not in html
    status, headers, _ = anonymous.open(BASE + "/pack/members.pdf")
    assert status == 303 and "/login" in headers["Location"]
    member = Browser(issued["base"])
    member.sign_in("agnes@thornbury.example")
    status, _, members_pdf = member.open(BASE + "/pack/members.pdf")
    assert status == 200 and members_pdf.startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", "-", "-"], input=members_pdf, capture_output=True, check=True).stdout.decode()
    assert SECRET in text
    public_text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert SECRET not in public_text


def test_meeting_page_links_the_pack_and_the_issue_is_recorded(issued):
    status, _, page = Browser(issued["base"]).open(BASE)
    page = page.decode()
    assert status == 200
    assert f'href="{BASE}/pack.pdf">Agenda pack (PDF' in page and f'href="{BASE}/pack.html"' in page
    assert "pack/members.pdf" not in page and "Emailed to" not in page
    status, _, clerk_page = issued["clerk"].open(BASE)
    assert "Emailed to 2 members. No email address for: Mireille Osei." in clerk_page.decode()

    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    with sqlite3.connect(issued["db"]) as con:
        assert con.execute("SELECT packIssuedAt, status FROM meeting WHERE date = ?", (MEETING,)).fetchone() == (today, "agenda_published")
        issue = con.execute("SELECT issuedOn, version, emailed, mailedAt IS NOT NULL, mailNote FROM packIssue").fetchall()
        assert issue == [(today, 1, 2, 1, "No email address for: Mireille Osei.")]
        actors = {row[0] for row in con.execute("SELECT actor FROM audit WHERE tableName IN ('packIssue', 'meeting') "
                                                "AND operation = 'update' AND after LIKE '%' || ? || '%'", (today,))}
        assert any(actor.startswith("user:") and "clerk@thornbury.example" in actor for actor in actors)


@pytest.fixture(scope="module")
def clerk_page(issued, chromium):
    context = chromium.new_context()
    page = sign_in(context.new_page(), issued["base"], "clerk@thornbury.example", PASSWORD)
    yield page
    context.close()


def check(page, name):
    screenshot(page, name)
    problems = serious_violations(page)
    assert problems == [], f"{name}: {problems}"


@pytest.mark.parametrize("path,name", [
    (BOARD, "agenda-01-body"),
    (f"{BOARD}/schedule", "agenda-02-schedule"),
    (f"{BASE}/agenda/edit", "agenda-03-edit"),
    (f"{BOARD}/forward-plan", "agenda-04-forward-plan"),
    (f"{BOARD}/agenda-template", "agenda-05-standing-items"),
    (BASE, "agenda-06-meeting-issued"),
])
def test_agenda_pages_pass_axe(issued, clerk_page, path, name):
    clerk_page.goto(issued["base"] + path)
    assert clerk_page.locator("h1").count() == 1
    check(clerk_page, name)


@pytest.mark.parametrize("path,form,fill,name", [
    (f"{BOARD}/schedule", "form[action$='/schedule']", {}, "agenda-07-schedule-error"),
    (f"{BASE}/agenda/edit", "form[action$='/agenda/items']", {"#title": "Closed item", "#part": "2"}, "agenda-08-item-error"),
    (f"{BOARD}/forward-plan", "form[action$='/forward-plan']", {"#title": "Closed item", "#proposer": "Chair", "#part": "2"},
     "agenda-09-plan-error"),
    (f"{BOARD}/agenda-template", "form[action$='/agenda-template']", {"#new-title": "Closed review", "#new-part": "2"},
     "agenda-10-standing-error"),
])
def test_refused_forms_pass_axe(issued, clerk_page, path, form, fill, name):
    clerk_page.goto(issued["base"] + path)
    for selector, value in fill.items():
        if clerk_page.locator(selector).evaluate("e => e.tagName") == "SELECT":
            clerk_page.select_option(selector, value)
        else:
            clerk_page.fill(selector, value)
    # Past the browser's own checks, so the server's error page is what is tested.
    clerk_page.locator(form).evaluate("f => { f.noValidate = true; }")
    with clerk_page.expect_navigation():
        clerk_page.locator(form).locator("button[type=submit]").last.click()
    assert clerk_page.locator(".error-summary").is_visible()
    check(clerk_page, name)


def test_accessible_pack_passes_axe(issued, chromium):
    context = chromium.new_context()
    page = context.new_page()
    page.goto(issued["base"] + BASE + "/pack.html")
    assert page.locator("h1").count() >= 1
    check(page, "agenda-11-accessible-pack")
    page.goto(issued["base"] + BASE)
    check(page, "agenda-12-meeting-public")
    context.close()


def test_cli_record_issue_stores_both_packs_and_emails_like_the_web(issued):
    """Runs last in this module: re-issues from the CLI through the web's issue path (a new version,
    both packs stored, the same email to the same members) and the server then serves it."""
    member = Browser(issued["base"])
    member.sign_in("agnes@thornbury.example")
    _, before_headers, before = member.open(BASE + "/pack/members.pdf")
    clerk = issued["clerk"]
    clerk.open(f"{BASE}/agenda/edit")
    status, _, _ = clerk.open(f"{BASE}/agenda/items", {"title": "Late review HERON-LATE", "part": "2",
                                                        "exemptReason": "Information about individuals"})
    assert status == 303
    _, _, unchanged = member.open(BASE + "/pack/members.pdf")
    assert unchanged == before, "the members' pack stays as issued until it is issued again"
    sent_before = len(issued["collector"].messages)
    out = issued["tmp"] / "cli-pack.pdf"
    result = cli("pack", "--database", str(issued["db"]), "--body", "board", "--date", MEETING, "--out", str(out),
                 "--record-issue", "--smtp-host", "127.0.0.1", "--smtp-port", str(issued["smtp_port"]),
                 "--mail-from", "committees@thornbury.example", "--base-url", issued["base"])
    assert int(result.stdout.strip()) > 0 and out.read_bytes().startswith(b"%PDF-")
    assert "Issued version 2; emailed to 2 member(s). No email address for: Mireille Osei." in result.stderr
    new = issued["collector"].messages[sent_before:]
    assert sorted(tos[0] for tos, _ in new) == ["agnes@thornbury.example", "dunstan@saltmarsh.example"]
    assert all(issued["base"] + BASE + "/pack/members.pdf" in message.get_content() for _, message in new)
    with sqlite3.connect(issued["db"]) as con:
        assert con.execute("SELECT version, emailed FROM packIssue ORDER BY id").fetchall() == [(1, 2), (2, 2)]
        stored = con.execute("SELECT content FROM packIssueMembersFile f JOIN packIssue i ON i.id = f.packIssueId "
                             "WHERE i.version = 2 AND f.format = 'pdf'").fetchone()[0]
        assert out.read_bytes() == con.execute("SELECT content FROM document WHERE title = 'Agenda pack' AND version = 2 "
                                               "AND mediaType = 'application/pdf'").fetchone()[0]
    status, headers, after = member.open(BASE + "/pack/members.pdf")
    assert status == 200 and after == stored and after != before and headers["ETag"] != before_headers["ETag"]
    text = subprocess.run(["pdftotext", "-", "-"], input=after, capture_output=True, check=True).stdout.decode()
    assert SECRET in text and "HERON-LATE" in text
    old_text = subprocess.run(["pdftotext", "-", "-"], input=before, capture_output=True, check=True).stdout.decode()
    assert "HERON-LATE" not in old_text
    _, _, public_html = Browser(issued["base"]).open(BASE + "/pack.html")
    assert b"Night-time economy update" in public_html and b"HERON-LATE" not in public_html and SECRET.encode() not in public_html
