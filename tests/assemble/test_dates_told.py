"""Dates news English tells in passing: a possessive weekday ("Saturday's bombing"), "over the
weekend"; "the day before" / "sehari sebelumnya", counted from the day told before it, not from
publication; "other attacks" are other acts, never the one just told; the day of an act
answered ("a reprisal for a Tuesday raid") or still ahead ("ahead of June 7 elections") is
that act's."""

import pytest

from .extracted import extract_cases

# (text, published, events as (date, [claim values]))
CASES = [
    (
        "Saturday's bombing of a crowded bus station in Maiduguri killed 12 people, police said.",
        "2015-06-03",
        [("2015-05-30", [12])],
    ),
    (
        "Yesterday's attack on a checkpoint near Kano killed three soldiers.",
        "2015-06-03",
        [("2015-06-02", [3])],
    ),
    (
        "Gunmen stormed a village near Jos over the weekend, killing seven people, residents said.",
        "2015-06-03",
        [("2015-05-29", [7])],
    ),
    (  # the other attacks, a total over days, are neither this attack nor an event of their own
        "A suicide bomber killed nine people at a mosque in Potiskum on Tuesday. Other attacks "
        + "blamed on the group killed more than 40 people in Yobe last week.",
        "2015-06-03",
        [("2015-06-02", [9])],
    ),
    (  # the day before the Saturday told, not the day before publication
        "An air strike hit a car near Tyre on Saturday, killing two people, the health ministry "
        + "said. The day before, a drone strike killed a farmer in Bint Jbeil.",
        "2025-11-03",
        [("2025-11-01", [2]), ("2025-10-31", [1])],
    ),
    (
        "Serangan udara menghantam sebuah mobil di dekat Tyre pada Sabtu (1/11/2025) dan "
        + "menewaskan dua orang, kata Kementerian Kesehatan. Sehari sebelumnya, seorang petani "
        + "tewas dalam serangan drone di Bint Jbeil.",
        "2025-11-03",
        [("2025-11-01", [2]), ("2025-10-31", [1])],
    ),
    (  # a scraper's mojibake ("onÂ Sunday") hides no day, place or count
        "Gunmen attacked a police post near KanoÂ onÂ Sunday, killing fourÂ officers, police "
        + "said.",
        "2015-06-03",
        [("2015-05-31", [4])],
    ),
    (  # the day of the act it answers dates that act, not this one (undated: the day before
        # publication to it)
        "Fighters attacked the outskirts of Maiduguri, residents said. The attack could have "
        + "been a reprisal for losses the group suffered in a Tuesday raid on its camp.",
        "2015-05-14",
        [("2015-05-13", [])],
    ),
    (
        "Kelompok bersenjata menyerang pos polisi di Sugapa, Intan Jaya. Serangan itu diduga "
        + "sebagai balasan atas operasi aparat keamanan di kampung mereka pada Senin.",
        "2024-03-06",
        [("2024-03-05", [])],
    ),
    (  # the clause telling the act answered with an event word of its own: its day is that act's
        "Troops launched a raid near Kidal on Thursday in response to an attack on a checkpoint "
        + "near Aguelhok on Tuesday.",
        "2024-03-08",
        [("2024-03-07", []), ("2024-03-05", [])],
    ),
    (  # a day still ahead is no day of the act, nor history (June 7 read as last year's)
        "A bomb exploded at the office of an opposition party in Adana, wounding six people "
        + "ahead of June 7 elections.",
        "2015-05-19",
        [("2015-05-18", [6])],
    ),
    (
        "Bom meledak di kantor partai di Medan, melukai enam orang menjelang pemilu 14 Februari.",
        "2024-02-01",
        [("2024-01-31", [6])],
    ),
    (  # an undated act dated by a later sentence naming its place and a day of the last week
        "Jihadists overran the town of Kidal, officials said. Soldiers reportedly fled Kidal on "
        + "Sunday as the fighters reached the town centre.",
        "2024-03-06",
        [("2024-03-03", [])],
    ),
    (  # a day over a week back is another time: the days up to publication stay
        "Jihadists overran the town of Kidal, officials said. Soldiers reportedly fled Kidal on "
        + "20 February as the fighters reached the town centre.",
        "2024-03-06",
        [("2024-03-05", [])],
    ),
    (
        "Kelompok bersenjata menguasai kota Kiwirok, kata polisi. Pada Sabtu, warga Kiwirok "
        + "mengungsi setelah insiden itu.",
        "2024-03-06",
        [("2024-03-02", [])],
    ),
    (  # a lead with no place or time, told again in full right after it: one act, its time
        "Al-Shabaab has reported the death of a senior commander in an air strike, a "
        + "monitoring group said. The group said the commander had been killed along with "
        + "three guards near Jilib last month.",
        "2024-03-06",
        [("2024-02-01", [1, 3])],
    ),
    (
        "Al-Shabaab mengumumkan seorang komandan seniornya terbunuh dalam serangan udara, kata "
        + "sebuah lembaga pemantau. Komandan Al-Shabaab itu tewas bersama tiga pengawalnya "
        + "dalam serangan di dekat Jilib pada bulan lalu.",
        "2024-03-06",
        [("2024-02-01", [1, 3])],
    ),
    (  # with no day told before it, from publication
        "Sehari sebelumnya, seorang petani tewas dalam serangan drone di Bint Jbeil.",
        "2025-11-03",
        [("2025-11-02", [1])],
    ),
    (  # "the day before" the first day of year 1: no day before it, no overflow
        "Gunmen attacked a village near Gao on Monday, killing three people. The day before, "
        "soldiers shelled a camp near Kidal.",
        "0001-01-02",
        [("0001-01-01", [3]), ("0001-01-01", [])],
    ),
    (
        "Orang bersenjata menyerang desa dekat Gao pada Senin dan menewaskan tiga orang. "
        "Sehari sebelumnya, tentara menembaki kamp dekat Kidal.",
        "0001-01-02",
        [("0001-01-01", [3]), ("0001-01-01", [])],
    ),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory, gazetteer_path):
    found = extract_cases(tmp_path_factory.mktemp("dates_told"), CASES, gazetteer_path)
    return {
        i: [
            (e["date"], [c["value"] for c in e["claims"]])
            for e in events
            if e["event_type"] != "Strategic developments"
        ]
        for i, events in found.items()
    }


@pytest.mark.parametrize("case", range(len(CASES)))
def test_the_date_told_in_passing(events, case):
    assert events[case] == CASES[case][2]
