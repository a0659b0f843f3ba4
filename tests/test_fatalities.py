"""The fatalities policy on claims built by hand."""

from warta.fatalities import ALIVE, alive_kinds, summarise
from warta.model import ActorRef, Claim, Evidence, Fatalities

EV = Evidence(0, 1, "x")


def claim(value, claimant, qualifier="exact", kind="killed", also=()):
    return Claim(kind, value, qualifier, ActorRef(claimant), EV, also=also)


def test_lowest_honest_account_is_best_and_boasts_only_raise_high():
    claims = [claim(30, "Islamic State"), claim(12, "hospital officials"), claim(14, "police")]
    assert summarise(claims, "killed", [True, False, False]) == Fatalities(12, 12, 30)


def test_an_up_to_figure_sets_best_and_a_floor_of_zero():
    claims = [claim(20, "Islamic State"), claim(12, "army", qualifier="at_most")]
    assert summarise(claims, "killed", [True, False]) == Fatalities(0, 12, 20)


def test_one_claimant_figures_for_both_sides_add_up():
    soldiers = Claim(
        "killed", 7, "exact", ActorRef("Military Forces of Somalia"), EV, victims="seven soldiers"
    )
    militants = Claim(
        "killed",
        100,
        "at_least",
        ActorRef("Military Forces of Somalia"),
        EV,
        victims="100 militants",
    )
    boast = Claim("killed", 159, "exact", ActorRef("Al Shabaab"), EV, victims="159 soldiers")
    assert summarise([soldiers, militants, boast], "killed", [False, True, True]) == Fatalities(
        107, 107, 159
    )


def test_a_figure_told_twice_by_one_claimant_counts_once():
    claims = [claim(2, "army"), claim(2, "army")]
    assert summarise(claims, "killed") == Fatalities(2, 2, 2)


def test_killed_or_missing_counts_for_high_not_best():
    claims = [
        claim(20, "Islamic State"),
        claim(12, "pro-regime social media", "at_least", also=("missing",)),
    ]
    assert summarise(claims, "killed", [True, False]) == Fatalities(20, 20, 20)
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


def test_two_residents_competing_totals_are_two_accounts_never_summed():
    first = Claim(
        "killed", 22, "exact", ActorRef("resident"), Evidence(0, 40, "x"), victims="people"
    )
    second = Claim(
        "killed", 31, "exact", ActorRef("resident"), Evidence(41, 90, "y"), victims="villagers"
    )
    assert summarise([first, second], "killed") == Fatalities(22, 22, 31)


def test_a_named_party_figures_in_two_sentences_are_one_account():
    army = ActorRef("Military Forces of Nigeria", "state_forces")
    soldiers = Claim("killed", 3, "exact", army, Evidence(0, 40, "x"), victims="soldiers")
    bandits = Claim("killed", 12, "exact", army, Evidence(41, 90, "y"), victims="bandits")
    assert summarise([soldiers, bandits], "killed") == Fatalities(15, 15, 15)


def test_groups_told_in_one_sentence_on_no_ones_word_add_up():
    one = Evidence(0, 40, "killed one policeman and one civilian")
    policeman = Claim("killed", 1, "exact", None, one, victims="policeman")
    civilian = Claim("killed", 1, "exact", None, one, victims="civilian")
    assert summarise([policeman, civilian], "killed") == Fatalities(2, 2, 2)


def test_figures_on_no_ones_word_in_two_sentences_are_two_accounts():
    first = Claim("killed", 10, "exact", None, Evidence(0, 20, "a"), victims="people")
    second = Claim("killed", 12, "exact", None, Evidence(30, 50, "b"), victims="people")
    assert summarise([first, second], "killed") == Fatalities(10, 10, 12)


def test_casualties_all_wounded_are_zero_dead_and_none_told_is_unknown():
    wounded = Claim("injured", 6, "exact", None, EV, victims="people")
    vague_dead = Claim("killed", None, "unknown", None, EV)
    assert summarise([wounded], "killed") == Fatalities(0, 0, 0)
    assert summarise([wounded, vague_dead], "killed") is None
    assert summarise([], "killed") is None


def test_casualties_all_taken_alive_in_violence_are_zero_dead_and_the_missing_alone_unknown():
    taken = Claim("captured", 12, "at_least", ActorRef("local official"), EV, victims="pupils")
    wounded = Claim("injured", 2, "exact", None, EV, victims="guards")
    missing = Claim("missing", 5, "exact", None, EV, victims="fishermen")
    assert summarise([taken], "killed", alive=ALIVE) == Fatalities(0, 0, 0)
    assert summarise([taken, wounded], "killed", alive=ALIVE) == Fatalities(0, 0, 0)
    assert summarise([missing], "killed", alive=ALIVE) is None
    assert summarise([taken, claim(3, "police")], "killed", alive=ALIVE) == Fatalities(3, 3, 3)
    # an arrest is no casualty: taken alive counts only in an act of political violence
    assert summarise([taken], "killed", alive=alive_kinds("Strategic developments")) is None
    assert alive_kinds("Violence against civilians") == ALIVE
