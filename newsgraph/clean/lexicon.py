"""A small lexicon of site furniture common to Russian-language news sites.

Only words and phrases that mean "site interface" on any site are here (log in, share,
all news, advertising, cookies, photo credits, copyright); nothing from a particular
site. `lexical_kind` names the chrome kind a line's wording alone gives, or None. Patterns are
written in lower case and matched against the lower-cased line (faster than re.I).
"""
from __future__ import annotations

import re

from newsgraph.clean.lines import Line, split_lines
from newsgraph.russian import fold


def _phrases(text: str) -> re.Pattern:
    """A pattern matching, at the start of lower-cased words, any of the "|"-separated
    phrases followed by a word boundary ("о нас" but not "о насилии").

    >>> bool(_phrases("о нас|все новости").match("о насилии в семье")), bool(_phrases("о нас").match("о нас"))
    (False, True)
    """
    items = sorted({p.strip() for p in text.replace("\n", "").split("|") if p.strip()}, key=len, reverse=True)
    return re.compile(r"^(?:%s)(?![^\W_])" % "|".join(re.escape(p) for p in items))

# Whole-line UI strings: a line that is exactly one of these (after lower-casing and
# dropping punctuation and counters) is navigation, at any length.
_NAV_EXACT = frozenset("""
главная меню поиск найти наверх назад вперед далее подробнее еще контакты редакция архив
вакансии rss войти вход выйти выход регистрация подписка подписаться поделиться
комментарии комментарий комментировать обсуждение обсудить теги метки рубрики
главное популярное важное рекомендуем интересное лента новости новость эксклюзив
видео фото фотогалерея мультимедиа инфографика спецпроекты мнения аналитика
telegram телеграм вконтакте вк vk facebook twitter x whatsapp viber одноклассники ok youtube
instagram tiktok дзен яндекс share tweet print email e-mail login menu search
нравится лайк загрузка закрыть принять согласен ок ответить отзывы
""".split())

# Phrases that start a UI line (checked on lines of at most _NAV_WORDS words).
_NAV_START = _phrases("""
все новости|все материалы|все статьи|все публикации|лента новостей|последние новости|
другие новости|еще новости|больше новостей|показать еще|загрузить еще|читать далее|читать все|
читать полностью|читать дальше|читать также|читайте также|читайте нас|смотрите также|
новости по теме|материалы по теме|ссылки по теме|по теме|самое читаемое|самое популярное|выбор редакции|
новости раздела|новости рубрики|материалы раздела|материалы рубрики|статьи рубрики|статьи раздела|
еще статьи|еще материалы|другие статьи|другие материалы|вам может быть интересно|вас может заинтересовать|
вам также может|вам тоже может|вам может понравиться|вам будет интересно|вам понравится|вас заинтересует|
похожие новости|похожие материалы|похожие публикации|ранее по теме|другие сюжеты|другие публикации|
самое важное|также в рубрике|
главное за|главное сегодня|главные новости|популярное за|новости дня|новости часа|
авторизуйтесь|авторизоваться|войдите|войти через|зарегистрируйтесь|зарегистрироваться|
личный кабинет|забыли пароль|подпишитесь|подписывайтесь|подписаться на|подписка на|
поделиться|поделитесь|отправить другу|скопировать ссылку|версия для печати|распечатать|
сообщить об ошибке|нашли ошибку|если вы нашли ошибку|выделите ее|оставить комментарий|
написать комментарий|комментарии|добавить комментарий|войдите чтобы|в избранное|
добавить в избранное|мы в соцсетях|мы в социальных сетях|следите за нами|наш канал|
наш телеграм|присоединяйтесь|скачать приложение|скачайте приложение|политика конфиденциальности|
пользовательское соглашение|правила использования|условия использования|о нас|о проекте|
о сайте|об издании|реклама на сайте|размещение рекламы|контакты редакции|карта сайта|
вернуться|перейти к|к списку|на главную|следующая статья|предыдущая статья|следующий материал|
тема дня|обратная связь|напишите нам|задать вопрос|обсудить в|обсудить на|
мобильная версия|полная версия|версия сайта|версия для слабовидящих|выберите язык|язык сайта|
поиск по|была ли эта статья|была ли статья|оцените статью|оцените материал|понравилась статья|
слушать новость|слушать статью|слушать текст|размер текста|размер шрифта
""")
_NAV_WORDS = 8
# Labels that are UI when they stand alone or open a colon list ("Теги: Казахстан, ЖКХ"),
# but may also open a subheading ("Темы переговоров").
_NAV_LABEL = re.compile(r"^(?:теги|тэги|метки|рубрик[аи]|раздел|разделы|темы|тема|сюжет|категори[яи])(?:\s*:|$)")
# Imperatives addressed to the reader: interface text at any length ("Подпишитесь на
# нашу рассылку, чтобы ..."); article lines that quote them start with a quote mark.
_NAV_APPEAL = re.compile(
    r"^(?:подпишитесь|подписывайтесь|авторизуйтесь|зарегистрируйтесь|присоединяйтесь|"
    r"скачайте|установите\s+(?:наше\s+)?приложение|следите\s+за\s+(?:нами|новостями)|"
    r"(?:если\s+вы\s+)?нашли\s+(?:ошибку|опечатку)|выделите\s+(?:ее|её|текст)|читайте\s+нас|"
    r"больше\s+новостей\s+в|все\s+новости\s+в|нажмите\s+ctrl|ctrl\s+enter)\b")
# A paywall's or a subscription offer's prompt: "Оформите подписку", "Полный доступ — по
# подписке", "Статья доступна подписчикам", "Уже подписаны? Войти", "Подписаться за 1 ₽".
_PAYWALL = re.compile(
    r"\bоформите\s+подписку\b|^(?:оформить|купить|продлить)\s+подписку(?:\s*$|\s+(?:от|за)\s+\d)|"
    r"\bдоступ\w*\b[^.]*\bпо\s+подписке\s*$|\bдоступ\w*\s+(?:только\s+)?(?:для\s+)?подписчик[^.]*$|"
    r"^уже\s+(?:подписаны|подписан|оформили\s+подписку|есть\s+подписка)|^(?:подписаться|подписка)\s+(?:за|от)\s+\d")
_PAYWALL_WORDS = 20
# "Все новости" inside a short line: "Читать все новости", "Все новости раздела →".
_ALL_NEWS = re.compile(r"\bвсе\s+(?:новости|материалы|статьи|публикации|видео|фото|матчи|колонки|сюжеты|"
                       r"события|темы|рубрики|комментарии)\b")

# Heads of a list of other stories: the run of headline-like lines after them is `related`.
_RELATED_HEADS = _phrases("""
читайте также|читать также|смотрите также|новости по теме|материалы по теме|по теме|
самое читаемое|самое популярное|популярное|главное|важное|выбор редакции|рекомендуем|
другие новости|последние новости|еще новости|лента новостей|новости дня|новости часа|
главные новости|главное за|главное сегодня|популярное за|интересное|вам может быть интересно|
вам также может|вам тоже может|вам может понравиться|вам будет интересно|вам понравится|вас заинтересует|
вас может заинтересовать|похожие новости|похожие материалы|похожие публикации|сюжет|хроника|другие колонки|
колонки автора|материалы автора|другие статьи|другие материалы|еще по теме|все материалы|
ссылки по теме|новости раздела|новости рубрики|материалы раздела|материалы рубрики|статьи рубрики|
статьи раздела|еще статьи|еще материалы|ранее по теме|другие сюжеты|другие публикации|самое важное|
также в рубрике|еще о|
читайте також|дивіться також|новини за темою|на цю тему|інші новини|останні новини|головне за|
популярне|схожі новини|більше новин|boshqa yangiliklar|so'nggi yangiliklar|mavzuga oid
""")
# "Читайте также: <headline>" inside or around an article: a link to another story.
_RELATED_INLINE = re.compile(
    r"^(?:(?:читайте|читать|смотрите|смотреть)\s+(?:также|еще|ещё)|см\.\s+также|по\s+теме|также\s+по\s+теме|"
    r"(?:новость|материал|ранее|подробнее)\s+по\s+теме|ранее\s+мы\s+(?:писали|сообщали|рассказывали))"
    r"\s*[:—–-]\s*(?:\S+\s+){2,}\S")
# An arrow before another story's headline set into the text: "→ Число жертв выросло до 58".
_ARROW_LINK = re.compile(r"^[→⇒➔➜]\s*[«\"A-ZА-ЯЁ0-9]")
_ARROW_WORDS = (3, 16)
# A form's field and its button set apart by wide spaces: "Ваш e-mail   Подписаться".
_WIDE_PARTS = re.compile(r"\s{2,}|\t+")
_FORM_WORDS = 6

# Heads of a comment section: what follows is readers' text.
_COMMENT_HEADS = _phrases("комментарии|обсуждение|отзывы читателей|мнения читателей|отзывы")
# The whole line a comment section's head: "Комментарии (12)", "Отзывы". Readers' text runs
# below it to the end of the page or to the next list; the article never goes on under it.
_COMMENT_ONLY = frozenset({"комментарии", "комментарии читателей", "обсуждение", "отзывы",
                           "отзывы читателей", "мнения читателей"})

# Heads of sponsored blocks: the run after them is advertising.
_AD_HEADS = _phrases("новости партнеров|материалы партнеров|партнерские материалы|партнерский материал|"
                     "реклама|спонсорский материал|спецпроект|промо|на правах рекламы|при поддержке|"
                     "предложения партнеров|это интересно")
# Footer links about advertising on the site: navigation, not advertising.
_AD_LINKS = _phrases("реклама на сайте|реклама в|размещение рекламы|рекламодателям|реклама и сотрудничество")
_AD_ANY = re.compile(r"\berid\b|на\s+правах\s+рекламы|^рекламодатель|партн[её]рский\s+материал|"
                     r"\bреклама\s+\d{1,2}\+|\bинн\s*\d{10}")

_AD_LABEL = re.compile(r"\berid\b|на\s+правах\s+рекламы")
_LONG = 40

# `other`: credits, counters, copyright, widgets, disclaimers.
_OTHER_START = re.compile(
    r"^(?:фото|фотография|фотограф|снимок|видео|иллюстрация|коллаж|скриншот|кадр|графика|инфографика|"
    r"источник(?:\s+фото)?|автор(?:\s+фото)?|авторы|текст|редактор|корреспондент|обозреватель|"
    r"подготовил[аи]?|записал[аи]?|беседовал[аи]?|перевод|просмотры|просмотров|прочтений|пресс-служба|"
    r"погода|курс(?:ы)?\s+валют|курс\s+цб|биржевые\s+курсы|(?:подготовлено\s+)?по\s+материалам)\b\s*[:.—–-]?")
# Imprint and contact lines of a footer; only with their colon, since "Адрес ..." or
# "Телефон ..." may open a sentence.
# An editors' disclaimer: "Материал носит информационный характер и не заменяет консультацию
# врача", "Материалы сайта не являются юридической консультацией".
_DISCLAIMER = re.compile(
    r"^(?:(?:данный|этот|настоящий|вся|все)\s+)?(?:материал|информаци|стать|публикаци|сведени|содержани|контент)\w*"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:нос(?:ит|ят)\s+(?:[^\W\d_]+\s+)?(?:информационный|ознакомительный|справочный)"
    r"\s+характер|не\s+(?:является|являются|заменяет|заменяют)\s+(?:[^\W\d_]+\s+){0,2}?(?:консультаци|офертой|"
    r"рекомендаци|руководством|медицинск|помощ))")
_DISCLAIMER_WORDS = 20
_CONTACT = re.compile(r"^(?:(?:адрес|тел\.?|телефон|факс|e-?mail|эл\.\s*почта|учредитель|издатель|"
                      r"редакция|реклама\s+и\s+сотрудничество)(?:\s+[^\W\d_]+){0,2}\s*:|контакты\s+для\s+(?:сми|прессы|журналистов))")
_OTHER_ANY = re.compile(
    r"©|\(c\)\s*\d{4}|все\s+права\s+защищены|"
    r"(?:использовании|цитировании|перепечатке|использование|копирование|перепечатка)\s+(?:\w+\s+){0,2}"
    r"материалов[^.]{0,60}(?:ссылк|гиперссылк|разрешени|согласи|обязательн|запрещ)|"
    r"ссылка\s+на\s+(?:\S+\s+){1,3}обязательна|^(?:оценка|рейтинг)(?:\s+[^\W\d_]+)?\s*:\s*\d|не\s+совпадать\s+с\s+(?:позицией|мнением)|"
    r"свидетельство\s+о\s+регистрации|\bсми\s+эл\b|\bэл\s+№|^время\s+чтения\b|"
    r"^редакция\s+(?:\w+\s+){0,2}не\s+(?:нес[её]т|несут)\s+ответственност|"
    # a photo or video credit closing a caption: "... на церемонии. Фото: Азиз Каримов"
    r"\b(?:фото|видео|снимок|иллюстрация|источник\s+фото)\s*:\s*[^.!?]{2,80}$")
# A number with what it counts: "1 комментарий", "2 341 просмотр", "15 репостов".
_COUNTER = re.compile(r"^\d[\d\s.,]*[кk]?\s*(?:комментари|просмотр|прочтени|репост|лайк|отзыв|голос|"
                      r"подписчик|ответ)\w*$|^\d+\s+(?:секунд|минут|час|дн|недел|месяц)\w*\s+назад$|"
                      r"^(?:только\s+что|иллюстративное\s+фото)$|"
                      r"^(?:(?:просмотр|комментари|прочтени|репост|лайк|отзыв)\w*\s*:?\s*\d[\d\s]*?(?:\s{2,}|$))+$")
# Breadcrumbs and menu bars: short items joined by separators ("Главная / Спорт / Бокс").
_SEPARATOR = re.compile(r"\s(?:/|›|»|→|>|\||·|•)\s|\s[|·•]|[|·•]\s")

_COOKIE = re.compile(r"cookie|куки|файл(?:ы|ов)\s+cookie")
_URL = re.compile(r"https?://|www\.")
_AGE = re.compile(r"^\d{1,2}\+$")
# A weather widget ("Ташкент +21 °C", "Алматы +8° Астана -3°"): few words, since article
# sentences mention temperatures too.
_WIDGET = re.compile(r"°")
_WIDGET_WORDS = 3

_MONTHS = (r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|"
           r"октябр[яь]|ноябр[яь]|декабр[яь]|(?:янв|февр?|апр|авг|сент?|окт|нояб?|дек)\.)")
_WEEKDAY = r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс)"
_DATE = (rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTHS}"
         rf"(?:\s+\d{{4}})?(?:\s*г(?:ода|\.)?)?|сегодня|вчера|позавчера|{_WEEKDAY})")
# A time zone after a time: "(МСК)", "(GMT+5)", "UTC+6", "+05:00".
ZONE = r"(?:\(?(?:мск|msk|ast|utc|gmt)(?:\s*[+−–-]\s*\d{1,2}(?::?\d{2})?)?\)?|[+−–-]\d{2}:?\d{2}\b)"
_TIME = rf"(?:\d{{1,2}}[:.]\d{{2}}(?:\s*{ZONE})?)"
# A line that is only a date and/or a time (a dateline, another story's timestamp), maybe
# after a rubric of up to three words ("Фигурное катание | 2 сентября 2013, 14:35") or
# before a place ("02 марта 2011 года 13:50, Астана"), with the zone in brackets after it
# ("12 июня 2012, 11:40 | Алматы (время астанинское, GMT+6)") or named in words after the
# time ("22:04 по лондонскому времени", "15:30 по Москве", "12:31 (время бишкекское)").
_ZONE_WORDS = r"(?:\s*\(?\s*(?:по\s+(?:времени\s+)?[^\W\d_]+(?:\s+времени)?|время\s+(?:в\s+)?[^\W\d_]+|[^\W\d_]+\s+время)\s*\)?)"
DATE_ONLY = re.compile(rf"^(?:[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,2}}\s*[,|•·/]\s*)?(?:(?:{_DATE}|{_TIME}|в|г\.?|года|обновлено|"
                       rf"опубликовано|изменено|дата(?:\s+публикации)?|опубликован[оа]?|обновлен[оа]?|размещено)"
                       rf"[\s,.|/:—–•·-]*)+(?:[,|•·/]\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)?"
                       rf"(?:\s*\((?:[^\W\d_]+[\s,]+){{0,3}}(?:utc|gmt)\s*[+−–-]?\s*\d{{0,2}}\)|(?<=\d){_ZONE_WORDS})?$")

# A timestamp before or after another story's headline: "15:40 В центре ...",
# "... назвал соперника. 30 августа 2013, 12:10", "Культура, 12:40 ...".
_STAMP_LEAD = re.compile(rf"^(?:[^\W\d_]+,\s*)?(?:(?:{_DATE}[\s,]+)?{_TIME}|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?"
                         rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})\s*[|—–-]?\s+(?=[^\W\d_]|[«\"])")
_STAMP_TAIL = re.compile(rf"(?:[.,]\s*|\s+[|—–-]\s+|\s+)\(?(?:(?:\d{{1,2}}\s+{_MONTHS}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})"
                         rf"(?:\s+\d{{4}})?(?:\s*г(?:ода|\.)?)?(?:[\s,]+\d{{1,2}}:\d{{2}})?|\d{{1,2}}:\d{{2}})\)?\s*$")

_DIGIT = re.compile(r"\d")

_SOCIAL = re.compile(r"^(?:(?:telegram|телеграм|вконтакте|вк|vk|facebook|twitter|whatsapp|viber|"
                     r"одноклассники|ok|youtube|instagram|tiktok|дзен|x|rss)[\s,|·•/]*){2,}$")


def normal_words(text: str) -> str:
    """Lower-cased words of a line joined by single spaces, ё as е, counters dropped.

    >>> normal_words("Комментарии (12)"), normal_words("Все новости →")
    ('комментарии', 'все новости')
    """
    return " ".join(re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", fold(text)))


def lexical_kind(line: Line) -> str | None:
    """The chrome kind a line's wording alone gives (`nav`, `ad`, `other`, `related`), or None."""
    text = fold(line.text)  # the patterns are written in lower case
    norm = normal_words(text)
    if line.words > _LONG:
        # A long paragraph is article prose whatever words it contains, unless it
        # carries an ad label or a copyright sign.
        return "ad" if _AD_LABEL.search(text) else "other" if "©" in text else None
    if _AD_ANY.search(text):
        return "ad"
    if _COOKIE.search(text) and line.words <= 40:
        return "nav"
    if _RELATED_INLINE.match(text) or (_ARROW_LINK.match(line.text) and line.ending in ("none", "ask")
                                        and _ARROW_WORDS[0] <= line.words <= _ARROW_WORDS[1]):
        return "related"
    if not norm:
        return "other"  # digits and symbols only: a counter, a rate, a score widget
    if _AGE.match(text) or _COUNTER.match(text) or _OTHER_ANY.search(text) or (
            line.words <= 6 and _URL.search(text)) or (line.words <= _WIDGET_WORDS and _WIDGET.search(text)):
        return "other"
    if line.words <= _DISCLAIMER_WORDS and _DISCLAIMER.search(text):
        return "other"
    if _CONTACT.match(text) or _OTHER_START.match(norm) and (
            ":" in text[:30] or (line.words <= 8 and line.ending != "stop")):
        return "other"
    if DATE_ONLY.match(text.strip(" .")):
        return "other"
    if line.words <= 4 and _AD_HEADS.match(norm) and line.ending in ("none", "colon") \
            and not _AD_LINKS.match(norm):
        return "ad"
    if line.words <= _PAYWALL_WORDS and _PAYWALL.search(text):
        return "nav"
    if norm in _NAV_EXACT or _SOCIAL.match(norm) or _NAV_APPEAL.match(norm) or _NAV_LABEL.match(text) \
            or breadcrumb(line) or form_row(line):
        return "nav"
    if line.words <= _NAV_WORDS and line.ending != "stop" and (
            _NAV_START.match(norm) or (line.words <= 5 and _ALL_NEWS.search(norm))):
        return "nav"
    return None


def strip_stamps(text: str) -> tuple[str, bool]:
    """A headline's text without the time or date set before or after it, and whether
    there was one.

    >>> strip_stamps("15:40 В центре Киева ограничат движение."), strip_stamps("Курс вырос на 6.50")
    (('В центре Киева ограничат движение.', True), ('Курс вырос на 6.50', False))
    """
    if not _DIGIT.search(text):
        return text, False  # every stamp has a digit: a quick way past most headlines
    low = text.lower()
    lead = _STAMP_LEAD.match(low)
    if lead and lead.end() < len(text) and text[lead.end()].islower():
        lead = None  # "1 января 2011 года эстонцы перестали ...": the sentence's own date
    tail = _STAMP_TAIL.search(low, lead.end() if lead else 0)
    if not lead and not tail:
        return text, False
    return text[lead.end() if lead else 0:tail.start() if tail else len(text)].strip(), True


def stamp_line(line: Line) -> bool:
    """Whether a line is only a date, a time, a count or a number: the mark set beside
    another story's headline in a list."""
    text = fold(line.text).strip(" .")
    return bool(DATE_ONLY.match(text) or _COUNTER.match(text)) or (line.words == 0 and line.chars <= 12)


def breadcrumb(line: Line) -> bool:
    """Whether a line is a trail or bar of short links joined by separators.

    >>> breadcrumb(split_lines("Главная / Спорт / Бокс")[0]), breadcrumb(split_lines("Курс: 5 / 6")[0])
    (True, False)
    """
    if line.words > 12 or line.ending != "none" or not _SEPARATOR.search(line.text) or "(" in line.text:
        return False  # "• Тору Камикава (Япония) • Шамсул Майдин (Сингапур)": a list item
    parts = [part for part in re.split(r"[/›»→>|·•]", line.text) if part.strip()]
    return len(parts) >= 2 and all(1 <= len(normal_words(part).split()) <= 3 for part in parts)


def form_row(line: Line) -> bool:
    """Whether a short line is a form's field and its button set apart by wide spaces.

    >>> form_row(split_lines("Ваш e-mail   Подписаться")[0]), form_row(split_lines("Как подписаться")[0])
    (True, False)
    """
    if line.words > _FORM_WORDS or line.ending != "none":
        return False
    parts = [part for part in _WIDE_PARTS.split(line.text) if part.strip()]
    return len(parts) >= 2 and normal_words(fold(parts[-1])) in _NAV_EXACT


def comment_head(line: Line) -> bool:
    """Whether a line is only the head of a comment section ("Комментарии (12)", "Отзывы").

    >>> from newsgraph.clean.lines import split_lines
    >>> [comment_head(ln) for ln in split_lines("Отзывы (3)\\nКомментарии экспертов")]
    [True, False]
    """
    return line.words <= 2 and line.ending in ("none", "colon") and normal_words(line.text) in _COMMENT_ONLY


def block_head(line: Line) -> str | None:
    """`related` or `ad` when a short line heads a list of stories of that kind, else None."""
    if line.words > 6 or line.ending not in ("none", "colon"):
        return None
    norm = normal_words(line.text)
    if _AD_HEADS.match(norm):
        return "ad"
    if _COMMENT_HEADS.match(norm):
        return "other"  # readers' comments follow
    if _RELATED_HEADS.match(norm) and not _RELATED_INLINE.match(line.text.lower()):
        return "related"
    return None

