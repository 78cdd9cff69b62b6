"""Places named inside organisations' names: "Московский университет", "Голос Америки".

A news reader takes "Московского института", "Эхо Москвы", "Банка России" as naming the
place too, and so do gold sets that nest names (NEREL). The tagger gives only the
organisation; `nested_places` adds the place: a capitalised relational adjective of a place
("Московский" → Москва) or a capitalised place name the dictionary knows (Geox) after the
organisation's first word. `place_of_adjective` reads the place from its adjective.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from newsgraph.doc import Token
from newsgraph.resources import Resources
from newsgraph.roles import COUNTRY_ADJECTIVES
from newsgraph.russian import fold

# Adjectives of places that are not their place's stem with a suffix ("немецкий": Германия),
# beside the countries' adjectives of titles (roles.COUNTRY_ADJECTIVES), which are read too.
IRREGULAR_PLACE_ADJECTIVES = {
    "немецкий": "Германия", "германский": "Германия", "французский": "Франция",
    "шведский": "Швеция", "британский": "Великобритания", "английский": "Англия",
    "греческий": "Греция", "голландский": "Нидерланды",
    "нидерландский": "Нидерланды", "советский": "СССР", "всероссийский": "Россия",
    "чешский": "Чехия", "польский": "Польша", "финский": "Финляндия", "датский": "Дания",
    "литовский": "Литва", "шотландский": "Шотландия", "бельгийский": "Бельгия",
    "швейцарский": "Швейцария", "египетский": "Египет", "саудовский": "Саудовская Аравия",
    "северокорейский": "КНДР", "южнокорейский": "Южная Корея", "корейский": "Корея",
    "татарский": "Татарстан", "башкирский": "Башкортостан", "якутский": "Якутия",
    "бурятский": "Бурятия", "чеченский": "Чечня", "дагестанский": "Дагестан",
    "подмосковный": "Подмосковье", "чувашский": "Чувашия", "удмуртский": "Удмуртия",
    "мордовский": "Мордовия", "карельский": "Карелия", "осетинский": "Осетия",
}
# Adjectives of a people or a language, not of a place ("Русская православная церковь").
PEOPLE_ADJECTIVES = frozenset({"русский", "индейский", "славянский", "цыганский"})
_SUFFIXES = ("ский", "цкий")


@lru_cache(maxsize=20_000)
def _place_of_lemma(lemma: str, res: Resources) -> str | None:
    if lemma in PEOPLE_ADJECTIVES:
        return None
    name = IRREGULAR_PLACE_ADJECTIVES.get(lemma) or COUNTRY_ADJECTIVES.get(lemma)
    if name:
        return name
    if not lemma.endswith(_SUFFIXES) or lemma.endswith("ческий"):
        return None
    stem = lemma[:-4]
    # "Мариинский", "Александринский", "Никольский": of a person's name, not of a town (a
    # country's name that is a first name too stays the country's: "израильский")
    # (a short stem may be a name by chance: "том" of Томск)
    named = [stem, stem[:-1]] + ([stem[:-2] + "а", stem[:-2] + "я"] if stem.endswith("ин") else [])
    if any(len(w) >= 5 and _known_noun(w, res, ("Name", "Patr")) and not _known_noun(w, res, ("Geox",))
           for w in named):
        return None
    # A town named "-ск" after a common word ("Комсомольск", "Октябрьск") is not what the
    # adjective of that word means ("Комсомольская правда", "Октябрьский джамаат").
    common = _common_noun(stem, res) or (stem.endswith("ь") and _common_noun(stem[:-1], res))
    for candidate in dict.fromkeys(_candidates(stem)):
        if len(candidate) >= 3 and not (common and candidate == stem + "ск") and \
                _known_noun(candidate, res, ("Geox",)):
            return "-".join(part[:1].upper() + part[1:] for part in candidate.split("-"))
    return None


def known_noun(word: str, res: Resources, grammemes: tuple[str, ...] = ()) -> bool:
    """Whether the dictionary knows `word` as the dictionary form of a noun with one of
    `grammemes` ("Surn", "Geox"), or with none of the names' when `grammemes` is empty (a
    common noun: "брат", "король")."""
    if not grammemes:
        return any(p.is_known and p.tag.POS == "NOUN" and fold(p.normal_form) == word
                   and not any(g in p.tag for g in ("Geox", "Name", "Surn", "Patr")) for p in res.parse(word))
    return _known_noun(word, res, grammemes)


def _known_noun(word: str, res: Resources, grammemes: tuple[str, ...]) -> bool:
    return any(p.is_known and p.tag.POS == "NOUN" and fold(p.normal_form) == word
               and any(g in p.tag for g in grammemes) for p in res.parse(word))


def _common_noun(word: str, res: Resources) -> bool:
    # Short stems ("ом", "том" of Омск, Томск) are common words by chance; long ones are not.
    return len(word) >= 5 and any(p.is_known and p.tag.POS == "NOUN" and fold(p.normal_form) == word
                                  and not any(g in p.tag for g in ("Geox", "Name", "Surn", "Patr"))
                                  for p in res.parse(word))


def _candidates(stem: str) -> list[str]:
    """Place names an adjective's stem (its lemma without -ский) may come from, likelier first:
    "киев" Киев, "ураль" Урал, "брян" Брянск, "москов" Москва, "россий" Россия, "европей"
    Европа, "американ" Америка, "итальян" Италия, "уфим" Уфа, "риж" Рига, "гааг" Гаага."""
    out = [stem]
    if stem.endswith("ь"):
        out += [stem[:-1]]
    if stem.endswith(("ов", "ев", "ин", "ын")):
        out += [stem + "о"]  # "иванов" Иваново, "останкин" Останкино
    out += [stem + "ск"]
    if stem.endswith(("ов", "ев")):
        out += [stem[:-2] + "ва"]
    if stem.endswith(("ий", "ей", "ой")):
        out += [stem[:-1] + "я", stem[:-2] + "а", stem[:-2] + "ия"]
    if stem.endswith("ьян"):
        out += [stem[:-3] + "ия"]
    if stem.endswith(("ан", "ян", "ин", "ен")):
        out += [stem[:-2] + "а", stem[:-2] + "ия", stem[:-2] + "я", stem[:-2] + "и"]
    if stem.endswith("им"):
        out += [stem[:-2] + "а"]
    if stem.endswith("ж"):
        out += [stem[:-1] + "га", stem[:-1] + "гия"]
    out += [stem + "а", stem + "ия", stem + "я", stem + "ь", stem + "ы", stem + "и", stem + "о", stem + "с"]
    if stem.endswith("ь"):
        out += [stem[:-1] + "а", stem[:-1] + "я"]
    return out


def place_of_lemma(lemma: str, res: Resources) -> str | None:
    """The place a relational adjective's dictionary form is of ("российский" → Россия,
    "нью-йоркский" → Нью-Йорк), or None (see `place_of_adjective`)."""
    return _place_of_lemma(lemma, res)


def place_of_adjective(word: str, res: Resources) -> str | None:
    """The place a relational adjective is of, in the nominative, where the dictionary knows
    it as a place: "Московского" → Москва, "Брянской" → Брянск, "Российская" → Россия,
    "Лондонский" → Лондон; None for other adjectives ("Государственный", "Исламской").
    """
    lemmas = {fold(p.normal_form) for p in res.parse(word) if p.tag.POS == "ADJF"}
    for lemma in sorted(lemmas):
        name = _place_of_lemma(lemma, res)
        if name:
            return name
    return None


def nested_places(text: str, tokens: list[Token], spans: list[tuple[int, int, str]],
                  res: Resources) -> dict[tuple[int, int], str | None]:
    """Places inside organisations' names of several words, as {(start, end): name}: a
    capitalised relational adjective of a place ("Московского городского суда",
    "Европейского союза") with the place it is of as its name, or a capitalised word after the
    name's first word that the dictionary knows only as a place name ("Эхо Москвы", "Банка
    России", "партия Чехии и Моравии"), its name left to the usual normal form (None).
    Spans already found stay as they are."""
    starts = [t.start for t in tokens]
    # names already found inside the organisation's ("Тюменской области") stay whole
    others = [(s, e) for s, e, t in spans if t != "ORG"]
    found: dict[tuple[int, int], str | None] = {}
    for s, e, t in spans:
        if t != "ORG":
            continue
        i = bisect.bisect_left(starts, s)
        toks = []
        while i < len(tokens) and tokens[i].end <= e:
            toks.append(tokens[i])
            i += 1
        if len(toks) < 2:
            continue
        for k, tok in enumerate(toks):
            word = tok.text
            if any(a <= tok.start and tok.end <= b for a, b in others) or not word[:1].isupper() or word.isupper() or \
                    not word.replace("-", "").isalpha():
                continue
            place = place_of_adjective(word, res) if tok.pos in ("ADJ", "PROPN", "NOUN") else None
            if place and any(p.tag.POS == "ADJF" for p in res.parse(word)):
                found[(tok.start, tok.end)] = place
            elif k > 0 and _only_place(word, res):
                found[(tok.start, tok.end)] = None
    return found


def _only_place(word: str, res: Resources) -> bool:
    parses = res.parse(word)
    return bool(parses) and all(p.is_known and "Geox" in p.tag and p.tag.POS == "NOUN" for p in parses)
