"""From the web, end to end with a real browser and a real SMTP server (aiosmtpd on loopback):
the secretariat presses "Request updates" on the meeting's Matters Arising page and sees who was
emailed and who has no address; `serve`'s reminder scheduler sends each reminder once, however often
it wakes, and a cron run of `minutebook actions remind` then finds nothing left to send."""
import datetime
import sqlite3
import time

import pytest

from actions_support import run, seeded_database
from conftest import serious_violations, sign_in
from servers import serve, smtp_server

PASSWORD = "teal heron lantern"
CLERK = "clerk@riverside.example"
PAGE = "/p/riverside/bodies/board/meetings/2023-03-20/matters-arising"


@pytest.fixture
def site(tmp_path):
    database = seeded_database(tmp_path)
    tomorrow = (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=1)).isoformat()
    with sqlite3.connect(database) as db:
        # Colin Hart has no address on record; a meeting tomorrow has its one-working-day reminder due now.
        db.execute("UPDATE person SET email = NULL WHERE fullName = 'Colin Hart'")
        db.execute("INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (3, 1, ?, 2030, 'scheduled')", (tomorrow,))
    run("user", "add", CLERK, "--role", "secretariat", "--partnership", "riverside", "--password-stdin",
        "--database", str(database), input=PASSWORD + "\n")
    with smtp_server() as (smtp, collector):
        settings = ["--smtp-host", "127.0.0.1", "--smtp-port", smtp.port, "--mail-from", "secretariat@riverside.example",
                    "--reminder-working-days", "1", "--reminder-check-seconds", "1"]
        with serve(database, *settings, log_path=tmp_path / "serve.log") as base:
            yield database, base, collector, smtp


def subjects(collector, prefix):
    return sorted(tos[0] for tos, message in collector.messages if message["Subject"].startswith(prefix))


def test_request_updates_from_the_web_and_reminders_once(site, chromium):
    database, base, collector, smtp = site

    # The scheduler inside serve sends tomorrow's reminders: once, to the owners with an address.
    for _ in range(100):
        if len(subjects(collector, "Reminder:")) >= 2:
            break
        time.sleep(0.1)
    time.sleep(3)  # three more wakes of the scheduler
    assert subjects(collector, "Reminder:") == ["ivo.brandt@council.example", "nadia.okafor@council.example"]
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT state, emailCount FROM meetingReminder WHERE meetingId = 3").fetchone() == ("sent", 2)
        assert db.execute("SELECT DISTINCT actor FROM audit WHERE tableName = 'meetingReminder'").fetchall() == [("system:reminders",)]
    cron = run("actions", "remind", "--database", str(database), "--working-days", "1", "--smtp-host", "127.0.0.1",
               "--smtp-port", str(smtp.port), "--base-url", base)
    assert cron.stdout.strip() == "no reminders due"

    # The secretariat requests updates for the March meeting from its Matters Arising page.
    context = chromium.new_context()
    page = sign_in(context.new_page(), base, CLERK, PASSWORD)
    page.goto(base + PAGE)
    assert page.locator("h2:has-text('Updates from the owners')").is_visible()
    page.click("button:has-text('Request updates by email')")
    assert page.locator("h1").inner_text() == "Updates requested"
    assert page.locator("[role=status]").inner_text() == "2 emails were sent."
    emailed = page.locator("table tbody tr").all_inner_texts()
    assert any("Ivo Brandt" in row and "ivo.brandt@council.example" in row and "Minute 42" in row for row in emailed)
    assert any("Nadia Okafor" in row for row in emailed) and len(emailed) == 2
    assert page.locator("main ul li").all_inner_texts() == ["Colin Hart"]
    assert serious_violations(page) == []
    context.close()

    assert subjects(collector, "Update requested:") == ["ivo.brandt@council.example", "nadia.okafor@council.example"]
    with sqlite3.connect(database) as db:
        actors = {row[0] for row in db.execute(
            "SELECT actor FROM audit WHERE tableName = 'updateRequest' AND json_extract(after, '$.kind') = 'request'")}
        assert actors and all(actor.startswith("user:") and actor.endswith(CLERK) for actor in actors)
