"""The analyst's desk over HTTP (issue 17), against a real `warta serve` on 127.0.0.1 and a
real SQLite file made by `warta ingest`: the API bugs the issue lists, and reviews (accept,
reject, edit) logged in review_log, filtered, exported, and kept over re-ingests and
re-merges. Expected values come from the store (sqlite3) or from what the test posted."""

import csv
import io
import json
import sqlite3

import httpx
import pytest

from warta.export import ACLED_COLUMNS, UCDP_COLUMNS

from ..conftest import SEED, run_warta, serving

TOKEN = {"Authorization": "Bearer desk-token"}
# another report of the seed's Jabal Bishri ambush, in English
RETOLD = (
    "Islamic State fighters killed 25 Syrian soldiers in an ambush near Jabal Bishri in the "
    "Syrian desert on Thursday, the group's Amaq agency said."
)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, gazetteer_path):
    """The seed article (five Syrian events) ingested by the real CLI."""
    db = tmp_path_factory.mktemp("desk") / "desk.db"
    out = run_warta(
        "ingest", str(SEED), "--published", "2019-04-15", "--db", str(db),
        "--gazetteer", str(gazetteer_path),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return db


@pytest.fixture(scope="module")
def desk(seed_db, gazetteer_path):
    options = ("--gazetteer", str(gazetteer_path), "--token", "desk-token", "--write-rate", "0")
    with serving(seed_db, *options) as base, httpx.Client(base_url=base, timeout=30) as client:
        yield client


def events(db) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    try:
        return {
            i: json.loads(r) for i, r in conn.execute("SELECT id, record FROM events ORDER BY id")
        }
    finally:
        conn.close()


def at(db, place: str) -> str:
    (found,) = [i for i, r in events(db).items() if r["event"]["location"]["name"] == place]
    return found


# ---- the bugs ----


@pytest.mark.parametrize("path", ["/api/events", "/api/export"])
@pytest.mark.parametrize("params", [{"from": "2024-13-01"}, {"to": "2019-02-30"}])
def test_a_date_that_is_no_calendar_day_is_refused(desk, path, params):
    response = desk.get(path, params=params)
    assert response.status_code == 422, response.text
    assert "is not a date of the calendar" in response.json()["error"]
    assert next(iter(params)) in response.json()["error"]


def test_a_short_id_works_in_the_api_as_in_the_cli(desk, seed_db):
    ids = sorted(events(seed_db))
    full = ids[0]
    short = full[:6]
    assert sum(i.startswith(short) for i in ids) == 1
    response = desk.get(f"/api/events/{short}")
    assert response.status_code == 200 and response.json()["event"]["id"] == full
    cli = run_warta("events", "--db", str(seed_db), "show", short)
    place = response.json()["event"]["location"]["name"]
    assert cli.returncode == 0 and place in cli.stdout, cli.stderr
    # a prefix two events share names neither, in both (consistently)
    shared = {a[:1] for a in ids if sum(b.startswith(a[:1]) for b in ids) > 1}
    for prefix in shared:
        assert desk.get(f"/api/events/{prefix}").status_code == 404
        assert run_warta("events", "--db", str(seed_db), "show", prefix).returncode == 1


def test_head_on_the_export_answers_like_get_without_a_body(desk):
    head = desk.head("/api/export", params={"format": "acled-csv"})
    assert head.status_code == 200
    assert head.headers["content-type"].startswith("text/csv")
    assert head.headers["content-disposition"] == 'attachment; filename="warta-events.csv"'
    assert head.content == b""
    assert desk.head("/api/export", params={"format": "xlsx"}).status_code == 422


def test_serve_refuses_a_database_that_does_not_exist_unless_told_to_create_it(tmp_path):
    typo = tmp_path / "typo.db"
    out = run_warta("serve", "--db", str(typo), "--port", "1")
    assert out.returncode == 1
    assert "no such database" in out.stderr and "--create" in out.stderr
    assert not typo.exists()
    with serving(tmp_path / "new.db", "--create") as base:
        health = httpx.get(f"{base}/health").json()
        assert health["events"] == 0 and health["writable"] is True
    assert (tmp_path / "new.db").is_file()


# ---- reviews ----


def test_writes_need_the_token(desk, seed_db):
    target = min(events(seed_db))
    refused = desk.post(f"/api/events/{target}/review", json={"status": "accepted"})
    assert refused.status_code == 401
    refused = desk.post(f"/api/events/{target}/edit", json={"changes": {"fatalities": None}})
    assert refused.status_code == 401
    assert desk.get(f"/api/events/{target}/history").json()["log"] == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"type": {"event_type": "Battles", "sub_event_type": "Peaceful protest"}}, "sub-event"),
        ({"date": {"date": "2019-04-31"}}, "not a calendar date"),
        ({"location": {"name": "X", "lat": 95, "lon": 0}}, "lat must be within"),
        ({"fatalities": {"low": 5, "best": 3, "high": 9}}, "low <= best <= high"),
        ({"actor1": {"name": "A", "category": "aliens"}}, "category"),
        ({"claim:nope:0": {"claimant": "X", "value": 1}}, "no such claim"),
        ({"colour": "red"}, "unknown field"),
        ({"review_status": "accepted"}, "/review"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(desk, seed_db, changes, message):
    target = max(events(seed_db))
    before = events(seed_db)
    response = desk.post(f"/api/events/{target}/edit", json={"changes": changes}, headers=TOKEN)
    assert response.status_code == 422, response.text
    assert message in response.json()["error"]
    assert events(seed_db) == before


def test_an_analyst_edits_rejects_and_the_store_exports_and_keeps_it(desk, seed_db, gazetteer_path):
    bishri = at(seed_db, "Jabal Bishri")
    sukhnah = at(seed_db, "As Sukhnah")
    original = events(seed_db)[bishri]
    claim = original["event"]["claims"][0]
    claim_field = f"claim:{claim['document_id']}:{claim['evidence']['start']}"

    # edit the place, the fatalities and a claim's claimant, with a note
    place = {"name": "Al-Kawm", "admin1": "Homs", "country": "SY", "lat": 35.21, "lon": 38.86,
             "precision": 1}  # fmt: skip
    edit = desk.post(
        f"/api/events/{bishri[:8]}/edit",
        json={
            "changes": {
                "location": place,
                "fatalities": {"low": 15, "best": 18, "high": 20},
                claim_field: {"claimant": "Amaq News Agency", "value": 20},
            },
            "note": "checked against the SOHR report",
            "by": "rina",
        },
        headers=TOKEN,
    )
    assert edit.status_code == 200, edit.text
    body = edit.json()
    assert body["event"]["review_status"] == "edited"
    assert body["event"]["event"]["location"]["name"] == "Al-Kawm"
    assert body["event"]["event"]["fatalities"] == {"low": 15, "best": 18, "high": 20}
    assert len(body["logged"]) == 4  # three fields and the status

    # reject another
    reject = desk.post(
        f"/api/events/{sukhnah}/review",
        json={"status": "rejected", "note": "a duplicate of the Palmyra clash", "by": "rina"},
        headers=TOKEN,
    )
    assert reject.status_code == 200 and reject.json()["event"]["review_status"] == "rejected"

    # the audit table holds each change: who, when, what, before, after, note
    conn = sqlite3.connect(seed_db)
    log = conn.execute(
        "SELECT who, event_id, action, field, before, after, note, at FROM review_log ORDER BY id"
    ).fetchall()
    conn.close()
    assert [(r[1], r[2], r[3]) for r in log] == [
        (bishri, "edit", "location"),
        (bishri, "edit", "fatalities"),
        (bishri, "edit", claim_field),
        (bishri, "edit", "review_status"),
        (sukhnah, "rejected", "review_status"),
    ]
    assert {r[0] for r in log} == {"rina"} and all(r[7].endswith("Z") for r in log)
    assert json.loads(log[0][4])["name"] == "Jabal Bishri" and json.loads(log[0][5]) == {
        **place,
        "admin2": None,
    }
    assert json.loads(log[1][4]) == original["event"]["fatalities"]
    assert log[0][6] == "checked against the SOHR report"
    assert json.loads(log[4][4]) == "unreviewed" and json.loads(log[4][5]) == "rejected"

    # the history route shows it, and the event and the list read the edited values
    history = desk.get(f"/api/events/{bishri}/history").json()
    assert [e["field"] for e in history["log"]] == [r[3] for r in log[:4]]
    assert history["fields"]["fatalities"]["machine"] == original["event"]["fatalities"]
    assert history["fields"]["fatalities"]["conflict"] is None
    shown = desk.get(f"/api/events/{bishri}").json()
    assert shown["event"]["claims"][0]["claimant"]["name"] == "Amaq News Agency"
    rows = {e["id"]: e for e in desk.get("/api/events").json()["events"]}
    assert rows[bishri]["location"] == "Al-Kawm" and rows[bishri]["fatalities"]["best"] == 18
    assert rows[bishri]["review_status"] == "edited"
    assert rows[sukhnah]["review_status"] == "rejected"
    unreviewed = {r["id"] for r in rows.values() if r["review_status"] == "unreviewed"}
    assert len(unreviewed) == 3

    # review status, admin1 and sub-event type as filters
    def ids(**params):
        return {e["id"] for e in desk.get("/api/events", params=params).json()["events"]}

    assert ids(review_status="rejected") == {sukhnah}
    assert ids(review_status="edited") == {bishri}
    assert ids(review_status="unreviewed") == unreviewed
    assert ids(admin1="Homs") >= {bishri}
    assert bishri not in ids(admin1="Deir ez-Zor")
    assert ids(sub_type=original["event"]["sub_event_type"]) >= {bishri}
    assert ids(min_fatalities=19) & {bishri} == set()
    assert desk.get("/api/events", params={"review_status": "maybe"}).status_code == 422

    # exports: review_status in GeoJSON and JSON Lines, the edited values, no rejected events
    # unless asked; ACLED and UCDP keep their headers and ACLED's tags carry the status
    features = desk.get("/api/export", params={"format": "geojson"}).json()["features"]
    props = {f["id"]: f["properties"] for f in features}
    assert sukhnah not in props and props[bishri]["review_status"] == "edited"
    assert props[bishri]["location"] == "Al-Kawm" and props[bishri]["fatalities_best"] == 18
    point = next(f for f in features if f["id"] == bishri)["geometry"]["coordinates"]
    assert point == [38.86, 35.21]
    lines = desk.get("/api/export", params={"format": "jsonl", "rejected": "true"}).text
    statuses = {
        json.loads(x)["event"]["id"]: json.loads(x)["review_status"] for x in lines.split("\n") if x
    }
    assert statuses[sukhnah] == "rejected" and statuses[bishri] == "edited" and len(statuses) == 5

    import pandas as pd

    acled = pd.read_csv(io.StringIO(desk.get("/api/export", params={"format": "acled-csv"}).text))
    assert tuple(acled.columns) == ACLED_COLUMNS and len(acled) == 4
    row = acled[acled["location"] == "Al-Kawm"].iloc[0]
    assert row["fatalities"] == 18 and row["tags"] == "review status=edited"
    assert row["admin1"] == "Homs"
    everything = desk.get("/api/export", params={"format": "acled-csv", "rejected": "true"}).text
    every = pd.read_csv(io.StringIO(everything))
    assert len(every) == 5 and "review status=rejected" in set(every["tags"])
    ucdp = desk.get("/api/export", params={"format": "ucdp-csv"}).text
    assert tuple(next(csv.reader(io.StringIO(ucdp)))) == UCDP_COLUMNS

    # the CLI's export leaves the rejected event out too, and Parquet has review_status
    out = run_warta("export", "--db", str(seed_db), "--format", "jsonl")
    assert out.returncode == 0 and sukhnah not in out.stdout and bishri in out.stdout
    import pyarrow.parquet as pq

    parquet = seed_db.with_suffix(".parquet")
    out = run_warta("export", "--db", str(seed_db), "--format", "parquet", "-o", str(parquet),
                    "--rejected")  # fmt: skip
    assert out.returncode == 0, out.stderr
    table = pq.read_table(parquet).to_pylist()
    assert {r["id"]: r["review_status"] for r in table}[sukhnah] == "rejected"

    # a re-ingest of the same article changes nothing
    before = events(seed_db)
    again = run_warta("ingest", str(SEED), "--published", "2019-04-15", "--db", str(seed_db),
                      "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert again.returncode == 0 and "1 already stored" in again.stderr
    assert events(seed_db) == before

    # a new article telling the Bishri ambush merges into its event: the event gets another
    # source (merge v2 keeps the id of the event a report joins), and the edits and the
    # verdict stay on it; the machine's figure, now different, is listed as a conflict
    posted = desk.post("/api/documents", json={"id": "amaq-en", "text": RETOLD,
                       "published": "2019-04-15"}, headers=TOKEN)  # fmt: skip
    assert posted.status_code == 201, posted.text
    after = events(seed_db)
    (grown,) = posted.json()["events"]
    record = after[grown]
    assert set(original["reports"]) < set(record["reports"]) and len(record["sources"]) == 2
    assert record["review_status"] == "edited"
    assert record["event"]["location"]["name"] == "Al-Kawm"
    assert record["event"]["fatalities"] == {"low": 15, "best": 18, "high": 20}
    history = desk.get(f"/api/events/{grown}/history").json()
    assert len(history["log"]) == 4 and history["log"][0]["event_id"] == bishri
    conflict = history["fields"]["fatalities"]["conflict"]
    assert conflict is not None and conflict["best"] != 18
    assert history["fields"]["location"]["value"]["name"] == "Al-Kawm"
    assert after[sukhnah]["review_status"] == "rejected"


def test_an_analyst_merges_two_events_and_splits_them_again(desk, seed_db):
    before = events(seed_db)
    mayadin = at(seed_db, "Al Mayādīn")
    # the seed's event told with no place of its own sits at region level (the desert)
    (syria,) = [i for i, r in before.items() if r["event"]["location"]["precision"] == 3]
    reports = {mayadin: before[mayadin]["reports"], syria: before[syria]["reports"]}
    refused = desk.post("/api/events/merge", json={"events": [mayadin, syria]})
    assert refused.status_code == 401
    assert (
        desk.post("/api/events/merge", json={"events": [mayadin]}, headers=TOKEN).status_code == 422
    )

    merged = desk.post(
        "/api/events/merge",
        json={"events": [mayadin[:8], syria], "note": "one offensive", "by": "rina"},
        headers=TOKEN,
    )
    assert merged.status_code == 200, merged.text
    (one,) = merged.json()["events"]
    after = events(seed_db)
    assert mayadin not in after and syria not in after
    assert sorted(after[one["event"]["id"]]["reports"]) == sorted(reports[mayadin] + reports[syria])
    history = desk.get(f"/api/events/{one['event']['id']}/history").json()
    assert [(e["action"], e["who"], e["note"]) for e in history["log"]] == [
        ("merge", "rina", "one offensive")
    ]
    assert sorted(history["log"][0]["before"]["events"]) == sorted([mayadin, syria])

    # a split must name reports of the event, and leave some behind
    bad = desk.post(f"/api/events/{one['event']['id']}/split", json={"reports": ["nope"]},
                    headers=TOKEN)  # fmt: skip
    assert bad.status_code == 422
    split = desk.post(
        f"/api/events/{one['event']['id']}/split",
        json={"reports": reports[syria], "note": "two events after all", "by": "rina"},
        headers=TOKEN,
    )
    assert split.status_code == 200, split.text
    parts = {tuple(sorted(m["reports"])) for m in split.json()["events"]}
    assert parts == {tuple(sorted(reports[mayadin])), tuple(sorted(reports[syria]))}
    again = events(seed_db)
    assert set(again) == set(before)  # the same reports, so the same ids as before the merge
    assert again[mayadin]["event"] == before[mayadin]["event"]
    # each part's history has its split; the merge is in the history of the part holding
    # the merged event's first report
    logs = [desk.get(f"/api/events/{i}/history").json()["log"] for i in (mayadin, syria)]
    assert all(log[-1]["action"] == "split" for log in logs)
    assert sorted(e["action"] for log in logs for e in log) == ["merge", "split", "split"]


def test_places_are_found_in_the_gazetteer_for_placing_an_event(desk):
    found = desk.get("/api/places", params={"name": "Homs", "country": "sy"}).json()["places"]
    assert [p["id"] for p in found][:2] == ["geonames:169577", "iso:SY-HI"]
    assert 34.5 < found[0]["lat"] < 35 and found[0]["admin1"] == "Homs"
    assert desk.get("/api/places", params={"name": "Kawm al-Nowhere"}).json() == {"places": []}
    assert desk.get("/api/places", params={"name": ""}).status_code == 422


def test_the_actor_filter_takes_an_alias_and_the_facets_list_the_actors(desk, seed_db):
    rows = desk.get("/api/events", params={"actor": "ISIS"}).json()["events"]
    conn = sqlite3.connect(seed_db)
    expected = {
        r[0]
        for r in conn.execute("SELECT id FROM events WHERE 'Islamic State' IN (actor1, actor2)")
    }
    listed = conn.execute(
        "SELECT count(*) FROM events WHERE actor1 = 'Islamic State' OR actor2 = 'Islamic State'"
    ).fetchone()[0]
    conn.close()
    assert expected and {r["id"] for r in rows} == expected  # "ISIS" is no part of the name
    assert {
        r["id"] for r in desk.get("/api/events", params={"actor": "isis"}).json()["events"]
    } == expected
    actors = {a["name"]: a["count"] for a in desk.get("/api/facets").json()["actors"]}
    assert actors["Islamic State"] == listed
