"""`minutebook migrate-from moderngov` against a fake ModernGov site on loopback (moderngov_site.py): the
invented five-year archive of a partnership board (20 meetings, renamed half-way) arrives in an empty
database in one command, with its faults (500s, a slow answer, malformed XML, a missing report) dealt
with; a second run changes nothing; a run killed half-way and started again ends with the same database
as an uninterrupted one; the site without its web service gives the same archive from its pages; the
Matters Arising report is drafted from the migrated actions; nothing restricted is fetched or stored."""
import json
import signal
import sqlite3
import subprocess
import time

import pytest

import moderngov_site as ms
from conftest import check, sign_in
from servers import BIN

FAST = ["--delay", "0", "--timeout", "1", "--backoff", "0.1"]


def mb(*args, check=True):
    result = subprocess.run([BIN, *args], text=True, capture_output=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"minutebook {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def migrate(url, db, state, *extra):
    return mb("migrate-from", "moderngov", url, "--committee", ms.NEW_NAME, "--database", str(db),
              "--state", str(state), *FAST, *extra)


def counts(output):
    out = {}
    for line in output.splitlines():
        if ": " in line and not line.startswith("Migrating"):
            key, value = line.split(": ", 1)
            out[key] = value
    return out


def query(db, sql, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def export(db):
    lines = mb("export", "meetings", "--json", "--database", str(db)).stdout.splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def stored_documents(db):
    return query(db, """SELECT m.date, a.number, d.title, d.filename, d.sha256, d.part, d.isPublished, length(d.text) > 0
                        FROM document d JOIN meeting m ON m.id = d.meetingId JOIN agendaItem a ON a.id = d.agendaItemId
                        ORDER BY m.date, a.position, d.title""")


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    return tmp_path_factory.mktemp("moderngov-documents")


@pytest.fixture(scope="module")
def site(documents):
    s = ms.Site(documents, service=True)
    server, url = ms.serve(s)
    s.url = url
    yield s
    server.shutdown()


@pytest.fixture(scope="module")
def archive(site, tmp_path_factory):
    """The uninterrupted run into an empty database, and what it printed."""
    tmp = tmp_path_factory.mktemp("moderngov-a")
    db, state = tmp / "a.sqlite", tmp / "a.state.json"
    result = migrate(site.url, db, state)
    return db, state, result


def test_one_command_brings_the_five_year_archive(archive):
    db, _state, result = archive
    c = counts(result.stdout)
    assert c["meetings listed"] == "20" and c["imported"] == "20"
    assert c["reports attached"] == "19" and c["incomplete (run again to retry)"] == "1"
    assert c["restricted documents not fetched"] == "5"
    assert "20/20" in result.stderr, "the progress bar reached the end"
    assert query(db, "SELECT name FROM body") == [(ms.NEW_NAME,)], "the renamed committee is one body"
    assert f"the committee is called '{ms.NEW_NAME}' from 2022-06-15" in result.stderr
    meetings = query(db, "SELECT date, venue, startTime, status FROM meeting ORDER BY date")
    assert [m[0] for m in meetings] == [m.date.isoformat() for m in ms.MEETINGS]
    assert {m[1] for m in meetings} == {ms.VENUE} and {m[2] for m in meetings} == {"10:00"}
    assert [m[3] for m in meetings] == ["minutes_approved"] * 19 + ["minutes_drafted"], "each meeting approved the one before"
    assert query(db, "SELECT count(*) FROM attendance")[0][0] == sum(len(ms.attendees(k)) for k in range(20))
    assert query(db, "SELECT count(*) FROM attendance WHERE status = 'substitute' AND substituteForName IS NOT NULL")[0][0] == 7
    assert query(db, "SELECT count(*) FROM minute")[0][0] == sum(len(m.numbers) for m in ms.MEETINGS)
    assert query(db, "SELECT count(*) FROM minute WHERE part = 2")[0][0] == 5
    assert query(db, "SELECT count(*) FROM resolution")[0][0] >= 39
    actions = query(db, """SELECT p.fullName, count(*) FROM action a JOIN actionOwner o ON o.actionId = a.id
                           LEFT JOIN person p ON p.id = o.personId GROUP BY 1 ORDER BY 1""")
    assert actions == [("Marcus Bellweather", 10), ("Priya Okafor", 10)]
    # Minute numbers run on and restart each municipal year, as the site numbers them.
    first = query(db, "SELECT number FROM minute m JOIN meeting t ON t.id = m.meetingId WHERE t.date = '2021-06-15' ORDER BY position")
    assert first[0] == (1,)


def test_faults_are_survived_and_reported(archive, site):
    _db, _state, result = archive
    c = counts(result.stdout)
    assert int(c["requests"].split()[0]) > 40 and "(retried: 3)" in c["requests"], "two 500s and one timeout were retried"
    assert "the web service's answer for meeting 1011 cannot be read" in result.stderr
    assert "its public pages were read instead" in result.stderr
    assert "is missing on the site (documents/s10141/" in result.stderr
    assert ("item 3: the site calls it 'Riverbank lighting', the minutes document 'Riverbank Path Lighting'; "
            "the site's is kept") in result.stderr
    assert "the site marks it Part 2, the minutes document Part 1" in result.stderr
    assert {agent for _path, agent in site.requests} == {"Minutebook/1.0 (archive migration; one request at a time)"}


def test_reports_are_attached_to_their_items_and_searchable(archive):
    db, _state, _result = archive
    docs = stored_documents(db)
    assert len(docs) == 19
    assert all(d[5] == 1 and d[6] == 1 and d[7] == 1 for d in docs), "Part 1, published as the site had them, text kept"
    assert docs[0][:4] == ("2020-06-15", "4", f"{ms.TOPICS[3]} report", f"{ms.TOPICS[3]} report.pdf")
    hits = query(db, "SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"VCS-1001\"' AND kind = 'document'")
    assert hits == [(1,)]


def test_nothing_restricted_is_fetched_or_stored(archive, site):
    db, _state, _result = archive
    restricted = {path for k in range(20) for item in ms.items(k) for _t, path, r in item[3] if r}
    assert len(restricted) == 5
    asked = {path.split("?")[0].lstrip("/") for path, _agent in site.requests}
    assert not asked & restricted
    con = sqlite3.connect(db)
    try:
        dump = "\n".join(con.iterdump())
        blobs = b"".join(row[0] or b"" for row in con.execute("SELECT content FROM document"))
    finally:
        con.close()
    assert ms.SECRET not in dump and ms.SECRET.encode() not in blobs


def test_a_second_run_changes_nothing(archive, site):
    db, state, _result = archive
    audit = query(db, "SELECT count(*), max(id) FROM audit")
    before = export(db)
    asked = len(site.requests)
    again = migrate(site.url, db, state)
    c = counts(again.stdout)
    assert c["already done"] == "19" and c["unchanged"] == "1" and c["imported"] == "0" and c["reports attached"] == "0"
    assert query(db, "SELECT count(*), max(id) FROM audit") == audit
    assert export(db) == before
    # Only the incomplete meeting is visited again (its missing report asked for once more).
    assert len(site.requests) - asked <= 6


def test_a_run_killed_half_way_and_restarted_ends_with_the_same_database(archive, site, tmp_path):
    db_a, _state, _result = archive
    db, state = tmp_path / "b.sqlite", tmp_path / "b.state.json"
    process = subprocess.Popen([BIN, "migrate-from", "moderngov", site.url, "--committee", str(ms.COMMITTEE),
                                "--database", str(db), "--state", str(state), "--delay", "0.05", "--timeout", "1",
                                "--backoff", "0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    done = 0
    while time.time() < deadline and process.poll() is None:
        if state.exists():
            try:
                done = len(json.loads(state.read_text())["done"])
            except (ValueError, KeyError):
                done = 0
            if done >= 8:
                break
        time.sleep(0.02)
    assert process.poll() is None, "the run was still going when it was killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    stopped_at = query(db, "SELECT count(*) FROM meeting")[0][0]
    assert 8 <= stopped_at < 20
    restarted = migrate(site.url, db, state)
    c = counts(restarted.stdout)
    assert int(c["already done"]) >= 8 and int(c["imported"]) + int(c["unchanged"]) + int(c["already done"]) == 20
    assert export(db) == export(db_a)
    assert stored_documents(db) == stored_documents(db_a)
    assert query(db, "SELECT count(*) FROM attendance") == query(db_a, "SELECT count(*) FROM attendance")


def test_a_site_without_its_web_service_gives_the_same_archive_from_its_pages(archive, documents, tmp_path):
    db_a, _state, _result = archive
    pages = ms.Site(documents, service=False)
    server, url = ms.serve(pages)
    try:
        db = tmp_path / "c.sqlite"
        result = migrate(url, db, tmp_path / "c.state.json")
    finally:
        server.shutdown()
    assert counts(result.stdout)["imported"] == "20"
    asked = [path for path, _agent in pages.requests]
    assert sum(1 for p in asked if p.startswith("/mgWebService.asmx")) == 1, "the service is tried once, then the pages"
    assert any(p.startswith("/ieListDocuments.aspx") for p in asked)
    assert any(p.startswith("/mgMeetingAttendance.aspx") for p in asked)
    assert export(db) == export(db_a)
    assert stored_documents(db) == stored_documents(db_a)


def test_matters_arising_is_drafted_from_the_migrated_actions(archive):
    db, _state, _result = archive
    report = json.loads(mb("matters-arising", "--body", ms.NEW_NAME, "--date", "2025-06-16", "--json",
                           "--database", str(db)).stdout)
    assert report["date"] == "2025-06-16"
    assert report["entries"], "the open actions of the archive are matters arising"
    last = ms.MEETINGS[-1]
    topic = ms.TOPICS[19 % len(ms.TOPICS)].lower()
    entry = next(e for e in report["entries"] if e["meeting_date"] == last.date.isoformat())
    assert entry["minute"] == last.numbers[2]
    assert topic in entry["resolved"]
    assert entry["owners"] == ["Marcus Bellweather"]


def test_an_unknown_committee_is_one_clear_line(site, tmp_path):
    result = mb("migrate-from", "moderngov", site.url, "--committee", "Vale Community Safety", "--database",
                str(tmp_path / "d.sqlite"), *FAST, check=False)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1] == (
        f"Error: the site has no committee called 'Vale Community Safety'; did you mean '{ms.NEW_NAME}'?")


def test_an_administrator_runs_the_migration_from_the_admin_pages(site, minutebook_site, chromium):
    context = chromium.new_context()
    page = context.new_page()
    try:
        sign_in(page, minutebook_site.url, minutebook_site.admin, minutebook_site.password)
        page.goto(minutebook_site.url + "/admin/migrations")
        check(page, "moderngov-01-form")
        # A refused form keeps its values and links the error summary to the field.
        page.fill("#site", site.url)
        page.fill("#committee", str(ms.COMMITTEE))
        page.fill("#delay", "-3")
        page.click("button:has-text('Start the migration')")
        assert page.locator(".error-summary a[href='#delay']").is_visible()
        assert page.input_value("#site") == site.url
        check(page, "moderngov-02-refused")
        page.fill("#delay", "0")
        page.select_option("#partnership", "millbrook")
        page.click("button:has-text('Start the migration')")
        assert "/admin/migrations/" in page.url
        deadline = time.time() + 120
        while page.locator("h1", has_text="Migration running").count() and time.time() < deadline:
            time.sleep(0.5)
            page.click("text=Check again")
        assert page.locator("h1").inner_text() == "Migration finished"
        assert page.locator("tr", has_text="Meetings listed").locator("td").inner_text() == "20"
        assert page.locator("tr", has_text="Imported").locator("td").inner_text() == "20"
        assert page.locator("li", has_text="the site calls it 'Riverbank lighting'").count() == 1
        check(page, "moderngov-03-finished")
    finally:
        context.close()
    db = minutebook_site.database
    assert query(db, "SELECT count(*) FROM meeting m JOIN body b ON b.id = m.bodyId WHERE b.name = ?", ms.NEW_NAME) == [(20,)]
    assert query(db, "SELECT p.slug FROM body b JOIN partnership p ON p.id = b.partnershipId WHERE b.name = ?", ms.NEW_NAME) == [("millbrook",)]
    actors = query(db, "SELECT DISTINCT actor FROM audit WHERE tableName IN ('migratedMeeting', 'migratedDocument', 'document') "
                       "OR (tableName = 'meeting' AND rowId IN (SELECT meetingId FROM migratedMeeting))")
    assert actors and all(a[0].startswith("user:") and a[0].endswith(minutebook_site.admin) for a in actors)
