"""An attribution opening a sentence ("According to X, ...", "Menurut laporan X, ...") frames
the sentences just after it: their figures told on no one's word are X's. A speaker of their
own, or a reporting verb between, ends the frame."""

import pytest

from .extracted import extract_texts

# (text, [(value, claimant name or None)] over the document's events)
CASES = {
    "en": (
        "According to Reuters, the new missile was first fired at Haifa on Sunday. Footage "
        "filmed in the city shows the speed of the missile. The barrage killed at least eight "
        "people in Haifa.",
        [(8, "Reuters")],
    ),
    "id": (
        "Adapun menurut laporan Reuters, rudal baru itu kali pertama ditembakkan ke Haifa "
        "pada Minggu (15/6/2025). Video yang direkam di kota itu memperlihatkan kecepatan "
        "rudal tersebut. Serangan rudal itu menewaskan sedikitnya delapan orang di Haifa.",
        [(8, "Reuters")],
    ),
    # an attribution later in its sentence frames nothing after it
    "en-not-opening": (
        "The new missile was first fired at Haifa on Sunday, according to Reuters. The "
        "barrage killed at least eight people in Haifa.",
        [(8, None)],
    ),
    # another speaker between ends the frame
    "id-other-speaker": (
        "Menurut laporan Reuters, rudal baru itu kali pertama ditembakkan ke Haifa pada "
        "Minggu (15/6/2025). Israel membantah hal itu, kata juru bicara militer Israel. "
        "Serangan rudal itu menewaskan sedikitnya delapan orang di Haifa.",
        [(8, None)],
    ),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2025-06-16") for k, (t, _) in CASES.items()]
    found = extract_texts(tmp_path_factory.mktemp("framing"), rows, gazetteer_path)
    return {
        k: sorted(
            (c["value"], (c.get("claimant") or {}).get("name"))
            for e in events
            for c in e["claims"]
            if c["kind"] == "killed"
        )
        for k, events in found.items()
    }


@pytest.mark.parametrize("key", sorted(CASES))
def test_an_opening_attribution_frames_the_next_sentences(claims, key):
    assert claims[key] == CASES[key][1]
