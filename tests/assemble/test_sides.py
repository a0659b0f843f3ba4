"""Who attacked when the text names only who was hit: ACLED's Unidentified Armed Group, with
the forces hit as actor2, in both languages; an air strike's is the country's military, an
arrest's its police; in Brazil, ACLED's own name for who kills civilians unnamed in a
drive-by shooting; a battle
whose two sides are named keeps them."""

import pytest

from .extracted import extract_texts

TEXTS = {
    # the subject of "came under attack" / "menginjak ranjau" was hit, not the attacker
    "en-convoy": (
        "A military convoy came under attack near Timbuktu on Monday. At least three soldiers "
        "were killed, a local official said."
    ),
    "id-mine": (
        "Sebuah truk militer menginjak ranjau darat di Amarapura pada Senin (4/5/2020), "
        "melukai dua tentara."
    ),
    # a battle with one side named: the other is unidentified
    "en-one-side": (
        "Fighting broke out between soldiers and militiamen near Beni on Monday, leaving five "
        "people dead."
    ),
    "id-one-side": (
        "Baku tembak pecah antara tentara dan milisi di dekat Beni pada Senin (4/5/2020), lima "
        "orang tewas."
    ),
    # an air strike with no one named as striking: the country's own military flew it
    "en-air-strike": (
        "An airstrike on a Tehreek-e-Taliban Pakistan hideout in North Waziristan on Monday "
        "killed six militants, officials said."
    ),
    "id-air-strike": (
        "Serangan udara menghantam sebuah desa di Sagaing pada Senin (4/5/2020) dan menewaskan "
        "empat warga."
    ),
    # a strike told with the striker's nationality is that state's, wherever it hit
    "en-israeli": "An Israeli air strike killed two men in Rafah on Monday.",
    "id-israeli": "Serangan udara Israel menewaskan dua pria di Rafah pada Senin (4/5/2020).",
    # ... and so is one told with the country's short name written before it as an adjective
    "en-us-drone": (
        "Four suspected militants died in a US drone strike near Miranshah on Sunday, local "
        "officials said."
    ),
    "en-us-airstrike": "A U.S. airstrike killed two militants near Jilib in Somalia on Sunday.",
    # who laid the bomb, told in the next sentence, is the attacker; and so when told in the
    # sentence of the blast itself
    "en-planted": (
        "On Monday, two soldiers were killed when their truck struck an IED near Djibo. The "
        "device was likely planted by JNIM."
    ),
    "en-planted-same": (
        "Ansaroul Islam fighters planted a bomb that killed a farmer near Djibo on Monday."
    ),
    "id-planted": (
        "Dua tentara tewas saat truk mereka menginjak bom rakitan di dekat Djibo pada Senin "
        "(4/5/2020). Bom itu diduga dipasang oleh militan JNIM."
    ),
    # barrel bombs are dropped from the air; the people they killed, with nobody named as
    # hit, are civilians
    "en-barrel": (
        "Barrel bombs dropped on a market in Saraqib on Tuesday killed nine people, a rescue "
        "worker said."
    ),
    "id-barrel": (
        "Bom barel yang dijatuhkan di sebuah pasar di Saraqib pada Selasa (5/5/2020) "
        "menewaskan sembilan orang."
    ),
    # an arrest by nobody named is the police's
    "en-arrest": "Nine opposition activists were arrested in Mombasa on Monday.",
    "id-arrest": "Dua belas tersangka penyelundup ditahan di Garissa pada Senin (4/5/2020).",
    # Brazil: ACLED's name for whoever kills civilians unnamed with a gang's hallmarks (stop 29)
    "en-brazil": (
        "Gunmen on a motorcycle shot dead two men in a drive-by shooting in a favela in Rio de "
        "Janeiro on Monday."
    ),
    "id-brazil": (
        "Dua pria tewas dalam penembakan dari kendaraan yang melintas di Duque de Caxias, Rio de "
        "Janeiro, pada Senin (4/5/2020)."
    ),
    # traps: both sides named, neither told as the doer
    "en-two-sides": (
        "Clashes between the army and ADF rebels near Beni killed five people on Monday."
    ),
    "id-two-sides": (
        "Bentrokan antara tentara dan kelompok bersenjata pecah di dekat Beni pada Senin "
        "(4/5/2020), lima orang tewas."
    ),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer_path):
    rows = [(k, t, "2020-05-05") for k, t in TEXTS.items()]
    return extract_texts(tmp_path_factory.mktemp("sides"), rows, gazetteer_path)


def _sides(event: dict) -> tuple:
    return (
        event["actor1"]["name"],
        (event.get("actor2") or {}).get("name"),
        [a["name"] for a in event.get("assoc_actor1", []) + event.get("assoc_actor2", [])],
    )


@pytest.mark.parametrize(
    ("key", "event_type", "sides"),
    [
        ("en-convoy", "Battles",
         ("Unidentified Armed Group (Mali)", "Military Forces of Mali", [])),
        ("id-mine", "Explosions/Remote violence",
         ("Unidentified Armed Group (Myanmar)", "Military Forces of Myanmar", [])),
        ("en-one-side", "Battles",
         ("Unidentified Armed Group (Democratic Republic of Congo)",
          "Military Forces of the Democratic Republic of Congo", [])),
        ("id-one-side", "Battles",
         ("Unidentified Armed Group (Democratic Republic of Congo)",
          "Military Forces of the Democratic Republic of Congo", [])),
        ("en-air-strike", "Explosions/Remote violence",
         ("Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan", [])),
        ("id-air-strike", "Explosions/Remote violence",
         ("Military Forces of Myanmar", "Civilians (Myanmar)", [])),
        ("en-israeli", "Explosions/Remote violence",
         ("Military Forces of Israel", "Civilians (Palestine)", [])),
        ("id-israeli", "Explosions/Remote violence",
         ("Military Forces of Israel", "Civilians (Palestine)", [])),
        ("en-us-drone", "Explosions/Remote violence",
         ("Military Forces of the United States", "Unidentified Armed Group (Pakistan)", [])),
        ("en-us-airstrike", "Explosions/Remote violence",
         ("Military Forces of the United States", "Unidentified Armed Group (Somalia)", [])),
        ("en-planted", "Explosions/Remote violence",
         ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso", [])),
        ("en-planted-same", "Explosions/Remote violence",
         ("Ansaroul Islam", "Civilians (Burkina Faso)", [])),
        ("id-planted", "Explosions/Remote violence",
         ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso", [])),
        ("en-barrel", "Explosions/Remote violence",
         ("Military Forces of Syria", "Civilians (Syria)", [])),
        ("id-barrel", "Explosions/Remote violence",
         ("Military Forces of Syria", "Civilians (Syria)", [])),
        ("en-arrest", "Strategic developments",
         ("Police Forces of Kenya", "Civilians (Kenya)", [])),
        ("id-arrest", "Strategic developments", ("Police Forces of Kenya", None, [])),
        ("en-brazil", "Violence against civilians",
         ("Unidentified Gang and/or Police Militia (Brazil)", "Civilians (Brazil)", [])),
        ("id-brazil", "Violence against civilians",
         ("Unidentified Gang and/or Police Militia (Brazil)", "Civilians (Brazil)", [])),
        ("en-two-sides", "Battles",
         ("ADF: Allied Democratic Forces", "Military Forces of the Democratic Republic of Congo", [])),
        ("id-two-sides", "Battles",
         ("Military Forces of the Democratic Republic of Congo",
          "Unidentified Armed Group (Democratic Republic of Congo)", [])),
    ],
)  # fmt: skip
def test_the_attacker_named_or_unidentified_and_the_side_hit(extracted, key, event_type, sides):
    [event] = extracted[key]
    assert event["event_type"] == event_type
    assert _sides(event) == sides
