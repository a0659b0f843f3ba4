"""A peaceful protest kills no one by the codebook's definition (stop 28, taxonomy
`bloodless`): the deaths its sentences tell are of the act the crowd is about, so it has no
fatalities of its own (null) while the claims stay on the record. A protest met with deadly force is
another sub-type and keeps its dead. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, (sub-type, best fatalities) of the one event)
CASES = [
    (
        "Protests broke out in Nakuru on Monday after the MP made comments about the recent "
        "killing of two children.",
        "2025-03-04",
        ("Peaceful protest", None),
    ),
    (
        "On Monday, residents of Nakuru held a vigil and a silent protest, demanding a strict "
        "sentence for the driver who killed a journalist in a road accident.",
        "2025-03-04",
        ("Peaceful protest", None),
    ),
    (
        "Ratusan buruh berunjuk rasa di Bekasi, Senin, menuntut hukuman berat bagi sopir yang "
        "menabrak tewas seorang wartawan.",
        "2025-03-04",
        ("Peaceful protest", None),
    ),
    (
        "Police shot dead two protesters during a demonstration in Nakuru on Monday.",
        "2025-03-04",
        ("Excessive force against protesters", 2),
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("bloodless_protest"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_peaceful_protest_kills_no_one(found, case):
    events = found[case]
    assert [(e["sub_event_type"], (e["fatalities"] or {}).get("best")) for e in events] == [
        CASES[case][2]
    ]


@pytest.mark.parametrize(("case", "dead"), [(0, 2), (1, 1), (2, 1)])
def test_the_grievance_claim_is_kept(found, case, dead):
    assert [c["value"] for c in found[case][0]["claims"] if c["kind"] == "killed"] == [dead]
