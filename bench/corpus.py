"""Deterministic generated news corpus for benchmarks and operations tests.

Articles are composed from a bank of French (and a few English) news-style sentence
templates filled with actors, places, dates and numbers, using a seeded RNG: the same
``(n, seed)`` always gives the same files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

FR_ACTORS = [
    "l'armée nationale",
    "des hommes armés",
    "la police",
    "un groupe rebelle",
    "les forces de sécurité",
    "des manifestants",
    "le gouvernement",
    "des combattants jihadistes",
    "la gendarmerie",
    "une milice locale",
]
FR_TARGETS = [
    "un convoi militaire",
    "un poste de police",
    "des civils",
    "un camp de déplacés",
    "une patrouille",
    "le marché central",
    "des journalistes",
    "une base aérienne",
]
FR_PLACES = [
    "Bamako",
    "Niamey",
    "Ouagadougou",
    "Gao",
    "Mopti",
    "Kidal",
    "Tillabéri",
    "Dori",
    "Maroua",
    "Diffa",
    "Tombouctou",
    "Kayes",
]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_TEMPLATES = [
    "{actor_c} {a} attaqué {day} {target} près de {place}, tuant {n} personnes.",
    "Selon des sources locales, {actor} {a} tiré sur {target} à {place} le {dom} {month}.",
    "{actor_c} {a} arrêté {n} suspects {day} soir dans la région de {place}.",
    "La veille, {target} avait été visé par une frappe de drone au nord de {place}.",
    "Des centaines de personnes ont manifesté {day} à {place} contre la hausse des prix.",
    "{actor_c} {a} annoncé l'ouverture d'une enquête après les violences de {place}.",
    "Le ministre de la Défense s'est rendu {day} à {place} pour rencontrer les autorités.",
    "Au moins {n} soldats ont été blessés lors d'une embuscade tendue {day} près de {place}.",
    "Les autorités ont imposé un couvre-feu à {place} depuis le {dom} {month}.",
    "Trois jours plus tard, {actor} {a} incendié {target} dans les environs de {place}.",
    "Le gouvernement a condamné l'attaque et promis des renforts dans la zone de {place}.",
    "Des négociations entre les parties doivent reprendre la semaine prochaine à {place}.",
    "L'organisation humanitaire a suspendu ses activités à {place} en {month}.",
    "Un porte-parole a affirmé que {actor} {avaient} enlevé {n} enseignants {day} matin.",
]
EN_ACTORS = ["police", "armed men", "the army", "protesters", "rebel fighters", "militants"]
EN_PLACES = ["Nairobi", "Lagos", "Kampala", "Kinshasa", "Addis Ababa", "Khartoum", "Juba"]
EN_TEMPLATES = [
    "{actor_c} attacked a police station in {place} on {day}, killing {n} people.",
    "Two days earlier, {actor} had blocked the main road into {place}.",
    "{actor_c} arrested {n} suspects in {place} on {dom} {month}.",
    "Hundreds of people protested in {place} on {day} against rising fuel prices.",
    "The government condemned the violence and sent troops to {place}.",
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def make_article(rng: random.Random, english: bool, n_sentences: int) -> tuple[str, date]:
    """One article's text and publication date."""
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
    paragraphs = []
    for _ in range(max(1, n_sentences // 3)):
        sents = []
        for _ in range(3):
            if english:
                actor = rng.choice(EN_ACTORS)
                tpl = rng.choice(EN_TEMPLATES)
                fill = dict(
                    actor=actor,
                    actor_c=_cap(actor),
                    place=rng.choice(EN_PLACES),
                    day=rng.choice(EN_DAYS),
                    month=rng.choice(EN_MONTHS),
                    dom=rng.randint(1, 28),
                    n=rng.randint(2, 40),
                )
            else:
                actor = rng.choice(FR_ACTORS)
                tpl = rng.choice(FR_TEMPLATES)
                plural = actor.startswith(("des ", "les "))
                fill = dict(
                    a="ont" if plural else "a",
                    avaient="avaient" if plural else "avait",
                    actor=actor,
                    actor_c=_cap(actor),
                    target=rng.choice(FR_TARGETS),
                    place=rng.choice(FR_PLACES),
                    day=rng.choice(FR_DAYS),
                    month=rng.choice(FR_MONTHS),
                    dom=rng.randint(1, 28),
                    n=rng.randint(2, 40),
                )
            sents.append(tpl.format(**fill))
        paragraphs.append(" ".join(sents))
    # a unique closing line keeps every article's content hash distinct
    tag = rng.randrange(10**9)
    paragraphs.append(
        f"(Dispatch {tag}.)" if english else f"(Dépêche {tag}, correspondance régionale.)"
    )
    return "\n\n".join(paragraphs), published


def write_corpus(
    out: Path, n: int, seed: int = 7, english_share: float = 0.0, sentences: int = 9
) -> list[Path]:
    """Write ``n`` articles as ``.txt`` files with a ``published:`` header; their paths."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        english = rng.random() < english_share
        text, published = make_article(rng, english, sentences)
        p = out / f"a{i:06d}.txt"
        lang = "en" if english else "fr"
        p.write_text(f"published: {published.isoformat()}\nlang: {lang}\n\n{text}\n", "utf-8")
        paths.append(p)
    return paths


def texts_of(paths: list[Path]) -> list[str]:
    """Article bodies (header stripped) for a bare-spaCy baseline."""
    return [p.read_text("utf-8").split("\n\n", 1)[1] for p in paths]
