"""A partnership set up from nothing, in Chromium with JavaScript off and axe on every page: from an
empty database with only an administrator's account, the administrator creates the partnership and
its secretariat's account; the secretariat adds three sub-groups, twelve people with e-mail
addresses and the board's seats (a chair and a vice-chair among them), schedules a meeting, moves it
(the members are told by e-mail, delivered to a real SMTP server), makes an item verbal and issues
the pack; an earlier meeting run live gives an action, and updates are requested by e-mail. Every form first refused keeps what was typed, under an error summary."""
import datetime
import sqlite3
import subprocess

import pytest

from conftest import check, scriptless_context, sign_in
from servers import BIN, serve, smtp_server

PASSWORD = "kestrel lantern quay"
ADMIN = "admin@saltmere.example"
CLERK = "clerk@saltmere.example"
SLUG = "saltmere"
SUB_GROUPS = ["Reducing Reoffending Group", "Night-time Economy Group", "Hate Crime Panel"]
PEOPLE = [
    ("Imogen Thackeray", "Leader of the Council", "Saltmere Borough Council", "chairman"),
    ("Rufus Achterberg", "District Commander", "Eastmarch Police", "vice_chairman"),
    ("Perpetua Nwosu", "Head of Community Safety", "Saltmere Borough Council", "member"),
    ("Lionel Haverford", "Station Manager", "Eastmarch Fire and Rescue", "member"),
    ("Seraphina Kowalczyk", "Probation Delivery Unit Head", "Eastmarch Probation", "member"),
    ("Barnaby Oyelaran", "Director of Public Health", "Saltmere Borough Council", "member"),
    ("Henrietta Vasquez", "Housing Services Manager", "Saltmere Homes", "member"),
    ("Tobias Lindqvist", "Youth Justice Manager", "Saltmere Borough Council", "member"),
    ("Winifred Adebayo", "Chief Executive", "Saltmere Voluntary Action", "member"),
    ("Cosmo Fairweather", "Inspector", "Eastmarch Police", "member"),
    ("Ottilie Brannigan", "Drug and Alcohol Lead", "Saltmere Recovery Service", "member"),
    ("Gideon Marchetti", "Community Safety Officer", "Saltmere Borough Council", "secretariat"),
]


def cli(*args, stdin=None):
    return subprocess.run([BIN, *args], input=stdin, text=True, capture_output=True, check=True, timeout=120)


@pytest.fixture
def empty_site(tmp_path):
    db = tmp_path / "empty.sqlite"
    cli("migrate", "--database", str(db))
    cli("user", "add", ADMIN, "--role", "administrator", "--password-stdin", "--database", str(db), stdin=PASSWORD + "\n")
    with smtp_server() as (controller, collector), \
            serve(db, "--smtp-host", "127.0.0.1", "--smtp-port", controller.port, "--mail-from", "committees@saltmere.example",
                  log_path=tmp_path / "serve.log", base_url=True) as base:
        yield base, db, collector, tmp_path / "serve.log"


def refused(page, name, *kept):
    """The page answered a refused form: an error summary, and every value in `kept` still in its field."""
    assert page.locator(".error-summary h2").inner_text() == "There is a problem", name
    for selector, value in kept:
        assert page.locator(selector).input_value() == value, (name, selector)
    check(page, name)


def test_a_partnership_set_up_from_an_empty_database(empty_site, chromium):
    base, db, collector, log = empty_site
    context = scriptless_context(chromium)

    # The administrator creates the partnership; the first try leaves out the board's name.
    admin = sign_in(context.new_page(), base, ADMIN, PASSWORD)
    admin.goto(base + "/account")
    admin.click("text=Partnerships: create one")
    check(admin, "setup-admin-partnerships")
    admin.fill("#name", "Saltmere Community Safety Partnership")
    admin.fill("#slug", SLUG)
    admin.fill("#contactName", "Gideon Marchetti")
    admin.fill("#contactEmail", "committees@saltmere.example")
    admin.fill("#reportReferencePattern", "SCS{yy}{nnn}")
    admin.select_option("#yearStartMonth", "4")
    admin.click("button:has-text('Create the partnership')")
    refused(admin, "setup-admin-partnership-refused", ("#name", "Saltmere Community Safety Partnership"),
            ("#reportReferencePattern", "SCS{yy}{nnn}"), ("#yearStartMonth", "4"))
    admin.fill("#boardName", "Saltmere Safer Board")
    admin.click("button:has-text('Create the partnership')")
    assert "was created with its board, Saltmere Safer Board" in admin.locator("[role=status]").inner_text()
    check(admin, "setup-settings")

    admin.goto(base + "/admin/users")
    admin.fill("#email", CLERK)
    admin.select_option("#role", "secretariat")
    admin.select_option("#partnership", SLUG)
    admin.fill("#password", PASSWORD)
    admin.click("button:has-text('Add account')")
    context.clear_cookies()

    # The secretariat adds the sub-groups, the first without saying which body it reports to.
    clerk = sign_in(context.new_page(), base, CLERK, PASSWORD)
    clerk.goto(f"{base}/p/{SLUG}/settings")
    clerk.click("text=Bodies and sub-groups")
    check(clerk, "setup-bodies")
    clerk.fill("#name", SUB_GROUPS[0])
    clerk.select_option("#kind", "sub_group")
    clerk.select_option("#reportsTo", "")
    clerk.click("button:has-text('Add the body')")
    refused(clerk, "setup-body-refused", ("#name", SUB_GROUPS[0]), ("#kind", "sub_group"))
    for name in SUB_GROUPS:
        clerk.fill("#name", name)
        clerk.select_option("#kind", "sub_group")
        clerk.select_option("#reportsTo", label="Saltmere Safer Board")
        clerk.click("button:has-text('Add the body')")
        assert clerk.locator("[role=status]").inner_text() == f"{name} was added."

    # Twelve people with their e-mail addresses; the first try has a broken address.
    clerk.goto(f"{base}/p/{SLUG}/settings/people")
    check(clerk, "setup-people-empty")
    for index, (name, title, organisation, _) in enumerate(PEOPLE):
        address = name.lower().replace(" ", ".") + "@saltmere.example"
        clerk.fill("#fullName", name)
        clerk.fill("#jobTitle", title)
        clerk.fill("#organisation", organisation)
        clerk.fill("#email", address.replace("@", " at ") if index == 0 else address)
        clerk.click("button:has-text('Add the person')")
        if index == 0:
            refused(clerk, "setup-person-refused", ("#fullName", name), ("#jobTitle", title), ("#organisation", organisation))
            clerk.fill("#email", address)
            clerk.click("button:has-text('Add the person')")
        assert clerk.locator("[role=status]").inner_text() == f"{name} was added."
    check(clerk, "setup-people")

    # The board's seats, one per person: a Chairman and a Vice-Chairman among them.
    clerk.goto(f"{base}/p/{SLUG}/settings")
    clerk.click("text=Seats of Saltmere Safer Board")
    for name, title, _, role in PEOPLE:
        clerk.fill("#title", title)
        clerk.select_option("#role", role)
        clerk.select_option("#holder", label=name)
        clerk.fill("#since-day", "1")
        clerk.fill("#since-month", "4")
        clerk.fill("#since-year", "2026")
        clerk.click("button:has-text('Add the seat')")
        assert clerk.locator("[role=status]").inner_text().startswith(f"The seat {title} was added")
    check(clerk, "setup-seats")

    # A meeting scheduled, then moved a fortnight on: the members are told by e-mail.
    first = datetime.date.today() + datetime.timedelta(days=70)
    moved = first + datetime.timedelta(days=14)
    clerk.goto(f"{base}/p/{SLUG}/bodies/saltmere-safer-board/schedule")
    clerk.fill("#date", first.isoformat())
    clerk.fill("#time", "14:00")
    clerk.fill("#venue", "Council Chamber, Saltmere")
    clerk.click("button:has-text('Schedule the meeting')")
    meeting = f"{base}/p/{SLUG}/bodies/saltmere-safer-board/meetings/{first.isoformat()}"
    clerk.goto(meeting)
    clerk.click("text=Move or cancel")
    check(clerk, "setup-meeting-change")
    clerk.fill("#newDate-day", "31")
    clerk.fill("#newDate-month", "2")
    clerk.fill("#reason", "The council chamber is being rewired")
    clerk.click("button:has-text('Move the meeting')")
    refused(clerk, "setup-meeting-move-refused", ("#newDate-day", "31"), ("#newDate-month", "2"),
            ("#reason", "The council chamber is being rewired"))
    clerk.fill("#newDate-day", str(moved.day))
    clerk.fill("#newDate-month", str(moved.month))
    clerk.fill("#newDate-year", str(moved.year))
    clerk.click("button:has-text('Move the meeting')")
    assert clerk.locator("[role=status]").inner_text() == "The meeting was moved and its members were told by e-mail."
    assert f"to {moved.day} {moved.strftime('%B %Y')}: The council chamber is being rewired." in clerk.locator(".meeting-changes").inner_text()
    check(clerk, "setup-meeting-moved")
    told = sorted(tos[0] for tos, message in collector.messages if message["Subject"].endswith("has moved"))
    # The eleven members are told; the secretariat's own seat (whose officer moved it) is not written to.
    assert len(told) == 11 and "imogen.thackeray@saltmere.example" in told
    assert "gideon.marchetti@saltmere.example" not in told

    # The chair's update becomes a verbal item; then the pack is issued to the eleven members.
    clerk.click("text=Agenda and pack")
    check(clerk, "setup-agenda")
    clerk.click("tr:has-text(\"Chairman's update\") a:has-text('Change')")
    check(clerk, "setup-agenda-item")
    clerk.fill("#title", "")
    clerk.select_option("#report", "verbal")
    clerk.click("button:has-text('Save the item')")
    refused(clerk, "setup-agenda-item-refused", ("#report", "verbal"))
    clerk.fill("#title", "Chairman's update (verbal)")
    clerk.click("button:has-text('Save the item')")
    assert clerk.locator("[role=status]").inner_text() == "The agenda has been changed."
    clerk.click("button:has-text('Issue the pack')")
    assert clerk.locator("[role=status]").inner_text() == "The pack has been issued and published on the meeting page.", log.read_text()
    check(clerk, "setup-pack-issued")
    packs = [tos[0] for tos, message in collector.messages if not message["Subject"].endswith("has moved")]
    assert len(packs) == 11

    # An earlier meeting, run live, gives the police inspector an action; the secretariat then asks
    # for updates from the next meeting's Matters Arising page, and the e-mail reaches the inspector.
    earlier = datetime.date.today() - datetime.timedelta(days=21)
    clerk.goto(f"{base}/p/{SLUG}/bodies/saltmere-safer-board/schedule")
    clerk.fill("#date", earlier.isoformat())
    clerk.fill("#time", "10:00")
    clerk.fill("#venue", "Committee Room 1, Saltmere")
    clerk.click("button:has-text('Schedule the meeting')")
    clerk.goto(f"{base}/p/{SLUG}/bodies/saltmere-safer-board/meetings/{earlier.isoformat()}")
    clerk.click("text=Run the meeting: live minutes")
    clerk.click("button:has-text('Open the meeting')")
    # The items are taken in order (a meeting closes only once each is taken, deferred or withdrawn).
    for _ in range(20):
        pending = clerk.locator("button:has-text('Take item')")
        if pending.count() == 0:
            break
        pending.first.click()
    clerk.locator("table.live tbody tr").first.locator("a").first.click()
    check(clerk, "setup-live-item")
    clerk.fill("#notes", "The inspector reported on the town-centre patrols.")
    clerk.fill("#action-1-text", "Report the patrol hours to the next meeting")
    clerk.select_option("#action-1-owner", label="Seat: Inspector (Cosmo Fairweather)")
    clerk.click("button:has-text('Save')")
    assert clerk.locator("text=Item saved.").is_visible()
    clerk.click("text=Back to the agenda")
    clerk.check("#confirm-close")
    clerk.click("button:has-text('Close the meeting')")
    assert clerk.locator(".minute", has_text="Report the patrol hours to the next meeting").is_visible()
    clerk.goto(f"{base}/p/{SLUG}/bodies/saltmere-safer-board/meetings/{moved.isoformat()}/matters-arising")
    check(clerk, "setup-matters-arising")
    clerk.click("button:has-text('Request updates by email')")
    assert clerk.locator("h1").inner_text() == "Updates requested"
    assert clerk.locator("[role=status]").inner_text() == "1 email was sent."
    check(clerk, "setup-updates-requested")
    asked = [tos[0] for tos, message in collector.messages if message["Subject"].startswith("Update requested:")]
    assert asked == ["cosmo.fairweather@saltmere.example"]

    # The secretariat's home page: the moved meeting's deadlines, the earlier meeting's draft minutes.
    clerk.click("nav >> text=Your work")
    assert clerk.locator("h1").inner_text() == "Your work"
    assert f"Saltmere Safer Board, {moved.strftime('%A')} {moved.day} {moved.strftime('%B %Y')}" in clerk.locator("#deadlines + table").inner_text()
    assert "Draft minutes of Saltmere Safer Board" in clerk.locator("section[aria-labelledby=unfinished]").inner_text()
    check(clerk, "setup-your-work")

    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM body WHERE kind = 'sub_group'").fetchone() == (3,)
        assert con.execute("SELECT count(*) FROM person WHERE email IS NOT NULL").fetchone() == (12,)
        assert con.execute("SELECT role, count(*) FROM seat WHERE role IN ('chairman', 'vice_chairman') GROUP BY role").fetchall() == [
            ("chairman", 1), ("vice_chairman", 1)]
        assert con.execute("SELECT sequence >= 1 FROM meeting").fetchone() == (1,)
        assert con.execute("SELECT expectsReport FROM agendaItem WHERE title = ?", ("Chairman's update (verbal)",)).fetchone() == (0,)
        actors = {row[0] for row in con.execute("SELECT DISTINCT actor FROM audit WHERE tableName IN ('body', 'person', 'seat')")}
        assert actors and all(actor.startswith("user:") for actor in actors), actors
    context.close()
