"""CAMEO actor codes for the GDELT export: a country (CAMEO's, ISO 3166 alpha-3 based) and a role type.

`actor_code(name, type, titles)` reads an entity as the store and the Document keep it (its
nominative name, PER/LOC/ORG, and its structured titles) and returns "RUSGOV", "KAZ", "USAMIL",
"GOV" or "" when nothing is known. The country comes from the entity itself (a country, or a
capital or big city of one), else from the place its title is of ("президент Казахстана" →
KAZ), else from a country named inside an organisation's name ("МИД России" → RUS). The role
comes from the office of a title, else from the kind of organisation its name says.
`place_country(name)` gives the FIPS 10-4 code GDELT 2.0 writes in its ActionGeo columns.
"""
from __future__ import annotations

from newsgraph.russian import fold

# Country names (nominative, as entities are named) and the stems their other forms share.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "RUS": ("россия", "российская федерация", "рф"),
    "KAZ": ("казахстан",), "UZB": ("узбекистан",), "KGZ": ("киргизия", "кыргызстан"),
    "TJK": ("таджикистан",), "TKM": ("туркмения", "туркменистан"), "AZE": ("азербайджан",),
    "ARM": ("армения",), "GEO": ("грузия",), "BLR": ("белоруссия", "беларусь"), "UKR": ("украина",),
    "MDA": ("молдавия", "молдова"), "AFG": ("афганистан",), "CHN": ("китай", "кнр"), "MNG": ("монголия",),
    "IRN": ("иран",), "TUR": ("турция",), "USA": ("сша", "соединенные штаты", "америка"),
    "GBR": ("великобритания", "британия", "англия"), "FRA": ("франция",), "DEU": ("германия", "фрг"),
    "ITA": ("италия",), "ESP": ("испания",), "POL": ("польша",), "JPN": ("япония",),
    "KOR": ("южная корея", "республика корея"), "PRK": ("кндр", "северная корея"), "IND": ("индия",),
    "PAK": ("пакистан",), "ISR": ("израиль",), "PSE": ("палестина",), "EGY": ("египет",),
    "SYR": ("сирия",), "IRQ": ("ирак",), "SAU": ("саудовская аравия",), "QAT": ("катар",),
    "KWT": ("кувейт",), "YEM": ("йемен",), "LBY": ("ливия",), "LBN": ("ливан",), "CAN": ("канада",),
    "MEX": ("мексика",), "BRA": ("бразилия",), "ARG": ("аргентина",), "CHL": ("чили",),
    "VEN": ("венесуэла",), "CUB": ("куба",), "AUS": ("австралия",), "NZL": ("новая зеландия",),
    "ZAF": ("юар",), "ZWE": ("зимбабве",), "BWA": ("ботсвана",), "BGD": ("бангладеш",),
    "MMR": ("мьянма",), "SRB": ("сербия",), "HRV": ("хорватия",), "BGR": ("болгария",),
    "ROU": ("румыния",), "HUN": ("венгрия",), "CZE": ("чехия",), "SVK": ("словакия",),
    "SVN": ("словения",), "GRC": ("греция",), "CYP": ("кипр",), "EST": ("эстония",),
    "LVA": ("латвия",), "LTU": ("литва",), "FIN": ("финляндия",), "SWE": ("швеция",),
    "NOR": ("норвегия",), "DNK": ("дания",), "NLD": ("нидерланды", "голландия"), "BEL": ("бельгия",),
    "CHE": ("швейцария",), "AUT": ("австрия",), "PRT": ("португалия",), "IRL": ("ирландия",),
    "MNE": ("черногория",), "XKX": ("косово",), "TWN": ("тайвань",), "VNM": ("вьетнам",),
    "THA": ("таиланд",), "IDN": ("индонезия",), "MYS": ("малайзия",), "SGP": ("сингапур",),
    "PHL": ("филиппины",), "TON": ("тонга",), "MAR": ("марокко",), "DZA": ("алжир",),
    "TUN": ("тунис",), "NGA": ("нигерия",), "ETH": ("эфиопия",), "KEN": ("кения",),
    "SLV": ("сальвадор",), "VAT": ("ватикан",),
}
# CAMEO's country codes are ISO 3166 alpha-3 but for a few it kept from before
# (the CAMEO 1.1b3 actor codebook, GDELT's CAMEO.country lookup).
CAMEO_COUNTRY: dict[str, str] = {"ROU": "ROM", "XKX": "KSV"}
# FIPS 10-4 two-letter codes, which GDELT 2.0 writes in ActionGeo_CountryCode (and the other
# *Geo_CountryCode columns) where the Actor*CountryCode columns hold CAMEO codes.
FIPS: dict[str, str] = {
    "RUS": "RS", "KAZ": "KZ", "UZB": "UZ", "KGZ": "KG", "TJK": "TI", "TKM": "TX", "AZE": "AJ",
    "ARM": "AM", "GEO": "GG", "BLR": "BO", "UKR": "UP", "MDA": "MD", "AFG": "AF", "CHN": "CH",
    "MNG": "MG", "IRN": "IR", "TUR": "TU", "USA": "US", "GBR": "UK", "FRA": "FR", "DEU": "GM",
    "ITA": "IT", "ESP": "SP", "POL": "PL", "JPN": "JA", "KOR": "KS", "PRK": "KN", "IND": "IN",
    "PAK": "PK", "ISR": "IS", "PSE": "WE", "EGY": "EG", "SYR": "SY", "IRQ": "IZ", "SAU": "SA",
    "QAT": "QA", "KWT": "KU", "YEM": "YM", "LBY": "LY", "LBN": "LE", "CAN": "CA", "MEX": "MX",
    "BRA": "BR", "ARG": "AR", "CHL": "CI", "VEN": "VE", "CUB": "CU", "AUS": "AS", "NZL": "NZ",
    "ZAF": "SF", "ZWE": "ZI", "BWA": "BC", "BGD": "BG", "MMR": "BM", "SRB": "RI", "HRV": "HR",
    "BGR": "BU", "ROU": "RO", "HUN": "HU", "CZE": "EZ", "SVK": "LO", "SVN": "SI", "GRC": "GR",
    "CYP": "CY", "EST": "EN", "LVA": "LG", "LTU": "LH", "FIN": "FI", "SWE": "SW", "NOR": "NO",
    "DNK": "DA", "NLD": "NL", "BEL": "BE", "CHE": "SZ", "AUT": "AU", "PRT": "PO", "IRL": "EI",
    "MNE": "MJ", "XKX": "KV", "TWN": "TW", "VNM": "VM", "THA": "TH", "IDN": "ID", "MYS": "MY",
    "SGP": "SN", "PHL": "RP", "TON": "TN", "MAR": "MO", "DZA": "AG", "TUN": "TS", "NGA": "NI",
    "ETH": "ET", "KEN": "KE", "SLV": "ES", "VAT": "VT",
}
# Capitals and large cities, which stand for their country's government in news
# ("Москва и Пекин договорились") or place an organisation.
CITIES: dict[str, str] = {
    "москва": "RUS", "санкт-петербург": "RUS", "астана": "KAZ", "нур-султан": "KAZ", "алма-ата": "KAZ",
    "алматы": "KAZ", "ташкент": "UZB", "самарканд": "UZB", "бишкек": "KGZ", "ош": "KGZ", "душанбе": "TJK",
    "ашхабад": "TKM", "баку": "AZE", "ереван": "ARM", "тбилиси": "GEO", "минск": "BLR", "киев": "UKR",
    "кишинев": "MDA", "кабул": "AFG", "пекин": "CHN", "улан-батор": "MNG", "тегеран": "IRN",
    "анкара": "TUR", "стамбул": "TUR", "вашингтон": "USA", "нью-йорк": "USA", "лондон": "GBR",
    "париж": "FRA", "берлин": "DEU", "рим": "ITA", "мадрид": "ESP", "варшава": "POL", "токио": "JPN",
    "сеул": "KOR", "пхеньян": "PRK", "дели": "IND", "нью-дели": "IND", "исламабад": "PAK",
    "иерусалим": "ISR", "тель-авив": "ISR", "каир": "EGY", "дамаск": "SYR", "багдад": "IRQ",
    "эр-рияд": "SAU", "доха": "QAT", "брюссель": "BEL", "вена": "AUT", "женева": "CHE",
    "оттава": "CAN", "гавана": "CUB", "каракас": "VEN", "буэнос-айрес": "ARG", "белград": "SRB",
    "будапешт": "HUN", "прага": "CZE", "афины": "GRC", "таллин": "EST", "рига": "LVA",
    "вильнюс": "LTU", "хельсинки": "FIN", "стокгольм": "SWE", "осло": "NOR", "копенгаген": "DNK",
    "амстердам": "NLD", "лиссабон": "PRT", "дублин": "IRL", "софия": "BGR", "бухарест": "ROU",
}
# Role types by the office a title names (its first word) and by the words of an
# organisation's name: CAMEO's GOV, MIL, JUD, COP (police), BUS, MED (media), EDU, LEG
# (legislature), OPP (opposition), IGO stays unknown (it needs no country).
ROLE_BY_OFFICE: dict[str, str] = {
    **{w: "GOV" for w in (
        "президент", "премьер-министр", "премьер", "вице-премьер", "вице-президент", "министр",
        "замминистра", "глава", "посол", "губернатор", "мэр", "аким", "хоким", "канцлер", "король",
        "королева", "эмир", "император", "госсекретарь", "пресс-секретарь", "губернатор", "вице-губернатор",
        "советник", "помощник", "консул", "дипломат")},
    **{w: "LEG" for w in ("депутат", "сенатор", "спикер", "парламентарий", "конгрессмен")},
    **{w: "MIL" for w in ("генерал", "маршал", "адмирал", "полковник", "командующий", "главнокомандующий",
                          "военный", "военнослужащий", "солдат", "офицер")},
    **{w: "JUD" for w in ("судья", "прокурор", "генпрокурор")},
    **{w: "COP" for w in ("полицейский", "следователь")},
    **{w: "BUS" for w in ("гендиректор", "бизнесмен", "предприниматель", "магнат", "миллиардер", "банкир")},
    **{w: "MED" for w in ("журналист", "корреспондент", "редактор", "главред", "блогер", "телеведущий")},
    **{w: "EDU" for w in ("ректор", "профессор", "учитель", "студент")},
    **{w: "OPP" for w in ("оппозиционер",)},
}
ROLE_BY_ORG_WORD: tuple[tuple[str, str], ...] = (
    ("мид", "GOV"), ("министерств", "GOV"), ("правительств", "GOV"), ("кабинет", "GOV"),
    ("администрац", "GOV"), ("кремл", "GOV"), ("госдепартамент", "GOV"), ("белый дом", "GOV"),
    ("минобороны", "MIL"), ("армия", "MIL"), ("вооруженн", "MIL"), ("войск", "MIL"), ("нато", "MIL"),
    ("пентагон", "MIL"), ("генштаб", "MIL"),
    ("суд", "JUD"), ("прокуратур", "JUD"), ("трибунал", "JUD"),
    ("полици", "COP"), ("мвд", "COP"), ("фсб", "COP"), ("фбр", "COP"), ("цру", "COP"),
    ("милиц", "COP"), ("следственн", "COP"), ("уввд", "COP"), ("увд", "COP"),
    ("парламент", "LEG"), ("госдум", "LEG"), ("сенат", "LEG"), ("конгресс", "LEG"), ("рада", "LEG"),
    ("меджлис", "LEG"), ("совет федерации", "LEG"),
    ("банк", "BUS"), ("компани", "BUS"), ("концерн", "BUS"), ("корпорац", "BUS"), ("холдинг", "BUS"),
    ("газпром", "BUS"), ("роснефть", "BUS"), ("ржд", "BUS"),
    ("агентств", "MED"), ("газет", "MED"), ("телеканал", "MED"), ("радио", "MED"), ("журнал", "MED"),
    ("университет", "EDU"), ("институт", "EDU"), ("академи", "EDU"), ("школ", "EDU"),
    ("больниц", "MED"),
)
# Stems of countries' names in their oblique forms ("России", "Казахстана"), for names of
# organisations: the nominative less a final vowel.
_STEMS = {(name[:-1] if name[-1] in "аяйь" else name): code
          for code, names in COUNTRIES.items() for name in names if len(name) > 3}
_BY_NAME = {name: code for code, names in COUNTRIES.items() for name in names}


# Every country name of COUNTRIES, folded as `fold` leaves a name (a place is a country's when
# its name is one of these, not a city's).
COUNTRY_NAMES = frozenset(fold(name) for names in COUNTRIES.values() for name in names)


def country_of(name: str | None) -> str:
    """The alpha-3 code of a country or of a city the table knows, by its nominative name.

    >>> country_of("Казахстан"), country_of("Москва"), country_of("Ош"), country_of("Марс")
    ('KAZ', 'RUS', 'KGZ', '')
    """
    key = fold(name or "").strip()
    return _BY_NAME.get(key) or CITIES.get(key, "")


def place_country(name: str | None) -> str:
    """The FIPS 10-4 code of a place (a country, or a city the table knows), as GDELT 2.0
    writes it in ActionGeo_CountryCode; "" when unknown.

    >>> place_country("Ташкент"), place_country("Германия"), place_country("Марс")
    ('UZ', 'GM', '')
    """
    return FIPS.get(country_of(name), "")


def _country_in(name: str) -> str:
    words = fold(name).split()
    for word in words:
        if word in _BY_NAME:
            return _BY_NAME[word]
        for stem, code in _STEMS.items():
            if " " not in stem and word.startswith(stem) and len(word) - len(stem) <= 3:
                return code
    return ""


def _role_of_org(name: str) -> str:
    key = fold(name)
    return next((role for word, role in ROLE_BY_ORG_WORD if word in key), "")


def actor_code(name: str | None, type_: str | None, titles: list | None = None) -> str:
    """The CAMEO actor code of an entity: country code followed by role type, either part
    left out when unknown; "" when neither is known.

    >>> actor_code("Россия", "LOC"), actor_code("МИД России", "ORG")
    ('RUS', 'RUSGOV')
    >>> actor_code("Касым-Жомарт Токаев", "PER", [{"office": "президент", "of_name": "Казахстан"}])
    'KAZGOV'
    """
    name = name or ""
    country, role = "", ""
    if type_ == "LOC":
        country = country_of(name)
    for title in titles or []:
        title = title if isinstance(title, dict) else {"office": title.office, "of_name": title.of_name}
        office = fold(title.get("office") or "").split()
        role = role or (ROLE_BY_OFFICE.get(office[0], "") if office else "")
        of = title.get("of_name") or ""
        country = country or country_of(of) or _country_in(of)
        role = role or (_role_of_org(of) if of and not country_of(of) else "")
    if type_ == "ORG":
        country = country or _country_in(name)
        role = role or _role_of_org(name)
    return CAMEO_COUNTRY.get(country, country) + role
