"""The map UI in a real browser against a real server and store (issue 7): the map puts the
seed's events where the store has them, an event's panel highlights the evidence of its
claims in the article, filters and the timeline narrow the table, the paste box extracts,
and markup in an article is shown as text and never runs. Every expected number comes
from the store (read with sqlite3) or the gold coding, never from the page itself."""

from __future__ import annotations

import json
import re
import urllib.request
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect

from .conftest import HOSTILE, HOSTILE_ID, SEED_ID

BATTLES_RGB = "rgb(192, 57, 43)"  # TYPE_COLOURS["Battles"] in web/util.js
# gold coding of the seed (tests/fixtures/acceptance/000_431c5bc77b043e91.gold.json):
# IS claims 20 killed near Jabal Bishri, placed within 60 km of 35.37 N 39.30 E
BISHRI_GOLD = (35.37, 39.30)
BISHRI_SENTENCE = (
    "Kelompok jihadis mengklaim telah membunuh 20 pejuang SAA dan milisi pro-rezim dan melukai "
    "yang lain dalam serangan terhadap pasukan penyelamat di dekat Gunung Bishri, antara Sukhnah "
    "dan Deir Ezzor pada hari Kamis."
)
# pasted into the paste box; the emoji (two astral characters) comes before the second
# claim's sentence, so its offsets differ between Python (code points) and JS (UTF-16)
PASTED = """MOPTI, Mali (Westwire) - Gunmen on motorbikes killed seven villagers and wounded three \
others in an attack on the village of Sofara in central Mali's Mopti region on Sunday, a local \
official said.

"They came at dawn and shot at people leaving the mosque 🙏🏽 we are burying our brothers today," \
a resident wrote on social media.

A nurse at the hospital in Mopti said on Monday that nine people had died, including two of the \
wounded.

The official, who asked not to be named, blamed jihadists linked to al Qaeda. No group has \
claimed the attack."""
NURSE_SENTENCE = (
    "A nurse at the hospital in Mopti said on Monday that nine people had died, including two of "
    "the wounded."
)
MARKUP = ("<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=1">')


def rows(ui):
    return ui.page.locator("#events-table tbody tr")


def row_ids(ui) -> list[str]:
    return rows(ui).evaluate_all("trs => trs.map(tr => tr.dataset.eventId)")


def markers(ui) -> list[dict]:
    """Every event marker on the map (clustered or not): its event and position."""
    return ui.page.evaluate(
        """() => [...window.warta.map.markers.values()].map(m =>
            ({id: m.row.id, lat: m.getLatLng().lat, lon: m.getLatLng().lng}))"""
    )


def reveal(ui, event_id: str) -> None:
    """Zoom the map onto this event until its own marker (not a cluster) is on the page."""
    ui.page.evaluate(
        """id => {
            const marker = window.warta.map.markers.get(id);
            window.wartaMap.setView(marker.getLatLng(), 10, {animate: false});
        }""",
        event_id,
    )
    expect(ui.page.locator(f'.event-dot[data-event-id="{event_id}"]')).to_be_visible()


def active_offset(ui) -> dict:
    """The first active mark of the panel: code points of article text before it, and its text."""
    return ui.page.evaluate(
        """() => {
            const first = document.querySelector('#event-panel mark.active');
            const box = first.closest('.article-text');
            let before = 0;
            for (const node of box.childNodes) {
                if (node === first) break;
                before += Array.from(node.textContent).length;
            }
            const text = [...box.querySelectorAll('mark.active')].map(m => m.textContent).join('');
            return {before, text};
        }"""
    )


def test_map_shows_the_seeds_events_at_their_places(ui, stored):
    ui.open()
    page = ui.page
    total = stored.count()
    assert total >= 8  # 5 from the seed, 2 DR Congo, 1+ Bandung, 1 Nduga
    expect(rows(ui)).to_have_count(total)
    # the world outline is drawn from world-atlas, not from tiles
    expect(page.locator("#map")).to_have_attribute("data-outline", "110m")
    assert page.locator("#map .leaflet-overlay-pane path").count() > 100
    assert page.locator("img.leaflet-tile").count() == 0
    # one marker per stored event, each at the stored coordinates
    found = {m["id"]: m for m in markers(ui)}
    truth = stored.conn.execute("SELECT id, lat, lon FROM events WHERE lat IS NOT NULL").fetchall()
    assert len(found) == len(truth) == total
    for event_id, lat, lon in truth:
        assert abs(found[event_id]["lat"] - lat) < 1e-9 and abs(found[event_id]["lon"] - lon) < 1e-9
    # at world zoom the seed's five Syrian events are one cluster; clusters and single dots
    # shown add up to every event
    clusters = page.locator(".event-cluster .cluster-count").all_inner_texts()
    singles = page.locator(".event-marker .event-dot").count()
    assert sum(map(int, clusters)) + singles == total
    assert str(stored.count("country = 'SY'")) in clusters
    ui.shot()
    # the Jabal Bishri event sits where the gold coding puts it, as a red (Battles) dot
    # bigger than the no-figure dot at As Sukhnah
    bishri = stored.at_place("Jabal Bishri")
    assert abs(found[bishri]["lat"] - BISHRI_GOLD[0]) < 0.5
    assert abs(found[bishri]["lon"] - BISHRI_GOLD[1]) < 0.5
    reveal(ui, bishri)
    dot = page.locator(f'.event-dot[data-event-id="{bishri}"]')
    expect(dot).to_have_css("background-color", BATTLES_RGB)
    expect(page.locator("#map")).to_have_attribute("data-outline", "50m")  # finer when zoomed
    sizes = page.evaluate(
        """ids => ids.map(id => {
            const icon = window.warta.map.markers.get(id).options.icon.options;
            return [icon.iconSize[0], icon.html.className];
        })""",
        [bishri, stored.at_place("As Sukhnah")],
    )
    assert sizes[0][0] > sizes[1][0]  # 20 killed against no figure
    assert sizes[0][1] == "event-dot"
    assert sizes[1][1] == "event-dot no-figure"
    # the legend counts the types shown
    battles = stored.count("event_type = 'Battles'")
    expect(page.locator('#legend li[data-type="Battles"]')).to_have_text(f"Battles ({battles})")
    # every script, style sheet and data file came from the server itself
    paths = [u.removeprefix(ui.base) for u in ui.requests]
    for asset in ("/vendor/leaflet/leaflet.js", "/vendor/markercluster/leaflet.markercluster.js",
                  "/vendor/topojson-client/topojson-client.min.js",
                  "/vendor/world-atlas/countries-110m.json", "/static/app.js", "/api/facets"):  # fmt: skip
        assert asset in paths, (asset, paths)
    assert ui.outside() == []


def test_zooming_in_draws_provinces_and_the_biggest_towns_names(ui, stored):
    """Map context from packaged data: admin-1 borders of the countries in view from zoom 5,
    the names of the biggest towns in view (the API's answer for that box, without names
    that would overlap) from zoom 7."""
    ui.open()
    page = ui.page
    lat, lon = stored.conn.execute(
        "SELECT lat, lon FROM events WHERE country = 'ID' AND lat IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchone()
    expect(page.locator("#map")).not_to_have_attribute("data-borders", re.compile("ID"))
    page.evaluate(
        "([lat, lon]) => window.wartaMap.setView([lat, lon], 8, {animate: false})", [lat, lon]
    )
    expect(page.locator("#map")).to_have_attribute("data-borders", re.compile(r"(^|,)ID(,|$)"))
    expect(page.locator("#map")).not_to_have_attribute("data-labels", re.compile(r"^0?$"))
    box = page.evaluate(
        """() => { const b = window.wartaMap.getBounds();
            return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(x => x.toFixed(3)).join(","); }"""
    )
    with urllib.request.urlopen(f"{ui.base}/api/map/labels?bbox={box}&limit=40") as response:
        expected = [p["name"] for p in json.load(response)["places"]]
    # biggest first; a name that would overlap a bigger one is left out
    shown = page.locator(".place-label span").all_inner_texts()
    assert shown and shown[0] == expected[0] and set(shown) <= set(expected)
    assert len(shown) == int(page.locator("#map").get_attribute("data-labels"))
    # Indonesia's provinces are drawn as lines over the outline
    drawn = page.evaluate(
        "() => document.querySelectorAll('#map .leaflet-overlay-pane path[stroke-dasharray]').length"
    )
    assert drawn >= 30
    ui.shot()
    # back at world zoom the borders and labels go
    page.evaluate("() => window.wartaMap.setView([15, 30], 2, {animate: false})")
    expect(page.locator("#map")).to_have_attribute("data-labels", "0")
    assert page.locator(".place-label").count() == 0
    assert ui.outside() == []


def test_clicking_the_bishri_marker_opens_its_panel_with_the_20_claim_highlighted(ui, stored):
    ui.open()
    page = ui.page
    bishri = stored.at_place("Jabal Bishri")
    reveal(ui, bishri)
    page.locator(f'.event-dot[data-event-id="{bishri}"]').click()
    panel = page.locator("#event-panel")
    expect(panel).to_have_attribute("data-event-id", bishri)
    expect(panel).to_have_attribute("data-state", "ready")
    expect(page.locator(f'#events-table tr.selected[data-event-id="{bishri}"]')).to_have_count(1)
    # ACLED fields
    expect(panel.locator("h2")).to_contain_text("Armed clash")
    expect(panel.locator('dd[data-field="Date"]')).to_have_text("2019-04-11 · precision: day")
    expect(panel.locator('dd[data-field="Place"]')).to_contain_text("Jabal Bishri")
    expect(panel.locator('dd[data-field="Place"]')).to_contain_text("Syria (SY)")
    expect(panel.locator('dd[data-field="Coordinates"]')).to_contain_text("geo precision 2")
    expect(panel.locator('dd[data-field="Actor 1"]')).to_contain_text("Islamic State (rebel group)")
    expect(panel.locator('[data-figures="fatalities"] [data-kind="best"]')).to_have_text("best20")
    # the claim of 20 killed, by Islamic State, and the other claims of the stored event
    claims = stored.event(bishri)["event"]["claims"]
    expect(panel.locator("li.claim")).to_have_count(len(claims))
    twenty = panel.locator('li.claim[data-claim-value="20"]')
    expect(twenty).to_have_count(1)
    expect(twenty).to_contain_text("killed")
    expect(twenty).to_contain_text("claimed by Islamic State")
    # the seed article, with the event's evidence marked in its text
    article = panel.locator(f'article.source[data-document-id="{SEED_ID}"]')
    expect(article.locator(".article-text")).to_contain_text("Negara Islam menarik")
    expect(article.locator("mark").first).to_be_visible()
    assert BISHRI_SENTENCE in article.locator("mark").all_inner_texts()
    expect(panel.locator(".span-mismatch")).to_have_count(0)
    # following the claim's link makes exactly its sentence the active mark, scrolled into view
    expect(panel.locator("mark.active")).to_have_count(0)
    twenty.locator(".evidence-link").click()
    expect(twenty).to_have_class("claim active")
    active = panel.locator("mark.active")
    expect(active.first).to_be_in_viewport()
    found = active_offset(ui)
    evidence = next(c["evidence"] for c in claims if c["value"] == 20)
    assert found == {"before": evidence["start"], "text": BISHRI_SENTENCE}
    assert "20" in found["text"]


def test_filters_and_sorting_change_the_table(ui, stored):
    ui.open()
    page = ui.page
    total = stored.count()
    syria = stored.count("country = 'SY'")
    assert syria == 5  # the gold's four fights near Sukhnah and Deir ez-Zor, plus the Baghuz
    page.select_option("#country", "SY")
    expect(rows(ui)).to_have_count(syria)
    assert set(row_ids(ui)) == stored.ids("country = 'SY'")
    expect(page.locator("#row-count")).to_have_text(f"{syria} events")
    expect(page.locator("#status")).to_have_text("")  # the count is shown once
    expect(page.locator("#map")).to_have_attribute("data-markers", str(syria))
    ui.shot()
    # type, and type with country
    page.select_option("#country", "")
    page.select_option("#type", "Explosions/Remote violence")
    expect(rows(ui)).to_have_count(stored.count("event_type = 'Explosions/Remote violence'"))
    page.select_option("#country", "ID")
    expected = stored.ids("event_type = 'Explosions/Remote violence' AND country = 'ID'")
    assert len(expected) >= 1
    expect(rows(ui)).to_have_count(len(expected))
    assert set(row_ids(ui)) == expected
    page.locator("#filters button[type=reset]").click()
    expect(rows(ui)).to_have_count(total)
    # actor (part of a name, any case), minimum deaths, full-text query
    page.fill("#actor", "liwa")
    liwa = stored.ids("actor1 LIKE '%liwa%' OR actor2 LIKE '%liwa%'")
    assert len(liwa) == 2  # the Sukhnah siege and the al-Mayadin losses
    expect(rows(ui)).to_have_count(2)
    assert set(row_ids(ui)) == liwa
    page.fill("#actor", "")
    page.fill("#min-fatalities", "12")
    page.locator("#min-fatalities").dispatch_event("change")
    expect(rows(ui)).to_have_count(stored.count("fatalities >= 12"))
    page.fill("#min-fatalities", "")
    page.locator("#min-fatalities").dispatch_event("change")
    page.fill("#q", "Goma")
    goma = stored.of_document("en_07_drc_goma_camps_shelling")
    expect(rows(ui)).to_have_count(len(goma))
    assert set(row_ids(ui)) == goma and len(goma) < total
    page.fill("#q", "Bishri Sukhnah")
    expect(rows(ui)).to_have_count(len(stored.of_document(SEED_ID)))
    page.fill("#q", "")
    expect(rows(ui)).to_have_count(total)
    # sorting: fatalities descending puts the 20 killed at Jabal Bishri first, ascending last
    bishri = stored.at_place("Jabal Bishri")
    assert stored.conn.execute("SELECT max(fatalities) FROM events").fetchone()[0] == 20
    header = page.locator('#events-table th[data-sort="fatalities"]')
    header.locator("button").click()
    expect(header).to_have_attribute("aria-sort", "descending")
    expect(rows(ui).first).to_have_attribute("data-event-id", bishri)
    header.locator("button").click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    expect(rows(ui).last).to_have_attribute("data-event-id", bishri)
    page.locator('#events-table th[data-sort="place"] button').click()
    places = rows(ui).evaluate_all("trs => trs.map(tr => tr.cells[3].firstChild.textContent)")
    assert places == sorted(places) and "Jabal Bishri" in places
    page.locator('#events-table th[data-sort="date"] button').click()
    dates = rows(ui).evaluate_all("trs => trs.map(tr => tr.cells[0].firstChild.textContent)")
    assert dates == sorted(dates) and len(dates) == total


def test_pages_are_followed_up_to_the_cap(ui, stored):
    # pages of 3 events, at most 7 shown: three requests chained by their cursors
    total = stored.count()
    assert total > 7
    ui.page.goto(f"{ui.base}/?page=3&cap=7")
    expect(ui.page.locator("#status")).to_have_attribute("data-state", "capped")
    expect(ui.page.locator("#status")).to_contain_text("first 7 events (capped at 7)")
    expect(rows(ui)).to_have_count(7)
    pages = [parse_qs(urlsplit(u).query) for u in ui.requests if "/api/events?" in u]
    assert [p["limit"] for p in pages] == [["3"], ["3"], ["1"]]
    assert "cursor" not in pages[0] and all("cursor" in p for p in pages[1:])
    first = stored.conn.execute("SELECT id FROM events ORDER BY ifnull(date, ''), id LIMIT 7")
    assert row_ids(ui) == [r[0] for r in first]


def test_brushing_the_timeline_narrows_the_table(ui, stored):
    ui.open()
    page = ui.page
    total = stored.count()
    timeline = page.locator("#timeline-chart")
    expect(timeline).to_have_attribute("data-unit", "month")  # 2019 to 2024: months
    april = timeline.locator('g.bin[data-bin="2019-04"]')
    may = timeline.locator('g.bin[data-bin="2019-05"]')
    starting_in_april = stored.count("date LIKE '2019-04-%'")
    assert starting_in_april >= 4  # the seed's four fights of 8-12 April, and what else it tells
    expect(april).to_have_attribute("data-count", str(starting_in_april))
    # drag from April to May 2019 (May holds nothing: the brush spans empty months too)
    a, m = april.bounding_box(), may.bounding_box()
    page.mouse.move(a["x"] + a["width"] / 2, a["y"] + a["height"] / 2)
    page.mouse.down()
    page.mouse.move(m["x"] + m["width"] / 2, m["y"] + m["height"] / 2, steps=5)
    page.mouse.up()
    overlap = "ifnull(date_end, date) >= ? AND date <= ?"
    spring = stored.ids(overlap, "2019-04-01", "2019-05-31")
    expect(rows(ui)).to_have_count(len(spring))
    assert set(row_ids(ui)) == spring and len(spring) < total
    expect(page.locator("#brush-label")).to_have_text("2019-04-01 – 2019-05-31")
    expect(page.locator("#map")).to_have_attribute("data-markers", str(len(spring)))
    expect(timeline.locator("g.bin.out")).not_to_have_count(0)  # bars outside dimmed
    ui.shot()
    # a click picks one month
    page.mouse.click(a["x"] + a["width"] / 2, a["y"] + a["height"] / 2)
    in_april = stored.ids(overlap, "2019-04-01", "2019-04-30")
    expect(rows(ui)).to_have_count(len(in_april))
    assert set(row_ids(ui)) == in_april and in_april <= spring
    expect(page.locator("#brush-label")).to_have_text("2019-04-01 – 2019-04-30")
    # a filter change starts afresh: new histogram, no brush (DR Congo has nothing in 2019)
    page.select_option("#country", "CD")
    expect(rows(ui)).to_have_count(stored.count("country = 'CD'"))
    expect(page.locator("#brush-label")).to_have_text("drag across the bars to filter by date")
    expect(timeline).to_have_attribute("data-unit", "day")  # two days in May 2024
    page.select_option("#country", "")
    expect(rows(ui)).to_have_count(total)
    expect(timeline).to_have_attribute("data-unit", "month")
    a = april.bounding_box()
    page.mouse.click(a["x"] + a["width"] / 2, a["y"] + a["height"] / 2)
    expect(rows(ui)).to_have_count(len(in_april))
    page.click("#brush-reset")
    expect(rows(ui)).to_have_count(total)
    expect(page.locator("#brush-reset")).to_be_hidden()
    expect(timeline.locator("g.bin.out")).to_have_count(0)


def _health(base: str) -> dict:
    with urllib.request.urlopen(f"{base}/health", timeout=5) as answer:
        return json.load(answer)


def test_paste_box_extracts_a_pasted_article(ui, stored):
    ui.open()
    page = ui.page
    before = _health(ui.base)
    page.click("#paste-box summary")
    page.fill("#paste-text", PASTED)
    page.fill("#paste-date", "2024-03-12")
    with page.expect_response(lambda r: r.url.endswith("/api/extract")) as answer:
        page.click("#paste-extract")
    assert answer.value.status == 200
    result = answer.value.json()
    panel = page.locator("#event-panel")
    expect(panel).to_have_attribute("data-kind", "extract")
    expect(panel).to_have_attribute("data-state", "ready")
    expect(panel.locator(".event-card")).to_have_count(len(result["events"]))
    assert result["events"], "extraction found no event in the pasted article"
    expect(page.locator("#paste-status")).to_contain_text(f"{len(result['events'])} event")
    # the claim of seven killed, by the local official, from the first sentence
    seven = panel.locator('li.claim[data-claim-value="7"]')
    expect(seven).to_have_count(1)
    expect(seven).to_contain_text("killed")
    expect(seven).to_contain_text("local official")
    first = next(c for e in result["events"] for c in e["claims"] if c["value"] == 7)
    assert first["evidence"]["start"] == 0
    seven.locator(".evidence-link").click()
    expect(panel.locator("mark.active").first).to_be_in_viewport()
    found = active_offset(ui)
    assert found["before"] == 0 and "killed seven villagers" in found["text"]
    assert found["text"] == first["evidence"]["text"]
    # the nurse's nine dead come after the emoji: offsets must count code points
    nine = panel.locator('li.claim[data-claim-value="9"]')
    expect(nine).to_have_count(1)
    nine.locator(".evidence-link").click()
    found = active_offset(ui)
    nurse = next(c for e in result["events"] for c in e["claims"] if c["value"] == 9)
    assert nurse["evidence"]["start"] == PASTED.index(NURSE_SENTENCE)  # in code points
    assert found == {"before": nurse["evidence"]["start"], "text": NURSE_SENTENCE}
    expect(panel.locator(".article-text")).to_contain_text("🙏🏽 we are burying")
    expect(panel.locator(".span-mismatch")).to_have_count(0)
    # the pasted events are drawn on the map; nothing was stored
    expect(page.locator(".event-dot.pasted").first).to_be_attached()
    assert _health(ui.base)["events"] == before["events"] == stored.count()


def test_markup_in_an_article_is_text_and_never_runs(ui, stored):
    ui.open()
    page = ui.page
    panel = page.locator("#event-panel")
    record = json.loads(HOSTILE.read_text("utf-8"))
    defaced = next(p for p in record["text"].split("\n\n") if p.startswith("The defaced"))
    assert all(m in defaced for m in MARKUP) and "<script>" in record["title"]
    (hostile,) = stored.of_document(HOSTILE_ID)
    row = page.locator(f'#events-table tr[data-event-id="{hostile}"]')
    expect(row).to_contain_text("Kenyam")
    row.click()
    expect(panel).to_have_attribute("data-state", "ready")
    article = panel.locator(f'article.source[data-document-id="{HOSTILE_ID}"]')
    expect(article.locator("h4")).to_have_text(record["title"])
    for markup in MARKUP:
        expect(article.locator(".article-text")).to_contain_text(markup)
    # the page's claim of five dead has no claimant; its evidence, markup and all, is a mark
    five = panel.locator('li.claim[data-claim-value="5"]')
    expect(five).to_contain_text("unattributed")
    five.locator(".evidence-link").click()
    expect(panel.locator("mark.active").first).to_be_in_viewport()
    assert active_offset(ui) == {"before": record["text"].index(defaced), "text": defaced}
    assert panel.locator("script, img, iframe, object, embed").count() == 0
    ui.shot()
    # the same article pasted into the paste box
    page.click("#paste-box summary")
    page.fill("#paste-text", record["text"])
    page.click("#paste-extract")
    expect(panel).to_have_attribute("data-kind", "extract")
    expect(panel).to_have_attribute("data-state", "ready")
    five = panel.locator('li.claim[data-claim-value="5"]')
    five.locator(".evidence-link").click()
    assert active_offset(ui)["text"] == defaced
    assert panel.locator("script, img, iframe, object, embed").count() == 0
    # nothing ran: no global set, no dialog, no request for the image "x"
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert ui.dialogs == []
    assert not [u for u in ui.requests if u.removeprefix(ui.base).startswith("/x")]
