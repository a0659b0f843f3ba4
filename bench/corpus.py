"""A generated corpus of realistic mixed Indonesian/English conflict articles (for benches).

Each article tells one story in one region, as news does: a lead with the event, claims
from two sides, quotes, places of that region, and background paragraphs with no event.
"""

from __future__ import annotations

import random

REGIONS = {
    "papua": {"places": ["Sugapa", "Intan Jaya", "Ilaga", "Kenyam", "Nduga", "Timika"],
              "armed": ["KKB", "TPNPB"], "state": ["TNI", "Polri", "Brimob"]},
    "syria": {"places": ["As Sukhnah", "Deir Ezzor", "al-Mayadin", "Palmyra", "Homs"],
              "armed": ["ISIS", "Islamic State"], "state": ["SAA", "Syrian army"]},
    "nigeria": {"places": ["Maiduguri", "Gwoza", "Marte", "Zamfara", "Tsafe"],
                "armed": ["Boko Haram", "ISWAP"], "state": ["Nigerian army", "police"]},
    "sahel": {"places": ["Gao", "Menaka", "Djibo", "Tillaberi", "Mopti"],
              "armed": ["JNIM", "Islamic State Sahel"], "state": ["Malian army", "FAMa"]},
    "drc": {"places": ["Goma", "Beni", "Oicha", "Rutshuru", "Bunia"],
            "armed": ["M23", "ADF"], "state": ["FARDC", "Congolese army"]},
}  # fmt: skip

ID_EVENT = [
    "{armed} menyerang pos {state} di {place} pada hari {day}, kata juru bicara militer.",
    "Menurut {state}, sedikitnya {n} orang tewas dan {m} lainnya luka-luka dalam serangan di dekat {place}.",
    "{armed} mengklaim telah membunuh {n} anggota {state} dalam penyergapan itu.",
    '"Kami sudah mengevakuasi korban ke rumah sakit di {place2}," kata Kapolres {person} kepada wartawan.',
]
ID_BACKGROUND = [
    "Warga dari beberapa kampung dilaporkan mengungsi ke {place2} setelah kontak tembak berlangsung sekitar {m} jam.",
    "Aparat keamanan masih melakukan pengejaran terhadap para pelaku hingga Sabtu malam.",
    "Sepanjang tahun lalu, lembaga pemantau mencatat {n} insiden kekerasan di wilayah tersebut.",
    "Pemerintah daerah meminta masyarakat tetap tenang dan tidak terprovokasi kabar yang belum jelas sumbernya.",
    "Kelompok itu diketahui aktif di kawasan pegunungan sejak beberapa tahun terakhir.",
]
EN_EVENT = [
    "{armed} fighters attacked a {state} post in {place} on {day}, officials said.",
    "At least {n} people were killed and {m} wounded near {place}, according to {state}.",
    "{armed} claimed to have killed {n} members of the {state} in the ambush.",
    '"We evacuated the wounded to the hospital in {place2}," police spokesman {person} told reporters.',
]
EN_BACKGROUND = [
    "Residents of several villages fled to {place2} after the fighting, which lasted about {m} hours.",
    "Security forces were still searching for the attackers on Saturday evening.",
    "Monitors recorded {n} violent incidents in the province over the past year.",
    "Local authorities urged residents to stay calm and not to spread unverified reports.",
    "The group has been active in the mountainous area for several years.",
]
FILL = {
    "day": {
        "id": ["Senin", "Selasa", "Rabu", "Kamis"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday"],
    },
    "person": ["Candra Kurniawan", "Mohammed Shehu", "Budi Santoso", "Aisha Bello", "Imad Jammu"],
}


def article(rng: random.Random, target_chars: int = 2500) -> tuple[str, str, str]:
    """(language, title, text) of one synthetic article."""
    lang = rng.choice(("id", "en"))
    region = REGIONS[rng.choice(sorted(REGIONS))]
    event, background = (ID_EVENT, ID_BACKGROUND) if lang == "id" else (EN_EVENT, EN_BACKGROUND)
    paragraphs = [" ".join(_fill(rng, t, lang, region) for t in event[:2])]
    pool = event[2:] + background
    while sum(len(p) for p in paragraphs) < target_chars:
        paragraphs.append(
            " ".join(_fill(rng, rng.choice(pool), lang, region) for _ in range(rng.randint(1, 2)))
        )
    title = _fill(rng, "Serangan di {place}" if lang == "id" else "Attack in {place}", lang, region)
    return lang, title, "\n\n".join(paragraphs)


def _fill(rng: random.Random, template: str, lang: str, region: dict[str, list[str]]) -> str:
    place, place2 = rng.sample(region["places"], 2)
    return template.format(
        n=rng.randint(2, 40), m=rng.randint(1, 12), place=place, place2=place2,
        armed=rng.choice(region["armed"]), state=rng.choice(region["state"]),
        day=rng.choice(FILL["day"][lang]), person=rng.choice(FILL["person"]),
    )  # fmt: skip
