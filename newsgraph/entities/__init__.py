"""Named entities of the body: slovnet NER, rules that mend its known faults, and grouping.

`extract_entities(doc, res)` reads `doc.body` and `doc.sents` and fills `doc.mentions`
(PER / LOC / ORG with nominative `normal`) and `doc.entities` (one per real-world entity
of the document, named by its fullest form), and `doc.references`: adjectives of places that
point at a place without naming it ("российских" → Россия, see `entities.references`), with
the place's entity, added after the named ones where the text does not name it. Mentions may
nest: a place or the person an organisation is named after stays a mention inside the
organisation's name ("Эхо Москвы", "Московского института", "академии имени Фрунзе"). Nothing
found gives empty lists.
"""
from __future__ import annotations

import bisect
import re

from newsgraph.doc import Document, Entity, Mention, Token
from newsgraph.entities.group import group_mentions
from newsgraph.entities.normal import mention_readings, normalize_mention
from newsgraph.entities.places import nested_places, place_of_adjective
from newsgraph.entities.references import find_references
from newsgraph.resources import Resources
from newsgraph.roles import BODY_NOUNS, ROLE_HEADS
from newsgraph.russian import acronym, fold, lemma_key, nominative, restore_case

# Words that may stay lowercase inside a person's or a place's name.
NAME_PARTICLES = frozenset(
    "де ди да ду дос дас до дю дель делла ла ле ван фон дер цу ибн бин бен ва аль эль ад ас аш ат "
    "уль ур ан оглы кызы улы "
    "на над под у при и".split()
)
# Words before a quoted name that mark it as an organisation's name.
ORG_DESCRIPTORS = frozenset(
    "компания предприятие завод фабрика комбинат банк холдинг концерн корпорация фирма группа "
    "ооо оао зао ао пао ип гуп муп фгуп нко партия движение клуб фонд агентство издание газета журнал "
    "телеканал радиостанция радио ассоциация союз объединение организация общество кооператив "
    "университет институт академия театр музей авиакомпания оператор ретейлер сеть производитель "
    "бренд марка стартап платформа сервис портал".split()
)
# "Name (ABBR)" or a parenthesis left open by the tagger: "Bundesbank (ЦБ".
PAREN = re.compile(r"\s*\(\s*([^()]+?)\s*(?:\)|$)")
# A legal form before a quoted name: ОАО «Газпром», ГУП "Водоканал".
LEGAL_QUOTED = re.compile(r"^([A-ZА-ЯЁ]{2,5}|[А-ЯЁа-яё]+)\s+[«\"„“]([^«»\"„“”]+)[»\"“”]?$")
QUOTED = re.compile(r"[«\"„“]([^«»\"„“”\n]{2,60})[»\"“”]")
TYPES = ("PER", "LOC", "ORG")
# Common-noun abbreviations and legal forms that NER tags as organisations.
GENERIC_ORG_WORDS = frozenset(
    "сми смк нко нпо вуз вузы вуза вузов ссуз гу гк ук ск пк нк ао оао зао пао ооо ип чп тоо одо "
    "гуп муп фгуп ано азс тц трц жкх жк снт тсж кфх".split()
)


# Unions of states are organisations, though the tagger takes them for places: "Европейский
# союз" (the common noun "союз" in lower case, where "Советский Союз", a state, capitalises it),
# the compounds "Евросоюз", "Афросоюз", and the abbreviations the press uses for them alone.
UNION_WORD = "союз"
UNION_ABBREVIATIONS = frozenset("ес еаэс евразэс снг".split())


def _union_name(surface: str) -> bool:
    """A union of states by name: "Евросоюза", "Европейского союза"."""
    return UNION_WORD in fold(surface)


# Seats of government that the press names for the government itself ("Кремль заявил",
# "источник в администрации Белого дома"): an organisation, except in the locative ("в Кремле"),
# where the building is meant.
SEATS_OF_POWER = frozenset(["кремль", "белый дом", "елисейский дворец", "даунинг-стрит"])

# Words for streets, squares and roads: "на улице Малышева" names a street, not a person.
STREET_WORDS = frozenset(
    "улица проспект переулок бульвар площадь шоссе набережная проезд тупик аллея тракт".split()
)
# Relational adjectives of places end in -ский / -цкий ("Российские", "Московский"); other
# adjectives ("Рейсовый", "Новый") opening a sentence are capitalised for that reason alone.
PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|ую|ом|их|им|ими|ей|ую)$")


def extract_entities(doc: Document, res: Resources) -> Document:
    """Fill `doc.mentions` and `doc.entities` from the body (see module doc)."""
    spans = trim_marks(doc.text, tag_spans(doc, res))
    tokens = [t for s in doc.sents for t in s.tokens]
    starts = [t.start for t in tokens]
    spans = split_at_separators(doc.text, spans)
    spans = split_org_names(doc.text, spans)
    spans = join_dotted_names(doc.text, spans)
    spans = merge_genitive_orgs(doc.text, spans)
    spans = join_place_adjective_bodies(tokens, spans, res)
    spans = merge_regional_bodies(doc.text, spans)
    spans = extend_body_remits(tokens, spans)
    spans += quoted_org_names(doc, tokens, spans, res)
    spans += propagate_names(tokens, spans)
    spans = settle_one_word_types(tokens, spans, res)
    spans = drop_leading_titles(tokens, spans, res)
    # Places inside organisations' names ("Московского университета", "Эхо Москвы").
    inner_places = nested_places(doc.text, tokens, spans, res)
    spans += [(s, e, "LOC") for s, e in inner_places]
    spans += namesakes(tokens, spans)
    # The steps above may reach a span out to a mark the first trim took off.
    spans = trim_marks(doc.text, spans)
    openers = {next((t.start for t in s.tokens if t.text[:1].isalpha()), -1) for s in doc.sents}
    places = sorted(x for x in spans if x[2] == "LOC")
    mentions = []
    ambiguous: dict[int, tuple[str, ...]] = {}
    for start, end, type_ in sorted(spans):
        toks = _tokens_in(tokens, starts, start, end)
        surface = doc.text[start:end]
        if inner_places.get((start, end)):
            # a place's adjective stands for its place: "Московского" in a name is Москва
            mentions.append(Mention(start, end, "LOC", surface, inner_places[(start, end)]))
            continue
        if not toks or not plausible_name(surface, type_, res) or generic_word(surface, type_):
            continue
        if type_ == "PER" and len(toks) == 1 and lone_title(toks[0], res) and \
                not _word_forms(toks[0].text, res) & full_name_surnames(tokens, starts, spans, res):
            # A title alone is no name: it is the person the text named with it before, else no
            # one. A surname that is also a title ("Дик Адвокат", then "Адвокат") stays a name.
            holder = title_holder(tokens, starts, mentions, res, toks[0].text)
            if holder is not None:
                mentions.append(Mention(start, end, "PER", surface, holder.normal))
            continue
        if len(toks) == 1 and start in openers and (common_adjective(toks[0].text, res)
                                                    or function_word(toks[0].text, res)):
            continue
        street = street_before(tokens, starts, start, res)
        # A name the tagger took for a place after a street word is the street's name; one it
        # took for a person is the person the street is named after, kept as such.
        if street is not None and type_ == "LOC" and not _own_place_name(toks[0].text, res):
            # the street word belongs to the name: "улица Малышева" is a place
            # a name in the genitive stays as written ("улица Малышева"); an adjective agrees
            # with the street word ("на улице Советской": "улица Советская")
            lemma = street_lemma(street, res)
            name = doc.text[street.end:end]
            if len(toks) == 1:
                name = name[:len(name) - len(toks[0].text)] + agreeing_adjective(toks[0].text, lemma, res)
            mentions.append(Mention(street.start, end, "LOC", doc.text[street.start:end], lemma + name))
            continue
        if type_ == "LOC":
            type_ = _place_or_organisation(toks, surface, res)
        readings = mention_readings(toks, start, type_, res)
        normal = readings[0]
        if len(readings) > 1:
            ambiguous[len(mentions)] = readings
        inner = [x for x in places if start < x[0] < end] if type_ == "ORG" and " по " in surface else []
        if inner:
            # A regional body: its own name inflects, the country and region after it stay as written.
            body = _tokens_in(tokens, starts, start, inner[0][0] - 1)
            if body:
                normal = normalize_mention(body, start, type_, res) + doc.text[body[-1].end:end]
        mentions.append(Mention(start, end, type_, surface, normal))
    settle_person_forms(mentions, ambiguous)
    name_bodies_of_places(doc.text, mentions, tokens, starts)
    doc.mentions = mentions
    doc.entities = group_mentions(mentions, res, doc.text)
    doc.references = find_references(doc, res)
    return doc


def _head_noun(toks: list[Token]) -> Token | None:
    """The head noun of an organisation's name: its first word after the adjectives before it
    ("Следственный комитет", "Европейского суда"), written in lower case but for its first
    letter; None for an abbreviation or a short form ("МИД", "Минобороны")."""
    for tok in toks:
        if tok.pos == "ADJ" and tok.text[1:].islower():
            continue
        return tok if tok.text[1:].islower() and tok.text.isalpha() else None
    return None


# An abbreviation written in capitals: "ЕСПЧ", "МАГАТЭ".
_INITIALS = re.compile(r"[А-ЯЁ]{3,6}")
# Bodies whose name goes on with "по" and their remit: "Европейский суд по правам человека",
# "Комиссия по ценным бумагам", "Агентство по охране окружающей среды".
REMIT_BODIES = frozenset("комитет комиссия суд трибунал агентство служба управление департамент центр "
                         "ассоциация федерация инспекция бюро".split())
# Words after "по" that open an adverbial, not a remit: "суд по делу", "комитет по поводу".
NOT_REMITS = frozenset("делу делам поводу словам данным мнению итогам сравнению отношению информации "
                       "причине требованию просьбе решению иску заявлению факту результатам случаю "
                       "подозрению обвинению приговору инициативе приглашению указанию согласованию "
                       "предложению запросу линии пути адресу телефону времени".split())


def extend_body_remits(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Take a body's remit into its name where the tagger cut it off and the text's own
    abbreviation of the body shows the whole name: an organisation whose head noun is one of
    REMIT_BODIES, then "по", a word in the dative and lower-case nouns and adjectives in the
    dative or genitive after it, ending in a noun, whose initials the text writes as one word
    ("Европейского суда" + "по правам человека", and "ЕСПЧ" elsewhere). An adverbial ("суд по
    делу Иванова") is no remit; without the abbreviation the remit may as well be what the
    body works on ("заседании комиссии по двустороннему сотрудничеству")."""
    starts = [t.start for t in tokens]
    abbreviations = {fold(t.text) for t in tokens if _INITIALS.fullmatch(t.text)}
    if not abbreviations:
        return spans
    out = []
    for s, e, t in spans:
        head = _head_noun(_tokens_in(tokens, starts, s, e)) if t == "ORG" else None
        if head is not None and lemma_key(head) in REMIT_BODIES:
            i = bisect.bisect_left(starts, e)
            if i + 1 < len(tokens) and tokens[i].text == "по" and tokens[i].start == e + 1 and \
                    tokens[i + 1].feats.get("Case") == "Dat" and fold(tokens[i + 1].text) not in NOT_REMITS:
                j, end = i + 1, None
                while j < len(tokens) and j <= i + 5 and tokens[j].text.isalpha() and tokens[j].text.islower() \
                        and tokens[j].pos in ("NOUN", "ADJ") and tokens[j].feats.get("Case") in ("Dat", "Gen"):
                    if tokens[j].pos == "NOUN" and acronym(" ".join(
                            x.text for x in tokens[bisect.bisect_left(starts, s):j + 1])) in abbreviations:
                        end = tokens[j].end
                    j += 1
                if end is not None:
                    e = end
        out.append((s, e, t))
    return out


def name_bodies_of_places(text: str, mentions: list[Mention], tokens: list[Token], starts: list[int]) -> None:
    """Name a body by the place it belongs to where the text writes that place right after it
    in the genitive: "Министерство обороны Румынии", "Федерации футбола Португалии", "МИД
    Италии" are that country's ministry, federation and foreign office, and are their entities'
    names. The mentions keep their spans (the body and the place, as the NER sets draw them);
    the body's normal form takes the place as written, so two countries' ministries of one
    text stay two entities, and the body named again alone is the one named with its place
    where the text names one only. A body is an organisation whose name opens with a head noun of
    `roles.BODY_NOUNS` ("Федерация", "Министерство"); an abbreviation or the press's short form
    ("МИД Италии", "Минэнерго Киргизии") names the kind of body, and the place stays a
    participant of its own, as the alias table reads "МИД России" as the bare "МИД"."""
    places = {m.start: m for m in mentions if m.type in ("LOC", "ORG")}
    named: dict[str, set[str]] = {}  # a body's own name -> its names with a place
    written: dict[int, int] = {}  # a body's start -> the end of its name with its place as written
    for org in reversed(mentions):
        place = places.get(org.end + 1)
        if org.type != "ORG" or place is None or text[org.end:place.start] != " " or \
                _REGION_LINK.match(text, place.end):
            continue
        head = _tokens_in(tokens, starts, org.start, org.end)
        last = _tokens_in(tokens, starts, place.start, place.end)
        if not head or not last:
            continue
        # a place after a body whose head noun comes first ("Министерство обороны Румынии"); an
        # adjective before the head makes a name of its own, which the events and the quotes read
        # with the place beside it ("Центральный банк Бангладеша"), except for a court, police,
        # prosecutor's office, board or commission (`LOCAL_BODIES`: "Верховный суд Бангладеша").
        # The body it belongs to, in the
        # genitive after the head noun, adjectives or not, completes the name: its abbreviation,
        # a union of states or another body ("Главное следственное управление Следственного
        # комитета", "Верховный суд Евросоюза", "Совет министров ЕС")
        noun = _head_noun(head)
        body = noun is not None and lemma_key(noun) in BODY_NOUNS
        if place.type == "ORG":
            inner = _head_noun(last)
            body = body and (place.text.isupper() or (inner is not None and lemma_key(inner) in BODY_NOUNS)
                             or _union_name(place.text))
        # "Румынии", "Соединённых Штатов"; an abbreviation does not decline ("РФ", "США")
        genitive = (place.text.isupper() and len(place.text) <= 4) or \
            all(t.feats.get("Case") == "Gen" for t in last if t.text[:1].isalpha())
        if place.type == "LOC" and genitive and body:
            # the body as written with its place, for a body whose name takes it in turn
            written[org.start] = place.end
        if place.type == "LOC":
            # a court, police, prosecutor's office, board or commission (`LOCAL_BODIES`) with an
            # adjective before it is that place's ("Окружной суд Гамбурга")
            body = body and (noun is head[0] or lemma_key(noun) in LOCAL_BODIES)
        if body and genitive:
            end = written.get(place.start, place.end)
            written[org.start] = end
            whole = f"{org.normal} {text[place.start:end]}"
            named.setdefault(fold(org.normal), set()).add(whole)
            org.normal = whole
    # The body named again without its place ("Министерство обороны сообщило") is the one the
    # text named with it, where it named only one.
    for org in mentions:
        whole = named.get(fold(org.normal)) if org.type == "ORG" else None
        if whole is not None and len(whole) == 1:
            org.normal = next(iter(whole))


# Bodies of a city or country that take its name in the genitive after them whatever adjective
# comes before them: "Окружной суд Гамбурга", "Главное управление полиции Берлина".
LOCAL_BODIES = frozenset("суд полиция милиция прокуратура управление комиссия".split())

# "имени", "им." before the person an organisation is named after.
NAMED_AFTER = frozenset({"имени", "им", "им."})


def namesakes(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The person an organisation is named after, inside its name: the capitalised words and
    initials after "имени" / "им." ("МХТ им. А. П. Чехова", "Военную академию имени Фрунзе"),
    up to the name's end or an abbreviation ("им. В. А. Стеклова РАН"). Persons already found
    there stay as they are."""
    starts = [t.start for t in tokens]
    found = []
    for s, e, t in spans:
        if t != "ORG":
            continue
        toks = _tokens_in(tokens, starts, s, e)
        for k, tok in enumerate(toks[:-1]):
            if fold(tok.text) not in NAMED_AFTER:
                continue
            j = k + 1
            if toks[j].text == ".":
                j += 1
            first = j
            # capitalised words, and initials with their dots; an abbreviation ends the name
            while j < len(toks) and (toks[j].text[:1].isupper() and (not toks[j].text.isupper()
                                                                     or len(toks[j].text) == 1)
                                     or toks[j].text == "." and j > first):
                j += 1
            while j > first and toks[j - 1].text == ".":
                j -= 1
            if j > first:
                span = (toks[first].start, toks[j - 1].end)
                if not any(a <= span[0] and span[1] <= b for a, b, x in spans if x == "PER"):
                    found.append((*span, "PER"))
    return found


def settle_person_forms(mentions: list[Mention], ambiguous: dict[int, tuple[str, ...]]) -> None:
    """Give a person's mention whose case its words leave open ("визит Нгуен Хонг Зиена": Зиена
    in the nominative or Зиен in the genitive) the reading the text's other mentions of a
    person confirm, where one does: a name another mention can only be ("Нгуен Хонг Зиен
    сообщил") or was read as declined from, or its last word for a surname alone."""
    people = [(i, m) for i, m in enumerate(mentions) if m.type == "PER"]
    # First a name only one reading fits, then one read as declined ("Фам Минь Тинем").
    tiers = [[fold(m.normal) for i, m in people if i not in ambiguous],
             [fold(m.normal) for i, m in people if i in ambiguous and m.normal != m.text]]
    for names in tiers:
        known = set(names) | {name.split()[-1] for name in names if name}
        for i in list(ambiguous):
            pick = next((r for r in ambiguous[i] if fold(r) in known), None)
            if pick is not None:
                mentions[i].normal = pick
                del ambiguous[i]


def tag_spans(doc: Document, res: Resources) -> list[tuple[int, int, str]]:
    """slovnet NER over the body's tokens: (start, end, type) in document offsets.

    The tagger sees the whole body as one sequence, so a name that opens a paragraph keeps
    the previous paragraph as context (tagged block by block, a bare surname at a
    paragraph's start is often missed). It is fed the tokens the segmentation stage already
    made, rather than tokenizing the text a second time.
    """
    tokens = [t for s in doc.sents for t in s.tokens]
    if not tokens:
        return []
    tags = tag_words(res.ner_tagger, [t.text for t in tokens])
    return spans_from_bio(tokens, tags)


def tag_words(tagger, words: list[str]) -> list[str]:
    """BIO tags of slovnet's NER model for one sequence of words (its encoder, model and
    decoder, as its own `__call__` runs them after tokenizing)."""
    infer = tagger.infer
    preds = infer.decoder(infer.process(infer.encoder([words])))
    return list(next(iter(preds)))


def spans_from_bio(tokens: list[Token], tags: list[str]) -> list[tuple[int, int, str]]:
    """Spans read off BIO tags the way slovnet reads them: B- opens a span, I- extends the
    open one, and an I- with no span open is dropped."""
    out: list[tuple[int, int, str]] = []
    current: list | None = None
    for tok, tag in zip(tokens, tags):
        part, _, type_ = tag.partition("-")
        if part == "B":
            if current:
                out.append(tuple(current))
            current = [tok.start, tok.end, type_]
        elif part == "I":
            if current:
                current[1] = tok.end
        else:
            if current:
                out.append(tuple(current))
            current = None
    if current:
        out.append(tuple(current))
    return [span for span in out if span[2] in TYPES]


def join_dotted_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One organisation where a name runs on through a dot into a domain-like part with no
    space ("ВЭБ.РФ", "Mail.ru", "Яндекс.Такси"): the tagger cuts it at the dot, and the part
    after it is no mention of its own."""
    spans = sorted(spans)
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if t == "ORG":
            m = _DOTTED.match(text, e)
            if m:
                end = m.end()
                out = [x for x in out if not (x[0] >= e and x[1] <= end)]
                out.append((s, end, "ORG"))
                continue
        if out and out[-1][2] == "ORG" and s >= out[-1][0] and e <= out[-1][1]:
            continue  # the part after the dot, already inside the joined name
        out.append((s, e, t))
    return out


# A dot and a part with no space: an abbreviation in capitals ("РФ", "KZ"), a lower-case domain
# ("ru", "рф"), or a capitalised product word ("Такси") that does not start a new sentence's
# word run (it ends at a word boundary).
_DOTTED = re.compile(r"\.(?:[A-ZА-ЯЁ]{2,4}|[a-zа-яё]{2,4}|[A-ZА-ЯЁ][a-zа-яё]+)(?![\w.])")


# Bodies of a place that a capitalised adjective of the place names ("Стамбульская полиция",
# "Тюменский суд"); not "власти", "правительство", which stand for the place's state.
PLACE_BODIES = frozenset("полиция милиция суд прокуратура комиссия комитет управление министерство "
                         "мэрия администрация".split())


def join_place_adjective_bodies(tokens: list[Token], spans: list[tuple[int, int, str]],
                                res: Resources) -> list[tuple[int, int, str]]:
    """One organisation for a capitalised adjective of a place the tagger took alone for the
    place, and the body noun after it that agrees with it ("Стамбульская полиция",
    "Хамовнического суда"): the body's name, with the place nested in it as the adjective's
    place (`nested_places`)."""
    starts = [t.start for t in tokens]
    out = []
    for s, e, t in spans:
        i = bisect.bisect_left(starts, s)
        if t == "LOC" and i + 1 < len(tokens) and tokens[i].end == e and tokens[i].pos == "ADJ" \
                and tokens[i].text[:1].isupper() and tokens[i].text[1:].islower():
            noun = tokens[i + 1]
            agree = all(noun.feats.get(f) == tokens[i].feats.get(f) for f in ("Case", "Number")) and \
                (noun.feats.get("Number") == "Plur" or noun.feats.get("Gender") == tokens[i].feats.get("Gender"))
            if noun.pos == "NOUN" and noun.text.islower() and noun.start == e + 1 and agree \
                    and lemma_key(noun) in PLACE_BODIES and place_of_adjective(tokens[i].text, res) \
                    and not any(a < noun.end and noun.start < b for a, b, _ in spans):
                out.append((s, noun.end, "ORG"))
                continue
        out.append((s, e, t))
    return out


def merge_regional_bodies(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One organisation for a state body of a country's region: an organisation, the country
    it belongs to, "по" and the region ("ГУ МЧС России по Новосибирской области"). The country
    and the region stay mentions of their own, nested in it."""
    spans = sorted(spans)
    added = []
    for i in range(len(spans) - 2):
        (s1, e1, t1), (s2, e2, t2), (s3, e3, t3) = spans[i:i + 3]
        if t1 == "ORG" and t2 == "LOC" and t3 == "LOC" and text[e1:s2] == " " and \
                _REGION_LINK.fullmatch(text[e2:s3]):
            # The whole body the tagger found ending here ("Главного управления МВД"), else the
            # abbreviation with an office word before it.
            start = min(s for s, e, t in spans if t == "ORG" and e == e1 and s <= s1)
            prefix = _BODY_PREFIX.search(text, 0, start)
            if prefix and prefix.end() == start:
                start = prefix.start()
            added.append((start, e3, "ORG"))
    drop = {(s, e, t) for s, e, t in spans for a, b, _ in added if t == "ORG" and a <= s and e <= b}
    return sorted([x for x in spans if x not in drop] + added)


_REGION_LINK = re.compile(r" по (?:г\. ?)?")
# An office of the body in capitals before it: "ГУ МЧС", "УФСБ", "ОМВД".
_BODY_PREFIX = re.compile(r"(?<![\w-])(?:ГУ|ГУВД|УВД|ОМВД|УМВД|Управление|Главное управление) $")


def merge_genitive_orgs(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add the whole name where an organisation is followed by the abbreviation of the
    organisation it belongs to ("Совета Безопасности" + "ООН" → "Совета Безопасности ООН").
    The abbreviation stays a mention of its own, nested in the whole name; the first part,
    which names nothing by itself, is replaced."""
    spans = sorted(spans)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(spans):
        s, e, t = spans[i]
        if i + 1 < len(spans):
            s2, e2, t2 = spans[i + 1]
            word = text[s2:e2]
            if t == "ORG" and t2 == "ORG" and text[e:s2] == " " and word.isupper() and len(word) <= 6 \
                    and word.isalpha() and not text[s:e].isupper():
                out += [(s, e2, "ORG"), (s2, e2, "ORG")]
                i += 2
                continue
        out.append((s, e, t))
        i += 1
    return out


def propagate_names(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Other occurrences of a name the tagger found once: a person's surname, a one-word
    place or organisation, in any case form (same lemma), wherever it stands untagged in the
    body. A document names one person by one surname throughout, so a surname missed at a
    paragraph's start or in a list is still that person."""
    names: dict[str, str] = {}
    covered = [False] * len(tokens)
    starts = [t.start for t in tokens]
    for s, e, t in spans:
        toks = _tokens_in(tokens, starts, s, e)
        for tok in toks:
            covered[tokens.index(tok, bisect.bisect_left(starts, tok.start))] = True
        if not toks:
            continue
        if t == "PER":
            key_tok = toks[-1]
        elif len(toks) == 1:
            key_tok = toks[0]
        else:
            continue
        if _name_like(key_tok):
            names.setdefault(lemma_key(key_tok), t)
    if not names:
        return []
    found = []
    for i, tok in enumerate(tokens):
        if covered[i] or not _name_like(tok):
            continue
        t = names.get(lemma_key(tok))
        if t is None:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        # "Белый" of a person is no reason to tag "Белый дом"; nor an adjective of a name.
        if t == "PER" and (tok.pos == "ADJ" or (nxt and nxt.text[:1].isupper() and nxt.start == tok.end + 1)):
            continue
        found.append((tok.start, tok.end, t))
    return found


def settle_one_word_types(tokens: list[Token], spans: list[tuple[int, int, str]],
                          res: Resources) -> list[tuple[int, int, str]]:
    """Mend the type of one-word names by the dictionary and the text's people: a word the
    tagger took for a place that is the surname of a person the text names in full ("Ратко
    Младич" … "Младич") is that person, unless the dictionary knows it as a place or an
    adjective; a word taken for a person that the dictionary knows only as a place ("в Алабаму",
    "Ливерпуля") is a place, unless it is such a surname."""
    starts = [t.start for t in tokens]
    surnames: set[str] = set()
    organisations: set[str] = set()  # one-word organisations' names, in every form
    for s, e, t in spans:
        toks = _tokens_in(tokens, starts, s, e)
        if t == "PER" and len(toks) >= 2:
            surnames |= _word_forms(toks[-1].text, res)
        elif t == "ORG" and len(toks) == 1 and _name_like(toks[0]):
            organisations.add(lemma_key(toks[0]))
    out = []
    for s, e, t in spans:
        toks = _tokens_in(tokens, starts, s, e)
        if len(toks) == 1 and t == "PER" and _name_like(toks[0]) and \
                not _word_forms(toks[0].text, res) & surnames and \
                (lemma_key(toks[0]) in organisations or _after_team_word(tokens, starts, s)):
            # A club or team the tagger took for a person: "Форвард Реала" where the text
            # writes «Реала» as the club elsewhere; "клуб Арсенал", "команды Зенита".
            out.append((s, e, "ORG"))
            continue
        if len(toks) == 1 and t in ("LOC", "PER") and _name_like(toks[0]):
            parses = res.parse(toks[0].text)
            surname = bool(_word_forms(toks[0].text, res) & surnames)
            if t == "LOC" and surname and not any(p.is_known and ("Geox" in p.tag or p.tag.POS == "ADJF")
                                                  for p in parses):
                t = "PER"
            elif t == "PER" and not surname and any(p.is_known and "Geox" in p.tag for p in parses) \
                    and not any(g in p.tag for p in parses for g in ("Name", "Surn", "Patr")):
                t = "LOC"
        out.append((s, e, t))
    return out


# Words before a club's or team's name: "клуб Арсенал", "команды «Зенит»", "ФК Ростов".
TEAM_WORDS = frozenset("клуб команда фк хк пфк".split())


def _after_team_word(tokens: list[Token], starts: list[int], start: int) -> bool:
    """True for a name standing in apposition to a team word: quoted, or in the nominative
    ("клуб Арсенал"); in the genitive it is the owner or the coach ("клуб Абрамовича",
    "команда Байдена")."""
    i = bisect.bisect_left(starts, start)
    j = i - 1
    quoted = j >= 0 and tokens[j].text in ("«", "\"", "„", "“")
    j -= quoted
    if j < 0 or not (lemma_key(tokens[j]) in TEAM_WORDS or fold(tokens[j].text) in TEAM_WORDS):
        return False
    return quoted or tokens[i].feats.get("Case") == "Nom"


def drop_leading_titles(tokens: list[Token], spans: list[tuple[int, int, str]],
                        res: Resources) -> list[tuple[int, int, str]]:
    """Start a person's name after a capitalised common word the tagger ran into it: a title
    or other noun opening the sentence, a preposition ("Вместо Акселя Вебера"), an age
    ("69-летний Младич"). The word must be tagged as a common word and be known to the
    dictionary only as one, so "Пан Ги Мун" keeps "Пан"."""
    starts = [t.start for t in tokens]
    out = []
    for s, e, t in spans:
        toks = _tokens_in(tokens, starts, s, e) if t == "PER" else []
        if len(toks) >= 2 and toks[0].start == s and _common_word(toks[0], res):
            s = toks[1].start
        out.append((s, e, t))
    return out


# Titles of rulers and clergy that the tagger runs into the name after them ("Шейх Хамад",
# "Эмир Тамим", "Патриарх Кирилл"), taking them for a part of it: they are a title whatever
# the tagger says, where the dictionary knows the word only as a common noun.
HONORIFIC_TITLES = frozenset("""
    шейх эмир король королева принц принцесса султан имам аятолла патриарх митрополит архиепископ
    епископ кардинал царь царица император императрица князь княгиня муфтий
""".split())


# Titles a text writes alone and capitalised for their one holder: "напомнил Папа",
# "Понтифик сказал", "Патриарх заявил".
LONE_TITLES = HONORIFIC_TITLES | ROLE_HEADS | frozenset({"папа", "понтифик"})
# How many words may stand between a title and the name it heads ("папа Римский Франциск").
_TITLE_REACH = 3


def lone_title(tok: Token, res: Resources) -> bool:
    """True for a capitalised word that is a title and that the dictionary knows only as a
    common word ("Папа", "Патриарх", "Министр", "Премьер"): the tagger may take it alone for a
    person's whole name. "Султан", also a first name, is no such word."""
    if not tok.text.isalpha() or not tok.text[:1].isupper():
        return False
    parses = res.parse(tok.text)
    return any(fold(p.normal_form) in LONE_TITLES for p in parses) and \
        all(p.is_known and not any(g in p.tag for g in NAME_GRAMMEMES) for p in parses)


def full_name_surnames(tokens: list[Token], starts: list[int], spans: list[tuple[int, int, str]],
                       res: Resources) -> set[str]:
    """Every form of the last word of each person's name the text writes in two words or more."""
    out: set[str] = set()
    for s, e, t in spans:
        toks = _tokens_in(tokens, starts, s, e) if t == "PER" else []
        if len(toks) >= 2:
            out |= _word_forms(toks[-1].text, res)
    return out


def title_holder(tokens: list[Token], starts: list[int], mentions: list[Mention], res: Resources,
                 title: str) -> Mention | None:
    """The latest person named before with `title` (in any form) heading the name, within a few
    words and no mark between ("папа Римский Франциск", "Патриарх Кирилл")."""
    lemmas = _word_forms(title, res)
    for m in reversed(mentions):
        if m.type != "PER":
            continue
        i = bisect.bisect_left(starts, m.start)
        for j in range(i - 1, max(i - 1 - _TITLE_REACH, -1), -1):
            if not tokens[j].text.replace("-", "").isalpha():
                break
            if _word_forms(tokens[j].text, res) & lemmas:
                return m
    return None


def _common_word(tok: Token, res: Resources) -> bool:
    if any(ch.isdigit() for ch in tok.text):
        return True
    if not tok.text[:1].isupper() or tok.pos not in ("NOUN", "ADP", "ADV", "ADJ", "PROPN"):
        return False
    parses = res.parse(tok.text)
    if tok.pos == "PROPN" and not any(fold(p.normal_form) in HONORIFIC_TITLES for p in parses):
        return False
    return bool(parses) and all(p.is_known and not any(g in p.tag for g in NAME_GRAMMEMES) for p in parses)


def _word_forms(word: str, res: Resources) -> set[str]:
    return {fold(p.normal_form) for p in res.parse(word)} | {fold(word)}


def _name_like(tok: Token) -> bool:
    return len(tok.text) >= 3 and tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() \
        and not tok.text.isupper()


# Marks the tagger leaves at a name's edge: wiki markup apostrophes ("''Ferrero'"), dashes and
# soft hyphens ("Тамерлан \xad—"), and a quote or bracket whose pair is outside the name.
_EDGE_MARKS = "'\u2019`\u00ad-\u2010\u2011\u2012\u2013\u2014\u2015"
_PAIRS = {"«": "»", "„": "“”", "“": "”", "(": ")", "[": "]", '"': '"'}
# Each closing mark of `_PAIRS` with the opening one it closes.
_CLOSING = {c: o for o, cs in _PAIRS.items() for c in cs}


def trim_marks(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans without the marks at their edges that belong to no name: apostrophes, dashes,
    soft hyphens and spaces, an opening quote or bracket whose closing one is not inside the
    span ("«Нур Отан", "ПАСЕ (") and a closing one whose opening one is not ("Народ свободы»",
    "Фрэнки Бой)"); a quoted name keeps its quotes ("ЗАО «Белорусская калийная компания»")."""
    closing = _CLOSING
    out = []
    for s, e, t in spans:
        while s < e:
            ch = text[s]
            if ch.isspace() or ch in _EDGE_MARKS or ch in closing and ch not in _PAIRS:
                s += 1
            elif ch in _PAIRS and not any(c in text[s + 1:e] for c in _PAIRS[ch]):
                s += 1
            else:
                break
        while e > s:
            ch = text[e - 1]
            if ch.isspace() or ch in _EDGE_MARKS or ch in _PAIRS and ch not in closing:
                e -= 1
            elif ch in closing and closing[ch] not in text[s:e - 1]:
                e -= 1
            elif text[s:e].endswith("()"):
                e -= 2
            else:
                break
        if any(ch.isalpha() for ch in text[s:e]):
            out.append((s, e, t))
    return out


# What never stands inside one name: a line break, a list's bullet or bar.
_SEPARATOR = re.compile(r"\s*(?:\n|[•|·])\s*")


def split_at_separators(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut spans at a line break or a list's bullet ("Бахрейн • Барбадос • Бермуды", a name on
    a caption's two lines): the tagger runs neighbouring names of a list into one."""
    out = []
    for s, e, t in spans:
        cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(text, s, e)]
        if not cuts:
            out.append((s, e, t))
            continue
        bounds = [s] + [x for cut in cuts for x in cut] + [e]
        out += [(a, b, t) for a, b in zip(bounds[::2], bounds[1::2])
                if any(ch.isalpha() for ch in text[a:b])]
    return out


def split_org_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Mend spans that hold two names, and organisation spans that hold a legal form.

    A name with another name of the same thing in brackets after it is two mentions:
    "Комитет защиты журналистов (КЗЖ)", the name and its abbreviation; "Джошуа Вольфа (Joshua
    Wolf)", the name and the original spelling (the second joins the first's entity). "ОАО
    «Газпром»" names the company by the quoted part, the legal form is no name.
    """
    out = []
    for s, e, t in spans:
        surface = text[s:e]
        paren = PAREN.search(surface)
        if paren and paren.start() > 0:
            head_end = s + len(surface[: paren.start()].rstrip())
            inner_s, inner_e = s + paren.start(1), s + paren.end(1)
            out.append((s, head_end, t))
            if text[inner_s:inner_s + 1].isupper():
                out.append((inner_s, inner_e, t))
            continue
        if t != "ORG":
            out.append((s, e, t))
            continue
        legal = LEGAL_QUOTED.match(surface)
        if legal:
            out.append((s + legal.start(2), s + legal.end(2), t))
            continue
        out.append((s, e, t))
    return out


def quoted_org_names(doc: Document, tokens: list[Token], spans, res: Resources) -> list[tuple[int, int, str]]:
    """Organisation names in quotation marks that NER missed: «Ромашка» after an
    organisation word (компания, завод, банк...), or a coined single word with an inner
    capital (brands: "СамАвто")."""
    taken = [(s, e) for s, e, _ in spans]
    starts = [t.start for t in tokens]
    found = []
    for bstart, bend in doc.body:
        for m in QUOTED.finditer(doc.text, bstart, bend):
            s, e = m.start(1), m.end(1)
            name = m.group(1)
            if not name[:1].isupper() or any(ts < e and s < te for ts, te in taken):
                continue
            words = name.split()
            if len(words) > 4 or name.rstrip()[-1:] in ".!?,":
                continue
            i = bisect.bisect_left(starts, m.start())
            before = [t.lemma for t in tokens[max(0, i - 3):i] if t.lemma]
            coined = len(words) == 1 and _coined(name)
            if coined or any(b in ORG_DESCRIPTORS for b in before):
                found.append((s, e, "ORG"))
    return found


def _coined(word: str) -> bool:
    # A coined brand with an inner capital ("СамАвто", "ВымпелКом"); a plain unknown word in
    # quotes is as often a ship, a car model or a film as a company.
    return any(ch.isupper() for ch in word[1:]) and not word.isupper() and word.isalpha()


def plausible_name(surface: str, type_: str, res: Resources) -> bool:
    """False for a person or place spanning several words with a lowercase word
    that no dictionary knows and that is not a name particle ("аль", "де"): a phrase of
    another language, such as the greeting "Салом алейкум", taken for a name. Place names
    keep their lowercase words from the dictionary ("Брянской области")."""
    if type_ == "ORG":
        # Organisations keep coined lowercase parts ("Лента.ру", "Спейс адвентчерс").
        return True
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", surface)
    if len(words) < 2:
        return True
    for word in words[1:]:
        first = word.split("-")[0].lower()
        if not word[:1].islower() or first in NAME_PARTICLES:
            continue
        if not any(p.is_known for p in res.parse(first)):
            return False
    return True


def _place_or_organisation(toks: list[Token], surface: str, res: Resources) -> str:
    """ORG for a place name that names an organisation: a union of states, or a seat of
    government outside the locative (see UNION_WORD, SEATS_OF_POWER); else LOC."""
    if fold(surface) in UNION_ABBREVIATIONS:
        return "ORG"
    lemmas = [lemma_key(t) for t in toks]
    if any(lemma == UNION_WORD and t.text.islower() for t, lemma in zip(toks, lemmas)) or \
            (len(toks) == 1 and lemmas[0].endswith(UNION_WORD) and lemmas[0] != UNION_WORD):
        return "ORG"
    if " ".join(lemmas) in SEATS_OF_POWER and toks[-1].feats.get("Case") != "Loc":
        return "ORG"
    return "LOC"


def common_adjective(word: str, res: Resources) -> bool:
    """True for a word every reading of which is an adjective or participle and that is not
    a place's relational adjective: capitalised at a sentence's start, it names nothing
    ("Рейсовый автобус")."""
    parses = res.parse(word)
    if not parses or not all(p.is_known and p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return False
    return not PLACE_ADJECTIVE.search(fold(word))


# Parts of speech of words that never name anything alone: verbs, adverbs, short forms,
# pronouns (and pronominal adjectives: "Все"), prepositions, conjunctions, particles ("Отметим",
# "Вслед", "Наиболее", "Вот").
FUNCTION_POS = frozenset("VERB INFN GRND PRTS ADJS ADVB COMP PRED NPRO PREP CONJ PRCL INTJ".split())
NAME_GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr")


def function_word(word: str, res: Resources) -> bool:
    """True for a word the dictionary knows only as a verb, adverb, pronoun or other word that
    is no noun or adjective and no name: capitalised at a sentence's start, it names nothing."""
    parses = res.parse(word)
    return bool(parses) and all(p.is_known and (p.tag.POS in FUNCTION_POS or "Apro" in p.tag)
                                and not any(g in p.tag for g in NAME_GRAMMEMES) for p in parses)


def street_before(tokens: list[Token], starts: list[int], start: int, res: Resources) -> Token | None:
    """The street word ("улице", "проспекта") just before a name starting at `start`, or None."""
    i = bisect.bisect_left(starts, start)
    if i == 0 or i >= len(tokens) or tokens[i].start != start:
        return None
    word = tokens[i - 1]
    if not word.text[:1].islower() or word.feats.get("Number") == "Plur":
        return None  # "улицы Киева": the streets of a city
    return word if street_lemma(word, res) in STREET_WORDS else None


def agreeing_adjective(word: str, noun: str, res: Resources) -> str:
    """`word`, when it is an adjective, in the nominative singular of `noun`'s gender, with
    its letter case; else `word` as written."""
    adjectives = [p for p in res.parse(word) if p.tag.POS == "ADJF"]
    genders = [p.tag.gender for p in res.parse(noun) if p.tag.POS == "NOUN" and p.tag.gender]
    if not adjectives or not genders:
        return word
    form = nominative(adjectives[0], {"sing", genders[0]})
    return restore_case(word, form) if form else word


def _own_place_name(word: str, res: Resources) -> bool:
    # "площади Тяньаньмынь", "улице Навои": a place's own name after the street word stays
    # the place it names; a person's name or an adjective makes the street's name.
    parses = res.parse(word)
    return not any(p.is_known for p in parses) or any("Geox" in p.tag for p in parses)


def street_lemma(tok: Token, res: Resources) -> str:
    if tok.lemma and fold(tok.lemma) in STREET_WORDS:
        return fold(tok.lemma)
    return next((fold(p.normal_form) for p in res.parse(tok.text) if fold(p.normal_form) in STREET_WORDS),
                fold(tok.text))


def generic_word(surface: str, type_: str) -> bool:
    """True for an abbreviation of a common noun tagged as an organisation ("СМИ": mass
    media; "ОАО": a legal form): it names a kind of thing, not one organisation."""
    return type_ == "ORG" and fold(surface) in GENERIC_ORG_WORDS


def _tokens_in(tokens: list[Token], starts: list[int], start: int, end: int) -> list[Token]:
    i = bisect.bisect_right(starts, start) - 1
    i = max(i, 0)
    out = []
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].end > start:
            out.append(tokens[i])
        i += 1
    return out


__all__ = ["Entity", "extract_entities", "plausible_name"]
