"""Issue 18: signed in, an account lands on its own workspace (not on the home page), and on a 320 px
screen the signed-in header and the partnership menu wrap: on every page of the menu the header and
the menu are no wider than the screen, and the sign-out button and every menu entry stay inside it.
(Wide content tables, such as the risk register's heat map, may still scroll sideways; the header
never makes a page do so.)"""
import pytest

from conftest import check

WIDTH = 320
NO_SIDEWAYS_SCROLL = """() => {
    const root = document.documentElement;
    const outside = [...document.querySelectorAll('header *, nav.partnership-menu *')]
        .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > root.clientWidth + 0.5 || r.left < -0.5); })
        .map(e => e.tagName + ' ' + (e.textContent || '').trim().slice(0, 40));
    const bars = [...document.querySelectorAll('header.site-header, nav.partnership-menu')];
    return {scrollWidth: Math.max(...bars.map(b => b.scrollWidth)), clientWidth: root.clientWidth, bars: bars.length, outside};
}"""


@pytest.fixture
def narrow(chromium, minutebook_site):
    context = chromium.new_context(viewport={"width": WIDTH, "height": 640})
    yield context, minutebook_site
    context.close()


@pytest.mark.parametrize("role", ["secretariat", "member"])
def test_signed_in_header_wraps_at_320_px(narrow, role):
    context, site = narrow
    page = context.new_page()
    page.goto(site.url + "/login")
    page.fill("#email", getattr(site, role))
    page.fill("#password", site.password)
    page.click("button:has-text('Sign in')")
    assert page.url == site.url + "/p/millbrook/work", f"{role} landed on {page.url}, not on their workspace"
    menu = page.eval_on_selector_all("nav.partnership-menu a", "links => links.map(a => a.getAttribute('href'))")
    assert "/p/millbrook/actions" in menu, menu
    for path in ["/p/millbrook/work", *menu, "/p/millbrook/bodies/board/meetings/2018-03-26", "/account"]:
        response = page.goto(site.url + path)
        assert response.status == 200, f"{path} answered {response.status}"
        measured = page.evaluate(NO_SIDEWAYS_SCROLL)
        assert measured["bars"] == 2, f"{path}: the signed-in header or the partnership menu is missing"
        assert measured["scrollWidth"] <= measured["clientWidth"], f"{path}: the header is wider than {WIDTH} px: {measured}"
        assert measured["outside"] == [], f"{path}: header parts outside the screen at {WIDTH} px: {measured['outside']}"
    page.goto(site.url + "/p/millbrook/work")
    check(page, f"narrow-320-{role}")
