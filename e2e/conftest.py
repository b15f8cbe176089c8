"""Shared e2e fixtures: start the already-built `minutebook` (MINUTEBOOK_BIN) over a fresh database
prepared through the CLI, on a free loopback port. Nothing is built here."""
import sqlite3
import subprocess
import weakref
from dataclasses import dataclass
from pathlib import Path

import pytest
from page_structure import structure_problems
from servers import BIN, ROOT, serve, smtp_server

ARTEFACTS = ROOT / "test-artefacts"
PASSWORD = "river otter lantern"

# An invented partnership: a board with two meetings (the second approves the first's minutes)
# and a Part 2 item carrying a planted phrase that must never reach the public.
SECRET = "HERON-OBSIDIAN-77"
SEED_SQL = f"""
INSERT INTO partnership (id, slug, name) VALUES (1, 'millbrook', 'Millbrook Safer Communities Partnership');
INSERT INTO organisation (id, partnershipId, name, abbreviation, sector) VALUES
    (1, 1, 'Millbrook Borough Council', 'MBC', 'council'), (2, 1, 'Fenland Constabulary', 'FC', 'police');
INSERT INTO person (id, partnershipId, fullName, organisationId, email) VALUES
    (1, 1, 'Priya Okafor', 1, 'priya@millbrook.example'),
    (2, 1, 'Tomas Reyne', 2, 'tomas@millbrook.example'),
    (3, 1, 'Wendy Ashgrove', 1, NULL);
INSERT INTO jobTitle (personId, title, organisationId, startDate) VALUES
    (1, 'Cabinet Member for Communities', 1, '2016-05-01'), (2, 'Borough Commander', 2, '2016-05-01');
INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Millbrook Partnership Board', 'board');
INSERT INTO seat (id, bodyId, title, organisationId, role, position) VALUES
    (1, 1, 'Cabinet Member for Communities', 1, 'chairman', 1),
    (2, 1, 'Borough Commander', 2, 'member', 2),
    (3, 1, 'Community Safety Manager', 1, 'secretariat', 3);
INSERT INTO seatHolding (seatId, personId, startDate) VALUES (1, 1, '2016-05-01'), (2, 2, '2016-05-01'), (3, 3, '2016-05-01');
INSERT INTO meeting (id, bodyId, date, municipalYear, status, venue, startTime) VALUES
    (1, 1, '2018-03-26', 2017, 'agenda_published', 'Town Hall, Committee Room 2', '14:00'),
    (2, 1, '2018-06-25', 2018, 'scheduled', 'Town Hall, Committee Room 2', '14:00');
INSERT INTO agendaItem (meetingId, position, number, title, part, exemptReason) VALUES
    (1, 1, '1', 'Apologies for absence', 1, NULL),
    (1, 2, '2', 'Minutes of the previous meeting', 1, NULL),
    (1, 3, '3', 'Neighbourhood crime update', 1, NULL),
    (1, 4, '4', 'Case review {SECRET}', 2, 'Information relating to an individual');
"""


@dataclass
class Site:
    url: str
    database: Path
    secretariat: str = "secretary@millbrook.example"
    member: str = "priya@millbrook.example"
    admin: str = "admin@millbrook.example"
    password: str = PASSWORD
    secret: str = SECRET


def _cli(*args, stdin=None):
    return subprocess.run([BIN, *args], input=stdin, text=True, capture_output=True, check=True)


@pytest.fixture(scope="module")
def minutebook_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    db = tmp / "web.sqlite"
    _cli("migrate", "--database", str(db))
    con = sqlite3.connect(db)
    con.executescript(SEED_SQL)
    con.commit()
    con.close()
    site = Site(url="", database=db)
    _cli("user", "add", site.secretariat, "--role", "secretariat", "--partnership", "millbrook",
         "--person", "Wendy Ashgrove", "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    _cli("user", "add", site.member, "--role", "member", "--partnership", "millbrook",
         "--person", "Priya Okafor", "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    _cli("user", "add", site.admin, "--role", "administrator", "--partnership", "millbrook",
         "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    with serve(db, log_path=tmp / "serve.log") as url:
        site.url = url
        yield site


@pytest.fixture
def smtp():
    """A real SMTP server (aiosmtpd) on loopback for one test: (controller, collector)."""
    with smtp_server() as server:
        yield server


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        yield browser
        browser.close()


def serious_violations(page):
    """axe-core on the page as it stands: the serious and critical violations only, and any breach of
    the page-structure rule (each id once, one <h1>, no empty section)."""
    from axe_playwright_python.sync_playwright import Axe
    results = Axe().run(page)
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"] if v.get("impact") in ("serious", "critical")] + [
        ("page-structure", problem, []) for problem in structure_problems(page.content())]


def screenshot(page, name):
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


_SCRIPTLESS = weakref.WeakSet()


def scriptless_context(browser, **options):
    """A browser context with JavaScript off, as a visitor without scripts has it. `check` knows its
    pages: axe, itself a script, runs on a copy of the page served in a context with scripts on."""
    context = browser.new_context(java_script_enabled=False, **options)
    _SCRIPTLESS.add(context)
    return context


def _axe_copy(page):
    """The page as it stands (the bytes the server sent, after any form round trips), opened at its
    own address in a context with scripts on, so its styles load and axe can run."""
    html, url = page.content(), page.url
    context = page.context.browser.new_context()
    copy = context.new_page()
    copy.route(lambda address: address == url,
               lambda route: route.fulfill(status=200, body=html, content_type="text/html; charset=utf-8"))
    copy.goto(url)
    return context, copy


def check(page, name):
    """Screenshots the page into test-artefacts/ and asserts axe finds no serious issue on it and the
    page keeps the page-structure rule (each id once, one <h1>, no empty section). A page of a
    scriptless context is checked on a copy with scripts on (the site's scripts only enhance a page
    that works without them)."""
    screenshot(page, name)
    if page.context in _SCRIPTLESS:
        context, copy = _axe_copy(page)
        try:
            problems = serious_violations(copy)
        finally:
            context.close()
    else:
        problems = serious_violations(page)
    assert problems == [], f"{name}: {problems}"
