"""The public record served for real: the OpenAPI document fuzzed by schemathesis (no 5xx, no schema
violation), iCalendar parsed by python icalendar, Atom and RSS by feedparser, and search over the imported
sample minutes ("mass casualty" finds minute 180 of 19 December 2017)."""
import json
import sqlite3
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import icalendar
import pytest
from page_structure import structure_problems
from servers import BIN, ROOT, serve

SAMPLES = ROOT.parent / "shared" / "samples"
if not SAMPLES.exists():
    SAMPLES = Path("/work/shared/samples")

# Invented partnership: approved, draft and cancelled meetings, a Part 2 minute and secrets.
FIXTURE = """
INSERT INTO partnership (id, slug, name) VALUES (901, 'millbrook', 'Safer Millbrook Partnership');
INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (901, 901, 'board', 'Safer Millbrook Board', 'board');
INSERT INTO meeting (id, bodyId, date, municipalYear, startTime, endTime, venue, status) VALUES
    (9010, 901, '2019-12-10', 2019, '10:00', '12:05', 'Millbrook Civic Hall, Room 2', 'held'),
    (9011, 901, '2020-03-02', 2019, '10:00', NULL, 'Millbrook Civic Hall; Room 2', 'minutes_drafted'),
    (9012, 901, '2020-06-15', 2020, '14:30', '16:00', 'Online', 'cancelled');
INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text) VALUES
    (90100, 9010, 901, 2019, 1, 41, 'Emergency Planning Update', 1, 'The Board noted the winter flood exercise.'),
    (90101, 9010, 901, 2019, 2, 42, 'Exempt Contract Matter', 2, 'Members discussed zqpartwo tender terms.');
INSERT INTO resolution (minuteId, position, text) VALUES (90100, 1, 'A report on the flood exercise comes back in March.');
UPDATE meeting SET status = 'minutes_approved', approvedAt = '2020-03-02' WHERE id = 9010;
INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text) VALUES
    (90110, 9011, 901, 2019, 1, 55, 'Knife Crime Plan', 1, 'The zqdraft plan proposes weapon sweeps.');
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("public")
    db = tmp / "public.sqlite"
    subprocess.run([BIN, "migrate", "--database", str(db)], check=True)
    for name in ["sbp-2018-03-26-agenda-pack.txt", "sbp-2017-10-16-minutes.txt"]:
        path = SAMPLES / name
        if path.exists():
            subprocess.run([BIN, "import", str(path), "--database", str(db)], check=True, capture_output=True)
    con = sqlite3.connect(db)
    con.executescript(FIXTURE)
    # The imported minutes were approved at their next meeting: publish them as the approval would.
    con.execute("UPDATE meeting SET status = 'minutes_approved', approvedAt = date WHERE status = 'minutes_drafted' AND bodyId <> 901")
    con.commit()
    con.close()
    with serve(db, log_path=tmp / "serve.log") as base:
        yield base


def get(url):
    """The text of a text answer; a document (PDF, Word) comes back as None with its headers."""
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read()
        media = response.headers.get("Content-Type", "").split(";")[0].strip()
        if not (media.startswith("text/") or media.endswith(("json", "/xml", "+xml"))):
            return None, response.headers
        return body.decode("utf-8"), response.headers


def test_calendar_parses_with_icalendar(site):
    text, headers = get(site + "/p/millbrook/calendar.ics")
    assert headers["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(text)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 3
    approved = events["meeting-9010@millbrook.minutebook"]
    assert approved.decoded("DTSTART").hour == 10
    assert str(approved["LOCATION"]) == "Millbrook Civic Hall, Room 2"
    assert str(events["meeting-9011@millbrook.minutebook"]["LOCATION"]) == "Millbrook Civic Hall; Room 2"
    cancelled = events["meeting-9012@millbrook.minutebook"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) >= 0
    assert "zq" not in text


def test_atom_parses_with_feedparser(site):
    text, headers = get(site + "/p/millbrook/feed.atom")
    feed = feedparser.parse(text)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title.startswith("Safer Millbrook Partnership")
    assert any("flood exercise" in e.summary for e in feed.entries)
    assert "zq" not in text


def test_rss_parses_with_feedparser(site):
    text, headers = get(site + "/p/millbrook/feed.rss")
    assert headers["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(text)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.title.startswith("Safer Millbrook Partnership")
    decision = next(e for e in feed.entries if "flood exercise" in e.summary)
    assert decision.published_parsed[:3] == (2019, 12, 10)
    assert decision.link.endswith("/p/millbrook/bodies/board/meetings/2019-12-10#minute-41")
    assert "zq" not in text


def test_public_pages_announce_their_feeds(site):
    text, headers = get(site + "/p/millbrook/bodies/board/meetings/2019-12-10")
    assert headers["Cache-Control"] == "public, max-age=60"
    assert headers["ETag"]
    for kind, path in [("application/rss+xml", "/p/millbrook/feed.rss"), ("application/atom+xml", "/p/millbrook/feed.atom"),
                       ("text/calendar", "/p/millbrook/bodies/board/calendar.ics")]:
        assert f'<link rel="alternate" type="{kind}"' in text
        feed, _ = get(site + path)
        assert feed
    # A feed reader finds the feeds from the page alone.
    page = feedparser.parse(text)
    assert {link.type for link in page.feed.get("links", []) if link.rel == "alternate"} >= {"application/rss+xml", "application/atom+xml"}


def test_mass_casualty_finds_minute_180_of_19_december_2017(site):
    if not (SAMPLES / "sbp-2018-03-26-agenda-pack.txt").exists():
        pytest.skip("samples not beside the clone")
    query = urllib.parse.quote('"mass casualty"')
    text, _ = get(site + f"/api/v1/search?q={query}")
    results = json.loads(text)
    hits = [h for h in results["items"] if h["date"] == "2017-12-19" and h["number"] == "180"]
    assert hits, results
    assert any("mass casualty" in " ".join(h["highlights"]).lower() for h in hits)
    html, _ = get(site + f"/search?q={query}")
    assert "<mark>" in html


def test_prefix_search_matches_word_beginnings(site):
    text, _ = get(site + "/api/v1/search?q=flood%20exerc*")
    assert json.loads(text)["total"] >= 1


def test_schemathesis_finds_no_server_error_or_schema_violation(site):
    schemathesis = Path(sys.executable).parent / "schemathesis"
    result = subprocess.run(
        [str(schemathesis), "run", site + "/api/v1/openapi.json", "--url", site,
         "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
         "--max-examples", "15", "--workers", "1"],
        capture_output=True, text=True, timeout=600, cwd=tempfile.gettempdir())
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") if tag == "a" else None
        if href:
            self.hrefs.append(href)


def test_crawled_public_pages_keep_the_page_structure(site):
    """Follows the public site's links from the home page (same site, HTML only, up to 120 pages) and
    holds each page to the page-structure rule; the body pages and meeting pages are among them."""
    seen, queue, problems, visited = set(), ["/"], [], []
    while queue and len(visited) < 120:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        try:
            text, headers = get(site + path)
        except urllib.error.HTTPError as error:
            assert error.code < 500, f"{path}: {error.code}"
            continue
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        visited.append(path)
        problems += [f"{path}: {problem}" for problem in structure_problems(text)]
        parser = _Links()
        parser.feed(text)
        for href in parser.hrefs:
            url = urllib.parse.urlsplit(urllib.parse.urljoin(site + path, href))
            if url.netloc == urllib.parse.urlsplit(site).netloc and url.path not in seen and not url.query:
                queue.append(url.path)
    assert problems == []
    assert "/p/millbrook/bodies/board" in visited and "/p/millbrook/bodies/board/meetings/2019-12-10" in visited, visited
