"""A later paragraph's claim about "that attack" belongs to the attack already told: one
incident is one event with every party's claim, at the article's place and date."""

import json

from ..conftest import FIXTURES, run_warta

FOLDER = FIXTURES / "coreference"


def _events(name: str, published: str, gazetteer_path) -> list[dict]:
    out = run_warta("extract", str(FOLDER / name), "--published", published,
                    "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["events"]


def _events_of(text: str, published: str, tmp_path, gazetteer_path) -> list[dict]:
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    out = run_warta("extract", str(article), "--published", published,
                    "--gazetteer", str(gazetteer_path))  # fmt: skip
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["events"]


def _claims(event: dict) -> set[tuple[str | None, str, int]]:
    return {((c["claimant"] or {}).get("name"), c["kind"], c["value"]) for c in event["claims"]}


def test_the_rebels_later_claim_in_serangan_tersebut_joins_the_ambush(gazetteer_path):
    (event,) = _events("id_nduga_claim_in_that_attack.txt", "2025-06-11", gazetteer_path)
    assert event["date"] == "2025-06-10"  # Selasa, not the day the claim was published
    assert event["location"]["name"] == "Kenyam" and event["location"]["precision"] <= 2
    assert _claims(event) == {
        ("Military Forces of Indonesia", "killed", 2),
        ("West Papua National Liberation Army", "killed", 5),
    }
    assert (event["fatalities"]["low"], event["fatalities"]["high"]) == (2, 5)


def test_the_rsf_and_msf_figures_in_that_attack_join_the_ambush(gazetteer_path):
    (event,) = _events("en_kordofan_claim_in_that_attack.txt", "2025-06-12", gazetteer_path)
    assert event["date"] == "2025-06-10"
    assert event["location"]["country"] == "SD" and event["location"]["precision"] <= 2
    assert abs(event["location"]["lat"] - 13.7) < 0.5  # Bara, North Kordofan; never Khartoum
    assert {(k, v) for _, k, v in _claims(event)} == {
        ("killed", 3),
        ("killed", 15),
        ("injured", 11),
    }


def test_words_only_inside_a_quotation_start_no_event_but_add_to_one_told(tmp_path, gazetteer_path):
    quote_only = tmp_path / "quote.txt"
    quote_only.write_text(
        '"Penggalian ini menghancurkan situs-situs bersejarah kami di Silwan," kata penasihat '
        "gubernur Yerusalem kepada wartawan, Rabu (22/10/2025).\n",
        "utf-8",
    )
    told = tmp_path / "told.txt"
    told.write_text(
        "Gunmen killed four villagers in an attack on Kurfa in Zamfara state on Saturday, police "
        'said.\n\n"They burned houses and shot people as they ran, and six more died in '
        'hospital," a resident said.\n',
        "utf-8",
    )
    for path, count in ((quote_only, 0), (told, 1)):
        out = run_warta("extract", str(path), "--published", "2025-10-23",
                        "--gazetteer", str(gazetteer_path))  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert len(json.loads(out.stdout)["events"]) == count
    (event,) = json.loads(
        run_warta(
            "extract", str(told), "--published", "2025-10-23", "--gazetteer", str(gazetteer_path)
        ).stdout
    )["events"]
    assert {(c["kind"], c["value"]) for c in event["claims"]} == {("killed", 4), ("killed", 6)}


def test_an_attack_last_week_is_not_the_undated_news_it_follows(tmp_path, gazetteer_path):
    events = _events_of(
        "Car bomb hits convoy near Kabul airport\n\n"
        "A suicide car bomber has killed four people, including a foreign soldier, in an attack "
        "on a convoy near Kabul's airport, officials said.\n\n"
        "A spokesman for the Danish embassy confirmed that one Danish trainer was among the "
        "dead.\n\n"
        "The Taliban also claimed an attack on a Kabul hotel last week that left 11 people "
        "dead.\n",
        "2015-05-17", tmp_path, gazetteer_path,
    )  # fmt: skip
    bomb = next(e for e in events if any(c["value"] == 4 for c in e["claims"]))
    assert bomb["date"] >= "2015-05-11"  # the news of the last days, not last week's attack
    assert ("officials", "killed", 4) in _claims(bomb)
    assert ("Danish embassy", "killed", 1) in _claims(bomb)
    assert all(c["value"] != 11 for c in bomb["claims"])


def test_a_dateline_after_the_headline_places_no_event(tmp_path, gazetteer_path):
    (event,) = _events_of(
        "Gunmen kill five at market in Mali\n\n"
        "Doha, Qatar - Gunmen on motorbikes killed five traders at a market in Gao on Monday, "
        "local officials said.\n",
        "2025-06-10", tmp_path, gazetteer_path,
    )  # fmt: skip
    assert event["location"]["country"] == "ML" and event["location"]["name"] == "Gao"


def test_a_subject_phrase_closed_by_itu_points_back_with_its_words(tmp_path, gazetteer_path):
    """'Serangan bersama gelombang roket lainnya itu ...': the pointer closes the whole phrase,
    whose other event words are no event of their own; the toll joins the attack told."""
    events = _events_of(
        "Hamas Tembakkan Roket ke Ashkelon\n\n"
        "GAZA, KOMPAS.com -- Hamas menembakkan puluhan roket ke Ashkelon, Israel, pada Selasa "
        "(3/6/2025) malam.\n\n"
        "Sirene terdengar di sejumlah kota di selatan Israel.\n\n"
        "Serangan bersama gelombang roket lainnya itu melukai sedikitnya 14 orang, kata layanan "
        "darurat Israel.\n",
        "2025-06-04", tmp_path, gazetteer_path,
    )  # fmt: skip
    assert len(events) == 1
    (event,) = events
    assert event["date"] == "2025-06-03" and event["location"]["name"] == "Ashkelon"
    assert any(c["kind"] == "injured" and c["value"] == 14 for c in event["claims"])


def test_where_remote_weapons_were_fired_to_is_the_place(tmp_path, gazetteer_path):
    """'menembakkan rudal ke Tel Aviv', 'fired rockets into Sderot': the place they struck, not
    the attacker's country named first."""
    for text, published, place in (
        ("Iran menembakkan rudal balistik ke Tel Aviv pada Minggu (15/6/2025), melukai tiga "
         "warga.", "2025-06-16", "Tel Aviv"),
        ("Lebanon-based fighters fired rockets into Kiryat Shmona on Sunday, wounding two "
         "residents.", "2024-06-17", "Qiryat Shmona"),  # the gazetteer's spelling
    ):  # fmt: skip
        (event,) = _events_of(text, published, tmp_path, gazetteer_path)
        assert event["event_type"] == "Explosions/Remote violence"
        assert event["location"]["name"] == place
