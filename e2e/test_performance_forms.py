"""The secretariat's performance forms in real Chromium with JavaScript off: every form page and its
error state pass axe with no serious issue; a refused form shows an error summary whose links reach
the fields, keeps what was typed, and a corrected form saves."""
import sqlite3
import subprocess

import pytest
from conftest import serious_violations, sign_in
from servers import BIN, serve

CLERK = "clerk@lowmoor.example"
PASSWORD = "an invented clerk passphrase 7"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("perf-forms")
    db = tmp / "forms.sqlite"
    subprocess.run([BIN, "migrate", "--database", str(db)], check=True, capture_output=True)
    con = sqlite3.connect(db)
    con.executescript("""
        INSERT INTO partnership (id, slug, name) VALUES (1, 'lowmoor', 'Lowmoor Safer Communities Partnership');
        INSERT INTO organisation (id, partnershipId, name) VALUES (1, 1, 'Lowmoor District Council');
        INSERT INTO person (id, partnershipId, fullName, organisationId, email) VALUES (1, 1, 'Ines Calloway', 1, 'ines@council.example');
        INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Lowmoor Board', 'board');
        INSERT INTO seat (id, bodyId, title, organisationId, role) VALUES (1, 1, 'Community Safety Manager', 1, 'member');
        INSERT INTO seatHolding (seatId, personId, startDate) VALUES (1, 1, '2022-04-01');
        INSERT INTO indicator (partnershipId, bodyId, code, name, isPublished) VALUES (1, 1, 'shop-thefts', 'Shop thefts', 1);
        INSERT INTO strategy (partnershipId, bodyId, title, firstYear, lastYear) VALUES (1, 1, 'Safer Lowmoor', 2030, 2033);
        INSERT INTO strategyPriority (strategyId, position, name) VALUES (1, 1, 'People');
        INSERT INTO strategyObjective (priorityId, position, text) VALUES (1, 1, 'Fewer repeat victims');
        INSERT INTO deliveryAction (objectiveId, position, title, lead) VALUES (1, 1, 'Victim callback service', 'Victim hub lead');
        INSERT INTO risk (partnershipId, bodyId, reference, title, owner, inherentLikelihood, inherentImpact, residualLikelihood,
                          residualImpact, openedOn) VALUES (1, 1, 'R1', 'Data sharing lapses', 'Information lead', 3, 3, 2, 2, '2030-01-06');
        INSERT INTO directoryEntry (partnershipId, theme, seatId) VALUES (1, 'Anti-social behaviour', 1);
    """)
    con.commit()
    con.close()
    subprocess.run([BIN, "user", "add", CLERK, "--role", "secretariat", "--partnership", "lowmoor", "--password-stdin",
                    "--database", str(db)], input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    with serve(db, log_path=tmp / "serve.log") as base:
        yield base


def _signed_in(browser, site, javascript):
    page = browser.new_context(java_script_enabled=javascript).new_page()
    page.set_default_timeout(15000)
    return sign_in(page, site, CLERK, PASSWORD)


@pytest.fixture(scope="module")
def page(chromium, site):
    """For axe, which runs as a script in the page."""
    return _signed_in(chromium, site, javascript=True)


@pytest.fixture(scope="module")
def no_js(chromium, site):
    """For the forms: they must work with JavaScript off."""
    return _signed_in(chromium, site, javascript=False)


@pytest.mark.parametrize("path", [
    "/p/lowmoor/performance/new-indicator",
    "/p/lowmoor/performance/indicators/shop-thefts/edit",
    "/p/lowmoor/performance/indicators/shop-thefts/target",
    "/p/lowmoor/strategies/new",
    "/p/lowmoor/strategy/1/edit",
    "/p/lowmoor/strategy/1/actions/new",
    "/p/lowmoor/strategy/1/actions/1",
    "/p/lowmoor/directory/new",
    "/p/lowmoor/directory/1/edit",
    "/p/lowmoor/risks/new",
    "/p/lowmoor/risks/1/review",
])
def test_form_pages_pass_axe(site, page, path):
    response = page.goto(site + path)
    assert response.status == 200, path
    assert page.locator("main form").count() >= 1
    assert serious_violations(page) == []


def test_refused_risk_form_without_javascript(site, no_js, page):
    axe_page, page = page, no_js
    page.goto(site + "/p/lowmoor/risks/new")
    page.fill("#reference", "R2")
    page.fill("#owner", "Head of <Housing>")
    page.select_option("#inherentLikelihood", "")
    page.click("main form button[type=submit]")
    assert page.title().startswith("Error: Add a risk")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    links = summary.locator("a")
    targets = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert "#title" in targets and "#inherentLikelihood" in targets
    for target in targets:
        assert page.locator(target).count() == 1
    assert page.input_value("#owner") == "Head of <Housing>"
    assert page.get_attribute("#title", "aria-invalid") == "true"
    # The same refused form in a page where axe can run: no serious issue in the error state either.
    axe_page.goto(site + "/p/lowmoor/risks/new")
    axe_page.fill("#reference", "R3")
    axe_page.click("main form button[type=submit]")
    assert axe_page.locator(".error-summary").is_visible()
    assert serious_violations(axe_page) == []
    page.fill("#title", "Hoarding cases rising")
    page.select_option("#inherentLikelihood", "4")
    page.click("main form button[type=submit]")
    assert page.url.endswith("/p/lowmoor/risks")
    assert "Hoarding cases rising" in page.locator("main").inner_text()


def test_refused_action_update_without_javascript(site, no_js):
    page = no_js
    page.goto(site + "/p/lowmoor/strategy/1/actions/1")
    page.fill("#lead", "")
    page.fill("#note", "Callbacks within 48 hours")
    page.click("main form button[type=submit] >> nth=0")
    assert page.locator(".error-summary a[href='#lead']").count() == 1
    assert page.input_value("#note") == "Callbacks within 48 hours"
    page.fill("#lead", "Victim hub manager")
    page.select_option("#status", "off_track")
    page.click("main form button[type=submit] >> nth=0")
    page.goto(site + "/p/lowmoor/strategy/1")
    text = page.locator("main").inner_text()
    assert "Victim hub manager" in text and "Off track" in text
