"""A count before a passive reporting verb and "to have been" is the casualty word's count
(stop 28, `markers.report_bridge`): "Two soldiers were reported to have been killed" tells two
dead, as "were reported killed" does. Indonesian reads "dilaporkan telah tewas" without a
reporting verb. A bridge to another verb tells no death. Every sentence here is our own."""

import pytest

from .extracted import extract_cases

# (text, published, the event's best fatalities)
CASES = [
    (
        "Two soldiers were reported to have been killed in clashes with militants near Kidal on "
        "Monday.",
        "2025-03-04",
        2,
    ),
    (
        "Dua prajurit dilaporkan telah tewas dalam bentrokan dengan kelompok bersenjata di "
        "Sugapa, Senin.",
        "2025-03-04",
        2,
    ),
    (
        "Militants clashed with soldiers near Kidal on Monday. Two of the militants were "
        "reported to have fled.",
        "2025-03-04",
        None,
    ),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory, gazetteer_path):
    return extract_cases(tmp_path_factory.mktemp("reported_to_have"), CASES, gazetteer_path)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_reported_to_have_been_killed(found, case):
    assert [(e["fatalities"] or {}).get("best") for e in found[case]] == [CASES[case][2]]
