"""The secretariat's path in real Chromium: sign in, record attendance, draft minutes with a
resolution and an action, approve them at the next meeting. axe-core checks every page type on the
way; screenshots go to test-artefacts/. A Part 2 phrase never reaches a signed-out visitor."""
import re

import pytest

from conftest import check, sign_in

MEETING = "/p/millbrook/bodies/board/meetings/2018-03-26"


@pytest.fixture(scope="module")
def secretary(minutebook_site, chromium):
    context = chromium.new_context()
    page = context.new_page()
    yield page
    context.close()


def test_sign_in(minutebook_site, secretary):
    page = secretary
    page.goto(minutebook_site.url + "/login")
    check(page, "01-login")
    page.fill("#email", minutebook_site.secretariat)
    page.fill("#password", "wrong password entirely")
    page.click("button:has-text('Sign in')")
    assert page.locator(".error-summary").is_visible()
    check(page, "02-login-error")
    page.fill("#email", minutebook_site.secretariat)
    page.fill("#password", minutebook_site.password)
    page.click("button:has-text('Sign in')")
    assert page.locator("text=Sign out").is_visible()
    check(page, "03-home-signed-in")


def test_record_attendance(minutebook_site, secretary):
    page = secretary
    page.goto(minutebook_site.url + MEETING)
    check(page, "04-meeting-before")
    page.click("text=Record attendance")
    check(page, "05-attendance-form")
    page.select_option("#row-2-status", "apologies")
    page.fill("#row-2-substitute", "Inspector Hale Brandt")
    page.fill("#extra-1-name", "Jonah Peel")
    page.fill("#extra-1-role", "Youth Offending Service Manager")
    page.click("button:has-text('Save attendance')")
    assert page.locator("text=Attendance saved.").is_visible()
    assert page.locator("text=substitute for Tomas Reyne").is_visible()


def test_draft_minutes(minutebook_site, secretary):
    page = secretary
    page.click("button:has-text('Start the minutes from the agenda')")
    assert page.locator("text=The draft minutes have been started").is_visible()
    page.click("text=Edit minute 3")
    check(page, "06-minute-edit")
    page.fill("#text", "The Borough Commander presented the neighbourhood crime figures.\n\nBurglary fell in the north wards.")
    page.fill("#resolution-1", "RESOLVED that the crime update be noted.")
    page.fill("#action-1-text", "Circulate the ward-level burglary figures to members")
    page.select_option("#action-1-owner", label="Tomas Reyne")
    page.fill("#action-1-due", "2018-04-30")
    page.fill("#action-2-text", "Brief the youth panel")
    page.fill("#action-2-owner-text", "JP")
    page.click("button:has-text('Save draft')")
    assert page.locator("text=Minute saved as a draft.").is_visible()
    assert page.locator(".resolution", has_text="RESOLVED that the crime update be noted.").is_visible()
    # The blank line typed in the narrative starts a new paragraph.
    assert page.locator("#minute-3 p", has_text="Burglary fell in the north wards.").is_visible()
    assert page.locator("#minute-3 p", has_text="presented the neighbourhood crime figures.").is_visible()
    assert page.locator("td", has_text="Circulate the ward-level burglary figures").is_visible()
    assert page.locator(".tag", has_text="not matched").first.is_visible()
    check(page, "07-meeting-draft-minutes")


def test_bad_approval_is_explained(minutebook_site, secretary):
    page = secretary
    page.click("button:has-text('Approve the minutes')")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert summary.locator("a[href='#proposer']").is_visible()
    assert summary.locator("a[href='#confirm']").is_visible()
    check(page, "08-approval-errors")


def test_approve_at_next_meeting(minutebook_site, secretary):
    page = secretary
    page.goto(minutebook_site.url + MEETING)
    page.select_option("#approved-at", "2018-06-25")
    page.fill("#proposer", "Priya Okafor")
    page.check("#confirm")
    page.click("button:has-text('Approve the minutes')")
    assert page.locator("text=Agreed and signed as a correct record at the meeting on 25 June 2018, proposed by Priya Okafor.").is_visible()
    assert page.locator("text=Edit minute").count() == 0
    check(page, "09-meeting-approved")
    # Printing the minutes leaves out navigation and forms.
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    page.emulate_media(media="screen")


def test_every_other_page_type(minutebook_site, secretary):
    page = secretary
    for name, path in [("10-partnership", "/p/millbrook"), ("11-body", "/p/millbrook/bodies/board"),
                       ("12-person", "/p/millbrook/people/2"), ("13-organisation", "/p/millbrook/organisations/2"),
                       ("14-audit", "/p/millbrook/audit/meeting/1"), ("15-account", "/account"),
                       ("16-password", "/account/password")]:
        page.goto(minutebook_site.url + path)
        assert page.locator("h1").is_visible()
        check(page, name)


def test_seats_and_hand_over(minutebook_site, secretary):
    page = secretary
    page.goto(minutebook_site.url + "/p/millbrook/bodies/board")
    page.click("text=Seats and hand-overs")
    check(page, "19-seats")
    page.click("a:has-text('Hand over Borough Commander')")
    check(page, "20-hand-over")
    page.click("button:has-text('Hand over the seat')")
    assert page.locator(".error-summary a[href='#successor']").is_visible()
    check(page, "21-hand-over-errors")
    page.select_option("#successor", label="Wendy Ashgrove")
    page.fill("#on-day", "7")
    page.fill("#on-month", "1")
    page.fill("#on-year", "2019")
    page.click("button:has-text('Hand over the seat')")
    assert page.locator("text=Wendy Ashgrove now holds the seat Borough Commander.").is_visible()


def test_administrator_pages(minutebook_site, chromium):
    context = chromium.new_context()
    page = sign_in(context.new_page(), minutebook_site.url, minutebook_site.admin, minutebook_site.password)
    page.goto(minutebook_site.url + "/admin/users")
    check(page, "17-admin-users")
    page.fill("#email", "not an email")
    page.click("button:has-text('Add account')")
    assert page.locator(".error-summary a[href='#email']").is_visible()
    check(page, "18-admin-users-errors")
    context.close()


def test_public_never_sees_part_two(minutebook_site, chromium):
    context = chromium.new_context()
    page = context.new_page()
    page.goto(minutebook_site.url + MEETING)
    html = page.content()
    assert minutebook_site.secret not in html
    assert "RESOLVED that the crime update be noted." in html
    assert re.search(r"1 exempt \(Part 2\) item is not shown", html)
    check(page, "19-meeting-public")
    page.goto(minutebook_site.url + "/")
    check(page, "20-home-public")
    context.close()
