"""Who a subject refers to: the entity behind a name, a pronoun, a title or a body.

`SpeakerResolver` resolves subjects in the order their cues stand, keeping track of the
people the text has put in focus (named subjects outside quotations, speakers already
resolved) and of unnamed people a pronoun would mean instead. Where the text does not settle
who speaks, the answer is None.
"""
from __future__ import annotations

from newsgraph.doc import Entity
from newsgraph.events.codes import COUNTRY_NAMES, country_of
from newsgraph.quotes.lexicon import (ANONYMOUS, PERSON_BY_SEX, SPOUSES, CREDIT_VERBS, CUE_VERBS, DECREES, GENERIC_BODIES, MEMBERS, OBJECT_SPEAKS,
                                      OUTLETS, SPEAKING_BODIES)
from newsgraph.quotes.roles import TitlePhrase, title_at
from newsgraph.quotes.speakers import AUTHORITIES, NAMESAKE_WORDS, PERSON_SERVICES, SPOKESPEOPLE, Subject, can_be_subject, spokespeople_of, platform, plural_cue, verb_gender
from newsgraph.quotes.tokens import BodyTokens
from newsgraph.resources import Resources
from newsgraph.roles import COUNTRY_ADJECTIVES, ROLE_HEADS, Office, RoleBook
from newsgraph.russian import fold, oblique_surname, person_gender_of, surname_gender


# Adjectives saying the holder of a title goes unnamed ("неназванный представитель").
UNNAMED = frozenset({"неназванный", "неизвестный", "анонимный", "безымянный"})

# Documents whose words are a person's answers.
INTERVIEWS = frozenset({"интервью"})

# Nouns of the other party of a talk or a contest: never the person who has just spoken.
COUNTERPARTS = frozenset({"визави", "оппонент", "соперник", "противник"})

# Pronouns that stand for one person as a subject, with that person's gender.
_SUBJECT_PRONOUNS = {"он": "masc", "она": "femn"}

# pymorphy's genders as the inflection of the tagger's vocabulary names them.
_UD_GENDERS = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}

# How far back, in body blocks, a pronoun or a title may look for the person it stands for.
FOCUS_BLOCKS = 4
# How many tokens after a common noun of a person the name given with it may stand ("дочь
# погибшей Татьяна", "певица и актриса Жанна").
NOUN_NAME_REACH = 5


class SpeakerResolver:
    """Entity indexes for subjects, in text order, remembering who has been in focus."""

    def __init__(self, view: BodyTokens, book: RoleBook, res: Resources, inside_quote):
        self.view = view
        self.book = book
        self.res = res
        self.inside_quote = inside_quote
        self.genders: dict[int, str | None] = {}
        self.speakers: set[int] = set()  # people resolved as speakers so far
        self.spoken: list[tuple[int, int]] = []  # (position, person) of each speaker resolved, in order
        self.bodies_spoken: list[tuple[int, int]] = []  # (position, organisation) likewise
        # (character position, entity): people standing as subjects outside quotations;
        # `seen` also has people named in any case, and organisations.
        self.focus: list[tuple[int, int]] = []
        self.seen: list[tuple[int, int]] = []
        text = view.doc.text
        for m in view.doc.mentions:
            # A name in quotation marks of its own ("ФК «Спартак»") is named, not quoted.
            if m.entity is None or inside_quote(m.start) and not (
                    text[m.start - 1:m.start] in ("«", "\"", "„") and text[m.end:m.end + 1] in ("»", "\"", "“")):
                continue
            j = view.first_at(m.start)
            if j > 0 and view.word(j - 1) in NAMESAKE_WORDS:
                continue  # "РГУ им Косыгина": the namesake in a body's name is no one in the story
            self.seen.append((m.start, m.entity))
            if m.type == "PER" and j < len(view) and (can_be_subject(view, j, adjacent=_next_is_verb(view, m.end))
                                                      or _cited(view, j)) and not _in_relative(view, j) \
                    and not _names_a_thing(view, j):
                self.focus.append((m.start, m.entity))
        self.focus.sort()
        self.seen.sort()
        # Unnamed people standing as subjects ("33-летний мужчина вышел во двор") are whom a
        # following "он" means; a pronoun does not reach past them to a named person.
        # Organisations the text names as news outlets ("сообщает Daily Mirror", "агентство
        # «РИА Новости»"): what a later "издание", "газета" stands for.
        # So are those whose own name has an outlet's noun ("Российская газета").
        self.outlets = {m.entity for m in view.doc.mentions if m.entity is not None and m.type == "ORG"
                        and (_outlet_named(view, view.first_at(m.start))
                             or any(view.lemma(k) in OUTLETS for k in range(view.first_at(m.start), view.first_at(m.end))))}
        # Names the entity stage took for people right after an outlet's noun ("газета Кларин"):
        # an outlet, never the holder of a title a later cue gives ("Прокурор добавил").
        self.outlet_people = {m.entity for m in view.doc.mentions if m.entity is not None and m.type == "PER"
                              and _after_outlet_noun(view, view.first_at(m.start))}
        # (position, document noun, author) of the documents cited so far ("в заявлении МВД").
        self.documents: list[tuple[int, str, int]] = []
        self.last_speaker: tuple[int, int] | None = None  # (position, entity) of the latest speaker
        self.last_cue: tuple[int, int | None] | None = None  # (position, speaker or None) of the latest cue
        self.represented: set[int] = set()  # positions of cues where a person's spokesperson spoke
        self.unnamed: list[tuple[int, str | None]] = []  # (position, gender) of unnamed speakers
        self.unnamed_bodies: list[int] = []  # positions of cues where a body the text does not name spoke
        self.fuller: dict[int, int] = {}
        self.blockers: list[tuple[int, str | None]] = [
            (tok.start, person_gender_of(tok.feats))
            for j, tok in enumerate(view.tokens)
            if tok.pos == "NOUN" and view.lemmas[j] in ANONYMOUS and view.case(j) == "Nom"
            and tok.feats.get("Number") != "Plur" and view.mention(j) is None and not inside_quote(tok.start)
            and not _generic(view, j) and not _anaphoric(view, j) and not _apposition(view, j)]

    def _spokespeople_before(self, cue: int) -> int | None:
        """The body whose spokespeople open the sentence right before the cue's, in its
        paragraph ("Представители Роскосмоса не подтвердили … Они лишь сказали, что …"): "они"
        is them, speaking for it."""
        view = self.view
        low = view.sentence_start(cue)
        if low == 0 or view.block_of(view.tokens[low - 1].start) != view.block_of(view.tokens[cue].start):
            return None
        prev, end = view.sentence_start(low - 1), low
        j = next((k for k in range(prev, min(end, prev + 3)) if view.tokens[k].pos == "NOUN"), None)
        if j is None or view.lemma(j) not in SPOKESPEOPLE or view.tokens[j].feats.get("Number") != "Plur" \
                or view.case(j) not in ("Nom", None):
            return None
        return spokespeople_of(view, j, end)

    def _venue(self, entity: int, cue: int) -> bool:
        """True when the entity stands in the cue's sentence as a social network after a
        preposition ("в Twitter"): where the words appeared."""
        view = self.view
        return any(view.mention(j) is not None and view.mention(j).entity == entity and platform(view, j)
                   for j in range(view.sentence_start(cue), view.sentence_end(cue)))

    def resolve(self, subject: Subject, cue: int, we: bool = False) -> int | None:
        """The entity that `subject` of the cue at token `cue` refers to, or None. `we`: a
        direct quotation of the cue speaks as "мы"."""
        pos = self.view.tokens[cue].start
        gender = verb_gender(self.view, cue)
        if subject.kind == "entity":
            found = subject.entity
            common = _common_noun(self.view.doc.entities[found].name)
            if fold(self.view.doc.entities[found].name).lower() in ANONYMOUS:
                # "Источник в правительстве сообщил": the entity stage took an unnamed source's
                # noun at the sentence's start for a name; no one is named.
                found = None
            elif common is not None:
                # "секретариат Агентства": the entity stage took a capitalised common noun
                # for a name; the noun stands for the body named before, as "агентство" would.
                found = self._body(common, pos)
                if found is None and common in ("власти",):
                    # "Власти считают", taken for a name: the authorities of the country named
                    # with them before.
                    found = self._country_of_authorities(self._mention_near(subject.entity, cue), pos)
            if found is not None:
                found = self._served(found)
        elif subject.kind == "pronoun" and subject.number == "plur":
            # "…, — цитирует агентство сообщение телеканала Al Libya. И по их словам …": "они"
            # right after a body spoke in the same paragraph is that body.
            found = None
            if self.last_cue is not None and self.last_cue[1] is not None \
                    and self.view.doc.entities[self.last_cue[1]].type == "ORG" \
                    and self.view.block_of(self.last_cue[0]) == self.view.block_of(pos):
                found = self.last_cue[1]
            if found is None:
                found = self._spokespeople_before(cue)
        elif subject.kind == "pronoun":
            found = self._in_block(pos, subject.gender or gender)
            if found is not None and self._described_since(cue, found, subject.gender or gender):
                # "Слова премьера обидели актёра, и он ответил": a description since the person
                # in focus was named points to the story's person, whom the text names most.
                found = self._salient(pos, subject.gender or gender, found)
        elif subject.kind == "absent":
            found = None if plural_cue(self.view, cue) else self._recent(pos, gender)
        elif subject.kind == "title" and subject.owner is not None:
            found = self._holder_in_block(subject.title, pos, subject.owner, gender)
        elif subject.kind == "title":
            found = None if self._of_place(subject.title) or self._unnamed(subject.title) else \
                self._holder(subject.title, pos, subject.gender or gender)
            after = self.view.mention(subject.title.end)
            if found is not None and after is not None and after.entity == found:
                found = None  # "адвокат Эльсаеда": the name after the title is whose it is, not who
            if found is None:
                found = self._represented(subject.title, pos)
            if found is None and subject.title.generic and self.view.block_of(pos) == 0 \
                    and not self._of_place(subject.title):
                # "Студент РГУ признал, что …" in the headline, a caption "Валерий Костенок"
                # below it: a description in the headline is the headline's person.
                found = self._headline_person(subject.gender or gender)
        elif subject.kind == "body":
            # "рейтинговое агентство Standard & Poor's … Как сообщает агентство": a noun the
            # text put right before one body's name stands for that body, before any latest one.
            found = self._body_with_noun(subject.at, pos) if subject.at is not None else None
            if found is None:
                found = self._body(subject.lemma, pos)
            if found is None and subject.at is not None:
                found = self._described_body(subject.at, pos)
            if found is None and subject.at is not None:
                found = self._body_by_initials(subject.at, pos)
            if found is None and subject.at is not None and self.view.word(subject.at - 1) in ("в", "во"):
                found = self._body_of_place(subject.lemma, pos)
            if found is None:
                found = self._body_spoken_before(subject.lemma, pos)
            if found is None:
                found = self._body_described_before(subject.lemma, pos)
            if found is None and subject.at is not None:
                found = self._body_with_noun(subject.at, pos)
            if found is None and subject.at is not None and subject.lemma in PERSON_SERVICES:
                found = self._office_served(subject.at)
        elif subject.kind in ("unknown", "document") and subject.noun is not None \
                and (named := self._named_once(subject.noun, subject.gender or gender)) is not None:
            found = named  # "Дочь актрисы утверждает" after "дочь погибшей Татьяна"
        elif subject.kind == "unknown" and subject.noun is not None \
                and (spouse := self._spouse_in_focus(subject.noun, pos)) is not None:
            found = spouse  # "«…», — сказала Анна Петрова. Как пояснила жена бизнесмена, …"
        elif subject.kind == "unknown" and subject.lemma in AUTHORITIES and subject.at is not None:
            found = self._country_of_authorities(subject.at, pos)  # "Власти США … Власти считают"
        elif subject.kind == "unknown" and subject.lemma in PERSON_BY_SEX and subject.at is not None:
            found = self._person_of_sex(subject.at, subject.gender)
        elif subject.kind == "unknown" and subject.at is not None and subject.number != "plur":
            found = self._body_with_noun(subject.at, pos)
            if found is None and self.view.tokens[subject.at].pos == "NOUN" \
                    and self.view.tokens[subject.at].feats.get("Animacy") == "Inan":
                # "Комментарий шведского телевидения:": a thing described by its country's
                # adjective, where the text gives it no name, is a body like "британская полиция".
                found = self._described_body(subject.at, pos)
        elif subject.kind == "members":
            found = self._body_of_members(subject.lemma, subject.at)
        elif subject.kind == "carried":
            # Words with no cue go on with the last speaker, not with whoever was named last.
            # An unnamed person mentioned in between ("его отец заразился") does not stop it;
            # an unnamed speaker does.
            found = self._recent(pos, None, pool=self.spoken, blockers=self.unnamed)
            named = self._named_just_before(pos)
            if named is not None:
                found = named
        elif subject.kind == "document":
            found = self._document(subject.document, pos)
            if found is None and we:
                found = self._stating_body(pos)
        else:
            found = None
        if found is not None and subject.kind == "entity" and self.view.doc.entities[found].type == "ORG" \
                and len(self.view.doc.entities[found].name.split()) == 1:
            found = self._of_country(found, pos)  # "МИД Италии подтвердил" in a text naming several
        if found is not None and subject.kind != "entity" and self._venue(found, cue):
            found = None  # "Об этом в Twitter сообщила компания …": the network is where, not who
        if found is not None:
            found = self._fuller(found)
        if subject.document is not None and found is not None:
            self.documents.append((pos, subject.document, found))
        if found is not None:
            self.last_speaker = (pos, found)
            if subject.kind == "entity" and subject.at is not None and self.view.lemma(subject.at) in SPOKESPEOPLE:
                self.represented.add(pos)  # "Представитель Лопес сообщил": a statement on her behalf
            if self.view.doc.entities[found].type == "ORG":
                self.bodies_spoken.append((pos, found))
        if found is not None and self.view.doc.entities[found].type == "PER":
            self.note(pos, found)
            self.speakers.add(found)
            self.spoken.append((pos, found))
        elif subject.kind == "unknown" and not plural_cue(self.view, cue) and subject.number != "plur":
            # An unnamed speaker ("рассказал собеседник «Ъ»") is who a following "по его
            # словам" means: the pronoun must not reach past it to a named person.
            self.blockers.append((pos, gender))
            self.blockers.sort()
            self.unnamed.append((pos, gender))
        if found is None and subject.kind in ("body", "members"):
            self.unnamed_bodies.append(pos)  # "По словам полицейских": local bodies, no name
        self.last_cue = (pos, found)
        return found

    def _person_of_sex(self, at: int, gender: str | None) -> int | None:
        """Whom a bare noun of a person's sex at token `at` means ("Женщина рассказала", "по
        словам девушки"): the person of that sex in focus before it, else the one person of
        that sex the text names."""
        start = self.view.tokens[at].start
        found = self._recent(start, gender, blockers=[b for b in self.blockers if b[0] != start])
        if found is not None and self.gender(found) in (None, gender):
            return found
        # None named before it could be meant ("Мать рядового Ивана Петрова …. Сама женщина
        # заявила"): the one person of that sex the text names further on.
        if any(p < start and self.view.doc.entities[e].type == "PER" and self.gender(e) in (None, gender)
               for p, e in self.seen):
            return None
        people = {e.id for e in self.view.doc.entities if e.type == "PER" and self.gender(e.id) == gender}
        return people.pop() if len(people) == 1 else None

    def _mention_near(self, entity: int, cue: int) -> int | None:
        """The first token of the mention of `entity` nearest the cue at token `cue` in its
        sentence, or None."""
        view = self.view
        low, high = view.sentence_start(cue), view.sentence_end(cue)
        for k in sorted(range(low, high), key=lambda k: abs(k - cue)):
            m = view.mention(k)
            if m is not None and m.entity == entity:
                return view.mention_start(k)
        return None

    def _country_of_authorities(self, at: int | None, pos: int) -> int | None:
        """The country whose authorities "власти" at token `at`, with no word of its own before
        it, stand for ("Власти считают, что …", "по мнению властей"): the one country the text
        named before with that noun, a name in the genitive after it ("Власти США арестовали")
        or its adjective before it ("американские власти"); None for none or several, and for
        authorities of another kind ("местные власти")."""
        view = self.view
        if at is None:
            return None
        if at > view.sentence_start(at) and view.tokens[at - 1].pos in ("ADJ", "DET"):
            return None
        doc = view.doc
        countries = set()
        since = -1
        for k in range(at):
            if fold(view.word(k)).lower() not in ("власти", "властей", "властям", "властями", "властях"):
                continue
            code = ""
            m = view.mention(k + 1) if k + 1 < len(view) else None
            if m is not None and m.type == "LOC" and view.mention_start(k + 1) == k + 1 \
                    and fold(doc.entities[m.entity].name) in COUNTRY_NAMES:
                code = country_of(doc.entities[m.entity].name)  # a country, not a city's authorities
            elif k > 0 and view.lemma(k - 1) in COUNTRY_ADJECTIVES:
                code = country_of(COUNTRY_ADJECTIVES[view.lemma(k - 1)])
            if code:
                countries.add(code)
                since = view.tokens[k].start
        if len(countries) != 1 or any(since < p < pos for p in self.unnamed_bodies):
            # "Власти США …", then "По словам полицейских": a body with no name has spoken
            # since, and the authorities are as local as it is.
            return None
        (code,) = countries
        named = [e.id for e in doc.entities if e.type == "LOC" and fold(e.name) in COUNTRY_NAMES
                 and country_of(e.name) == code]
        return named[0] if len(named) == 1 else None

    def _spouse_in_focus(self, noun: int, pos: int) -> int | None:
        """Whom a noun of a spouse at token `noun` that no one was named with means ("Как
        пояснила жена бизнесмена" after "— рассказала Анна Петрова"): the person in focus,
        where that person is known to be of the spouse's sex (a woman is no one's husband);
        None otherwise."""
        sex = SPOUSES.get(self.view.lemma(noun))
        if sex is None:
            return None
        found = self._recent(pos, sex)
        return found if found is not None and self.gender(found) == sex else None

    def _named_once(self, noun: int, gender: str | None) -> int | None:
        """The one person the text named before token `noun` with a name right after the same
        noun ("дочь погибшей Татьяна", "певица и актриса Жанна Фриске": the noun, its genitive
        or agreeing words, a noun joined by "и") or right before it after a comma ("Татьяна,
        дочь актрисы"); None for none or several."""
        view = self.view
        lemma = view.lemma(noun)
        found = set()
        for k in range(noun):
            if view.lemma(k) != lemma or view.mention(k) is not None:
                continue  # (a noun opening a sentence may be tagged otherwise: the lemma decides)
            end = view.sentence_end(k)
            n = k + 1
            while n < min(end, k + NOUN_NAME_REACH) and view.mention(n) is None and (
                    view.tokens[n].pos in ("ADJ", "DET") or view.case(n) == "Gen" and (view.tokens[n].pos == "NOUN"
                                                           or view.tokens[n].feats.get("VerbForm") == "Part")
                    or view.word(n) == "и" and n + 1 < end and view.tokens[n + 1].pos == "NOUN"
                    and view.case(n + 1) == view.case(k)):
                n += 2 if view.word(n) == "и" else 1
            m = view.mention(n) if n < end else None
            if m is not None and m.type == "PER" and m.entity is not None and view.mention_start(n) == n \
                    and "Gen" not in {view.case(t) for t in range(n, view.mention_end(n))}:
                found.add(m.entity)
                continue
            before = view.mention(k - 2) if k >= 2 and view.tokens[k - 1].text == "," else None
            if before is not None and before.type == "PER" and before.entity is not None \
                    and view.mention_end(k - 2) == k - 1:
                found.add(before.entity)
        found = {self._fuller(e) for e in found}
        found = {e for e in found if gender is None or self.gender(e) in (None, gender)}
        return found.pop() if len(found) == 1 else None

    def _headline_person(self, gender: str | None) -> int | None:
        """The one person the headline names as a subject (not a body's namesake, nor whom the
        headline's verb acts on), else the one a caption line right below it names alone
        ("Валерий Костенок"); of `gender`; None otherwise."""
        view = self.view
        if len(view.doc.body) < 2:
            return None
        people = {self._fuller(e) for p, e in self.focus if view.block_of(p) == 0
                  and view.doc.entities[e].type == "PER"}
        if not people:
            start, end = view.doc.body[1]
            caption = [m for m in view.doc.mentions if start <= m.start < end]
            if len(caption) == 1 and caption[0].type == "PER" and caption[0].entity is not None \
                    and view.doc.text[start:end].strip() == caption[0].text:
                people = {self._fuller(caption[0].entity)}
        if len(people) != 1:
            return None
        (person,) = people
        return person if gender is None or self.gender(person) in (None, gender) else None

    def _named_just_before(self, pos: int) -> int | None:
        """Words with no cue right after a paragraph that names one person as its subject and
        quotes no one ("Иван Петров, адвокат из Ричмонда, возглавляет ассоциацию." and below it
        "«…»"): that person's, the one the text has just named."""
        view = self.view
        block = view.block_of(pos)
        last = max((p for p, _ in self.spoken if p < pos), default=-1)
        people = {e for p, e in self.focus if last < p < pos and view.block_of(p) == block - 1
                  and view.doc.entities[e].type == "PER"}
        if len(people) != 1 or any(view.block_of(p) == block - 1 for p, _ in [*self.unnamed, *self.spoken] if p < pos):
            return None
        others = {e for p, e in self.seen if last < p < pos and view.block_of(p) == block - 1
                  and view.doc.entities[e].type == "PER"}
        if not others <= people:
            return None
        person = people.pop()
        # Words about the person ("Иван Петров умер вчера." / "«Он был великим учёным»"), naming
        # the person or calling the person "он"/"она", are someone else's.
        bs, be = view.doc.body[block]
        for k in view.token_range(bs, be):
            m = view.mention(k)
            if m is not None and m.entity == person:
                return None
            word = view.word(k)
            if word in _SUBJECT_PRONOUNS and self.gender(person) in (None, _SUBJECT_PRONOUNS[word]):
                return None
        return person

    def note(self, pos: int, entity: int) -> None:
        """Put `entity` in focus at `pos` (a speaker just resolved)."""
        self.focus.append((pos, entity))
        self.focus.sort()

    def _recent(self, pos: int, gender: str | None, pool=None, blockers=None) -> int | None:
        block = self.view.block_of(pos)
        blocked = max((b for b, g in (self.blockers if blockers is None else blockers)
                       if b < pos and (gender is None or g in (None, gender))), default=-1)
        for fpos, entity in reversed(self.focus if pool is None else pool):
            if fpos >= pos:
                continue
            if fpos < blocked:
                return None
            if self.view.block_of(fpos) < block - FOCUS_BLOCKS:
                break
            if self.view.doc.entities[entity].type != "PER":
                continue
            if gender is None or self.gender(entity) in (None, gender):
                return entity
        return None

    def _in_block(self, pos: int, gender: str | None) -> int | None:
        """Whom a pronoun means: the person in focus, unless that person stands in an earlier
        paragraph and the pronoun's own paragraph names one other person before it, in any
        case ("В твиттере шерифа Эда Гонсалеса появилась просьба. «…», — написал он")."""
        found = self._recent(pos, gender)
        block = self.view.block_of(pos)
        if found is not None and any(self.view.block_of(p) == block for p, e in self.focus if p < pos and e == found):
            return found
        # An unnamed person standing in between ("40-летний мужчина пришёл …") is whom it means.
        blocked = max((b for b, g in self.blockers if b < pos and (gender is None or g in (None, gender))),
                      default=-1)
        named = {e for p, e in self.seen if blocked < p < pos and self.view.block_of(p) == block
                 and self.view.doc.entities[e].type == "PER"}
        if len(named) == 1:
            (person,) = named
            if gender is None or self.gender(person) in (None, gender):
                return person
        return found

    def _holder(self, title: TitlePhrase, pos: int, gender: str | None) -> int | None:
        doc = self.view.doc
        holders = [e for e in self.book.holders(title.office) if doc.entities[e].type == "PER"]
        if len(holders) == 1 and not title.generic:
            return holders[0]
        recent = self._recent(pos, gender)
        if holders and not title.generic:
            return recent if recent in holders else None
        # Nobody holds the title yet. A description ("дипломат", "спортсмен") names the
        # person in focus; so does a title the text has announced for a group of people
        # ("переговоры президентов Казахстана и Узбекистана … «…», — сказал глава
        # Узбекистана" after Мирзиёев spoke), if that person may hold it. Any other title
        # ("сказал представитель следственного управления") brings in someone new.
        if not title.generic and not holders:
            shortened = self._holder_of_fuller(title, gender) or self._head_of_ministry(title, gender) \
                or self._minister_of(title, gender)
            if shortened is not None:
                return shortened
        if not title.generic and not self.book.open_slot(title.office):
            # News names a person once and then calls them by their title ("Президент также
            # рассказал", "глава Минсвязи отметил"): a title nobody in the text holds stands
            # for the person in focus when that person has spoken already and may hold it; a
            # person only named ("Футболист Азиз Ганиев провёл матч") does not take a new title.
            # A speaker known by another office of his own ("председатель совета Игорь Рогов")
            # is not the one; the speaker before him may be ("Президент и сам … заявлял").
            for person in self._speakers_back(pos, gender, recent):
                if self._of_named_body(title) and not self._of_body(person, title.record.of, pos):
                    # "На суде присутствовал представитель РПЦ, который …": an unnamed
                    # spokesperson of a body the text names speaks for the body, not for the
                    # person last in focus, unless that person holds a title of that body
                    # ("директор Philips Елена Сябренко … — отметила представитель Philips").
                    continue
                if not any(_conflict(held, title.office) or held.former != title.office.former
                           or _other_office(held, title.office) for held in self.book.known(person)):
                    self.book.give(person, title.office, title.record)
                    return person
            return self._named_after(title, pos, gender)
        if title.generic:
            # "Итальянский голкипер Джанлуиджи Буффон … голкипер сказал": the one person the
            # paragraph has named with that noun right before the name, whoever is in focus.
            described = self._named_with(title, pos, gender)
            if described is not None:
                return described
        if title.generic and self.view.lemma(title.head) in COUNTERPARTS and self.last_speaker is not None:
            # "«…», — сообщил президент депутату. В ответ визави подтвердил согласие": the other
            # party is the latest person named who is not the one who has just spoken.
            spoke = self.last_speaker[1]
            other = self._recent(pos, gender, pool=[(p, e) for p, e in self.seen if e != spoke])
            return other if other is not None and self.book.compatible(other, title.office) else None
        if recent is None:
            named = {e for p, e in self.seen if p < pos and doc.entities[e].type == "PER"}
            recent = named.pop() if len(named) == 1 else None
            if recent is not None and gender is not None and self.gender(recent) not in (None, gender):
                recent = None
        if recent is not None and title.generic and not self._kept_by_pronoun(pos, recent):
            recent = self._salient(pos, gender, recent)
        if recent is not None and self.book.compatible(recent, title.office):
            self.book.give(recent, title.office, title.record)
            return recent
        return None

    def _holder_of_fuller(self, title: TitlePhrase, gender: str | None) -> int | None:
        """The one person whose title the text gave in full where the cue's title is a shortened
        form of it, with the head and every word of its complement: "председатель правления
        фонда" for "председатель правления Нобелевского фонда", "глава управления" for "глава
        Главного управления МВД". None for none or several, or for a title of its head alone
        (the office settles that one)."""
        doc = self.view.doc
        words = _title_stems(title.record.text)
        if len(words) < 2 or title.record.former:
            return None
        found = set()
        for entity in doc.entities:
            if entity.type != "PER":
                continue
            for held in entity.titles:
                fuller = _title_stems(held.text)
                if held.former or fuller == words or not fuller or fuller[0] != words[0]:
                    continue
                if all(w in fuller[1:] for w in words[1:]):
                    found.add(entity.id)
        found = {e for e in found if gender is None or self.gender(e) in (None, gender)}
        return found.pop() if len(found) == 1 else None

    def _head_of_ministry(self, title: TitlePhrase, gender: str | None) -> int | None:
        """"Глава ведомства заявил" (a minister, of no ministry named) after "глава Минобороны
        Иван Петров": the one person the text names as the head of a ministry."""
        office = title.office
        if office.key != "министр" or office.place is not None or office.former or office.head == "министр":
            return None
        found = {e for e, held in self.book.held.items() if self.view.doc.entities[e].type == "PER"
                 and any(h.key == "head_of_body" and not h.former and h.place
                         and (h.place.startswith("мин") or "министерств" in h.place) for h in held)}
        found = {e for e in found if gender is None or self.gender(e) in (None, gender)}
        return found.pop() if len(found) == 1 else None

    def _minister_of(self, title: TitlePhrase, gender: str | None) -> int | None:
        """"Глава Минфина сказал" after "министр финансов Иван Петров": the one person the text
        names as the minister of the field the ministry's short name holds ("Минфин" and
        "финансов", "Минобороны" and "обороны")."""
        office = title.office
        place = fold(office.place or "").lower()
        if office.key != "head_of_body" or office.former or not place.startswith("мин") \
                or place.startswith("министерств") or len(place) < 6:
            return None
        stem = place[3:7]
        found = {e for e, held in self.book.held.items() if self.view.doc.entities[e].type == "PER"
                 and any(h.key == "министр" and not h.former and h.place
                         and fold(h.place).lower().startswith(stem) for h in held)}
        found = {e for e in found if gender is None or self.gender(e) in (None, gender)}
        return found.pop() if len(found) == 1 else None

    def _named_with(self, title: TitlePhrase, pos: int, gender: str | None) -> int | None:
        """The one person the cue's paragraph names before `pos` right after the noun of
        `title` ("голкипер Джанлуиджи Буффон"), of the cue's gender; None for none or several."""
        view = self.view
        head = view.lemma(title.head)
        block = view.block_of(pos)
        found = set()
        for k in range(len(view) - 1):
            if view.tokens[k].start >= pos:
                break
            if k != title.head and view.lemma(k) == head and view.block_of(view.tokens[k].start) == block:
                m = view.mention(k + 1)
                if m is not None and m.type == "PER" and view.mention_start(k + 1) == k + 1:
                    found.add(m.entity)
        found = {e for e in found if gender is None or self.gender(e) in (None, gender)}
        return found.pop() if len(found) == 1 else None

    def _holder_in_block(self, title: TitlePhrase, pos: int, owner: int, gender: str | None) -> int | None:
        """The one person other than `owner` whom the cue's paragraph names with the office of
        `title` ("Адвокат Насира заявил … его адвокат, Стивен Брунстайн, отказался"), or None."""
        view = self.view
        block = view.block_of(pos)
        named = {e for p, e in self.seen if view.block_of(p) == block}
        holders = set(self.book.holders(title.office))
        # "его назначенный судом адвокат, Стивен Брунстайн": a name set off by a comma after the
        # title's noun elsewhere in the paragraph.
        head = view.lemma(title.head)
        for k in range(len(view) - 2):
            if view.lemma(k) == head and k != title.head and view.block_of(view.tokens[k].start) == block:
                after = k + 2 if view.tokens[k + 1].text == "," else k + 1
                m = view.mention(after)
                if m is not None and m.type == "PER" and view.mention_start(after) == after:
                    holders.add(m.entity)
        holders = [e for e in holders if e in named and e != owner and view.doc.entities[e].type == "PER"
                   and (gender is None or self.gender(e) in (None, gender))]
        return holders[0] if len(holders) == 1 else None

    def _of_place(self, title: TitlePhrase) -> bool:
        """True for a description whose genitive words name a body of a place ("Шеф полиции
        Сан-Диего рассказал"): someone of that body the text does not name, not the person in
        focus ("Жительница Германии" may be that one)."""
        view = self.view
        if not title.generic:
            return False
        k = title.head + 1
        end = view.sentence_end(title.head)
        while k < end and k < title.head + 5:
            m = view.mention(k)
            if m is not None:
                return m.type == "LOC" and k > title.head + 1
            if view.case(k) != "Gen":
                return False
            k += 1
        return False

    def _described_since(self, cue: int, person: int, gender: str | None) -> bool:
        """True when a noun describing a person in an oblique case ("обидели актёра, и он …"),
        of the pronoun's gender and with no name beside it, stands in the cue's sentence after
        the latest mention of `person`."""
        view = self.view
        pos = view.tokens[cue].start
        last = max((p for p, e in self.seen if p < pos and e == person), default=-1)
        sent = view.sent_of[cue]
        low = view.sent_bounds[sent][0]
        for j in range(max(low, view.first_at(last + 1) if last >= 0 else low), cue):
            tok = view.tokens[j]
            if tok.pos != "NOUN" or tok.feats.get("Animacy") != "Anim" or tok.feats.get("Number") == "Plur" \
                    or view.mention(j) is not None or view.mention(j + 1) is not None \
                    or view.lemma(j) in ANONYMOUS or view.case(j) in ("Nom", None) or tok.start <= last:
                continue
            if gender is None or person_gender_of(tok.feats) in (None, gender):
                return True
        return False

    def _salient(self, pos: int, gender: str | None, recent: int) -> int:
        """The person a description ("актёр признался") stands for: of the people standing as
        subjects in the blocks a title reaches back, the one the text has named most often so
        far (the story's person rather than a colleague named once in a list); the latest on
        a tie."""
        block = self.view.block_of(pos)
        people = []
        for fpos, entity in reversed(self.focus):
            if fpos < pos and self.view.block_of(fpos) >= block - FOCUS_BLOCKS and entity not in people \
                    and self.view.doc.entities[entity].type == "PER" \
                    and (gender is None or self.gender(entity) in (None, gender)):
                people.append(entity)
        if recent not in people:
            return recent
        named = {e: sum(1 for p, m in self.seen if p < pos and m == e) for e in people}
        return max(people, key=lambda e: (named[e], -people.index(e)))

    def _kept_by_pronoun(self, pos: int, person: int) -> bool:
        """True when a pronoun standing as a subject outside quotations between the latest
        mention of `person` and `pos` means that person ("… возглавил протоиерей Иван Петров. На
        панихиде он призвал …"): the text has kept that person in focus, whoever it names more."""
        view = self.view
        last = max((p for p, e in self.seen if p < pos and e == person), default=-1)
        if last < 0:
            return False
        for k in range(view.first_at(last), len(view)):
            start = view.tokens[k].start
            if start >= pos:
                break
            word = view.word(k)
            if word in _SUBJECT_PRONOUNS and view.tokens[k].pos == "PRON" and view.case(k) in ("Nom", None) \
                    and not self.inside_quote(start) and self.gender(person) in (None, _SUBJECT_PRONOUNS[word]) \
                    and self._in_block(start, _SUBJECT_PRONOUNS[word]) == person:
                return True
        return False

    def _unnamed(self, title: TitlePhrase) -> bool:
        """True for a title the text says is held by someone it does not name ("неназванный
        представитель министерства"): no named holder is meant."""
        return any(self.view.lemma(k) in UNNAMED for k in range(title.start, title.head))

    def _represented(self, title: TitlePhrase, pos: int) -> int | None:
        # "представитель движения «Братья-мусульмане»", "пресс-секретарь компании «Х»": an
        # unnamed spokesperson speaks for the organisation the text names; one of a body with
        # no name ("представитель посольства") speaks for no one in particular.
        of = title.record.of if title.record is not None else None
        if title.office.head not in SPOKESPEOPLE or title.plural:
            return None
        if of is None:
            found = self._principal(title)
            if found is None and self._unnamed(title):
                # "неназванный представитель министерства" after "Министерство объединения
                # Южной Кореи": the body the text named with that noun.
                k = title.head + 1
                if k < title.end and self.view.lemma(k) in SPEAKING_BODIES and self.view.lemma(k) not in GENERIC_BODIES:
                    found = self._body(self.view.lemma(k), pos)
            return found
        if self.view.doc.entities[of].type == "ORG":
            return of
        # "пресс-секретарь губернатора Санкт-Петербурга": the office's holder, not the place.
        found = self._principal(title)
        k = title.head + 1
        if found is None and k < title.end and self.view.lemma(k) in SPEAKING_BODIES \
                and self.view.lemma(k) not in GENERIC_BODIES and self.view.mention(k) is None:
            # "Представитель министерства иностранных дел Германии" where the entity stage took
            # only the country: the body the text named with that noun ("Министерство
            # иностранных дел Германии организовало …").
            found = self._body(self.view.lemma(k), pos)
        return found

    def _of_named_body(self, title: TitlePhrase) -> bool:
        """True for a singular spokesperson's title whose complement is an organisation's name
        ("представитель РПЦ", "пресс-секретарь компании «Х»")."""
        of = title.record.of if title.record is not None else None
        return title.office.head in SPOKESPEOPLE and not title.plural and of is not None \
            and self.view.doc.entities[of].type == "ORG"

    def _of_body(self, person: int, body: int, pos: int) -> bool:
        """True when the text gave `person` a title of `body` before `pos`: a title it records
        ("директор Philips"), or a title's head with the body's name in its complement standing
        before the person's name in one sentence ("директора по стратегии и развитию бизнеса
        Philips в России … Елену Сябренко")."""
        view = self.view
        if any(held.of == body for held in view.doc.entities[person].titles):
            return True
        for m in view.doc.mentions:
            if m.entity != person or m.start >= pos:
                continue
            j = view.first_at(m.start)
            start = view.sentence_start(j)
            for k in range(max(start, j - _TITLE_REACH), j):
                inner = view.mention(k)
                if inner is not None and inner.entity == body \
                        and any(view.lemma(h) in ROLE_HEADS for h in range(max(start, k - _HEAD_REACH), k)):
                    return True
        return False

    def _principal(self, title: TitlePhrase) -> int | None:
        """The one holder of the office a spokesperson's title names in its complement
        ("пресс-секретарь главы государства", "представитель президента"): the spokesperson
        speaks for that person, as one of a named body speaks for the body."""
        for k in range(title.head + 1, title.end):
            inner = title_at(self.view, self.res, k)
            if inner is None or inner.generic or inner.office.head in SPOKESPEOPLE:
                continue
            holders = [e for e in self.book.holders(inner.office) if self.view.doc.entities[e].type == "PER"]
            if not holders:
                holders = self._holders_of_place_form(inner)
            return holders[0] if len(holders) == 1 else None
        return None

    def _office_served(self, j: int) -> int | None:
        """The one holder of the office a press service at token `j` is named by, in the genitive
        right after it with no name of its own ("сообщает пресс-служба главы азербайджанского
        государства" after "Президент Азербайджана Ильхам Алиев", "пресс-служба президента
        государства"), where its sentence names that holder: the service speaks for that person,
        as a spokesperson of the office does. None for none or several holders."""
        view = self.view
        k = j + 1
        if k >= view.sentence_end(j) or view.mention(k) is not None or view.case(k) != "Gen" \
                or view.lemma(k) not in ROLE_HEADS:
            return None
        title = title_at(view, self.res, k)
        if title is None or title.generic or title.plural or title.office.head in SPOKESPEOPLE:
            return None
        holders = [e for e in self.book.holders(title.office) if view.doc.entities[e].type == "PER"]
        if len(holders) != 1:
            return None
        # Only where the service's own sentence names the holder (the report is about him): a
        # service of an office in a sentence of its own may speak for the office's staff.
        low = view.tokens[view.sentence_start(j)].start
        high = view.tokens[view.sentence_end(j) - 1].end
        return holders[0] if any(low <= p < high and e == holders[0] for p, e in self.seen) else None

    def _holders_of_place_form(self, title: TitlePhrase) -> list[int]:
        """People holding the office of `title` for a place the text writes in another form, one
        a hyphenated name ends with ("губернатор Санкт-Петербурга" and "губернатор Петербурга")."""
        doc = self.view.doc
        of_name = title.record.of_name
        if not of_name:
            return []
        mine = fold(of_name).lower().split("-")[-1]
        out = []
        for entity in doc.entities:
            if entity.type != "PER":
                continue
            for held in entity.titles:
                if held.former != title.record.former or not held.of_name or held.of_name == of_name:
                    continue
                theirs = fold(held.of_name).lower().split("-")[-1]
                if "-" not in of_name + held.of_name or not _same_stem(mine, theirs):
                    continue
                if fold(held.office).split()[:1] == fold(title.record.office).split()[:1]:
                    out.append(entity.id)
                    break
        return out

    def _stating_body(self, pos: int) -> int | None:
        """The body a statement with no author beside it speaks for when its words say "мы"
        ("Представители аэроклуба «X» выразили соболезнования. В заявлении говорится: «Мы
        …»"): the one organisation, not an outlet, the paragraph names before it."""
        block = self.view.block_of(pos)
        doc = self.view.doc
        bodies = {e for p, e in self.seen if p < pos and self.view.block_of(p) == block
                  and doc.entities[e].type == "ORG" and e not in self.outlets}
        return bodies.pop() if len(bodies) == 1 else None

    def _body_of_members(self, lemma: str | None, j: int | None) -> int | None:
        """The body whose members a plural noun names ("белорусские следователи" after
        "Следственный комитет Белоруссии"): the one organisation of the text whose name has
        the stem of that kind of body and, where an adjective gives the country, that
        country's name."""
        stem = MEMBERS.get(lemma or "")
        if stem is None or j is None:
            return None
        view = self.view
        doc = view.doc
        places: list[str] = []
        if j > 0 and view.lemma(j - 1) in COUNTRY_ADJECTIVES:
            country = COUNTRY_ADJECTIVES[view.lemma(j - 1)]
            code = country_of(country)
            places = [fold(country).lower()[:5]] + [fold(e.name).lower()[:5] for e in doc.entities
                                                      if e.type == "LOC" and code and country_of(e.name) == code]
        # A body whose name has no place ("Следственный комитет") is of the country the
        # adjective names if the text names that country.
        elsewhere = [fold(e.name).lower()[:5] for e in doc.entities if e.type == "LOC"]
        found = set()
        for e in doc.entities:
            words = [fold(w).lower() for w in e.name.split()]
            if e.type != "ORG" or not any(w.startswith(stem) for w in words):
                continue
            if places and not any(w.startswith(p) for w in words for p in places) and (
                    len(places) == 1 or any(w.startswith(p) for w in words for p in elsewhere)):
                continue
            found.add(e.id)
        if len(found) != 1:
            return None
        (body,) = found
        return self._with_place(body, places) if places else body

    def _with_place(self, body: int, places: list[str]) -> int:
        """The body under its fuller name where the text names it with the country in the
        genitive after it ("Следственный комитет Белоруссии"), added to the document's
        organisations; else `body`."""
        view = self.view
        doc = view.doc
        for m in doc.mentions:
            if m.entity != body:
                continue
            k = view.first_at(m.end)
            place = view.mention(k) if k < len(view) else None
            if place is None or place.type != "LOC" or view.case(k) != "Gen" \
                    or not any(fold(doc.text[place.start:place.end]).lower().startswith(p) for p in places):
                continue
            name = doc.entities[body].name + " " + doc.text[place.start:place.end]
            return _organisation(doc, name)
        return body

    def _after_cue(self, j: int) -> bool:
        """True when the name at token `j` stands as the subject of a verb of speech just
        before it ("— напомнил Медведев")."""
        k = j - 1
        return k >= 0 and self.view.tokens[k].pos == "VERB" and self.view.lemma(k) in CUE_VERBS

    def _named_after(self, title: TitlePhrase, pos: int, gender: str | None) -> int | None:
        """A title nobody before holds, of a cue the text names the holder after
        ("«…», — сказал глава государства на совещании. — «…», — напомнил Медведев"): the
        first person named as a subject later in the cue's paragraph, of the verb's gender,
        known by no other office."""
        if title.generic or title.plural or title.office.head in SPOKESPEOPLE:
            return None
        view = self.view
        block = view.block_of(pos)
        for m in view.doc.mentions:
            if m.start <= pos or m.entity is None or m.type != "PER":
                continue
            if view.block_of(m.start) != block:
                break
            j = view.first_at(m.start)
            if j >= len(view) or view.case(j) != "Nom" or not self._after_cue(j):
                continue
            entity = m.entity
            if gender is not None and self.gender(entity) not in (None, gender):
                return None
            if any(_conflict(held, title.office) or held.former != title.office.former
                   or _other_office(held, title.office) for held in self.book.known(entity)):
                return None
            self.book.give(entity, title.office, title.record)
            return entity
        return None

    def _speakers_back(self, pos: int, gender: str | None, recent: int | None):
        """The person in focus if a speaker, then the speakers before, latest first, within
        the blocks a title reaches back."""
        if recent is None or recent in self.outlet_people:
            return
        block = self.view.block_of(pos)
        if recent not in self.speakers:
            # "Владимир Путин провёл совещание. Президент отметил, …": the subject of the
            # sentence just before, known by no office or description yet, is the one the title
            # stands for ("Футболист Азиз Ганиев провёл матч" is not the "представитель клуба").
            if self.book.known(recent) or self._described_before(recent) \
                    or not self._subject_just_before(pos, recent):
                return
        yield recent
        tried = {recent}
        for spos, person in reversed(self.spoken):
            if spos >= pos or person in tried:
                continue
            if self.view.block_of(spos) < block - FOCUS_BLOCKS:
                break
            tried.add(person)
            if person not in self.outlet_people and (gender is None or self.gender(person) in (None, gender)):
                yield person

    def _served(self, entity: int) -> int:
        """The body a press service speaks for where the entity stage took the service with the
        body's name for one organisation ("Пресс-служба городского управления МЧС", "Управление
        информации МЧС России"): the organisation named inside it; else `entity`."""
        doc = self.view.doc
        if doc.entities[entity].type != "ORG":
            return entity
        for m in doc.mentions:
            if m.entity != entity:
                continue
            words = [fold(w).lower() for w in doc.text[m.start:m.end].split()]
            if not words or not (words[0].startswith(_PRESS_SERVICES)
                                 or len(words) > 2 and words[1].startswith(_PRESS_MATTERS)):
                continue
            inner = [n for n in doc.mentions if n.entity is not None and n.entity != entity and n.type == "ORG"
                     and m.start < n.start and n.end <= m.end]
            if inner:
                return inner[-1].entity
        return entity

    def _fuller(self, entity: int) -> int:
        """The document's one fuller entity for a name the entity stage cut short: "МИД" beside
        "МИД Италии" (the rest a place the text names), "Виктор Фёдорович" beside "Виктор
        Янукович"; else `entity`."""
        if entity in self.fuller:
            return self.fuller[entity]
        doc = self.view.doc
        ent = doc.entities[entity]
        words = fold(ent.name).lower().split()
        found: list[int] = []
        if ent.type == "ORG" and words:
            places = [fold(e.name).lower().split()[0] for e in doc.entities if e.type == "LOC" and e.name.split()]
            for e in doc.entities:
                other = fold(e.name).lower().split()
                extra = other[len(words):]
                if e.id != entity and e.type == "ORG" and other[:len(words)] == words and len(extra) == 1 \
                        and any(_same_stem(extra[0], p) for p in places):
                    found.append(e.id)
        elif ent.type == "PER" and len(words) == 2 and self._patronymic(ent.name.split()[1]):
            found = [e.id for e in doc.entities if e.id != entity and e.type == "PER" and len(e.name.split()) >= 2
                     and fold(e.name).lower().split()[0] == words[0] and not self._patronymic(e.name.split()[1])]
        self.fuller[entity] = found[0] if len(found) == 1 else entity
        if not found and ent.type == "ORG" and len(words) == 1:
            self.fuller[entity] = self._of_country(entity)
        elif not found and ent.type == "ORG":
            self.fuller[entity] = self._with_person(entity)
        return self.fuller[entity]

    def _with_person(self, body: int) -> int:
        """The body under its fuller name where the text opens a mention of it as a subject
        with a noun in the genitive that a person's name in the genitive completes ("Комитет
        защиты Леонарда Пелтиера, …, распространил": the entity stage cut the name before the
        person), added to the document's organisations; else `body`."""
        view = self.view
        doc = view.doc
        for m in doc.mentions:
            if m.entity != body:
                continue
            first, k = view.first_at(m.start), view.first_at(m.end)
            if k >= len(view) or k - 1 <= first or view.case(first) != "Nom" \
                    or view.tokens[k - 1].pos != "NOUN" or view.case(k - 1) != "Gen":
                continue
            person = view.mention(k)
            if person is None or person.type != "PER" or view.mention_start(k) != k \
                    or any(view.case(t) != "Gen" for t in range(k, view.mention_end(k))):
                continue
            name = doc.entities[body].name + " " + doc.text[person.start:person.end]
            return _organisation(doc, name)
        return body

    def _of_country(self, entity: int, pos: int | None = None) -> int:
        """A body named by one word that the text writes with one country in the genitive right
        after it ("МИД Италии подтвердил", "В МИД России заявили"): the body of that country,
        "МИД Италии", added to the document's entities; else `entity`. A body written with
        several countries after it ("МИД России", then "МИД Италии") stays as it is, unless
        `pos` (a cue) has its sentence name the body with one of them."""
        from newsgraph.roles import _a_country

        view = self.view
        doc = view.doc
        after: dict[str, int] = {}
        low = high = None
        if pos is not None:
            k = view.first_at(pos)
            low, high = view.tokens[view.sentence_start(k)].start, view.tokens[view.sentence_end(k) - 1].end
        for m in doc.mentions:
            if m.entity != entity or low is not None and not low <= m.start < high:
                continue
            j = view.first_at(m.end)
            if j >= len(view) or view.tokens[j].start - m.end > 1:
                continue
            place = view.mention(j)
            if place is None or place.type != "LOC" or view.mention_start(j) != j or view.case(j) not in ("Gen", None):
                continue
            if not _a_country(place.normal or place.text) and not _a_country(doc.entities[place.entity].name
                                                                            if place.entity is not None else ""):
                continue
            after.setdefault(doc.text[place.start:place.end], m.start)
        if len(after) != 1:
            return entity
        ((place, start),) = after.items()
        return self._body_named(f"{doc.entities[entity].name} {place}", start)

    def _patronymic(self, word: str) -> bool:
        return any("Patr" in p.tag for p in self.res.parse(word.lower()))

    def _described_before(self, person: int) -> bool:
        # A noun of a person right before one of the person's names ("Футболист Азиз Ганиев").
        view = self.view
        for m in view.doc.mentions:
            j = view.first_at(m.start) - 1
            if m.entity == person and j >= 0 and view.mention(j) is None and view.tokens[j].pos in ("NOUN", "PROPN") \
                    and view.tokens[j].feats.get("Animacy") == "Anim":
                return True
        return False

    def _subject_just_before(self, pos: int, person: int) -> bool:
        # The person stands as a subject in the sentence before the one at `pos`, and no other
        # person does in between.
        view = self.view
        sent = view.sent_of[view.first_at(pos)] if view.first_at(pos) < len(view) else None
        if sent is None or sent == 0:
            return False
        low = view.tokens[view.sent_bounds[sent - 1][0]].start
        between = [e for p, e in self.focus if low <= p < pos]
        return bool(between) and set(between) == {person}

    def _body(self, lemma: str | None, pos: int) -> int | None:
        # "в докладе банка": the organisation just named whose name has that word, or whose
        # abbreviation starts with its letter ("сообщило министерство" after "МВД");
        # "в докладе организации": the organisation just named; "издание отмечает": the
        # outlet the text credits, however far back (a source is credited once, in the lead).
        lemma = lemma or ""
        stem = "" if lemma in GENERIC_BODIES else lemma[:max(4, len(lemma) - 2)]
        outlet = lemma in OUTLETS
        kinds = _BODY_KINDS.get(lemma)
        block = self.view.block_of(pos)
        doc = self.view.doc
        if lemma in GENERIC_BODIES:
            # "В институте рассказали" after "Институт Пушкина" and "ВКонтакте": a generic noun
            # that heads a body's name nearby stands for that body before the latest one.
            headed = self._headed_by(lemma, pos, block)
            if headed is not None:
                return headed
        for fpos, entity in reversed(self.seen):
            if fpos >= pos:
                continue
            near = self.view.block_of(fpos) >= block - FOCUS_BLOCKS
            if not near and not outlet:
                break
            ent = doc.entities[entity]
            if ent.type != "ORG" or _common_noun(ent.name) is not None:
                continue
            if outlet and entity in self.outlets:
                return entity
            if kinds is not None:
                # "В ведомстве отметили" after "МИД России …" and "Совет Безопасности ООН": the
                # noun of a kind means the latest body of that kind, not the latest body.
                if near and _of_kind(ent.name, kinds):
                    return entity
                continue
            # "секретариат Агентства" after "МАГАТЭ": a noun of outlets names a body too.
            if near and (any(fold(w).startswith(stem) for w in ent.name.split()) or _abbreviation_of(ent.name, lemma)):
                return entity
        return None

    def _headed_by(self, lemma: str, pos: int, block: int) -> int | None:
        """The latest organisation named near `pos` whose name's first word is the noun `lemma`
        ("Институт Пушкина" for "институт"), or None."""
        stem = lemma[:max(4, len(lemma) - 2)]
        doc = self.view.doc
        for fpos, entity in reversed(self.seen):
            if fpos >= pos:
                continue
            if self.view.block_of(fpos) < block - FOCUS_BLOCKS:
                break
            ent = doc.entities[entity]
            words = ent.name.split()
            if ent.type == "ORG" and len(words) > 1 and _common_noun(ent.name) is None \
                    and fold(words[0]).startswith(stem):
                return entity
        return None

    def _described_body(self, j: int, pos: int) -> int | None:
        """The organisation a body named by a description stands for where the text gives it no
        name ("британская полиция", "пресс-служба китайской прокуратуры", "Кубинская федерация
        лёгкой атлетики"): an organisation written as the description in the nominative, added
        to the document's entities. The description needs an adjective of a place before its
        noun; the body's noun alone ("полиция сообщила") names no one."""
        view = self.view
        end = view.sentence_end(j)
        head = j
        # "пресс-служба китайской прокуратуры": the body whose service speaks.
        k = j + 1
        while k < end and k < j + 6 and view.tokens[k].pos in ("ADJ", "NOUN") and view.case(k) == "Gen" \
                and view.mention(k) is None:
            if view.tokens[k].pos == "NOUN" and view.lemma(k) in SPEAKING_BODIES:
                head = k
                break
            k += 1
        first = head
        while first - 1 >= 0 and view.tokens[first - 1].pos == "ADJ" and view.mention(first - 1) is None \
                and view.case(first - 1) == view.case(head):
            first -= 1
        # An adjective of a country, a people or a place ("британская", "китайской",
        # "Кубинская") makes a description a body's; "федеральная прокуратура",
        # "антикоррупционная комиссия" describe a kind of body, not which one.
        # "администрация президента", "В канцелярии премьер-министра сообщили": the staff of an
        # office is a body described by that office, as by a place's adjective.
        office = first == head and view.lemma(head) in _OFFICE_STAFFS and head + 1 < end \
            and view.lemma(head + 1) in _OFFICES and view.case(head + 1) == "Gen" and view.mention(head + 1) is None
        if not office and (first == head or view.lemma(head) in GENERIC_BODIES or view.lemma(head) in OUTLETS
                           or not any(fold(view.lemma(k)).endswith(("ский", "цкий")) or self._capital_of_text(k)
                                      for k in range(first, head))):
            return None
        last = head + 1  # genitive words after the noun stay as they are ("лёгкой атлетики")
        while last < end and last < head + 4 and view.tokens[last].pos in ("ADJ", "NOUN") \
                and view.case(last) == "Gen" and view.mention(last) is None:
            last += 1
        if last > head + 1 and view.tokens[last - 1].pos != "NOUN":
            last = head + 1
        name = self._nominative(first, head) + [view.tokens[k].text for k in range(head + 1, last)]
        if not name:
            return None
        text = " ".join(name)
        return self._body_named(text[:1].upper() + text[1:], view.tokens[first].start)

    def _body_named(self, text: str, start: int) -> int:
        """The document's organisation named `text`, added to its entities where there is none,
        and seen as named at `start`."""
        entity = _organisation(self.view.doc, text)
        self.seen.append((start, entity))
        self.seen.sort()
        return entity

    def _body_with_noun(self, j: int, pos: int) -> int | None:
        """The one organisation the text named before `pos` right after the common noun at token
        `j` ("группы U2" then "по словам группы"; "магазин «Молодая гвардия»" then "Руководство
        магазина": the genitive noun after a speaking body's own); None for none or several."""
        view = self.view
        noun = j
        if view.lemma(j) in SPEAKING_BODIES and j + 1 < view.sentence_end(j) and view.mention(j + 1) is None \
                and view.tokens[j + 1].pos == "NOUN" and view.case(j + 1) == "Gen":
            noun = j + 1
        lemma = view.lemma(noun)
        if not lemma or lemma in GENERIC_BODIES or view.tokens[noun].pos != "NOUN" \
                or view.tokens[noun].feats.get("Number") == "Plur":
            return None
        found = set()
        for k in range(len(view) - 1):
            if view.tokens[k].start >= pos:
                break
            if k == noun or view.lemma(k) != lemma or view.mention(k) is not None:
                continue
            after = k + 1
            while after < len(view) and view.tokens[after].text in ("«", "\"", "„"):
                after += 1
            m = view.mention(after) if after < len(view) else None
            if m is not None and m.type == "ORG" and m.entity is not None and view.mention_start(after) == after:
                found.add(m.entity)
        return found.pop() if len(found) == 1 else None

    def _body_spoken_before(self, lemma: str | None, pos: int) -> int | None:
        """A body's noun alone ("Полиция сообщила") after the text named one body by a
        description with that noun as a speaker ("Британская полиция сообщила"), however far
        back: that body."""
        if not lemma or lemma in GENERIC_BODIES or lemma in OUTLETS:
            return None
        doc = self.view.doc
        bodies = {e for p, e in self.bodies_spoken if p < pos
                  and fold(doc.entities[e].name).lower().split()[-1:] == [fold(lemma).lower()]}
        return bodies.pop() if len(bodies) == 1 else None

    def _body_described_before(self, lemma: str | None, pos: int) -> int | None:
        """A body's noun alone ("Полиция утверждает") after the text described one body by that
        noun and an adjective of a place as the subject of a sentence, not of speech ("Британская
        полиция возбудила дело"):
        that body. Descriptions of several places ("британская полиция", "французская
        полиция") leave it unsaid."""
        if not lemma or lemma in GENERIC_BODIES or lemma in OUTLETS:
            return None
        view = self.view
        places = {}  # adjective -> token of the noun it describes
        for k in range(1, len(view)):
            if view.tokens[k].start >= pos:
                break
            if view.lemma(k) != lemma or view.mention(k) is not None or view.tokens[k].pos != "NOUN" \
                    or view.case(k) != "Nom":
                continue  # a subject ("Британская полиция возбудила"), not "представители бостонской полиции"
            adjective = fold(view.lemma(k - 1))
            if view.tokens[k - 1].pos == "ADJ" and view.mention(k - 1) is None and adjective.endswith(("ский", "цкий")):
                places.setdefault(adjective, k)
        if len(places) != 1:
            return None
        (k,) = places.values()
        return self._described_body(k, pos)

    def _capital_of_text(self, k: int) -> bool:
        """"Столичная мэрия", "столичная полиция": the adjective of the capital names the body
        of the city the text is about, where the text names a place."""
        return self.view.lemma(k) == "столичный" and any(e.type == "LOC" for e in self.view.doc.entities)

    def _body_by_initials(self, at: int, pos: int) -> int | None:
        """The organisation named before by an abbreviation that the words of the body, or of
        the genitive after a service's noun, end ("ФБР … В пресс-службе бюро расследований
        говорят": Б, Р)."""
        view = self.view
        end = view.sentence_end(at)
        for start in (at, at + 1):
            k = start
            letters = []
            while k < end and k < start + 4 and view.tokens[k].pos in ("NOUN", "ADJ") and view.mention(k) is None \
                    and (k == start or view.case(k) == "Gen"):
                letters.append(fold(view.tokens[k].text[:1]).lower())
                k += 1
            if len(letters) < 2:
                continue
            initials = "".join(letters)
            for fpos, entity in reversed(self.seen):
                name = view.doc.entities[entity].name
                if fpos < pos and view.doc.entities[entity].type == "ORG" and name.isalpha() and name.isupper() \
                        and len(initials) <= len(name) <= 5 and fold(name).lower().endswith(initials):
                    return entity
        return None

    def _body_of_place(self, lemma: str | None, pos: int) -> int | None:
        """The body "в" a noun alone stands for ("В полиции рассказали") where the text named it
        before by the same noun with a place in the genitive ("Полиция Малайзии подтвердила"):
        an organisation of that name, added to the document's entities."""
        if not lemma or lemma in GENERIC_BODIES or lemma in OUTLETS:
            return None
        view = self.view
        doc = view.doc
        named = {}  # place entity -> (token of the noun, the place's mention)
        for k in range(len(view) - 1):
            if view.tokens[k].start >= pos:
                break
            m = view.mention(k + 1)
            if view.lemma(k) == lemma and view.mention(k) is None and m is not None and m.type == "LOC" \
                    and view.mention_start(k + 1) == k + 1 and view.case(k + 1) == "Gen":
                named.setdefault(m.entity, (k, m))
        if len(named) != 1:
            return None  # none, or the bodies of several places: which one is not said
        ((k, m),) = named.values()
        return self._body_named(lemma[:1].upper() + lemma[1:] + " " + doc.text[m.start:m.end], view.tokens[k].start)

    def _nominative(self, first: int, head: int) -> list[str]:
        """Words [first, head] (adjectives and their noun) in the nominative singular."""
        view = self.view
        noun = view.lemma(head)
        parses = [p for p in self.res.parse(noun) if p.tag.POS == "NOUN"]
        gender = parses[0].tag.gender if parses else None
        out = []
        for k in range(first, head):
            word = view.tokens[k].text.lower()
            form = next((p.inflect({"Nom", "Sing", _UD_GENDERS[gender]}) for p in self.res.parse(word)
                         if p.tag.POS == "ADJF" and gender in _UD_GENDERS), None)
            if form is None:
                return []
            out.append(form.word)
        out.append(view.lemma(head))
        return out

    def _document(self, noun: str | None, pos: int) -> int | None:
        # "В заявлении МВД говорится … В заявлении также говорится": the same document's author.
        block = self.view.block_of(pos)
        for dpos, lemma, entity in reversed(self.documents):
            if dpos < pos and lemma == noun and self.view.block_of(dpos) >= block - FOCUS_BLOCKS:
                return entity
        if noun in DECREES:
            # "говорится в указе": the decree's signer, the head of state the text named last.
            heads = {e for e, held in self.book.held.items() if self.view.doc.entities[e].type == "PER"
                     and any(h.key == "head_of_state" and not h.former for h in held)}
            named = [e for p, e in self.seen if p < pos and e in heads]
            if named:
                return named[-1]
        if noun in INTERVIEWS:
            # "…, — говорится в интервью": an interview's words are the interviewee's, the
            # person in focus.
            return self._recent(pos, None)
        # "ЦТАК сообщило, что … В сообщении говорится, что …": a message no one was named
        # with before is the latest speaker's, when that speaker is a body or spoke through
        # a spokesperson.
        if self.last_speaker is not None:
            spos, entity = self.last_speaker
            if spos < pos and self.view.block_of(spos) >= block - 1 and (
                    self.view.doc.entities[entity].type == "ORG" or spos in self.represented):
                # "Представитель Лопес сообщил … — говорится в заявлении": a statement after a
                # person's spokesperson spoke is made on that person's behalf too.
                return entity
        return None

    def gender(self, entity: int) -> str | None:
        if entity not in self.genders:
            self.genders[entity] = self._gender(entity)
        return self.genders[entity]

    def _gender(self, entity: int) -> str | None:
        # The verbs a person's name stands with outweigh its endings: the entity's name may
        # have been normalised from a misread case ("Мусаева" taken for a genitive).
        votes = {"masc": 0.0, "femn": 0.0}
        view = self.view
        for m in view.doc.mentions:
            if m.entity != entity:
                continue
            after, before = view.first_at(m.end), view.first_at(m.start) - 1
            while after < len(view) and view.tokens[after].pos in ("ADV", "PART"):
                after += 1  # "Флоранс Девуар также высказалась"
            oblique = oblique_surname(m.text) or (before >= 0 and view.tokens[before].pos == "ADP")
            # A verb after the name agrees with it when the name is its subject; a verb before
            # it only when it is a cue ("— сказала Мусаева").
            for k, counts in ((after, not oblique), (before, not oblique and before >= 0 and view.is_cue(before))):
                if counts and 0 <= k < len(view) and view.tokens[k].pos == "VERB":
                    g = verb_gender(view, k)
                    if g:
                        votes[g] += 2
            by_form = _form_gender(m.text)
            if by_form:
                votes[by_form] += 1
            # In an oblique case the tagger reads a first name's gender from the words it
            # agrees with ("по словам шерифа Эда Гонзалеса": a man, whatever "Эда" alone would
            # be); in the nominative ("Нигора") and in a surname ("Усмонова") it often errs.
            first_tok = view.first_at(m.start)
            if first_tok + 1 < view.first_at(m.end) and first_tok < len(view) \
                    and view.case(first_tok) not in ("Nom", None):
                by_tag = person_gender_of(view.tokens[first_tok].feats)
                if by_tag:
                    votes[by_tag] += 1
        first = person_gender(view.doc.entities[entity].name.split()[0], self.res, first_name=True)
        if first:
            votes[first] += 1
        if votes["masc"] == votes["femn"]:
            return None
        return "masc" if votes["masc"] > votes["femn"] else "femn"


def _title_stems(text: str) -> list[str]:
    """The words of a title as stems (the first five letters of each word of three or more):
    "председатель правления фонда" -> ["предс", "правл", "фонда"]."""
    words = [w for w in fold(text).lower().replace("«", " ").replace("»", " ").replace("\"", " ").split()
             if len(w) >= 3 and w.isalpha()]
    return [w[:5] for w in words]


def _same_stem(word: str, other: str) -> bool:
    """Two forms of one name: "италии" and "италия", "рф" and "рф".

    >>> _same_stem("италии", "италия"), _same_stem("рф", "рф"), _same_stem("ирана", "ирак")
    (True, True, False)
    """
    if len(word) <= 3 or len(other) <= 3:
        return word == other
    n = max(4, min(len(word), len(other)) - 1)
    return word[:n] == other[:n]


def _conflict(held: Office, office: Office) -> bool:
    # "главный редактор канала Маргарита Симоньян … глава RT сообщила", "министр связи Игорь
    # Щёголев … глава Минсвязи отметил": the head of a body is how news calls the holder of
    # another office of that body, so only another headship of another place rules it out.
    if office.key == "head_of_body" and held.key not in ("head_of_body", "head_of_state"):
        return False
    return held.conflicts(office)


def _other_office(held: Office, office: Office) -> bool:
    # "председатель совета Игорь Рогов" is not the "Президент" named next: a person known by
    # another office is not the head of a state (a profession, "корреспондент" then
    # "журналист", may go by several names).
    return office.key == "head_of_state" and held.key != office.key and not held.generic


def _outlet_named(view: BodyTokens, j: int) -> bool:
    # The name right after an outlet's noun, quotation marks aside, or a few words after a
    # credit verb ("сообщает Daily Mirror", "цитирует в пятницу ИТАР-ТАСС").
    k = j - 1
    while k >= 0 and view.tokens[k].text in "«\"„“":
        k -= 1
    if k >= 0 and view.lemma(k) in OUTLETS:
        return True
    for v in range(k, max(-1, k - 4), -1):
        if view.tokens[v].pos == "PUNCT":
            return False
        if view.tokens[v].pos == "VERB" and (view.lemma(v) in CREDIT_VERBS or view.lemma(v) in OBJECT_SPEAKS):
            return True
    return False


def _names_a_thing(view: BodyTokens, j: int) -> bool:
    """True for a name listed after a dash that spells out a noun of a thing ("носят русские
    имена — Алёша и Соня"): what the noun is, not a person standing as a subject."""
    k = j - 1
    while k > 0 and (view.word(k) in ("и", ",") or view.mention(k) is not None):
        k -= 1
    if k <= 0 or view.tokens[k].text not in "-–—":
        return False
    before = view.tokens[k - 1]
    return before.pos == "NOUN" and before.feats.get("Animacy") == "Inan" and view.mention(k - 1) is None \
        and view.case(k - 1) in ("Nom", "Acc")  # "Автор книги — Иван Петров" names the author


def _after_outlet_noun(view: BodyTokens, j: int) -> bool:
    """True for a name right after an outlet's noun, quotation marks aside ("газета «Кларин»")."""
    k = j - 1
    while k >= 0 and view.tokens[k].text in "«\"„“":
        k -= 1
    return k >= 0 and view.lemma(k) in OUTLETS


# How many tokens before a person's name a body's name may stand in the complement of the
# person's title, and how many tokens before the body's name the title's head may stand
# ("директора по стратегии и развитию бизнеса Philips в России … Елену Сябренко").
_TITLE_REACH = 15
_HEAD_REACH = 6

# A press service's first word, or the second word of a department of the press ("Управление
# информации", "служба печати"), in any case.
_PRESS_SERVICES = ("пресс-служб", "пресс-центр", "пресс-бюро")
# The staff of an office ("администрация президента", "канцелярия премьер-министра"): a body
# described by the office it serves.
_OFFICE_STAFFS = frozenset({"администрация", "канцелярия", "аппарат", "офис"})
_OFFICES = frozenset({"президент", "премьер-министр", "премьер", "канцлер", "губернатор", "мэр"})
_PRESS_MATTERS = ("информации", "печати")


def _common_noun(name: str) -> str | None:
    """The body's noun an organisation's "name" is, when it is one ("Агентство"), else None.

    >>> _common_noun("Агентство"), _common_noun("Газпром"), _common_noun("Минфин")
    ('агентство', None, None)
    """
    word = fold(name).lower()
    if word.startswith("мин") and word != "министерство":
        return None  # a ministry's short name ("Минсельхоз", "Минфин") is a name
    if word in _GROUPS:
        return word
    return word if word in SPEAKING_BODIES or word in OUTLETS or word in GENERIC_BODIES else None


# Nouns of a kind of body that mean the latest body of that kind named before, not the latest
# body ("ведомство": a ministry, an embassy, a department, a service, an agency).
_OFFICE_KINDS = ("министерств", "мин", "мид", "мвд", "мчс", "посольств", "консульств", "департамент", "ведомств",
                 "служб", "агентств", "управлени")
_BODY_KINDS = {"ведомство": _OFFICE_KINDS}


def _of_kind(name: str, kinds: tuple[str, ...]) -> bool:
    """True for a body's name whose first word is of one of `kinds` (stems, or short names by
    their first letters).

    >>> _of_kind("МИД России", _OFFICE_KINDS), _of_kind("Минюст", _OFFICE_KINDS), _of_kind("Совет Безопасности ООН", _OFFICE_KINDS)
    (True, True, False)
    """
    first = fold(name.split()[0]).lower() if name.split() else ""
    return first.startswith(kinds)


# Countries by their names (not their cities).


# Plural nouns of people the entity stage may take for a name ("Власти США отмечают").
_GROUPS = frozenset({"власти", "силовики", "военные", "спасатели", "следователи", "медики"})


def _abbreviation_of(name: str, lemma: str) -> bool:
    """True for an abbreviation that a body's noun may stand for by its first letter, or by its
    second after the letter of an adjective ("Всемирная организация …": ВОЗ, "Международное
    агентство …": МАГАТЭ).

    >>> _abbreviation_of("МВД", "министерство"), _abbreviation_of("МВД Украины", "министерство"), _abbreviation_of("Мегафон", "министерство")
    (True, True, False)
    >>> _abbreviation_of("МАГАТЭ", "агентство"), _abbreviation_of("ВОЗ", "организация"), _abbreviation_of("ВОЗ", "агентство")
    (True, True, False)
    """
    first = name.split()[0] if name.split() else ""
    if not (2 <= len(first) <= 6 and first.isupper() and first.isalpha() and lemma):
        return False
    return fold(first[0]) == fold(lemma[0]) or len(first) >= 3 and fold(first[1]) == fold(lemma[0])


def _anaphoric(view: BodyTokens, j: int) -> bool:
    """True for a bare person noun opening its sentence ("Женщина раньше мечтала …"): the
    person the text is about, named before, not someone new ("33-летний мужчина вышел")."""
    return j == view.sentence_start(j)


def _generic(view: BodyTokens, j: int) -> bool:
    """True for a noun of a person said of anyone: the subject of a verb in the present tense
    ("человек ищет поддержку в сети"), not someone the story is about ("мужчина вышел во двор")."""
    for k in range(j + 1, view.sentence_end(j)):
        tok = view.tokens[k]
        if tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin":
            return tok.feats.get("Tense") == "Pres"
    return False


def _in_relative(view: BodyTokens, j: int) -> bool:
    """True for a name standing in a relative clause ("из бака, который бросил Евгений
    Коваленко"): the subject of that clause is not whom a later "он" means."""
    k = j - 1
    low = view.sentence_start(j)
    while k >= low and view.tokens[k].text not in (",", "(", ")", "—", "–", ":", ";", "«", "»"):
        if view.lemma(k) == "который":
            return True
        k -= 1
    if k >= low and view.tokens[k].text == "»" and k - 1 >= low:
        # "указ, согласно которому руководитель фракции «Единая Россия» Иван Петров назначен …":
        # a name in quotation marks inside the clause.
        opening = next((n for n in range(k - 1, max(low, k - 8) - 1, -1) if view.tokens[n].text == "«"), None)
        if opening is not None:
            return _in_relative(view, opening)
    return False


def _next_is_verb(view: BodyTokens, end: int) -> bool:
    j = view.first_at(end)
    while j < len(view) and view.tokens[j].pos in ("ADV", "PART") and view.sent_of[j] == view.sent_of[j - 1]:
        j += 1  # "Флоранс Девуар также высказалась"
    return j < len(view) and view.tokens[j].pos == "VERB"


def _cited(view: BodyTokens, j: int) -> bool:
    """True for a person's name that a report cites as its source ("сообщает «Медиазона» со
    ссылкой на пресс-секретаря ФБК Киру Ярмыш"): whom a following "по её словам" means."""
    low = view.sentence_start(j)
    for k in range(j - 1, max(low, j - 12) - 1, -1):
        if view.word(k) == "на" and k - 1 >= low and view.lemma(k - 1) == "ссылка":
            return True
        tok = view.tokens[k]
        if tok.pos in ("VERB", "AUX") or tok.pos == "PUNCT" and tok.text not in "«»\"()":
            return False
    return False


def _apposition(view: BodyTokens, j: int) -> bool:
    """True for a person noun right after a name and a dash or a comma ("Заза Саралидзе — отец
    убитого подростка"): the named person described, not someone new."""
    k = j - 1
    return k - 1 >= 0 and view.tokens[k].text in ("—", "–", ",") and view.mention(k - 1) is not None \
        and view.mention(k - 1).type == "PER"


def _form_gender(text: str) -> str | None:
    last = fold(text.split()[-1]) if text.split() else ""
    # "Мусаева" may be a man's name in the genitive; "Мусаевой" is a woman's only.
    return surname_gender(last, any_case=True) if len(last) > 4 else None


def person_gender(name: str, res: Resources | None, first_name: bool = False) -> str | None:
    """masc, femn or None from a person's nominative name: the surname's ending, else the
    first name's dictionary gender.

    >>> person_gender("Алмаз Баетова", None)
    'femn'
    """
    words = name.split()
    if not words:
        return None
    if not first_name:
        last = fold(words[-1])
        if len(words) > 1 or len(last) > 4:
            by_ending = surname_gender(last)
            if by_ending:
                return by_ending
    if res is None:
        return None
    for p in res.parse(words[0]):
        if "Name" in p.tag and "nomn" in p.tag and p.tag.gender in ("masc", "femn"):
            return p.tag.gender
    return None


def _organisation(doc, name: str) -> int:
    """The organisation of the document named `name` (case and ё aside), added to its entities
    when it has none: a body's name the text writes in full only around one of its mentions."""
    key = fold(name).lower()
    entity = next((e.id for e in doc.entities if e.type == "ORG" and fold(e.name).lower() == key), None)
    if entity is None:
        entity = len(doc.entities)
        doc.entities.append(Entity(id=entity, type="ORG", name=name))
    return entity
