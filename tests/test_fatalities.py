"""The fatalities policy on claims built by hand."""

from warta.fatalities import summarise
from warta.model import ActorRef, Claim, Evidence, Fatalities

EV = Evidence(0, 1, "x")


def claim(value, claimant, qualifier="exact", kind="killed", also=()):
    return Claim(kind, value, qualifier, ActorRef(claimant), EV, also=also)


def test_lowest_honest_figure_is_best_and_boasts_only_raise_high():
    claims = [claim(30, "Islamic State"), claim(12, "hospital officials"), claim(14, "police")]
    assert summarise(claims, "killed", {"Islamic State"}) == Fatalities(12, 12, 30)


def test_an_up_to_figure_sets_best_and_a_floor_of_zero():
    claims = [claim(20, "Islamic State"), claim(12, "army", qualifier="at_most")]
    assert summarise(claims, "killed", {"Islamic State"}) == Fatalities(0, 12, 20)


def test_killed_or_missing_counts_for_high_not_best():
    claims = [claim(20, "Islamic State"), claim(12, "pro-regime social media", "at_least", also=("missing",))]
    assert summarise(claims, "killed", {"Islamic State"}) == Fatalities(20, 20, 20)
    lumped_only = [claim(12, "pro-regime social media", "at_least", also=("missing",))]
    assert summarise(lumped_only, "killed") == Fatalities(0, None, 12)


def test_unknown_figures_give_no_fatalities():
    assert summarise([claim(None, "Liwa al-Quds", "unknown")], "killed") is None


def test_zero_is_a_figure():
    assert summarise([claim(0, "police")], "killed") == Fatalities(0, 0, 0)


def test_other_kinds_are_summarised_apart():
    claims = [claim(4, "army"), claim(9, "army", kind="injured")]
    assert summarise(claims, "injured") == Fatalities(9, 9, 9)
    assert summarise(claims, "killed") == Fatalities(4, 4, 4)
