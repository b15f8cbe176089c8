"""Updates without login, end to end: a real SMTP server (aiosmtpd on loopback) receives one email
per owner; following the link shows only that owner's actions; the update lands in the Matters
Arising draft; a used, expired or altered link gets a clear page and changes nothing."""
import http.cookiejar
import json
import re
import sqlite3
import urllib.error
import urllib.parse
import urllib.request

import pytest
from actions_support import run, seeded_database
from servers import fetch, free_port, serve


@pytest.fixture
def server(tmp_path):
    database = seeded_database(tmp_path)
    with serve(database, log_path=tmp_path / "serve.log") as base:
        yield database, base


def browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def updates_count(database):
    with sqlite3.connect(database) as db:
        return db.execute("SELECT count(*) FROM actionUpdate").fetchone()[0]


def test_request_updates_by_email_and_magic_link(smtp, server):
    controller, collector = smtp
    database, base = server
    env = {"MINUTEBOOK_SMTP_HOST": "127.0.0.1", "MINUTEBOOK_SMTP_PORT": str(controller.port),
           "MINUTEBOOK_MAIL_FROM": "secretariat@riverside.example", "PATH": "/usr/bin:/bin"}
    result = run("actions", "request-updates", "--database", str(database), "--body", "board", "--date", "2023-03-20",
                 "--base-url", base, env=env)
    assert result.stdout.strip() == "sent 3 emails"

    # One email per owner; Ivo Brandt's lists both his actions and nobody else's.
    by_recipient = {tos[0]: message for tos, message in collector.messages}
    assert sorted(by_recipient) == ["colin.hart@police.example", "ivo.brandt@council.example", "nadia.okafor@council.example"]
    ivo = by_recipient["ivo.brandt@council.example"]
    assert ivo["Subject"] == "Update requested: Riverside Safety Board, 20 March 2023"
    body = ivo.get_content()
    assert "Minute 42, 5 December 2022: Extremism Plan Update" in body
    assert "Minute 46a, 5 December 2022: Offender Management Update" in body
    assert "Flood Exercise" not in body
    links = re.findall(re.escape(base) + r"/updates/[A-Za-z0-9_-]{43}", body)
    assert len(links) == 1
    link = links[0]
    # The token is stored only as its hash.
    token = link.rsplit("/", 1)[1]
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM updateRequest WHERE tokenHash = ?", (token,)).fetchone()[0] == 0

    # The page shows only Ivo's actions.
    opener = browser()
    status, page = fetch(opener, link)
    assert status == 200
    assert "Extremism Plan Update" in page and "Offender Management Update" in page
    assert "Flood Exercise" not in page and "Nuisance Bikes" not in page
    csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)
    fields = re.findall(r'name="(update-\d+)"', page)
    assert len(fields) == 2
    plan_field = fields[0]

    # An update for an action that is not on the link is refused and changes nothing.
    before = updates_count(database)
    status, page = fetch(opener, link, {"csrf": csrf, "update-1": "Sneaky update to Nadia's action"})
    assert status == 403 and updates_count(database) == before

    # Submit an update; it lands in the draft report.
    status, page = fetch(opener, link, {"csrf": csrf, plan_field: "The revised plan goes to the June meeting.", fields[1]: ""})
    assert status == 200 and "Your update has been recorded." in page
    report = json.loads(run("matters-arising", "--database", str(database), "--body", "board", "--date", "2023-03-20", "--json").stdout)
    plan = next(e for e in report["entries"] if e["minute"] == "42")
    assert plan["update"] == "The revised plan goes to the June meeting."
    with sqlite3.connect(database) as db:
        via, author = db.execute("SELECT via, authorName FROM actionUpdate ORDER BY id DESC LIMIT 1").fetchone()
        assert (via, author) == ("email_link", "Ivo Brandt")
        assert db.execute("SELECT actor FROM audit WHERE tableName = 'actionUpdate' ORDER BY id DESC LIMIT 1").fetchone()[0].startswith("magic-link:person:")

    # Reused: a clear page, nothing changed.
    after = updates_count(database)
    status, page = fetch(opener, link)
    assert status == 410 and "already been used" in page
    status, page = fetch(opener, link, {"csrf": csrf, plan_field: "Second try"})
    assert status == 410 and "Nothing has been changed." in page
    assert updates_count(database) == after

    # Tampered: one character changed.
    tampered = link[:-1] + ("A" if link[-1] != "A" else "B")
    status, page = fetch(opener, tampered)
    assert status == 404 and "This link is not valid" in page
    status, page = fetch(opener, tampered, {"csrf": csrf, plan_field: "Tampered"})
    assert status == 404 and updates_count(database) == after

    # Expired: Nadia's link after its expiry.
    nadia_link = re.findall(re.escape(base) + r"/updates/[A-Za-z0-9_-]{43}", by_recipient["nadia.okafor@council.example"].get_content())[0]
    with sqlite3.connect(database) as db:
        db.execute("UPDATE updateRequest SET expiresAt = '2001-01-01T00:00:00Z' WHERE email = 'nadia.okafor@council.example'")
    status, page = fetch(opener, nadia_link)
    assert status == 410 and "expired" in page
    status, page = fetch(opener, nadia_link, {"csrf": csrf, "update-1": "Too late"})
    assert status == 410 and updates_count(database) == after


def test_no_mail_server_is_a_clear_error(tmp_path):
    database = seeded_database(tmp_path)
    env = {"MINUTEBOOK_SMTP_HOST": "127.0.0.1", "MINUTEBOOK_SMTP_PORT": str(free_port()), "PATH": "/usr/bin:/bin"}
    result = run("actions", "request-updates", "--database", str(database), "--body", "board", "--date", "2023-03-20",
                 "--base-url", "http://127.0.0.1:1", env=env, check=False)
    assert result.returncode != 0 and "cannot reach the mail server" in result.stderr
    # The links made for the refused emails are withdrawn: none exists that nobody was sent.
    with sqlite3.connect(database) as db:
        made, live = db.execute("SELECT count(*), count(*) FILTER (WHERE revokedAt IS NULL) FROM updateRequest").fetchone()
    assert made >= 1 and live == 0
