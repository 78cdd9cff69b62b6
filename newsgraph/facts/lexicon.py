"""Word tables for numbers, currencies, qualifiers and dates.

The tables name each word once, by its dictionary form; `get_lexicon(res)` expands
them into every case form with pymorphy the first time a stage needs them, so a
lookup during scanning is one dict access on the lower-cased token (ё read as е).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from newsgraph.resources import Resources
from newsgraph.russian import fold as norm

# Cardinal number words by dictionary form: value and class. The class decides
# which words may follow which ("двести тридцать пять", not "пять тридцать").
NUMBER_WORDS = {
    "ноль": (0, "unit"), "нуль": (0, "unit"),
    "один": (1, "unit"), "два": (2, "unit"), "три": (3, "unit"), "четыре": (4, "unit"),
    "пять": (5, "unit"), "шесть": (6, "unit"), "семь": (7, "unit"), "восемь": (8, "unit"),
    "девять": (9, "unit"),
    "десять": (10, "teen"), "одиннадцать": (11, "teen"), "двенадцать": (12, "teen"),
    "тринадцать": (13, "teen"), "четырнадцать": (14, "teen"), "пятнадцать": (15, "teen"),
    "шестнадцать": (16, "teen"), "семнадцать": (17, "teen"), "восемнадцать": (18, "teen"),
    "девятнадцать": (19, "teen"),
    "двадцать": (20, "ten"), "тридцать": (30, "ten"), "сорок": (40, "ten"),
    "пятьдесят": (50, "ten"), "шестьдесят": (60, "ten"), "семьдесят": (70, "ten"),
    "восемьдесят": (80, "ten"), "девяносто": (90, "ten"),
    "сто": (100, "hundred"), "двести": (200, "hundred"), "триста": (300, "hundred"),
    "четыреста": (400, "hundred"), "пятьсот": (500, "hundred"), "шестьсот": (600, "hundred"),
    "семьсот": (700, "hundred"), "восемьсот": (800, "hundred"), "девятьсот": (900, "hundred"),
    "полтораста": (150, "hundred"),
    "полтора": (Decimal("1.5"), "half"),
    "оба": (2, "coll"), "двое": (2, "coll"), "трое": (3, "coll"), "четверо": (4, "coll"),
    "пятеро": (5, "coll"), "шестеро": (6, "coll"), "семеро": (7, "coll"),
    "восьмеро": (8, "coll"), "девятеро": (9, "coll"), "десятеро": (10, "coll"),
}
# Forms pymorphy files under another lemma or does not list.
NUMBER_EXTRA = {"полторы": "полтора", "полутора": "полтора", "обе": "оба", "обеих": "оба",
                "обеим": "оба", "обеими": "оба"}

MULTIPLIERS = {"тысяча": 10 ** 3, "миллион": 10 ** 6, "миллиард": 10 ** 9, "триллион": 10 ** 12}
# Half of a scale word in one word: "полмиллиона долларов", "полутора" is in NUMBER_WORDS.
HALF_SCALES = {"полтысячи": 10 ** 3, "полутысячи": 10 ** 3, "полмиллиона": 10 ** 6,
               "полумиллиона": 10 ** 6, "полмиллиарда": 10 ** 9, "полумиллиарда": 10 ** 9}
MULTIPLIER_ABBR = {"тыс": 10 ** 3, "млн": 10 ** 6, "млрд": 10 ** 9, "трлн": 10 ** 12, "мрд": 10 ** 9}

# Currency nouns by dictionary form, with the currency meant when nothing narrows it.
# None: the noun names a currency only with a country adjective ("норвежских крон").
CURRENCY_NOUNS = {
    "доллар": "USD", "рубль": "RUB", "евро": "EUR", "юань": "CNY", "фунт": "GBP",
    "иена": "JPY", "йена": "JPY", "тенге": "KZT", "сум": "UZS", "сом": "KGS",
    "сомони": "TJS", "манат": "AZN", "лари": "GEL", "драм": "AMD", "гривна": "UAH",
    "гривня": "UAH", "лей": "MDL", "франк": "CHF", "лира": "TRY", "злотый": "PLN",
    "рупия": "INR", "вона": "KRW", "дирхам": "AED", "тугрик": "MNT", "афгани": "AFN",
    "форинт": "HUF", "шекель": "ILS", "крона": None, "риал": None, "риял": "SAR",
    "реал": "BRL", "песо": None, "динар": None,
}
# Indeclinable currency names and those pymorphy does not know; these get their
# forms from `_regular_forms` instead of the dictionary.
CURRENCY_UNKNOWN = {"тенге", "сомони", "лари", "афгани", "сум", "драм", "евро"}
CURRENCY_ABBR = {"долл": "доллар", "дол": "доллар", "руб": "рубль", "р": "рубль",
                 "тг": "тенге", "грн": "гривна", "сўм": "сум", "евр": "евро"}
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT", "₴": "UAH",
                    "₼": "AZN", "₾": "GEL", "֏": "AMD", "₺": "TRY", "₹": "INR", "₩": "KRW",
                    "₪": "ILS"}
CURRENCY_CODES = {
    "USD", "EUR", "RUB", "KZT", "UZS", "KGS", "TJS", "TMT", "AZN", "AMD", "GEL", "UAH",
    "BYN", "BYR", "MDL", "CNY", "GBP", "JPY", "CHF", "TRY", "PLN", "INR", "KRW", "AED",
    "MNT", "AFN", "HUF", "ILS", "SAR", "BRL", "NOK", "SEK", "DKK", "CZK", "CAD", "AUD",
    "HKD", "SGD", "IRR", "QAR", "PKR", "RON", "KWD", "EGP",
}
# Country adjective + currency noun -> code, for currencies that share a noun.
CURRENCY_BY_ADJECTIVE = {
    ("белорусский", "рубль"): "BYN", ("российский", "рубль"): "RUB",
    ("американский", "доллар"): "USD", ("канадский", "доллар"): "CAD",
    ("австралийский", "доллар"): "AUD", ("гонконгский", "доллар"): "HKD",
    ("сингапурский", "доллар"): "SGD", ("новозеландский", "доллар"): "NZD",
    ("тайваньский", "доллар"): "TWD",
    ("туркменский", "манат"): "TMT", ("азербайджанский", "манат"): "AZN",
    ("киргизский", "сом"): "KGS", ("кыргызский", "сом"): "KGS", ("узбекский", "сум"): "UZS",
    ("таджикский", "сомони"): "TJS", ("казахстанский", "тенге"): "KZT",
    ("армянский", "драм"): "AMD", ("грузинский", "лари"): "GEL", ("украинский", "гривна"): "UAH",
    ("молдавский", "лей"): "MDL", ("молдавский", "лей"): "MDL", ("румынский", "лей"): "RON",
    ("китайский", "юань"): "CNY", ("японский", "иена"): "JPY", ("японский", "йена"): "JPY",
    ("британский", "фунт"): "GBP", ("египетский", "фунт"): "EGP", ("швейцарский", "франк"): "CHF",
    ("турецкий", "лира"): "TRY", ("норвежский", "крона"): "NOK", ("шведский", "крона"): "SEK",
    ("датский", "крона"): "DKK", ("чешский", "крона"): "CZK", ("индийский", "рупия"): "INR",
    ("пакистанский", "рупия"): "PKR", ("южнокорейский", "вона"): "KRW",
    ("иранский", "риал"): "IRR", ("катарский", "риал"): "QAR", ("саудовский", "риял"): "SAR",
    ("эмиратский", "дирхам"): "AED", ("польский", "злотый"): "PLN",
    ("бразильский", "реал"): "BRL", ("мексиканский", "песо"): "MXN",
    ("кувейтский", "динар"): "KWD", ("сербский", "динар"): "RSD",
}
# A genitive after the noun that names the country ("долларов США").
CURRENCY_BY_COUNTRY = {("доллар", "сша"): "USD", ("фунт", "стерлинг"): "GBP",
                       ("рубль", "рф"): "RUB", ("юань", "кнр"): "CNY"}
# Currencies whose minor unit has three digits (a thousandth): after these "1,500" may be
# one and a half; after the others three digits after the mark group thousands.
THREE_DIGIT_MINOR = {"KWD", "BHD", "OMR", "JOD", "TND", "LYD", "IQD"}
# Sub-units: dictionary form -> (currency when alone, currencies it may follow).
SUBUNITS = {
    "копейка": ("RUB", {"RUB", "UAH", "BYN"}), "коп": ("RUB", {"RUB", "UAH", "BYN"}),
    "цент": ("USD", {"USD", "EUR", "CAD", "AUD", "HKD", "SGD", "NZD"}),
    "евроцент": ("EUR", {"EUR"}), "тиын": ("KZT", {"KZT", "KGS"}), "тыйын": ("KGS", {"KGS"}),
    "тийин": ("UZS", {"UZS"}), "дирам": ("TJS", {"TJS"}), "тетри": ("GEL", {"GEL"}),
    "лума": ("AMD", {"AMD"}), "гяпик": ("AZN", {"AZN"}), "пенс": ("GBP", {"GBP"}),
}
SUBUNIT_UNKNOWN = {"тиын", "тыйын", "тийин", "дирам", "тетри", "лума"}

MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
          "октябрь", "ноябрь", "декабрь"]
MONTH_ABBR = {"янв": 1, "фев": 2, "февр": 2, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
              "окт": 10, "нояб": 11, "дек": 12}
# Shortened words whose full stop belongs to them ("250 тыс.", "руб.", "2017 г.").
ABBREVIATIONS = (set(MULTIPLIER_ABBR) | set(CURRENCY_ABBR) | set(MONTH_ABBR)
                 | {"коп", "г", "гг", "бел", "рос"})
# Ordinal words for days of the month ("пятого сентября", "двадцать первого мая").
ORDINAL_DAYS = ["первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой",
                "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый",
                "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый",
                "двадцатый"]
WEEKDAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]

# Relative dates: anchor adjective -> offset, period noun -> unit letter of `relative`.
RELATIVE_ANCHORS = {"прошлый": -1, "минувший": -1, "прошедший": -1, "позапрошлый": -2,
                    "этот": 0, "текущий": 0, "нынешний": 0, "следующий": 1, "будущий": 1,
                    "наступающий": 1, "грядущий": 1}
RELATIVE_UNITS = {"год": "y", "месяц": "m", "неделя": "w", "день": "d", "сутки": "d"}
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}

# Nouns a number follows as a label, not as a count: "статья 264", "части 2 статьи 105",
# "пункт 3", "дом 12", "рейс 1234"; and their abbreviations before a full stop ("ст. 264",
# "ч. 2", "п. 3"). Matched on the lemma, so every case form counts.
LABEL_NOUNS = {"статья", "часть", "пункт", "подпункт", "глава", "раздел", "параграф", "абзац",
               "приложение", "том", "номер", "дом", "корпус", "квартира", "строение", "кабинет",
               "палата", "рейс", "маршрут", "школа", "гимназия", "лицей", "колония", "поправка",
               "резолюция", "страница"}
LABEL_ABBR = {"ст", "ч", "п", "пп", "подп", "гл", "разд", "абз", "прил", "д", "кв", "корп", "стр"}
# Adjectives of a number of units glued to digits, by the stem after the hyphen: "54-летний",
# "3-месячный", "10-минутный"; the value is the count, the unit the noun's lemma.
COMPOUND_UNITS = {"летн": "год", "годичн": "год", "месячн": "месяц", "недельн": "неделя",
                  "дневн": "день", "суточн": "сутки", "часов": "час", "минутн": "минута",
                  "секундн": "секунда", "километров": "километр", "метров": "метр", "тонн": "тонна"}

# Qualifier phrases before an amount, longest first when matched.
QUALIFIERS = {
    ("около",): "about", ("порядка",): "about", ("примерно",): "about",
    ("приблизительно",): "about", ("почти",): "about", ("ориентировочно",): "about",
    ("где-то",): "about", ("без", "малого"): "about", ("практически",): "about",
    ("более",): "more_than", ("больше",): "more_than", ("свыше",): "more_than",
    ("более", "чем"): "more_than", ("больше", "чем"): "more_than", ("чуть", "более"): "more_than",
    ("чуть", "больше"): "more_than", ("немногим", "более"): "more_than",
    ("немногим", "больше"): "more_than", ("сверх",): "more_than",
    ("ниже",): "less_than", ("выше",): "more_than",
    ("менее",): "less_than", ("меньше",): "less_than", ("менее", "чем"): "less_than",
    ("меньше", "чем"): "less_than", ("чуть", "менее"): "less_than",
    ("чуть", "меньше"): "less_than", ("немногим", "менее"): "less_than",
    ("не", "менее"): "at_least", ("не", "меньше"): "at_least", ("как", "минимум"): "at_least",
    ("минимум",): "at_least", ("по", "меньшей", "мере"): "at_least",
    ("по", "крайней", "мере"): "at_least", ("от",): "at_least",
    ("до",): "up_to", ("не", "более"): "up_to", ("не", "больше"): "up_to",
    ("не", "свыше"): "up_to", ("максимум",): "up_to", ("вплоть", "до"): "up_to",
}
# Adverb qualifiers that may stand before a preposition: "примерно в 3 млн".
LOOSE_QUALIFIERS = {"около", "порядка", "примерно", "приблизительно", "почти", "ориентировочно",
                    "где-то", "практически", "более", "менее", "свыше"}
# Verbs after which "до" names the new value, not a limit ("выросла до 5 млн").
CHANGE_VERBS = {"вырасти", "возрасти", "увеличиться", "увеличить", "сократиться", "сократить",
                "снизиться", "снизить", "уменьшиться", "уменьшить", "упасть", "подняться",
                "поднять", "повыситься", "повысить", "понизиться", "понизить", "опуститься",
                "подорожать", "подешеветь", "дорасти", "довести", "расти", "падать", "снижаться",
                "увеличиваться", "сокращаться", "расширить", "нарастить", "урезать", "замедлиться",
                "ускориться", "подскочить", "вырастать", "снижать", "повышать", "поднимать",
                "замедлить", "ускорить", "скорректировать", "понизить", "обвалиться"}


@dataclass(eq=False)
class Lexicon:
    """Every case form of the tables above, keyed by `norm`."""

    numbers: dict[str, tuple[Decimal, str]] = field(default_factory=dict)
    multipliers: dict[str, int] = field(default_factory=dict)
    multiplier_singular: set[str] = field(default_factory=set)
    currencies: dict[str, str] = field(default_factory=dict)        # form -> noun lemma
    currency_adjectives: dict[str, str] = field(default_factory=dict)
    subunits: dict[str, str] = field(default_factory=dict)          # form -> sub-unit lemma
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    ordinal_days: dict[str, int] = field(default_factory=dict)
    anchors: dict[str, int] = field(default_factory=dict)
    periods: dict[str, str] = field(default_factory=dict)           # form -> unit letter
    year_words: set[str] = field(default_factory=set)                # singular forms of "год"
    triggers: set[str] = field(default_factory=set)


def _regular_forms(lemma: str) -> set[str]:
    """Case forms of a currency word pymorphy lacks: indeclinable when it ends in a
    vowel (тенге, лари), else the hard masculine pattern (тиын, тиына, тиынов)."""
    if lemma[-1] in "аеиоуыэюя":
        if lemma.endswith("а"):  # лума: the feminine pattern
            stem = lemma[:-1]
            return {lemma} | {stem + e for e in ("ы", "е", "у", "ой", "", "ам", "ами", "ах")}
        return {lemma}
    endings = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
    return {lemma + e for e in endings}


def _forms(morph, lemma: str, pos: str | None = None) -> set[str]:
    out = {lemma}
    for parse in morph.parse(lemma):
        if norm(parse.normal_form) != norm(lemma) or (pos and parse.tag.POS != pos):
            continue
        out.update(form.word for form in parse.lexeme)
    return {norm(w) for w in out}


def build_lexicon(res: Resources) -> Lexicon:
    """Expand the tables into case forms with pymorphy; a few milliseconds, done once."""
    morph = res.morph
    lex = Lexicon()
    for lemma, (value, cls) in NUMBER_WORDS.items():
        pos = None if lemma == "один" else "NUMR"
        for form in _forms(morph, lemma, pos):
            lex.numbers[form] = (Decimal(value), cls)
    for form, lemma in NUMBER_EXTRA.items():
        lex.numbers[form] = (Decimal(NUMBER_WORDS[lemma][0]), NUMBER_WORDS[lemma][1])
    for lemma, value in MULTIPLIERS.items():
        for parse in morph.parse(lemma):
            if parse.normal_form != lemma:
                continue
            for f in parse.lexeme:
                lex.multipliers[norm(f.word)] = value
                if "sing" in f.tag:
                    lex.multiplier_singular.add(norm(f.word))
    lex.multipliers.update(MULTIPLIER_ABBR)
    for lemma in CURRENCY_NOUNS:
        forms = _regular_forms(lemma) if lemma in CURRENCY_UNKNOWN else _forms(morph, lemma, "NOUN")
        for form in forms:
            lex.currencies.setdefault(form, lemma)
    lex.currencies.update(CURRENCY_ABBR)
    for adj, _ in CURRENCY_BY_ADJECTIVE:
        for form in _forms(morph, adj, "ADJF"):
            lex.currency_adjectives[form] = adj
    lex.currency_adjectives["бел"] = "белорусский"
    lex.currency_adjectives["рос"] = "российский"
    for lemma in SUBUNITS:
        if lemma in SUBUNIT_UNKNOWN:
            forms = _regular_forms(lemma)
        elif lemma == "коп":
            forms = {"коп"}
        else:
            forms = _forms(morph, lemma, "NOUN")
        for form in forms:
            lex.subunits[form] = lemma
    for number, lemma in enumerate(MONTHS, 1):
        for form in _forms(morph, lemma, "NOUN"):
            lex.months[form] = number
    for number, lemma in enumerate(ORDINAL_DAYS, 1):
        for form in _forms(morph, lemma, "ADJF"):
            lex.ordinal_days[form] = number
    for form in _forms(morph, "тридцатый", "ADJF"):
        lex.ordinal_days[form] = 30
    for number, lemma in enumerate(WEEKDAYS, 1):
        for form in _forms(morph, lemma, "NOUN"):
            lex.weekdays[form] = number
    for lemma, offset in RELATIVE_ANCHORS.items():
        for form in _forms(morph, lemma, "ADJF"):
            lex.anchors[form] = offset
    for form in ("это", "эти", "этих", "этим", "этими"):  # "это" is a pronoun far more often
        lex.anchors.pop(form, None)
    for lemma, unit in RELATIVE_UNITS.items():
        for form in _forms(morph, lemma, "NOUN"):
            lex.periods[form] = unit
    lex.year_words = {"год", "года", "году", "годом", "годе", "г", "гг"}
    lex.triggers = (set(lex.numbers) | set(lex.multipliers) | set(CURRENCY_SYMBOLS)
                    | {c.lower() for c in CURRENCY_CODES} | set(lex.months) | set(lex.weekdays)
                    | set(lex.anchors) | set(RELATIVE_DAYS) | set(lex.subunits) | set(lex.ordinal_days)
                    | {"через", "полгода", "полугода", "полдень", "полночь"} | set(lex.periods)
                    | set(HALF_SCALES))
    return lex


@lru_cache(maxsize=4)
def _lexicon_for(res: Resources) -> Lexicon:
    return build_lexicon(res)


def get_lexicon(res: Resources) -> Lexicon:
    """The lexicon for these resources, built on first use."""
    return _lexicon_for(res)
