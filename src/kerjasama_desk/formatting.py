"""Dates, numbers and country names in an explicit locale, with Babel.

One formatter for the whole app: the UI passes its language, documents pass each column's
language. "14 Oktober 2008" in ``id``, "14 October 2008" in ``en``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_decimal

from kerjasama_desk.domain.models import CountryCode
from kerjasama_desk.paths import countries_dir

LANGUAGES = ("id", "en")

# Babel lists historical and macro-regional "territories" too; these are not countries to pick.
_NOT_COUNTRIES = {
    "EU",
    "EZ",
    "UN",
    "QO",
    "XA",
    "XB",
    "XK",
    "ZZ",
    "AN",
    "BU",
    "CS",
    "DD",
    "FX",
    "NT",
    "QU",
    "SU",
    "TP",
    "YD",
    "YU",
    "ZR",
    "CP",
    "DG",
    "EA",
    "IC",
    "TA",
    "AC",
}


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def format_date(value: date | None, language: str) -> str:
    """A long date: "14 Oktober 2008" / "14 October 2008"; empty for None."""
    if value is None:
        return ""
    if language == "en":
        # Babel's English long format is "October 14, 2008"; Indonesian and British offices
        # write day-month-year, and our documents do too.
        return f"{value.day} {_babel_date(value, 'MMMM', locale=_locale('en'))} {value.year}"
    return _babel_date(value, "d MMMM y", locale=_locale(language))


DATE_YEARS = (1900, 9999)  # before 1900 is a typing slip, not a date of ours
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDED_DATE = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})")


@cache
def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations in both UI languages, folded: "desember", "dec", "agu"…"""
    names: dict[str, int] = {}
    for language in LANGUAGES:
        months = _locale(language).months["format"]
        for width in ("wide", "abbreviated"):
            for number, name in months[width].items():
                names[name.casefold().rstrip(".")] = number
    names["sept"] = 9  # British usage Babel does not list
    return names


_CONTROL = re.compile(r" ?[\x00-\x1f\x7f]+ ?")


def one_line(text: str) -> str:
    """``text`` without control characters (a newline or a tab typed into a file name), each
    run of them a single space: a name that a listing, a TSV or a dialog shows on one line."""
    return _CONTROL.sub(" ", text).strip()


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def numbers_in(text: str) -> list[str]:
    """The figures a text states, dates' months as numbers too, so texts in different
    languages compare: "14 Oktober 2008" and "2008年10月14日" both give 10, 14, 2008. Full-width
    digits count as digits. Dates in words are found as parse_date reads them."""

    def month(found: re.Match[str]) -> str:
        number = _month_numbers().get(found[2].casefold())
        return f"{found[1]} {number} {found[3]}" if number else found[0]

    text = _WORDED_DATE.sub(month, text.translate(_FULL_WIDTH))
    return sorted(re.findall(r"\d+", text))


def parse_date(text: str) -> date | None:
    """A date as officers type it, in either UI language; None for an empty text.

    Both UI languages write the day first (Indonesian and British usage alike), so "10/12/2026",
    "10-12-2026" and "10.12.2026" are 10 December 2026. Also read: ISO "2026-12-10", and the
    month in words in Indonesian or English ("10 Desember 2026", "10 Dec 2026"). A two-digit
    year is read as Python's %y does (69–99 → 1900s, 00–68 → 2000s). Raises ValueError for
    anything else, and for a day the month does not have ("31/02/2026")."""
    text = " ".join(text.split())
    if not text:
        return None
    result: date | None = None
    if found := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in found.groups())
        result = date(year, month, day)
    elif found := _NUMERIC_DATE.fullmatch(text):
        day, month = int(found[1]), int(found[2])
        year = int(found[3]) if len(found[3]) == 4 else datetime.strptime(found[3], "%y").year
        result = date(year, month, day)
    elif (found := _WORDED_DATE.fullmatch(text)) and found[2].casefold() in _month_numbers():
        result = date(int(found[3]), _month_numbers()[found[2].casefold()], int(found[1]))
    if result is None or not DATE_YEARS[0] <= result.year <= DATE_YEARS[1]:
        raise ValueError(text)
    return result


def format_timestamp(value: str | None, language: str) -> str:
    """An ISO UTC timestamp from the register, shown in local time: "27 Nov 2026 17.51"."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone()
    return _babel_datetime(moment, "d MMM y HH:mm", locale=_locale(language))


def format_size(size: int, language: str) -> str:
    """A file's size: "850 B", "12 KB", "3,4 MB" / "3.4 MB"."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_decimal(round(size / 1024), locale=_locale(language))} KB"
    return f"{format_decimal(round(size / 2**20, 1), locale=_locale(language))} MB"


def format_number(value: int | float | None, language: str) -> str:
    """Grouped digits: 1.580.000 / 1,580,000."""
    if value is None:
        return ""
    return format_decimal(value, locale=_locale(language))


@cache
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """Every country as (code, name in ``language``), sorted by name."""
    territories = _locale(language).territories
    pairs = [
        (code, name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))


def country_name(code: str, language: str) -> str:
    if not code:
        return ""
    return str(_locale(language).territories.get(code, code))


def _table(name: str) -> list[list[str]]:
    """The rows of a TSV in resources/countries/: lines starting with # are notes."""
    text = (countries_dir() / name).read_text(encoding="utf-8")
    return [
        [cell.strip() for cell in line.split("\t")]
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


@cache
def _official_names() -> dict[str, tuple[str, str]]:
    return {row[0].upper(): (row[1], row[2]) for row in _table("official_names.tsv")}


def has_official_name(code: str) -> bool:
    return code.upper() in _official_names()


def official_country_name(code: str, language: str) -> str:
    """A country as a signed instrument names it: its official long form in Indonesian or
    English ("Republik Rakyat Tiongkok", "the People's Republic of China"), from
    resources/countries/official_names.tsv; the short name where the table has none, and in
    any other language (docs/domain.md §8)."""
    names = _official_names().get(code.upper())
    if names is None or language not in ("id", "en"):
        return country_name(code, language)
    return names[0] if language == "id" else names[1]


@cache
def _designations() -> list[list[str]]:
    return _table("designations.tsv")


def government_designation(country: str, level: str, name: str, language: str) -> str:
    """How a signed instrument designates a partner's government, from its country and level:
    "Pemerintah Rakyat Kota Beihai" / "the People's Government of Beihai Municipality" (from
    resources/countries/designations.tsv; the first row for the country, else for any)."""
    if not name:
        return ""
    for row_country, row_level, indonesian, english, _source in _designations():
        if row_country in (country.upper(), "*") and row_level == level:
            return (indonesian if language == "id" else english).replace("{name}", name)
    return name


@cache
def _relationships() -> list[list[str]]:
    return _table("relationships.tsv")


def proposed_relationship(country: str, level: str) -> str:
    """The relationship proposed for a partner of ``country`` and ``level``: a state is
    "sister_state", a Japanese prefecture "sister_prefecture", another province
    "sister_province", a city or regency "sister_city" (resources/countries/relationships.tsv;
    the first row for the country, else for any)."""
    for row_country, row_level, relationship, _source in _relationships():
        if row_country in (country.upper(), "*") and row_level == level:
            return relationship
    return "sister_city"


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(code for code, _ in countries("en"))


def is_country(code: str) -> bool:
    return code in _country_codes()


def format_value(value: Any, language: str) -> str:
    """Any value a message can carry, as text in ``language``."""
    if isinstance(value, CountryCode):
        return country_name(value, language)
    if isinstance(value, datetime):
        return format_timestamp(value.isoformat(), language)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value, language)
    if isinstance(value, Enum) and hasattr(value, "label"):
        return str(value.label(language))
    if hasattr(value, "in_language"):  # a bilingual term (domain.vocab.Term)
        return str(value.in_language(language))
    return str(value)


_ID_UNITS = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
_ID_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu"))

_EN_UNITS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def _id_below_thousand(n: int) -> str:
    if n < 12:
        return _ID_UNITS[n]
    if n < 20:
        return f"{_ID_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ID_UNITS[tens]} puluh" + (f" {_ID_UNITS[rest]}" if rest else "")
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_ID_UNITS[hundreds]} ratus"
    return head + (f" {_id_below_thousand(rest)}" if rest else "")


def _indonesian(n: int) -> str:
    for scale, name in _ID_SCALES:
        if n >= scale:
            count, rest = divmod(n, scale)
            head = "seribu" if scale == 1000 and count == 1 else f"{_indonesian(count)} {name}"
            return head + (f" {_indonesian(rest)}" if rest else "")
    return _id_below_thousand(n)


def _en_below_hundred(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    tens, rest = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_UNITS[rest]}" if rest else "")


def _en_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _en_below_hundred(rest)
    head = f"{_EN_UNITS[hundreds]} hundred"
    return head + (f" and {_en_below_hundred(rest)}" if rest else "")


def _english(n: int) -> str:
    for scale, name in _EN_SCALES:
        if n >= scale:
            count, rest = divmod(n, scale)
            head = f"{_english(count)} {name}"
            if not rest:
                return head
            return head + (" and " if rest < 100 else ", ") + _english(rest)
    return _en_below_thousand(n)


def number_words(value: int, language: str) -> str:
    """A whole number in words: 5 → "lima" / "five" (English for any language but Indonesian).
    Indonesian says "seribu" for 1 000 wherever it stands ("satu juta seribu"); English is
    British, as in treaties: "one hundred and five", "one thousand, two hundred"."""
    if value < 0:
        return ("min " if language == "id" else "minus ") + number_words(-value, language)
    return _indonesian(value) if language == "id" else _english(value)


def with_words(value: int, language: str) -> str:
    """A number as legal texts write it, figure then words: "5 (lima)" / "5 (five)"."""
    return f"{value} ({number_words(value, language)})"


_ORIGINALS_EN = {
    1: "in a single original",
    2: "in duplicate",
    3: "in triplicate",
    4: "in quadruplicate",
}


def listing(items: Sequence[str], language: str) -> str:
    """Items joined as a sentence lists them: Indonesian puts a comma before *dan* in a list of
    three or more (PUEBI: "persamaan, saling menghormati, dan saling menguntungkan"); English
    as British usage does, without it ("a, b and c")."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    if language == "id":
        head = ", ".join(items[:-1]) + ("," if len(items) > 2 else "")
        return f"{head} dan {items[-1]}"
    return f"{', '.join(items[:-1])} and {items[-1]}"


def signatory_name(name: str) -> str:
    """A signatory's name as the signature block prints it: the name in capitals, its honorifics
    before it (H., Dr., Ir.) and its degrees after the first comma as written, so the degree keeps
    its case ("H. SUKAWI SUTARIP, S.H., S.E.", "Dr. Ir. HENDRAR PRIHADI, M.M."); see
    docs/domain.md §8. Scripts without capitals are unchanged."""
    name = " ".join(name.split())
    head, comma, degrees = name.partition(",")
    words = [word if word.endswith(".") else word.upper() for word in head.split(" ")]
    if not any(not word.endswith(".") for word in head.split(" ")):
        words = [word.upper() for word in head.split(" ")]  # initials only: all of it is name
    return " ".join(words) + comma + degrees


def texts_in(codes: Sequence[str], language: str) -> str:
    """The languages a document is made in, as its closing names them: Indonesian first, the
    partner's next, English last. "bahasa Indonesia, bahasa Tionghoa, dan bahasa Inggris" /
    "the Indonesian, Chinese and English languages"."""
    ordered = sorted(codes, key=lambda code: (code == "en", code != "id"))
    if language == "id":
        return listing([f"bahasa {language_name(code, 'id')}" for code in ordered], "id")
    names = listing([language_name(code, "en") for code in ordered], "en")
    return f"the {names} language" + ("s" if len(ordered) > 1 else "")


def texts_authentic(count: int, language: str) -> str:
    """That every text is equally authentic: "kedua naskah sama autentik" / "both texts being
    equally authentic"; empty for a document in one language."""
    if count < 2:
        return ""
    if language == "id":
        return (
            f"{'kedua' if count == 2 else 'ketiga' if count == 3 else 'semua'} naskah sama autentik"
        )
    which = "both texts" if count == 2 else "all three texts" if count == 3 else "all texts"
    return f"{which} being equally authentic"


_UNITS = {"year": ("tahun", "year", "years"), "month": ("bulan", "month", "months")}


def counted(value: int, unit: str, language: str) -> str:
    """A number of years or months as a legal text writes it, in words and with the unit in
    the right number: "1 (satu) tahun" / "1 (one) year", "5 (five) years"."""
    indonesian, singular, plural = _UNITS[unit]
    word = indonesian if language == "id" else singular if value == 1 else plural
    return f"{with_words(value, language)} {word}"


def originals(count: int, language: str) -> str:
    """How many originals a document is made in: "rangkap 2 (dua)" / "in duplicate"."""
    if language == "id":
        return f"rangkap {with_words(count, 'id')}"
    return _ORIGINALS_EN.get(count, f"in {with_words(count, 'en')} originals")


# Languages a partner's own version is usually in (codes of Babel/CLDR), for choosing one.
PARTNER_LANGUAGES = (
    "zh",
    "ja",
    "ko",
    "ar",
    "nl",
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "ru",
    "tr",
    "hr",
    "pl",
    "cs",
    "hu",
    "uk",
    "th",
    "vi",
    "ms",
    "tl",
    "hi",
    "fa",
)


def language_name(code: str, language: str) -> str:
    """The name of language ``code`` in ``language``: zh → "Tionghoa" / "Chinese"."""
    return str(_locale(language).languages.get(code, code))


def language_title(code: str, language: str) -> str:
    """A language named on its own, as a title or a choice: "Bahasa Tionghoa" / "Chinese"
    (Indonesian names a language with "bahasa" before it)."""
    name = language_name(code, language)
    return f"Bahasa {name}" if language == "id" else name


# Babel gives "Indonesia" for id, the country's name. English is Babel's own name for it, written
# here so the language menu does not load Babel's English data at start-up (a test compares).
_AUTONYMS = {"id": "Bahasa Indonesia", "en": "English"}


def language_autonym(code: str) -> str:
    """A language's name in itself: zh → "中文", id → "Bahasa Indonesia", en → "English"."""
    if code in _AUTONYMS:
        return _AUTONYMS[code]
    try:
        return str(Locale.parse(code).get_display_name(code) or code)
    except (ValueError, LookupError):
        return code


# How each language titles an article and numbers pages, for the document's own columns and
# footers (the partner's language included). "{n}" is the article's number.
ARTICLE_TITLES = {
    "id": "Pasal {n}",
    "en": "Article {n}",
    "zh": "第{zh}条",
    "ja": "第{n}条",
    "ko": "제{n}조",
    "ar": "المادة {n}",
    "nl": "Artikel {n}",
    "de": "Artikel {n}",
    "fr": "Article {n}",
    "es": "Artículo {n}",
    "pt": "Artigo {n}",
    "it": "Articolo {n}",
    "ru": "Статья {n}",
    "tr": "Madde {n}",
    "hr": "Članak {n}.",
    "pl": "Artykuł {n}",
    "cs": "Článek {n}",
    "hu": "{n}. cikk",
    "uk": "Стаття {n}",
    "th": "ข้อ {n}",
    "vi": "Điều {n}",
    "ms": "Perkara {n}",
    "tl": "Artikulo {n}",
    "hi": "अनुच्छेद {n}",
    "fa": "ماده {n}",
}
PAGE_WORDS = {
    "id": "Halaman {page} dari {total}",
    "en": "Page {page} of {total}",
    "zh": "第{page}页，共{total}页",
    "ja": "{page} / {total} ページ",
    "ko": "{total}쪽 중 {page}쪽",
    "ar": "صفحة {page} من {total}",
    "nl": "Pagina {page} van {total}",
    "de": "Seite {page} von {total}",
    "fr": "Page {page} sur {total}",
    "es": "Página {page} de {total}",
    "pt": "Página {page} de {total}",
    "it": "Pagina {page} di {total}",
    "ru": "Страница {page} из {total}",
    "tr": "Sayfa {page} / {total}",
    "hr": "Stranica {page} od {total}",
    "pl": "Strona {page} z {total}",
    "cs": "Strana {page} z {total}",
    "hu": "{page}. oldal / {total}",
    "uk": "Сторінка {page} з {total}",
    "th": "หน้า {page} จาก {total}",
    "vi": "Trang {page} / {total}",
    "ms": "Halaman {page} daripada {total}",
    "tl": "Pahina {page} ng {total}",
    "hi": "पृष्ठ {page} / {total}",
    "fa": "صفحه {page} از {total}",
}
_ZH_DIGITS = "零一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """1–99 in Chinese numerals, as Chinese legal texts number articles: 十, 十三, 二十一."""
    if n >= 100 or n < 0:
        return str(n)
    if n < 10:
        return _ZH_DIGITS[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return f"{head}十{_ZH_DIGITS[units] if units else ''}"


def article_title(language: str, number: int) -> str:
    """An article's title in ``language``: "Pasal 4", "Article 4", "第四条", "제4조"."""
    pattern = ARTICLE_TITLES.get(language)
    if pattern is None:
        return str(number)
    return pattern.format(n=number, zh=_chinese_number(number) if language == "zh" else "")


_TITLE_WORDS = "|".join(
    re.escape(pattern.split(" ")[0])
    for pattern in ARTICLE_TITLES.values()
    if pattern.endswith((" {n}", " {n}.")) and not pattern.startswith("{")
)
_ARTICLE_AT_START = re.compile(
    r"^\s*(?:第\s*[0-9０-９一二三四五六七八九十百零〇]+\s*条|제\s*\d+\s*조|"
    rf"(?:{_TITLE_WORDS})\s+\d+\.?|\d+\.\s*cikk)\s*[.:：、]?\s*",
    re.IGNORECASE,
)


def without_article_title(heading: str) -> str:
    """A heading the officer pasted with its article title ("第一条 目的", "Artikel 1 - Zweck")
    without that title, which the document prints itself: "目的", "- Zweck"."""
    return _ARTICLE_AT_START.sub("", heading, count=1).strip()
