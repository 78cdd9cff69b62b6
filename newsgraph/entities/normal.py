"""Nominative forms of names: people word by word, places and organisations by their head.

Natasha inflects each word of a span on its own, which breaks multi-word organisations
("Совместная межправительственной комиссия", "Соединённые Штатов"), leaves hyphenated names as they stand
("Алма-Атой") and writes ё as е. Here adjectives agree with the head noun, the words after
the head (genitive dependents: "Совет Безопасности ООН") stay as written, hyphenated parts
are inflected one by one, and the text's own letter case and ё are restored.
"""
from __future__ import annotations

from functools import lru_cache

from newsgraph.doc import Token
from newsgraph.resources import Resources
from newsgraph.russian import (CASES, GENDERS, NAME_CASES, fold, PERSON_GENDERS, foreign_readings, is_initial, name_parse,
                               nominative, nominative_surname, oblique_surname, restore_case,
                               surname_gender)

NAME_GRAMMEMES = {"PER": ("Name", "Surn", "Patr"), "LOC": ("Geox",), "ORG": ("Orgn",)}
# pymorphy's second genitive, locative and accusative read as the case they are forms of.
_SECOND_CASES = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}


def normalize_mention(tokens: list[Token], start: int, type_: str, res: Resources) -> str:
    """The nominative form of the mention whose tokens (with morphology) are given; `start`
    is the mention's start, from which the tokens' offsets keep the spacing as written."""
    return mention_readings(tokens, start, type_, res)[0]


def mention_readings(tokens: list[Token], start: int, type_: str, res: Resources) -> tuple[str, ...]:
    """The nominative forms the mention may stand for, the likeliest first (see
    `normalize_mention`): a person's name whose words fit several cases equally well ("визит
    Нгуен Хонг Зиена": Зиена in the nominative, or Зиен in the genitive) has more than one,
    for the text's other mentions to choose from."""
    if not tokens:
        return ("",)
    # The same name in the same form recurs in a document and across a corpus.
    key = tuple((t.text, t.pos, tuple(sorted(t.feats.items())), t.start - start) for t in tokens)
    return _normalize_cached(key, type_, res)


@lru_cache(maxsize=100_000)
def _normalize_cached(key: tuple, type_: str, res: Resources) -> tuple[str, ...]:
    tokens = [Token(offset, offset + len(text), text, pos, dict(feats)) for text, pos, feats, offset in key]
    if type_ == "PER":
        readings = _normalize_person(tokens, res)
    else:
        readings = [_normalize_phrase(tokens, res, type_)]
    return tuple(dict.fromkeys(_join(tokens, words) for words in readings))


def _join(tokens: list[Token], words: list[str]) -> str:
    out, prev_end = [], None
    for tok, word in zip(tokens, words):
        if prev_end is not None:
            out.append(" " if tok.start > prev_end else "")
        out.append(word)
        prev_end = tok.end
    return "".join(out)


def _normalize_person(tokens: list[Token], res: Resources) -> list[list[str]]:
    """A person's name word by word, all its words read in one case and gender: the pair that
    the most words can have (by the dictionary's names, else by the endings of foreign names:
    "Фам Минь Тиня" is Тинь in the genitive), then the tagger's case and gender (its reading of
    the title or verb the name agrees with), then the one that reads a word the dictionary does
    not know as declined. A word no reading fits stays as written. Every pair that as many words
    fit gives a reading, the likeliest first."""
    readings = [_person_readings(t, res) for t in tokens]
    named = [i for i, r in enumerate(readings) if r]
    if not named:
        return [[_inflect_token(t, res, "PER", None) for t in tokens]]
    # "Ким Чен Ына", "Нгуен Хонг Зиена": in Chinese, Korean and Vietnamese names only the last
    # part declines, so a part before it that the dictionary does not know as a name, or of one
    # syllable, may stand as written in any case.
    for i in named[:-1]:
        if _syllables(tokens[i].text) == 1 or not any(r[3] for r in readings[i]):
            readings[i] = readings[i] + [("any", None, tokens[i].text, False)]
    # The tagger's case and gender of the name's own words: an initial or a dot tells none
    # ("М.Ахмадинежадом", where the initial is tagged in another case).
    tagged_case = _majority(CASES.get(tokens[i].feats.get("Case", "")) for i in named)
    tagged_gender = _majority(GENDERS.get(tokens[i].feats.get("Gender", "")) for i in named)
    scored = []
    for case in NAME_CASES:
        for gender in PERSON_GENDERS:
            picks, fit, declined = {}, 0, 0
            for i in named:
                pick = next((r for r in readings[i] if r[0] in (case, "any") and r[1] in (None, gender)), None)
                picks[i] = pick
                if pick is None:
                    fit -= 2 if i == named[-1] else 1
                    continue
                fit += 1
                declined += not pick[3] and pick[2] != tokens[i].text
            key = (fit, case == tagged_case, gender == tagged_gender, declined, case == "nomn")
            scored.append((key, picks))
    scored.sort(key=lambda kp: kp[0], reverse=True)
    best_fit = scored[0][0][0]
    return [_person_words(tokens, picks, res) for key, picks in scored if key[0] == best_fit]


def _person_words(tokens: list[Token], picks: dict, res: Resources) -> list[str]:
    words = []
    for i, tok in enumerate(tokens):
        pick = picks.get(i)
        if pick is not None:
            # A word already in the nominative stays as written (the dictionary's ё is not added).
            words.append(tok.text if fold(pick[2]) == fold(tok.text) else restore_case(tok.text, pick[2]))
        elif i in picks:
            words.append(tok.text)
        else:
            # Particles, initials, numerals; hyphenated names keep the rule they had.
            words.append(_inflect_token(tok, res, "PER", None) if "-" in tok.text.strip("-") else tok.text)
    return words


def _person_readings(tok: Token, res: Resources) -> list[tuple[str, str | None, str, bool]]:
    """(case, gender, nominative, known) readings of one word of a person's name, likelier
    first: the dictionary's names, else the endings of foreign names; none for words that carry
    no case (initials, Latin, numerals, particles, hyphenated names)."""
    word = tok.text
    if not word[:1].isupper() or is_initial(word) or _fixed(word) or "-" in word.strip("-"):
        return []
    out = []
    # A guessed surname is trusted where it has a Russian surname's ending ("Кувватовым").
    russian_surname = surname_gender(word, any_case=True) or oblique_surname(word) or nominative_surname(word)
    for p in res.parse(word):
        tag = p.tag
        if "sing" not in tag or not any(g in tag for g in ("Name", "Surn", "Patr")):
            continue
        if not p.is_known and not ("Surn" in tag and russian_surname):
            continue
        gender = str(tag.gender) if tag.gender in PERSON_GENDERS else None
        if "Fixd" in tag:
            out.append(("any", gender, word, True))
            continue
        case = str(tag.case)
        case = _SECOND_CASES.get(case, case)
        form = nominative(p, {"sing", gender} if gender else {"sing"}) if case in NAME_CASES else None
        if form:
            out.append((case, gender, form, True))
    out += [r for r in _adjectival_surname(word, res) if r not in out]
    if not out:
        return [(c, g, n, False) for c, g, n in foreign_readings(word)]
    if word[-1:].lower() not in "аеёиоуыэюяьй":
        # A woman's surname ending in a consonant never declines ("Марины Голуб").
        out.append(("any", "femn", word, False))
    return out


def _adjectival_surname(word: str, res: Resources) -> list[tuple[str, str | None, str, bool]]:
    """Readings of a surname the dictionary knows only as an adjective ("Тонкого" of Тонкий,
    "Белой" of Белая): it declines as the adjective does, in the gender it is read in. Not an
    adjective of a stem in -ов / -ев / -ин ("Трутневым" is Трутнев, not трутневой)."""
    out = []
    for p in res.parse(word):
        tag = p.tag
        if tag.POS != "ADJF" or "sing" not in tag or "Fixd" in tag or not p.is_known \
                or tag.gender not in PERSON_GENDERS:
            continue
        lemma = fold(p.normal_form)
        stem = lemma[:-2] if lemma.endswith(("ий", "ый", "ой")) else lemma
        if stem.endswith(("ов", "ев", "ин", "ын")):
            continue
        case = _SECOND_CASES.get(str(tag.case), str(tag.case))
        form = nominative(p, {"sing", str(tag.gender)}) if case in NAME_CASES else None
        if form and (case, str(tag.gender), form, True) not in out:
            out.append((case, str(tag.gender), form, True))
    return out


def _syllables(word: str) -> int:
    return sum(ch in "аеёиоуыэюя" for ch in word.lower())


def _majority(values):
    counts: dict = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _normalize_phrase(tokens: list[Token], res: Resources, type_: str) -> list[str]:
    head = next((i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN") and not _fixed(t.text)
                 and not _abbreviated(tokens, i) and not _modifier(tokens, i, res)), None)
    if head is None or tokens[head].feats.get("Case") == "Nom":
        return [t.text for t in tokens]
    head_parse = _choose_parse(tokens[head], res, type_)
    agree = None
    if head_parse is not None:
        number = "plur" if "plur" in head_parse.tag else "sing"
        gender = head_parse.tag.gender if number == "sing" else None
        agree = {g for g in (number, gender) if g}
    words = []
    for i, tok in enumerate(tokens):
        if i < head and tok.pos in ("ADJ", "DET", "NUM"):
            # An adjective agrees with its head: where the tagger left its case out or
            # disagrees, the head's case is the better evidence.
            feats = dict(tok.feats, Case=tokens[head].feats["Case"])
            words.append(_inflect_token(Token(tok.start, tok.end, tok.text, tok.pos, feats), res, None, agree))
        elif i < head and _modifier(tokens, i, res):
            # A participle or an adjective the tagger took for a verb or a noun ("Соединённых
            # Штатов", "Объединённых Арабских Эмиратов") agrees with its head the same way, in
            # the head's case and number, whatever number and gender it was tagged with.
            feats = {"Case": tokens[head].feats["Case"]}
            words.append(_inflect_token(Token(tok.start, tok.end, tok.text, "ADJ", feats), res, None, agree))
        elif i == head:
            words.append(_inflect_token(tok, res, type_, None))
        else:
            words.append(tok.text)
    return words


def _modifier(tokens: list[Token], i: int, res: Resources) -> bool:
    """Whether the word at `i`, tagged as a participle, a noun or a proper noun, is a modifier
    of the noun after it: a capitalised word of a name that the dictionary knows only as an
    adjective or a participle, in the case the next word, a noun, is tagged in."""
    tok = tokens[i]
    if tok.pos not in ("NOUN", "PROPN", "VERB") or not tok.text[:1].isupper() or "-" in tok.text \
            or i + 1 >= len(tokens) or tokens[i + 1].pos not in ("NOUN", "PROPN", "ADJ") \
            or tok.pos == "VERB" and tok.feats.get("VerbForm") != "Part":
        return False
    case = CASES.get(tokens[i + 1].feats.get("Case", ""))
    parses = [p for p in res.parse(tok.text) if p.is_known]
    return bool(parses) and case is not None and all(p.tag.POS in ("ADJF", "PRTF") for p in parses) \
        and any(case in p.tag and ("plur" in p.tag) == (_noun_number(tokens, i + 1) == "plur") for p in parses)


def _noun_number(tokens: list[Token], i: int) -> str:
    # the number of the first noun from `i` on, as tagged: "plur" or "sing"
    noun = next((t for t in tokens[i:] if t.pos in ("NOUN", "PROPN")), None)
    return "plur" if noun is not None and noun.feats.get("Number") == "Plur" else "sing"


def _abbreviated(tokens: list[Token], i: int) -> bool:
    # a lower-case word cut short with a dot ("им.", "г.") is no head to inflect
    return tokens[i].text.islower() and i + 1 < len(tokens) and tokens[i + 1].text == "." \
        and tokens[i + 1].start == tokens[i].end


def _inflect_token(tok: Token, res: Resources, type_: str | None, agree: set | None) -> str:
    if _fixed(tok.text) or tok.feats.get("Case") in (None, "Nom"):
        return tok.text
    if "-" in tok.text.strip("-"):
        return _inflect_hyphenated(tok, res, type_, agree)
    parse = _choose_parse(tok, res, type_)
    return restore_case(tok.text, nominative(parse, agree) or tok.text)


def _inflect_hyphenated(tok: Token, res: Resources, type_: str | None, agree: set | None = None) -> str:
    # "Алма-Атой": every capitalised part agrees in case; stop at a lowercase link
    # ("Ростове-на-Дону"), after which parts are dependents and stay as written. A lowercase
    # noun or adjective in the word's own case after the first part is a part of the compound
    # that declines with it ("Братьев-мусульман", "Гоголь-центре", "Торгово-промышленной",
    # the last agreeing with its head noun).
    parts = tok.text.split("-")
    out, inflecting = [], True
    for k, part in enumerate(parts):
        if inflecting and part[:1].isupper() and part.isalpha():
            sub = Token(0, len(part), part, "PROPN", tok.feats)
            parse = _choose_parse(sub, res, type_)
            out.append(restore_case(part, nominative(parse) or part))
            continue
        parse = None
        if inflecting and k > 0 and part.isalpha() and part.islower():
            parse = name_parse(res.parse(part), tok.pos, tok.feats)
            if parse is not None and parse.tag.POS not in ("NOUN", "ADJF"):
                parse = None
        if parse is not None:
            out.append(restore_case(part, nominative(parse, agree) or part))
        else:
            inflecting = inflecting and not part[:1].islower()
            out.append(part)
    return "-".join(out)


def _choose_parse(tok: Token, res: Resources, type_: str | None):
    return name_parse(res.parse(tok.text), tok.pos, tok.feats, NAME_GRAMMEMES.get(type_, ()))


def _fixed(word: str) -> bool:
    """Words that never inflect as written: abbreviations, Latin, digits."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return True
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return True
    return not any("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in letters)
