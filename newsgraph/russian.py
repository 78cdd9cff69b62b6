"""Facts of the Russian language that every stage shares.

Folding words to the key they are compared under, the tagger's features as pymorphy
grammemes, choosing the parse of a word that fits what the tagger saw, inflecting to the
nominative, the endings of surnames, and giving an inflected word back the letter case and
the ё it was written with.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Stress marks and other combining accents that some outlets put over Russian vowels.
ACCENTS = re.compile("[\u0300-\u036f]")


def fold(text: str | None) -> str:
    """Lower case, ё as е, no stress marks: the key under which words and names are compared.

    >>> fold("Мирзиёев") == fold("МИРЗИЕЕВ") == fold("Мирзие\u0301ев")
    True
    >>> fold(None)
    ''
    """
    if not text:
        return ""
    # A text's words and names are folded many times over by the stages: each once, kept.
    return _fold_kept(text) if len(text) <= 64 else _fold(text)


def _fold(text: str) -> str:
    return ACCENTS.sub("", unicodedata.normalize("NFC", text)).lower().replace("ё", "е")


_fold_kept = lru_cache(maxsize=1 << 16)(_fold)


def lemma_key(tok) -> str:
    """A token's lemma (its text where it has none), folded: the form word lists are written in."""
    return fold(tok.lemma or tok.text)


# The tagger's feature values (slovnet, Universal Dependencies) -> pymorphy grammemes.
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
         "Par": "gen2", "Voc": "voct"}
GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
NUMBERS = {"Sing": "sing", "Plur": "plur"}
# pymorphy grammemes -> the tagger's feature values.
UD_CASES = {grammeme: case for case, grammeme in CASES.items()}
UD_GENDERS = {grammeme: gender for gender, grammeme in GENDERS.items()}
UD_NUMBERS = {grammeme: number for number, grammeme in NUMBERS.items()}


def person_gender_of(feats: dict) -> str | None:
    """masc or femn from the tagger's Gender feature; None for neuter or none at all.

    >>> person_gender_of({"Gender": "Fem"}), person_gender_of({"Gender": "Neut"})
    ('femn', None)
    """
    gender = GENDERS.get(feats.get("Gender", ""))
    return gender if gender in ("masc", "femn") else None


# Parts of speech of pymorphy that agree with a noun as adjectives do.
ADJECTIVAL = ("ADJF", "PRTF", "NUMR")


def name_parse(parses, pos: str | None, feats: dict, grammemes: tuple[str, ...] = ()):
    """The parse of a word of a name that fits the tagger's part of speech and features, with
    `grammemes` ("Surn", "Geox") preferred; None for a word that does not inflect ("Fixd") or
    when no parse has the tagged case."""
    case = CASES.get(feats.get("Case", ""))
    gender = GENDERS.get(feats.get("Gender", ""))
    number = NUMBERS.get(feats.get("Number", ""))
    is_adj = pos in ("ADJ", "DET", "NUM")
    if any("Fixd" in p.tag for p in parses):
        return None

    def score(p) -> float:
        tag = p.tag
        return (p.score + (4 if case and case in tag else 0) + (1 if number and number in tag else 0)
                + (1 if gender and gender in tag else 0) + (2 if is_adj == (tag.POS in ADJECTIVAL) else 0)
                + (1.5 if any(g in tag for g in grammemes) else 0))

    best = _best(parses, score)
    if best is not None and case and case not in best.tag:
        return None
    return best


def title_parse(parses, case: str | None, number: str | None):
    """The parse of a word of a title (a noun or its modifier) that fits the tagger's case and
    number, an animate noun preferred; None when the word has no such part of speech."""
    grammeme = CASES.get(case or "")
    plural = "plur" if number == "Plur" else "sing"

    def score(p) -> float | None:
        if p.tag.POS not in ("NOUN", *ADJECTIVAL):
            return None
        return (p.score + (2 if grammeme and grammeme in p.tag else 0) + (1 if plural in p.tag else 0)
                + (0.5 if "anim" in p.tag else 0))

    return _best(parses, score)


def _best(parses, score):
    best, best_score = None, float("-inf")
    for p in parses:
        s = score(p)
        if s is not None and s > best_score:
            best, best_score = p, s
    return best


def may_stand_in(parses, case: str | None) -> bool:
    """Whether some dictionary parse of a word has the tagger's `case` (any, when it is None):
    the tagger may mistake the case of a word, the dictionary lists every form it can have."""
    grammeme = CASES.get(case or "")
    return grammeme is None or any(grammeme in p.tag for p in parses)


def inflect(parse, wanted: set[str], fallback: set[str]) -> str | None:
    """The form of `parse` with the `wanted` grammemes, else with the `fallback` ones; None
    when pymorphy has neither."""
    # Natasha's parse objects take UD features in `inflect`; pymorphy's own method takes
    # OpenCorpora grammemes.
    return _inflected(parse, frozenset(wanted), frozenset(fallback))


def _inflected(parse, wanted: frozenset, fallback: frozenset) -> str | None:
    key = (parse.word, str(parse.tag), parse.normal_form, wanted, fallback)
    if key not in _INFLECTED:
        from pymorphy2.analyzer import Parse

        form = Parse.inflect(parse, wanted) or Parse.inflect(parse, fallback)
        if len(_INFLECTED) >= 1 << 16:
            _INFLECTED.clear()
        _INFLECTED[key] = form.word if form else None
    return _INFLECTED[key]


# Forms already asked for, by the parse's word, tag and dictionary form and the grammemes asked.
_INFLECTED: dict[tuple, str | None] = {}


def nominative(parse, agree: set[str] | None = None) -> str | None:
    """The nominative of `parse`, agreeing in number and gender with `agree` where given; a
    plural stays plural ("Эмираты") unless it is a plural-only word."""
    if parse is None:
        return None
    wanted = {"nomn"} | (agree or set())
    if agree is None and "plur" in parse.tag and "Pltm" not in parse.tag:
        wanted.add("plur")
    return inflect(parse, wanted, {"nomn"})


# Endings of surnames, by what a form tells (ё is written е: compare folded words).
SURNAME_ENDINGS = {
    "masc": ("ов", "ев", "ин", "ын", "ский", "цкий"),           # Назарбаев, Карин, Рахимский
    "femn": ("ова", "ева", "ина", "ына", "ская", "цкая"),       # Баетова, also a man's genitive
    "femn_oblique": ("овой", "евой", "иной", "ыной"),           # Мусаевой: a woman's only
    "oblique": ("ову", "еву", "ину", "ым", "ыми", "ому", "ой"),  # Назарбаеву, Токаевым
    "adjectival": ("ий", "ый"),                                 # the nominative of any adjectival one
}
_FEMN_ONLY = SURNAME_ENDINGS["femn_oblique"] + SURNAME_ENDINGS["femn"][4:]
_OBLIQUE = SURNAME_ENDINGS["femn_oblique"] + SURNAME_ENDINGS["oblique"]
_MASC_NOMINATIVE = SURNAME_ENDINGS["masc"][:4] + SURNAME_ENDINGS["adjectival"]


def surname_gender(word: str, any_case: bool = False) -> str | None:
    """masc or femn by a surname's ending, None when the ending does not tell. A surname in
    the nominative is assumed; with `any_case` it may be in any case, where "Мусаева" may be a
    man's genitive and only "Мусаевой" is a woman's.

    >>> surname_gender("Баетова"), surname_gender("Баетова", any_case=True), surname_gender("Мусаевой", True)
    ('femn', None, 'femn')
    """
    word = fold(word)
    if word.endswith(_FEMN_ONLY if any_case else SURNAME_ENDINGS["femn"]):
        return "femn"
    if word.endswith(SURNAME_ENDINGS["masc"]):
        return "masc"
    return None


def oblique_surname(word: str) -> bool:
    """True for an ending only an oblique case of a surname has.

    >>> oblique_surname("Назарбаеву"), oblique_surname("Назарбаев")
    (True, False)
    """
    return fold(word).endswith(_OBLIQUE)


def nominative_surname(word: str) -> bool:
    """True for the ending of a man's surname in the nominative ("Ганиев"), or of one that
    declines as an adjective.

    >>> nominative_surname("Ганиев"), nominative_surname("Сейтказиевой")
    (True, False)
    """
    return fold(word).endswith(_MASC_NOMINATIVE)


def restore_yo(original: str, word: str) -> str:
    """Put the ё of `original` back into `word` where they share the stem.

    >>> restore_yo("Мирзиёева", "мирзиеев")
    'мирзиёев'
    """
    chars = list(word)
    for i, ch in enumerate(original[: len(chars)]):
        if ch in "ёЁ" and chars[i] == "е":
            chars[i] = "ё"
    return "".join(chars)


def restore_case(original: str, word: str) -> str:
    """Give `word` (an inflected form of `original`) the letter case and the ё of `original`.

    >>> restore_case("Мирзиёева", "мирзиеев"), restore_case("СамАвто", "самавто")
    ('Мирзиёев', 'СамАвто')
    """
    word = restore_yo(original, word.lower())
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        # Keep inner capitals of the shared prefix ("СамАвто").
        out = [o if o.lower() == w else w for o, w in zip(original, word)]
        out[0] = out[0].upper()
        return "".join(out) + word[len(out):]
    return word


# A word of a name: letters, with hyphenated parts ("Касым-Жомарт"), and an initial's dot.
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*\.?")


def same_but_ending(a: str, b: str) -> bool:
    """Two folded words that are one word but for an inflected ending: equal, or of more than
    four letters and alike but for the last two letters of the first ("шарец", "шареца").

    >>> same_but_ending("шарец", "шареца"), same_but_ending("иван", "ивана")
    (True, False)
    """
    return a == b or (min(len(a), len(b)) > 4 and a[:-2] == b[:len(a) - 2])


def name_words(name: str) -> list[str]:
    """The words of a person's name, an initial written close to the next word split off.

    >>> name_words("Д.Медведев")
    ['Д.', 'Медведев']
    >>> name_words("В. В. Путин")
    ['В.', 'В.', 'Путин']
    """
    return _NAME_WORD.findall(name)


def is_initial(word: str) -> bool:
    """One capital letter, with or without its dot: "В." or "В".

    >>> is_initial("В."), is_initial("Ян")
    (True, False)
    """
    letters = word.rstrip(".")
    return len(letters) == 1 and letters.isupper()


# Words an abbreviation leaves out: "Европейский суд по правам человека" is ЕСПЧ.
_ACRONYM_SKIPS = frozenset("и в во на по о об для при с со за из от к у of and the for".split())


def acronym(name: str) -> str:
    """The initial letters of a multi-word name's significant words and hyphenated parts, folded;
    empty for a name of one word.

    >>> acronym("Федеральная служба безопасности"), acronym("Форум стран-экспортёров газа")
    ('фсб', 'фсэг')
    >>> acronym("Европейский суд по правам человека"), acronym("Росатом")
    ('еспч', '')
    """
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", fold(name)) if w not in _ACRONYM_SKIPS]
    if len(words) < 2:
        return ""
    return "".join(part[0] for w in words for part in w.split("-") if part)


# How a name the dictionary does not know declines, told by its ending (foreign names: Vietnamese,
# Chinese, Korean, Georgian, Turkic, Western). A man's name ending in a consonant, -ь or -й
# declines as "стол" / "конь" / "край"; any name ending in -а / -я declines as "мама" / "Мария";
# a woman's name ending in a consonant and any name ending in -о, -и, -е, -у, -ю, -э stays as it is.
NAME_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
PERSON_GENDERS = ("masc", "femn")
_VOWELS = "аеёиоуыэюя"
_HUSHING = "гкхжшчщц"  # after these -ы is written -и, -о after ж ш ч щ ц is written -е


def foreign_readings(word: str) -> list[tuple[str, str | None, str]]:
    """(case, gender, nominative) readings of a name word by its ending alone: each case and
    gender the written form can have, with the nominative it then stands for. A gender of None
    fits both; the case "any" is a word that may not inflect at all. Where one case has several
    readings, the likelier comes first. Words with no Cyrillic
    ending (Latin, numbers, initials) get nothing.

    >>> ("gent", "masc", "Ассанж") in foreign_readings("Ассанжа")
    True
    >>> [r for r in foreign_readings("Тиня") if r[0] == "gent"]
    [('gent', 'masc', 'Тинь')]
    >>> foreign_readings("Карзаем")[0], foreign_readings("Зумой")[0]
    (('ablt', 'masc', 'Карзай'), ('ablt', None, 'Зума'))
    >>> ("any", "femn", "Йоханссон") in foreign_readings("Йоханссон")
    True
    """
    low = word.lower()
    if len(low) < 2 or not low[-2:].isalpha() or not ("а" <= low[-1] <= "я" or low[-1] == "ё"):
        return []
    end, before = low[-1], low[-2]
    stem = word[:-1]
    # "Карзая" is Карзай, "Тиня" Тинь: -й after a vowel, -ь after a consonant.
    soft = "й" if before in _VOWELS else "ь"
    if end == "м" and before in "оеёы" and len(low) > 3:
        # The instrumental of a man's name: "Мойесом", "Ассанжем", "Карзаем", "Тинем", "Кувватовым";
        # or a name in a consonant of its own ("Лидстрём").
        base, prev = word[:-2], low[-3]
        tail = "" if before in "оы" or prev in _HUSHING else ("й" if prev in _VOWELS else "ь")
        return [("ablt", "masc", base + tail), ("nomn", "masc", word), ("any", "femn", word)]
    if end == "й" and before in "ое" and len(low) > 3:
        # "Зумой", "Марцией": the instrumental of a name in -а / -я; also a man's name in -ой.
        prev = low[-3]
        return [("ablt", None, word[:-2] + ("а" if before == "о" or prev in _HUSHING else "я")),
                ("nomn", "masc", word)]
    if end in "ьй":
        return [("nomn", "masc", word)]
    if end not in _VOWELS:
        return [("nomn", "masc", word), ("any", "femn", word)]
    if end == "а" and before in _VOWELS:
        return [("any", None, word)]                   # Корреа, Гарсиа
    if end == "а":
        return [("gent", "masc", stem), ("accs", "masc", stem), ("nomn", None, word)]
    if end == "я":
        return [("gent", "masc", stem + soft), ("accs", "masc", stem + soft), ("nomn", None, word)]
    if end == "у" and before not in _VOWELS:
        return [("datv", "masc", stem), ("accs", None, stem + "а"), ("any", None, word)]
    if end == "ю":
        return [("datv", "masc", stem + soft), ("accs", None, stem + "я"), ("any", None, word)]
    if end == "ы":
        return [("gent", None, stem + "а")]
    if end == "и" and before in "иь":
        # "Марции", "Ильи": a name in -ия / -ья
        return [(c, None, stem + "я") for c in ("gent", "datv", "loct")] + [("any", None, word)]
    if end == "и" and before in _HUSHING:
        # "Мамуки", "Янши" (-ы written -и), but as often a name in -и: Исхаки, Танигаки
        return [("any", None, word), ("gent", None, stem + "а")]
    if end == "е" and before not in _VOWELS:
        # "Мамуке", "Мойесе" are forms of Мамука and Мойес, but Пеле, Фоссе, Туре are names in -е
        return [("any", None, word), ("loct", "masc", stem), ("datv", None, stem + "а"), ("loct", None, stem + "а")]
    return [("any", None, word)]         # -о, -э, -и, a vowel before -у, -е: Мадуро, Фухимори, Кроу, Арье


# Legal forms that come before or after a company's name ("ПАО «Газпром»", "АКБ ПЕРЕСВЕТ АО",
# "Netflix Inc."): no part of the name it is known by.
LEGAL_FORMS = frozenset("""пао оао зао ао нао ооо одо тоо ип нко ано фгуп фгбу гуп муп акб кб пк гк ук
    llc ltd inc corp plc ag gmbh sa nv""".split())
