"""Issue 24, done-when: the demo crawled as the public, the secretariat and a member. From the home
page and the partnership's page every same-site link is followed (sign-out and forms are not); each
answer must be below 400 (documents, PDF, Word, CSV and calendars are checked for their status only),
and each HTML page must keep the page-structure rule (every id once, exactly one <h1>, no empty
section) and every link's #fragment must name an id on its page. Issue 18: from every page of the
partnership the crawl fetched, every working page of the audience's role (the partnership menu signed
in, the partnership's public pages otherwise) is at most two clicks away.

The demo has thousands of pages of a few dozen kinds (a meeting page, a person page, a minute's
thread...). To keep the run short, at most PER_KIND pages of each kind (the path with its numbers,
dates and slugs of records replaced, plus the names of its query parameters) are fetched per audience,
so every kind of page is covered; the pages counted per audience are printed."""
import collections
import http.cookiejar
import re
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

import pytest
from page_structure import structure_problems
from servers import BIN, serve

PER_KIND = 3
MAX_PAGES = 900
SKIP = ("/logout",)
NUMBER = re.compile(r"^(\d+|\d{4}-\d{2}-\d{2}|[0-9a-f]{16,}|[A-Za-z0-9_-]{40,})$")


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids, self.menu, self._in_menu = [], set(), [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "nav" and "partnership-menu" in (attrs.get("class") or ""):
            self._in_menu = True
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
            if self._in_menu:
                self.menu.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_menu = False


def kind(path, query):
    """The page's kind: numbers, dates and tokens replaced, and the body or record slug after
    /bodies/, /people/... kept only as a placeholder."""
    parts = path.strip("/").split("/")
    shape = []
    for i, part in enumerate(parts):
        if NUMBER.match(part) or (i > 0 and parts[i - 1] in ("p", "bodies", "indicators", "report-links", "update-links")):
            shape.append("{}")
        else:
            shape.append(part)
    keys = sorted(urllib.parse.parse_qs(query).keys())
    return "/" + "/".join(shape) + ("?" + "&".join(keys) if keys else "")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo-crawl")
    db = tmp / "demo.sqlite"
    result = subprocess.run([BIN, "demo", "--no-serve", "--database", str(db)], capture_output=True, text=True, timeout=600, check=True)
    password = re.search(r"password: (\S.*)", result.stdout).group(1).strip()
    logins = dict(re.findall(r"^\s+(\S+@\S+) \((\w+)", result.stdout, re.M))
    secretariat = next(email for email, role in logins.items() if role == "secretariat")
    member = next(email for email, role in logins.items() if role == "member")
    with serve(db, log_path=tmp / "serve.log") as base:
        yield base, {"public": None, "secretariat": (secretariat, password), "member": (member, password)}


def opener_for(base, login):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    if login:
        page = opener.open(base + "/login", timeout=30).read().decode()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({"csrf": csrf, "email": login[0], "password": login[1]}).encode()
        answer = opener.open(base + "/login", data=data, timeout=30).read().decode()
        assert "Sign out" in answer or "sign out" in answer.lower(), f"{login[0]} could not sign in"
    return opener


def crawl(base, opener):
    """(problems, pages fetched, kinds seen)."""
    site = urllib.parse.urlsplit(base).netloc
    queue = collections.deque([("/", "(start)"), ("/p/riverside", "(start)")])
    seen, per_kind, problems, fetched, fragments = set(), collections.Counter(), [], 0, []
    pages, graph, menus = {}, {}, {}
    while queue and fetched < MAX_PAGES:
        target, referrer = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        split = urllib.parse.urlsplit(target)
        shape = kind(split.path, split.query)
        if per_kind[shape] >= PER_KIND:
            continue
        per_kind[shape] += 1
        fetched += 1
        try:
            response = opener.open(base + target, timeout=120)
            status, body, media = response.status, response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            status, body, media = error.code, error.read(), error.headers.get("Content-Type", "")
        if status >= 400:
            problems.append(f"{target} (linked from {referrer}) answered {status}")
            continue
        if not media.startswith("text/html"):
            continue
        html = body.decode("utf-8", "replace")
        problems += [f"{target}: {problem}" for problem in structure_problems(html)]
        parser = _Page()
        parser.feed(html)
        pages[target] = parser.ids
        if urllib.parse.urlsplit(response.url).path == split.path:
            # A page answered at its own address (not the sign-in page a redirect led to).
            graph[target] = same_site(base, target, parser.links)
            menus[target] = same_site(base, target, parser.menu)
        for href in parser.links:
            url = urllib.parse.urlsplit(urllib.parse.urljoin(base + target, href))
            if url.scheme not in ("http", "https") or url.netloc != site or url.path.startswith(SKIP):
                continue
            path = url.path + ("?" + url.query if url.query else "")
            if url.fragment:
                fragments.append((path, url.fragment, target))
            if path not in seen:
                queue.append((path, target))
    print(f"  {len(seen)} distinct same-site links seen, {fetched} fetched")
    for path, fragment, referrer in fragments:
        if path in pages and fragment not in pages[path]:
            problems.append(f"{referrer} links {path}#{fragment}, an id that page does not have")
    return problems, fetched, len(per_kind), graph, menus


def same_site(base, target, hrefs):
    site, found = urllib.parse.urlsplit(base).netloc, []
    for href in hrefs:
        url = urllib.parse.urlsplit(urllib.parse.urljoin(base + target, href))
        if url.scheme in ("http", "https") and url.netloc == site and not url.path.startswith(SKIP):
            found.append(url.path + ("?" + url.query if url.query else ""))
    return found


def links_of(base, opener, graph, path):
    """The same-site links of `path`, fetched when the crawl left it out (one page of a kind seen often)."""
    if path not in graph:
        try:
            response = opener.open(base + path, timeout=120)
            html = response.read().decode("utf-8", "replace")
            if not response.headers.get("Content-Type", "").startswith("text/html") or urllib.parse.urlsplit(response.url).path != urllib.parse.urlsplit(path).path:
                html = ""
        except urllib.error.HTTPError:
            html = ""
        parser = _Page()
        parser.feed(html)
        graph[path] = same_site(base, path, parser.links)
    return graph[path]


PUBLIC_WORKING = ["/p/riverside", "/p/riverside/performance", "/p/riverside/strategy", "/p/riverside/directory"]


def two_click_problems(base, opener, graph, menus, signed_in):
    """Pages of the partnership from which a working page of the role is more than two clicks away."""
    if signed_in:
        working = set(menus.get("/p/riverside") or [])
        assert len(working) >= 5, f"the partnership menu has only {sorted(working)}"
    else:
        working = set(PUBLIC_WORKING)
    problems = []
    for page in [p for p in list(graph) if p.startswith("/p/riverside")]:
        missing = working - {page} - set(graph[page])
        for step in graph[page]:
            if not missing:
                break
            missing -= set(links_of(base, opener, graph, step)) | {step}
        if missing:
            problems.append(f"{page}: more than two clicks from {sorted(missing)}")
    return problems


@pytest.mark.parametrize("audience", ["public", "secretariat", "member"])
def test_demo_crawl_finds_no_broken_page(demo, audience):
    base, logins = demo
    opener = opener_for(base, logins[audience])
    problems, fetched, kinds, graph, menus = crawl(base, opener)
    print(f"{audience}: {fetched} pages of {kinds} kinds")
    assert fetched > 30, f"{audience}: only {fetched} pages reached"
    assert problems == [], f"{audience}: {len(problems)} problems:\n" + "\n".join(problems[:80])
    far = two_click_problems(base, opener, graph, menus, signed_in=logins[audience] is not None)
    assert far == [], f"{audience}: {len(far)} pages without a two-click way to a working page:\n" + "\n".join(far[:40])
