"""A fake ModernGov site on loopback for the migration tests: the web service (mgWebService.asmx:
GetCommittees, GetMeetings, GetMeeting) and the public pages (mgListCommittees.aspx, ieListMeetings.aspx,
ieListDocuments.aspx, mgMeetingAttendance.aspx), serving invented XML, HTML and PDFs made with WeasyPrint.

The archive: the Vale Community Safety Partnership's board, 20 quarterly meetings over five municipal
years (2020/21 to 2024/25), renamed from 'Strategic Group' to 'Board' in June 2022. Every fourth meeting
has a Part 2 item whose restricted report carries a planted secret. Faults, on purpose: the GetMeeting
answer of one meeting fails with 500 twice, one minutes document answers only after a long pause the
first time, one GetMeeting answer is malformed XML, one report is listed but missing (404). Every request
is logged with its User-Agent. Every word here is invented."""
import datetime
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlparse
from xml.sax.saxutils import escape

COMMITTEE = 41
OLD_NAME = "Vale Community Safety Partnership Strategic Group"
NEW_NAME = "Vale Community Safety Partnership Board"
RENAMED_ON = datetime.date(2022, 6, 1)
SECRET = "WREN-BASALT-4471"
VENUE = "Vale House, Committee Room 2"

PEOPLE = [  # name, job title printed in the minutes, role on the site, initials
    ("Priya Okafor", "Cabinet Member for Communities", "Chairman", "PO"),
    ("Tomas Reyne", "Borough Commander", "Committee Member", "TR"),
    ("Tilly Rook", "Head of Housing", "Committee Member", "TRK"),
    ("Marcus Bellweather", "Station Commander", "Vice-Chairman", "MB"),
    ("Ada Quince", "Probation Delivery Lead", "Committee Member", "AQ"),
]
OFFICER = ("Joel Harrow", "Community Safety Manager", "Officer")
TOPICS = ["Riverbank lighting", "Night-time economy patrols", "Youth diversion scheme", "Domestic abuse refuge places",
          "Shop theft in the market quarter", "Town centre CCTV renewal", "Knife crime awareness week",
          "Hate crime reporting centres", "Neighbourhood watch recruitment", "Cycle theft hotspots"]


@dataclass
class Meeting:
    id: int
    date: datetime.date
    numbers: list = field(default_factory=list)


def meetings():
    """20 meetings, quarterly from June 2020; minute numbers run on and restart each May."""
    out, number, year = [], 0, None
    for k in range(20):
        y, q = 2020 + k // 4, k % 4
        date = datetime.date(y if q < 3 else y + 1, [6, 9, 12, 3][q], [15, 14, 7, 8][q])
        municipal = date.year if date.month >= 5 else date.year - 1
        if municipal != year:
            number, year = 0, municipal
        m = Meeting(1001 + k, date)
        count = 6 if (k + 1) % 4 else 7
        m.numbers = [str(number + i + 1) for i in range(count)]
        number += count
        out.append(m)
    return out


MEETINGS = meetings()


def name_at(date):
    return OLD_NAME if date < RENAMED_ON else NEW_NAME


def long_date(d):
    return f"{d.day} {d.strftime('%B')} {d.year}"


def absent(k):
    """Who sent apologies to meeting k, and who substituted for them (every third meeting)."""
    person = PEOPLE[1 + k % 4]
    return person, ("Nell Ashby" if k % 3 == 0 else None)


def attendees(k):
    """The site's attendance of meeting k: (name, role, attendance, substitute for)."""
    who, sub = absent(k)
    out = [(p[0], p[2], "Apologies" if p == who else "Present", None) for p in PEOPLE]
    if sub:
        out.append((sub, "Committee Member", "Present as substitute", who[0]))
    out.append((OFFICER[0], OFFICER[2], "In attendance", None))
    return out


def items(k):
    """The agenda of meeting k: (number, title, restricted, documents[(title, path, restricted)], text paragraphs, owner)."""
    m = MEETINGS[k]
    n = iter(m.numbers)
    previous = MEETINGS[k - 1].date if k else None
    topic = TOPICS[k % len(TOPICS)]
    second = TOPICS[(k + 3) % len(TOPICS)]
    owner = "PO" if k % 2 == 0 else "MB"
    out = [
        (next(n), "Apologies for absence", False, [], [f"Apologies were received from {absent(k)[0][0]}."], None),
        (next(n), "Minutes of the previous meeting", False, [],
         [f"RESOLVED that the minutes of the meeting held on {long_date(previous)} are agreed and signed as a correct record."]
         if previous else ["There were no previous minutes to agree."], None),
        (next(n), topic, False, [],
         [f"The Board discussed {topic.lower()} across the borough.",
          f"RESOLVED that a progress report on {topic.lower()} is brought to the next meeting."], owner),
        (next(n), second, False, [(f"{second} report", f"documents/s{m.id}1/{quote(second)}%20report.pdf", False)],
         [f"The Board noted the report on {second.lower()}."], None),
        (next(n), "Forward plan", False, [], ["The Board noted the forward plan."], None),
    ]
    if len(m.numbers) == 7:
        out.append((next(n), "Case review", True,
                    [("Case review (exempt)", f"documents/s{m.id}9/Case%20review.pdf", True)],
                    ["RESOLVED that the recommendations in the exempt report are agreed."], None))
    out.append((next(n), "Date of next meeting", False, [], ["The next meeting will be announced."], None))
    return out


def minutes_html(k):
    m = MEETINGS[k]
    who, _ = absent(k)
    present = [p for p in PEOPLE if p != who]
    rows = []
    for number, title, _restricted, _docs, paras, owner in items(k):
        shown = "Riverbank Path Lighting" if (k == 0 and title == "Riverbank lighting") else title
        rows.append(f"<tr><td>{number}</td><td><b>{escape(shown.upper())}</b></td><td>Action</td></tr>")
        for i, p in enumerate(paras):
            action = owner if owner and i == len(paras) - 1 else ""
            rows.append(f"<tr><td></td><td>{escape(p)}</td><td>{action}</td></tr>")
    attendees = "<br>".join(
        f"{p[0]}, ({p[1]})" + (" (Chairman)" if p[2] == "Chairman" else "") for p in present)
    return ("<style>@page{size:A4;margin:20mm} body{font-family:sans-serif;font-size:11pt} td{vertical-align:top;padding:2pt 6pt}</style>"
            f"<p>{escape(name_at(m.date).upper())}</p>"
            f"<p>Minutes of the meeting held at 10.00 am on {long_date(m.date)}</p>"
            f"<p>Present:</p><p>{attendees}</p><table>{''.join(rows)}</table>"
            "<p>The meeting ended at 11.30 am</p>")


def report_html(title, text):
    return f"<h1>{escape(title)}</h1><p>{escape(text)}</p>"


class Site:
    """The documents (made once per test session) and the server's behaviour."""

    def __init__(self, folder: Path, service: bool = True):
        self.folder = folder
        self.service = service
        self.requests = []  # (path with query, user agent)
        self.lock = threading.Lock()
        self.failures = {}  # what has already failed once
        self.documents = {}
        self.make_documents()

    def make_documents(self):
        import weasyprint
        self.folder.mkdir(parents=True, exist_ok=True)
        for k, m in enumerate(MEETINGS):
            self.documents[f"documents/g{m.id}/Printed%20minutes.pdf"] = self.pdf(f"minutes-{m.id}", minutes_html(k), weasyprint)
            for _n, title, _r, docs, _p, _o in items(k):
                for doc_title, path, restricted in docs:
                    text = (f"This exempt report names the family concerned: {SECRET}." if restricted else
                            f"The {title.lower()} report for {long_date(m.date)} records the partners' work (ref VCS-{m.id}).")
                    self.documents[path] = self.pdf(path.replace("/", "-"), report_html(doc_title, text), weasyprint)

    def pdf(self, name, html, weasyprint):
        path = self.folder / f"{name}.pdf"
        if not path.exists():
            weasyprint.HTML(string=html).write_pdf(path)
        return path

    # -- faults -------------------------------------------------------------------------------------
    FLAKY_MEETING = MEETINGS[7].id           # GetMeeting answers 500 twice
    SLOW_DOCUMENT = f"documents/g{MEETINGS[4].id}/Printed%20minutes.pdf"   # first answer after a pause
    MALFORMED_MEETING = MEETINGS[10].id      # GetMeeting answers broken XML
    MISSING_DOCUMENT = items(13)[3][3][0][1]  # listed, 404
    SLOW_SECONDS = 3

    def fail_first(self, key, times):
        with self.lock:
            done = self.failures.get(key, 0)
            if done < times:
                self.failures[key] = done + 1
                return True
        return False

    # -- answers ------------------------------------------------------------------------------------
    def committees_xml(self):
        return ("<?xml version='1.0' encoding='utf-8'?><committees>"
                f"<committee><committeeid>{COMMITTEE}</committeeid><committeetitle>{NEW_NAME}</committeetitle></committee>"
                "<committee><committeeid>52</committeeid><committeetitle>Licensing Sub-Committee</committeetitle></committee>"
                "</committees>")

    def meetings_xml(self, committee):
        if committee != str(COMMITTEE):
            return "<getmeetings></getmeetings>"
        rows = "".join(f"<meeting><meetingid>{m.id}</meetingid><meetingdate>{m.date:%d/%m/%Y}</meetingdate>"
                       "<meetingtime>10:00</meetingtime><meetingstatus>Held</meetingstatus></meeting>" for m in MEETINGS)
        return (f"<?xml version='1.0' encoding='utf-8'?><getmeetings><committee><committeeid>{COMMITTEE}</committeeid>"
                f"<committeetitle>{NEW_NAME}</committeetitle><committeemeetings>{rows}</committeemeetings></committee></getmeetings>")

    def attendees(self, k):
        return attendees(k)

    def meeting_xml(self, mid):
        k = next(i for i, m in enumerate(MEETINGS) if m.id == mid)
        m = MEETINGS[k]
        people = "".join(f'<attendee memberid="{i}" name="{escape(n)}" role="{r}" attendance="{a}"'
                         + (f' substitutefor="{escape(s)}"' if s else "") + "/>"
                         for i, (n, r, a, s) in enumerate(self.attendees(k)))
        agenda = ""
        for number, title, restricted, docs, _p, _o in items(k):
            links = "".join(f"<linkeddoc><title>{escape(t)}</title><url>{escape(p)}</url>"
                            f"<isrestricted>{'True' if r else 'False'}</isrestricted></linkeddoc>" for t, p, r in docs)
            agenda += (f"<agendaitem><agendaitemid>{m.id}{number}</agendaitemid><agendaitemnumber>{number}</agendaitemnumber>"
                       f"<agendaitemtitle>{escape(title)}</agendaitemtitle>"
                       f"<agendaitemisrestricted>{'True' if restricted else 'False'}</agendaitemisrestricted>"
                       f"<linkeddocuments>{links}</linkeddocuments></agendaitem>")
        return ("<?xml version='1.0' encoding='utf-8'?><getmeeting><meeting>"
                f"<meetingid>{m.id}</meetingid><committeeid>{COMMITTEE}</committeeid>"
                f"<committeetitle>{name_at(m.date)}</committeetitle><meetingdate>{m.date:%d/%m/%Y}</meetingdate>"
                f"<meetingtime>10:00</meetingtime><meetinglocation>{VENUE}</meetinglocation>"
                f"<attendees>{people}</attendees>"
                f"<linkeddocuments><linkeddoc><title>Printed minutes {m.date:%d/%m/%Y}</title>"
                f"<url>documents/g{m.id}/Printed%20minutes.pdf</url><isrestricted>False</isrestricted></linkeddoc></linkeddocuments>"
                f"<agendaitems>{agenda}</agendaitems></meeting></getmeeting>")

    def committees_page(self):
        return (f"<html><body><ul><li><a href='mgCommitteeDetails.aspx?ID={COMMITTEE}'>{NEW_NAME}</a></li>"
                "<li><a href='mgCommitteeDetails.aspx?ID=52'>Licensing Sub-Committee</a></li></ul></body></html>")

    def meetings_page(self):
        rows = "".join(f"<li><a href='ieListDocuments.aspx?CId={COMMITTEE}&amp;MId={m.id}&amp;Ver=4'>"
                       f"{m.date:%A}, {m.date.day} {m.date:%B}, {m.date.year} 10.00 am</a></li>" for m in MEETINGS)
        return f"<html><body><h1>{NEW_NAME}</h1><ul class='mgCalendarList'>{rows}</ul></body></html>"

    def documents_page(self, mid):
        k = next(i for i, m in enumerate(MEETINGS) if m.id == mid)
        m = MEETINGS[k]
        rows = ""
        for number, title, restricted, docs, _p, _o in items(k):
            links = "".join(f"<li class='mgRestricted'>Restricted enclosure</li>" if r else
                            f"<li><a href='{p}' class='mgTitleDocLink'>{escape(t)} PDF 24 KB</a></li>" for t, p, r in docs)
            title_html = (f"<p class='mgAiTitleTxt'>{escape(title)}</p><p class='mgExemptTxt'>Restricted: "
                          "information relating to an individual</p>") if restricted else \
                f"<p class='mgAiTitleTxt'><a href='mgAi.aspx?ID={m.id}{number}'>{escape(title)}</a></p>"
            rows += (f"<tr><td class='mgItemNumberCell'><p class='mgAiTitleTxt'>{number}.</p></td>"
                     f"<td>{title_html}<ul class='mgActionList'>{links}</ul></td></tr>")
        return ("<html><body>"
                f"<h2 class='mgCommitteeTitle'>{name_at(m.date)}</h2>"
                f"<div class='mgSubTitle'><p>{m.date:%A}, {m.date.day} {m.date:%B}, {m.date.year} 10.00 am</p></div>"
                f"<p><span class='mgSubTitleTxt'>Venue: </span>{VENUE}</p>"
                f"<ul class='mgBulletList'><li><a href='documents/g{m.id}/Printed%20minutes.pdf'>Printed minutes PDF 90 KB</a></li>"
                f"<li><a href='mgMeetingAttendance.aspx?ID={m.id}'>Attendance details</a></li></ul>"
                f"<table class='mgItemTable'>{rows}</table></body></html>")

    def attendance_page(self, mid):
        k = next(i for i, m in enumerate(MEETINGS) if m.id == mid)
        rows = "".join(f"<tr><td><a href='mgUserInfo.aspx?UID={i}'>{escape(n)}</a></td><td>{r}</td><td>{a}</td>"
                       f"<td>{'Substitute for ' + escape(s) if s else ''}</td></tr>"
                       for i, (n, r, a, s) in enumerate(self.attendees(k)))
        return ("<html><body><table class='mgStatsTable'><tr><th>Attendee</th><th>Role</th><th>Attendance</th>"
                f"<th>Notes</th></tr>{rows}</table></body></html>")

    def answer(self, path, query):
        """(status, content type, body bytes, pause seconds)."""
        q = {k.lower(): v[0] for k, v in query.items()}
        xml, html = "text/xml; charset=utf-8", "text/html; charset=utf-8"
        if path.startswith("/mgWebService.asmx/"):
            if not self.service:
                return 404, html, b"<html><body>The web service is not enabled on this site.</body></html>", 0
            op = path.rsplit("/", 1)[1]
            if op == "GetCommittees":
                return 200, xml, self.committees_xml().encode(), 0
            if op == "GetMeetings":
                return 200, xml, self.meetings_xml(q.get("lcommitteeid", "")).encode(), 0
            if op == "GetMeeting":
                mid = int(q.get("lmeetingid", "0"))
                if mid == self.FLAKY_MEETING and self.fail_first("flaky", 2):
                    return 500, html, b"<html><body>Server Error in '/' Application.</body></html>", 0
                body = self.meeting_xml(mid)
                if mid == self.MALFORMED_MEETING:
                    body = body[: len(body) // 2]
                return 200, xml, body.encode(), 0
            return 404, html, b"<html><body>Unknown operation</body></html>", 0
        if path == "/mgListCommittees.aspx":
            return 200, html, self.committees_page().encode(), 0
        if path == "/ieListMeetings.aspx":
            return 200, html, self.meetings_page().encode(), 0
        if path == "/ieListDocuments.aspx":
            return 200, html, self.documents_page(int(q["mid"])).encode(), 0
        if path == "/mgMeetingAttendance.aspx":
            return 200, html, self.attendance_page(int(q["id"])).encode(), 0
        doc = path.lstrip("/")
        if unquote(doc) == unquote(self.MISSING_DOCUMENT):
            return 404, html, b"<html><body>The document could not be found.</body></html>", 0
        for key, file in self.documents.items():
            if unquote(key) == unquote(doc):
                pause = self.SLOW_SECONDS if key == self.SLOW_DOCUMENT and self.fail_first("slow", 1) else 0
                return 200, "application/pdf", file.read_bytes(), pause
        return 404, html, b"<html><body>Not found</body></html>", 0


def serve(site: Site):
    """Starts the site on a free loopback port; returns (server, base URL)."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            parsed = urlparse(self.path)
            with site.lock:
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
            status, kind, body, pause = site.answer(parsed.path, parse_qs(parsed.query))
            if pause:
                time.sleep(pause)
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
