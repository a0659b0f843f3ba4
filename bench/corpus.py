"""A generated corpus of realistic mixed Indonesian/English conflict articles (for benches)."""

from __future__ import annotations

import random

ID_SENTENCES = [
    "Kelompok bersenjata menyerang pos {unit} di Distrik {place}, Kabupaten {region}, pada hari {day}.",
    "Menurut {source}, sedikitnya {n} orang tewas dan {m} lainnya luka-luka dalam serangan itu.",
    "Kapolres {region} AKBP {person} mengatakan aparat gabungan TNI-Polri masih melakukan pengejaran.",
    '"Kami sudah mengevakuasi korban ke rumah sakit terdekat," kata {person} kepada wartawan.',
    "Warga dari {n} kampung dilaporkan mengungsi ke {place} setelah kontak tembak berlangsung sekitar {m} jam.",
    "Kol. Inf. {person} menyebut situasi di Jl. Trans {region} No. {m} kini sudah kondusif.",
    "Sebelumnya, pada {date}, kelompok yang sama membakar {m} rumah dan sebuah sekolah di {place}.",
    "Sepanjang tahun lalu, lembaga pemantau mencatat {n} insiden kekerasan di wilayah tersebut.",
]
EN_SENTENCES = [
    "Gunmen attacked a {unit} post in {place}, {region}, on {day}, officials said.",
    "At least {n} people were killed and {m} wounded, according to {source}.",
    "Police spokesman Lt. Col. {person} said security forces had launched a search operation.",
    '"We evacuated the wounded to the nearest hospital," {person} told reporters.',
    "Residents of {n} villages fled to {place} after the fighting, which lasted about {m} hours.",
    "The U.S. embassy condemned the attack and urged restraint by all sides.",
    "Earlier, on {date}, the same group burned {m} houses and a school near {place}.",
    "Monitors recorded {n} violent incidents in the province over the past year.",
]
FILL = {
    "unit": ["TNI", "Polri", "Brimob", "army", "police", "militia"],
    "place": ["Sugapa", "Kenyam", "Ilaga", "Poso", "Gao", "Sukhnah", "Goma", "Marawi", "Tsafe"],
    "region": ["Intan Jaya", "Nduga", "Puncak", "Zamfara", "Homs", "North Kivu", "Lanao del Sur"],
    "day": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Monday", "Tuesday", "Friday"],
    "source": [
        "juru bicara militer",
        "the regional governor",
        "hospital officials",
        "warga setempat",
    ],
    "person": ["Candra Kurniawan", "Mohammed Shehu", "Budi Santoso", "Aisha Bello", "Imad Jammu"],
    "date": ["8 April", "12 Maret 2024", "March 3", "2 January"],
}


def article(rng: random.Random, target_chars: int = 2500) -> tuple[str, str, str]:
    """(language, title, text) of one synthetic article."""
    lang = rng.choice(("id", "en"))
    pool = ID_SENTENCES if lang == "id" else EN_SENTENCES
    paragraphs: list[str] = []
    while sum(len(p) for p in paragraphs) < target_chars:
        sentences = [_fill(rng, rng.choice(pool)) for _ in range(rng.randint(1, 3))]
        paragraphs.append(" ".join(sentences))
    title = _fill(rng, "Serangan di {place}" if lang == "id" else "Attack in {place}")
    return lang, title, "\n\n".join(paragraphs)


def _fill(rng: random.Random, template: str) -> str:
    values = {k: rng.choice(v) for k, v in FILL.items()}
    return template.format(n=rng.randint(2, 40), m=rng.randint(1, 12), **values)
