"""Importing past minutes through the browser in real Chromium: the secretariat uploads a document,
checks the preview (attendance, minutes, resolutions, actions, an ambiguous owner code warned about),
confirms, and reaches the stored meeting. A document that cannot be read comes back with the form
and the line. axe-core checks every page; screenshots go to test-artefacts/."""
import sqlite3

import pytest

from conftest import check, sign_in

# Invented minutes of the seeded Millbrook Partnership Board. 'TR' fits two attendees.
MINUTES = """MILLBROOK PARTNERSHIP BOARD

Minutes of the meeting held at 10.00 am on 11 December 2017

Present:
Priya Okafor, (Cabinet Member for Communities) (Chairman)
Tomas Reyne, (Borough Commander)
Tilly Rook, (Fenland Housing Lead)

40\tAPOLOGIES FOR ABSENCE\tAction
\tApologies were received from Wendy Ashgrove.\t
41\tRIVERBANK LIGHTING\tAction
\tThe Board discussed lighting on the riverbank path.\t
\tRESOLVED that a lighting survey is brought to the next meeting.\tTR
42\tDATE OF NEXT MEETING\tAction
\tThe next meeting will be held on 26 March 2018 at 2.00 pm.\t

The meeting ended at 11.15 am
"""


@pytest.fixture(scope="module")
def secretary(minutebook_site, chromium):
    context = chromium.new_context()
    page = sign_in(context.new_page(), minutebook_site.url, minutebook_site.secretariat, minutebook_site.password)
    yield page
    context.close()


def meetings(site):
    con = sqlite3.connect(site.database)
    try:
        return con.execute("SELECT date, status FROM meeting WHERE date = '2017-12-11'").fetchall()
    finally:
        con.close()


def test_unreadable_document_returns_the_form(minutebook_site, secretary, tmp_path):
    page = secretary
    page.goto(minutebook_site.url + "/p/millbrook")
    page.click("text=Import minutes")
    check(page, "import-01-form")
    bad = tmp_path / "undated.txt"
    bad.write_text("MILLBROOK PARTNERSHIP BOARD\n\nPresent:\nPriya Okafor\n\n40\tAPOLOGIES\tAction\n\tNone.\t\n")
    page.set_input_files("#file", str(bad))
    page.click("button:has-text('Read the document')")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert "undated.txt: line 1: no meeting date found" in summary.inner_text()
    assert page.locator("#file").is_visible()
    check(page, "import-02-error")
    assert meetings(minutebook_site) == []


def test_preview_then_import(minutebook_site, secretary, tmp_path):
    page = secretary
    page.goto(minutebook_site.url + "/p/millbrook/bodies/board")
    page.click("text=Import minutes of Millbrook Partnership Board")
    document = tmp_path / "board-2017-12-11.txt"
    document.write_text(MINUTES)
    page.set_input_files("#file", str(document))
    page.click("button:has-text('Read the document')")
    assert page.locator("h1", has_text="Check what was read").is_visible()
    assert page.locator("h2", has_text="Monday 11 December 2017").is_visible()
    assert page.locator("th", has_text="Tilly Rook").is_visible()
    assert page.locator("li", has_text="A lighting survey is brought to the next meeting.").first.is_visible()
    assert page.locator(".warnings li", has_text="could be Tomas Reyne or Tilly Rook").is_visible()
    check(page, "import-03-preview")
    assert meetings(minutebook_site) == []

    page.click("button:has-text('Import this meeting')")
    assert page.locator("h1", has_text="Minutes imported").is_visible()
    check(page, "import-04-result")
    assert meetings(minutebook_site) == [("2017-12-11", "minutes_drafted")]

    page.click("text=Millbrook Partnership Board: 11 December 2017")
    assert page.locator("text=The Board discussed lighting on the riverbank path.").is_visible()
    check(page, "import-05-meeting")
