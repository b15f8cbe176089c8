"""The meeting day in real Chromium, with JavaScript on and off: a clerk opens the meeting, keeps the
register, takes three items out of order and defers one, writes notes, resolutions and two actions
(saved as typed with JavaScript, by the Save button without), records a recorded vote decided by the
chair's casting vote and a declaration of interest, and closes the meeting. The draft minutes carry
the running numbers (after minute 174 of December), the tracker the two actions; a second browser
saving the same item meets a conflict message. axe checks every page of the flow."""

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD, SEED_WORLD, Site, _cli, check, plant, screenshot, sign_in
from page_structure import structure_problems
from servers import serve

MEETING = "/p/millbrook/bodies/board/meetings/2018-03-26"
# December's minutes ended at 174: March's run on from 175.
EARLIER_WORLD = [
    {"meeting": 1, "on": "2017-12-19", "status": "minutes_drafted", "id": 3},
    {"minute": "Any other business", "number": 174, "of": 3},
]


@pytest.fixture
def site(tmp_path):
    db = tmp_path / "day.sqlite"
    _cli("migrate", "--database", str(db))
    plant(db, SEED_WORLD, EARLIER_WORLD)
    site = Site(url="", database=db)
    _cli("user", "add", site.secretariat, "--role", "secretariat", "--partnership", "millbrook",
         "--person", "Wendy Ashgrove", "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    _cli("user", "add", site.admin, "--role", "administrator", "--partnership", "millbrook",
         "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    with serve(db, log_path=tmp_path / "serve.log") as url:
        site.url = url
        yield site


def signed_in(chromium, site, email, javascript):
    """A new browser context (scripts on or off) signed in as `email`, and its page."""
    context = chromium.new_context(java_script_enabled=javascript)
    return context, sign_in(context.new_page(), site.url, email, site.password)


def audit(page, name, javascript):
    """axe and the page-structure rule with JavaScript on (axe runs in the page); without JavaScript
    axe cannot run, so the same pages are checked by the structure rule (axe saw them in the other run)."""
    if javascript:
        check(page, name)
    else:
        screenshot(page, name)
        assert structure_problems(page.content()) == [], name


def save_notes(page, javascript):
    """Saves the item form: by the page's script as typed, or by the Save button."""
    if javascript:
        expect(page.locator("#autosave-status")).to_contain_text("Draft saved at", timeout=20000)
    else:
        page.click("button:has-text('Save')")
        assert page.locator("text=Item saved.").is_visible()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_clerk_runs_the_meeting(site, chromium, javascript):
    tag = "js" if javascript else "nojs"
    context, page = signed_in(chromium, site, site.secretariat, javascript)
    page.goto(site.url + MEETING)
    page.click("text=Run the meeting: live minutes")
    audit(page, f"md-{tag}-01-not-open", javascript)
    page.click("button:has-text('Open the meeting')")
    assert page.locator("text=The meeting is in progress.").is_visible()
    audit(page, f"md-{tag}-02-open", javascript)

    page.click("text=Register: who is present")
    audit(page, f"md-{tag}-03-register", javascript)
    page.select_option("#row-1-status", "present")
    page.select_option("#row-2-status", "apologies")
    page.fill("#row-2-substitute", "Inspector Hale Brandt")
    page.fill("#extra-1-name", "Jonah Peel")
    page.fill("#extra-1-role", "Youth Offending Service Manager")
    page.click("button:has-text('Save the register')")
    assert page.locator("text=Register saved.").is_visible()

    # Item 3 first, then 1, then 2 is deferred, then the Part 2 item 4.
    for verb, item in [("Take", "3"), ("Take", "1"), ("Defer", "2"), ("Take", "4")]:
        page.click(f"button:has-text('{verb} item {item}')")
        assert page.locator(".notice").is_visible()
    rows = page.locator("table.live tbody tr")
    minutes = {rows.nth(i).locator("td").nth(0).inner_text(): rows.nth(i).locator("td").nth(2).inner_text() for i in range(4)}
    assert minutes == {"1": "176", "2": "177", "3": "175", "4": "178"}
    audit(page, f"md-{tag}-04-items-taken", javascript)

    page.click("a:has-text('Neighbourhood crime update')")
    audit(page, f"md-{tag}-05-item", javascript)
    page.fill("#notes", "The Borough Commander's substitute presented the crime figures.")
    page.fill("#resolution-1", "RESOLVED that the crime update be noted.")
    page.fill("#action-1-text", "Circulate the ward burglary figures")
    page.select_option("#action-1-owner", label="Priya Okafor")
    page.fill("#action-1-due", "2018-04-30")
    page.fill("#action-2-text", "Brief the youth panel on knife crime")
    page.select_option("#action-2-owner", label="Seat: Borough Commander (Tomas Reyne)")
    save_notes(page, javascript)
    item_url = page.url.split("?")[0]
    page.goto(item_url)
    assert page.input_value("#notes") == "The Borough Commander's substitute presented the crime figures."

    # A second browser opens the same item; the clerk saves first; the second save meets a conflict.
    other_context, other = signed_in(chromium, site, site.admin, javascript)
    other.goto(item_url)
    page.fill("#notes", "The Borough Commander's substitute presented the crime figures. Burglary fell.")
    save_notes(page, javascript)
    other.fill("#notes", "Written in a second browser")
    if javascript:
        expect(other.locator("#autosave-status")).to_contain_text("Someone else saved this item", timeout=20000)
    else:
        other.click("button:has-text('Save')")
        assert other.locator(".conflict").is_visible()
        assert other.locator(".conflict").inner_text().count("Burglary fell.") == 1
    audit(other, f"md-{tag}-06-conflict", javascript)
    other_context.close()
    page.goto(item_url)
    assert page.input_value("#notes").endswith("Burglary fell.")

    page.fill("#motion", "That the crime update be noted")
    page.check("#kind-recorded")
    page.select_option("#ballot-1", "for")
    page.select_option("#ballot-2", "against")
    page.select_option("#casting", "for")
    page.click("button:has-text('Record the vote')")
    assert page.locator("text=Vote recorded.").is_visible()
    assert page.locator(".vote", has_text="carried on the chair's casting vote for").is_visible()
    page.select_option("#declarer", label="Priya Okafor")
    page.check("#interest-kind-pecuniary")
    page.fill("#interest-text", "Owns a flat above a shop on the high street")
    page.click("button:has-text('Record the declaration')")
    assert page.locator("text=Declaration recorded.").is_visible()
    audit(page, f"md-{tag}-07-item-recorded", javascript)

    page.click("text=Back to the agenda")
    page.click("button:has-text('Close the meeting')")
    assert page.locator(".error-summary").is_visible()
    audit(page, f"md-{tag}-08-close-error", javascript)
    page.check("#confirm-close")
    page.click("button:has-text('Close the meeting')")
    headings = page.locator(".minute h3").all_inner_texts()
    assert [h.split()[0] for h in headings] == ["175", "176", "177", "178"]
    assert "Neighbourhood crime update" in headings[0] and "Minutes of the previous meeting" in headings[2]
    assert page.locator(".minute", has_text="This item was deferred to the next meeting.").is_visible()
    assert page.locator(".resolution", has_text="RESOLVED that the crime update be noted.").is_visible()
    assert page.locator(".roll-call").is_visible()
    assert page.locator("text=Priya Okafor declared a pecuniary interest").is_visible()
    assert page.locator("text=Inspector Hale Brandt").first.is_visible()
    audit(page, f"md-{tag}-09-draft-minutes", javascript)

    page.goto(site.url + "/p/millbrook/actions?body=board")
    assert page.locator("text=Circulate the ward burglary figures").first.is_visible()
    assert page.locator("text=Brief the youth panel on knife crime").first.is_visible()
    audit(page, f"md-{tag}-10-tracker", javascript)
    context.close()
