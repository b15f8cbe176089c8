"""Performance charts in real Chromium: they render, carry text alternatives, and axe finds no
serious or critical issue on the performance pages."""
import sqlite3
import subprocess

import pytest
from conftest import serious_violations
from servers import BIN, serve


# Invented figures: monthly deliberate fires in four wards over two years, plus a quarterly indicator.
WARDS = {"Quayside": 6, "Old Town": 4, "Penmarrow": 3, "Harbour Hill": 2}


def _figures_csv():
    rows = ["indicator,period,area_type,area,value,note"]
    for i in range(24):
        year, month = 2029 + (3 + i) // 12, (3 + i) % 12 + 1
        for ward, base in WARDS.items():
            rows.append(f"deliberate-fires,{year}-{month:02d},ward,{ward},{base + (1 if i < 12 else 0)},")
        rows.append(f"deliberate-fires,{year}-{month:02d},,,{sum(WARDS.values()) + (4 if i < 12 else 0)},")
        rows.append(f"deliberate-fires,{year}-{month:02d},region,Westcountry,{300 + i},")
    for q, v in enumerate([30, 34, 29], start=1):
        rows.append(f"advocacy-referrals,Q{q} 2030/31,,,{v},")
    return "\n".join(rows) + "\n"


@pytest.fixture(scope="module")
def performance_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("perf")
    db = tmp / "perf.sqlite"
    subprocess.run([BIN, "migrate", "--database", str(db)], check=True)
    con = sqlite3.connect(db)
    con.executescript("""
        INSERT INTO partnership (id, slug, name) VALUES (1, 'harbourside', 'Harbourside Community Safety Partnership');
        INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Partnership Board', 'board');
        INSERT INTO body (id, partnershipId, slug, name, kind, reportsToBodyId) VALUES (2, 1, 'asb', 'ASB Sub-group', 'sub_group', 1);
        INSERT INTO indicator (partnershipId, bodyId, code, name, direction, owner, source, isPublished)
            VALUES (1, 2, 'deliberate-fires', 'Deliberate fires', 'down', 'Fire service lead', 'Incident system', 1);
        INSERT INTO indicator (partnershipId, bodyId, code, name, owner, source, isPublished)
            VALUES (1, 1, 'advocacy-referrals', 'Referrals to advocacy', 'Commissioning lead', 'Provider return', 1);
        INSERT INTO indicatorTarget (indicatorId, yearStart, value) VALUES (1, '2030-04', 150);
        INSERT INTO indicatorTarget (indicatorId, yearStart, value, activeFrom) VALUES (2, '2030-04', 120, '2030-06');
        INSERT INTO strategy (partnershipId, bodyId, title, firstYear, lastYear, isPublished) VALUES (1, 1, 'Safer Harbourside', 2030, 2033, 1);
        INSERT INTO strategyPriority (strategyId, position, name) VALUES (1, 1, 'Places');
        INSERT INTO strategyObjective (priorityId, position, text) VALUES (1, 1, 'Fewer deliberate fires');
        INSERT INTO deliveryAction (objectiveId, position, title, lead, status) VALUES (1, 1, 'Clear dumped rubbish within a day', 'Street scene manager', 'on_track');
        INSERT INTO deliveryActionIndicator (actionId, indicatorId) VALUES (1, 1), (1, 2);
    """)
    con.commit()
    con.close()
    csv = tmp / "figures.csv"
    csv.write_text(_figures_csv())
    out = subprocess.run([BIN, "performance", "import-actuals", "--database", str(db), "--partnership", "harbourside", str(csv)],
                         check=True, capture_output=True, text=True)
    assert "Imported" in out.stdout
    with serve(db, log_path=tmp / "serve.log") as base:
        yield base


@pytest.fixture(scope="module")
def page(chromium):
    page = chromium.new_page()
    yield page
    page.close()


def test_indicator_charts_render_with_text_alternatives(performance_site, page):
    page.goto(performance_site + "/p/harbourside/performance/indicators/deliberate-fires")
    svgs = page.locator("figure.chart svg")
    assert svgs.count() == 2  # trend with target line, and bars by ward
    for i in range(svgs.count()):
        svg = svgs.nth(i)
        box = svg.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 100
        assert svg.get_attribute("role") == "img"
        ids = svg.get_attribute("aria-labelledby").split()
        title = page.locator(f"[id='{ids[0]}']").text_content()
        desc = page.locator(f"[id='{ids[1]}']").text_content()
        assert title and desc and len(desc) > 20
        # Chromium computes the accessible name from the SVG's <title>.
        assert svg.evaluate("e => e.tagName") == "svg"
    bars = page.locator("figure.chart svg.chart-bar")
    assert "Quayside" in bars.text_content()
    # The table alternative carries every ward's figures.
    table = page.locator("figure.chart table.chart-data").nth(1)
    assert table.locator("tbody tr").count() == len(WARDS)
    assert "Quayside" in table.text_content()
    # The accessibility tree names the chart by its title.
    snapshot = page.accessibility.snapshot() if hasattr(page, "accessibility") else None
    if snapshot is not None:
        names = []
        def walk(n):
            names.append(n.get("name", ""))
            for c in n.get("children", []) or []:
                walk(c)
        walk(snapshot)
        assert any("Deliberate fires" in n for n in names)


@pytest.mark.parametrize("path", [
    "/p/harbourside/performance",
    "/p/harbourside/performance/indicators/deliberate-fires",
    "/p/harbourside/performance/indicators/advocacy-referrals",
    "/p/harbourside/strategy/1",
    "/p/harbourside/directory",
])
def test_axe_finds_no_serious_issue(performance_site, page, path):
    page.goto(performance_site + path)
    assert serious_violations(page) == []


def test_status_is_in_words_not_only_colour(performance_site, page):
    page.goto(performance_site + "/p/harbourside/performance")
    text = page.locator("table.indicators").text_content()
    assert any(label in text for label in ["Red: off track", "Amber: slightly behind", "Green: on track", "Blue: exceptionally ahead"])
