"""A crowd that gathers after an act ("Setelah penembakan terjadi, ratusan pendukung berkumpul
di depan rumah sakit") came together after it: neither side of the act. Before, the supporters
were read as the side the shooting hit, and so as Rioters; the man shot is a civilian."""

import pytest

from .extracted import extract_texts

TEXTS = {
    "id-supporters": (
        "Seorang wali kota ditembak orang tak dikenal saat berpidato di Medellin, Kolombia, pada "
        "Senin (4/5/2020). Ia mengalami dua luka tembak. Setelah penembakan terjadi, ratusan "
        "pendukung berkumpul di depan rumah sakit."
    ),
    # trap: a crowd told before the act it took part in stays a side of it
    "id-crowd-first": (
        "Ratusan warga berkumpul lalu menyerang pos polisi di Wamena, Papua, pada Senin (4/5/2020)."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2020-05-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("gathered_after"), rows, gazetteer_path)


def test_supporters_gathering_after_a_shooting_are_no_side(extracted):
    events = extracted["id-supporters"]
    assert len(events) == 1, events
    ev = events[0]
    assert ev["event_type"] == "Violence against civilians"
    assert ev["actor1"]["name"] == "Unidentified Armed Group (Colombia)"
    assert ev["actor2"]["name"] == "Civilians (Colombia)"


def test_a_crowd_gathering_before_its_attack_still_acts(extracted):
    events = extracted["id-crowd-first"]
    assert len(events) == 1, events
    assert events[0]["event_type"] == "Riots"
    assert events[0]["actor1"]["name"] == "Rioters (Indonesia)"
