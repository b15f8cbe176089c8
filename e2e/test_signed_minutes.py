"""The chair's signed record in real Chromium and from the command line (issue 20): the secretariat
approves December's draft minutes at the March meeting, the chair (who chaired March) signs them from
the web, the public page shows "Signed by the Chair on ...", and the signature verifies on the web page
and with `minutebook minutes verify`. Then one byte of the stored text is changed behind Minutebook's
back (the approved lock dropped by hand): the page says "Not verified" and the command exits 1. axe
checks the meeting page, the sign-off form and both verification pages."""
import sqlite3
import subprocess

import pytest

from conftest import PASSWORD, SEED_WORLD, Site, _cli, check, plant, sign_in
from servers import BIN, serve

DECEMBER = "/p/millbrook/bodies/board/meetings/2017-12-19"
# December's draft minutes (a recorded vote and a declaration at minute 174); Priya Okafor chaired March.
DECEMBER_WORLD = [
    {"meeting": 1, "on": "2017-12-19", "status": "minutes_drafted", "start": "10:00", "end": "11:40", "id": 3},
    {"item": "Lantern patrols", "on": 3, "id": 31},
    {"attendance": "Tomas Reyne", "at": 3, "person": 2, "position": "chairman"},
    {"attendance": "Priya Okafor", "at": 3, "person": 1},
    {"attendance": "Priya Okafor", "at": 1, "person": 1, "position": "chairman"},
    {"attendance": "Tomas Reyne", "at": 1, "person": 2},
    {"minute": "Lantern patrols", "number": 174, "text": "The patrol rota was described.", "of": 3, "item": 31, "id": 41},
    {"resolution": "The rota be extended to Sundays.", "of": 41, "place": 1},
    {"declaration": "Priya Okafor", "at": 31, "person": 1, "text": "Volunteers with a patrol group"},
    {"vote": 31, "motion": "That the rota be extended to Sundays", "for": 2, "presentVoting": 2, "quorum": 2},
]


@pytest.fixture
def site(tmp_path):
    db = tmp_path / "signed.sqlite"
    _cli("migrate", "--database", str(db))
    plant(db, SEED_WORLD, DECEMBER_WORLD)
    site = Site(url="", database=db)
    _cli("user", "add", site.secretariat, "--role", "secretariat", "--partnership", "millbrook",
         "--person", "Wendy Ashgrove", "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    _cli("user", "add", site.member, "--role", "member", "--partnership", "millbrook",
         "--person", "Priya Okafor", "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    with serve(db, log_path=tmp_path / "serve.log") as url:
        site.url = url
        yield site


def signed_in(chromium, site, email):
    """A new browser context signed in as `email`, and its page."""
    context = chromium.new_context()
    return context, sign_in(context.new_page(), site.url, email, site.password)


def cli_verify(site):
    return subprocess.run([BIN, "minutes", "verify", "--body", "board", "--date", "2017-12-19", "--database", str(site.database)],
                          text=True, capture_output=True)


def test_approve_sign_and_verify_from_the_web_and_the_cli(site, chromium):
    # Not signed yet: the command says so and fails.
    assert cli_verify(site).returncode != 0

    # The secretariat approves December's minutes at the March meeting.
    context, page = signed_in(chromium, site, site.secretariat)
    page.goto(site.url + DECEMBER)
    check(page, "signed-01-draft-minutes")
    page.select_option("#approved-at", "2018-03-26")
    page.fill("#proposer", "Tomas Reyne")
    page.check("#confirm")
    page.click("button:has-text('Approve the minutes')")
    assert page.locator("text=Agreed and signed as a correct record").first.is_visible()
    context.close()

    # The chair of the March meeting signs them.
    context, page = signed_in(chromium, site, site.member)
    page.goto(site.url + DECEMBER)
    page.click("a:has-text('Sign the minutes')")
    assert page.locator("h1:has-text('Sign the minutes')").is_visible()
    check(page, "signed-02-sign-form")
    page.check("input[name=signer][value='1']")
    page.check("#confirm")
    page.click("button:has-text('Sign the minutes')")
    assert page.locator("text=Signed by the Chair on").first.is_visible()
    context.close()

    # Anyone sees the signature and verifies it.
    context = chromium.new_context()
    page = context.new_page()
    page.goto(site.url + DECEMBER)
    assert page.locator("text=Signed by the Chair on").first.is_visible()
    assert page.locator("text=Priya Okafor declared a non-pecuniary interest").first.is_visible()
    check(page, "signed-03-public-minutes")
    page.click("a:has-text('Verify the signature')")
    assert page.locator("strong:has-text('Verified.')").is_visible()
    check(page, "signed-04-verified")
    good = cli_verify(site)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "verified: the stored minutes match the signed text" in good.stdout

    # One byte changed behind Minutebook's back: the page and the command both refuse it.
    con = sqlite3.connect(site.database)
    con.executescript("""
        DROP TRIGGER minute_fixed_once_approved_update;
        UPDATE minute SET text = 'The patrol rota was described!' WHERE id = 41;
    """)
    con.commit()
    con.close()
    page.reload()
    assert page.locator("h2:has-text('Not verified')").is_visible()
    assert not page.locator("strong:has-text('Verified.')").is_visible()
    check(page, "signed-05-not-verified")
    bad = cli_verify(site)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "NOT VERIFIED" in bad.stdout
    context.close()
