"""Shared e2e fixtures: start the already-built `minutebook` (MINUTEBOOK_BIN) over a fresh database
prepared through the CLI, on a free loopback port. Nothing is built here."""
import json
import subprocess
import tempfile
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
HALL = "Town Hall, Committee Room 2"
SEED_WORLD = [
    {"partnership": "Millbrook Safer Communities Partnership", "slug": "millbrook", "id": 1},
    {"organisation": "Millbrook Borough Council", "abbreviation": "MBC", "sector": "council", "in": 1, "id": 1},
    {"organisation": "Fenland Constabulary", "abbreviation": "FC", "sector": "police", "in": 1, "id": 2},
    {"person": "Priya Okafor", "organisation": 1, "email": "priya@millbrook.example", "in": 1, "id": 1},
    {"person": "Tomas Reyne", "organisation": 2, "email": "tomas@millbrook.example", "in": 1, "id": 2},
    {"person": "Wendy Ashgrove", "organisation": 1, "in": 1, "id": 3},
    {"jobTitle": "Cabinet Member for Communities", "of": 1, "at": 1, "from": "2016-05-01"},
    {"jobTitle": "Borough Commander", "of": 2, "at": 2, "from": "2016-05-01"},
    {"body": "Millbrook Partnership Board", "slug": "board", "in": 1, "id": 1},
    {"seat": "Cabinet Member for Communities", "on": 1, "organisation": 1, "role": "chairman", "position": 1, "id": 1},
    {"seat": "Borough Commander", "on": 1, "organisation": 2, "position": 2, "id": 2},
    {"seat": "Community Safety Manager", "on": 1, "organisation": 1, "role": "secretariat", "position": 3, "id": 3},
    {"holding": 1, "by": 1, "from": "2016-05-01"},
    {"holding": 2, "by": 2, "from": "2016-05-01"},
    {"holding": 3, "by": 3, "from": "2016-05-01"},
    {"meeting": 1, "on": "2018-03-26", "status": "agenda_published", "venue": HALL, "start": "14:00", "id": 1},
    {"meeting": 1, "on": "2018-06-25", "venue": HALL, "start": "14:00", "id": 2},
    {"item": "Apologies for absence", "on": 1},
    {"item": "Minutes of the previous meeting", "on": 1},
    {"item": "Neighbourhood crime update", "on": 1},
    {"item": f"Case review {SECRET}", "on": 1, "part": 2, "exemptReason": "Information relating to an individual"},
]


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


def plant(database, *worlds):
    """Plants the worlds (lists of TestWorld steps, see `minutebook dev world`) into the migrated database, in
    one audited write: the end-to-end tests' one way to build a partnership, the Swift tests' words."""
    steps = [step for world in worlds for step in world]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(steps, file)
    try:
        _cli("dev", "world", "--database", str(database), file.name)
    finally:
        Path(file.name).unlink()


@pytest.fixture(scope="module")
def minutebook_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    db = tmp / "web.sqlite"
    _cli("migrate", "--database", str(db))
    plant(db, SEED_WORLD)
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


def sign_in(page, base, email, password=PASSWORD):
    """Signs in through the real form on `page`, at the site whose address is `base`, and asserts the
    session began (the page offers to sign out). The one way the end-to-end tests sign in."""
    from playwright.sync_api import expect
    page.goto(base + "/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button:has-text('Sign in')")
    expect(page.locator("text=Sign out").first).to_be_visible()
    return page


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
