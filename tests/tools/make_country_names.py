"""Writes resources/countries/official_names.tsv: every country's official long name in Indonesian
and English, as signed instruments name it (docs/domain.md §8).

Not run by the tests or the app; run it by hand after changing CHECKED below, with pycountry
installed in a scratch environment (it is not a dependency of the app):

    python -m venv /tmp/pc && /tmp/pc/bin/pip install pycountry babel
    /tmp/pc/bin/python tests/tools/make_country_names.py

How each row is made, and what its source column says:

- ``checked``: written by hand below, from the formal names of the UN Terminology Database
  (UNTERM, "formal name", used in treaties) for English and the names the Indonesian Foreign
  Ministry uses in its treaties and notes for Indonesian. These are the countries Indonesian
  regions have sister relations with, or plan them.
- ``composed``: English from the ISO 3166-1 full name (pycountry's ``official_name``, else its
  short name with the inversion undone), with "the" before a name that is a description ("the
  Republic of Austria", but "Japan"); Indonesian composed from that English form's pattern
  ("Republic of X" → "Republik X") and the Indonesian short name of the CLDR (Babel). A legal
  bureau should confirm a composed row against the Foreign Ministry's list before signing; the
  officer can always overwrite the country in the text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pycountry  # type: ignore[import-not-found]
from babel import Locale

TARGET = Path(__file__).resolve().parents[2] / "resources" / "countries" / "official_names.tsv"
NOT_COUNTRIES = {
    "AQ",
    "UM",
    "BV",
    "HM",
    "TF",
    "IO",
    "GS",
}  # uninhabited or without local government

CHECKED_SOURCE = "checked: UNTERM formal name (en); Kemlu RI treaty usage (id)"
CHECKED: dict[str, tuple[str, str]] = {
    "AU": ("Australia", "Australia"),
    "BR": ("Republik Federatif Brasil", "the Federative Republic of Brazil"),
    "CA": ("Kanada", "Canada"),
    "CN": ("Republik Rakyat Tiongkok", "the People's Republic of China"),
    "DE": ("Republik Federal Jerman", "the Federal Republic of Germany"),
    "EG": ("Republik Arab Mesir", "the Arab Republic of Egypt"),
    "FR": ("Republik Prancis", "the French Republic"),
    "GB": (
        "Persatuan Kerajaan Britania Raya dan Irlandia Utara",
        "the United Kingdom of Great Britain and Northern Ireland",
    ),
    "HR": ("Republik Kroasia", "the Republic of Croatia"),
    "IN": ("Republik India", "the Republic of India"),
    "IR": ("Republik Islam Iran", "the Islamic Republic of Iran"),
    "IT": ("Republik Italia", "the Italian Republic"),
    "JP": ("Jepang", "Japan"),
    "KP": ("Republik Rakyat Demokratik Korea", "the Democratic People's Republic of Korea"),
    "KR": ("Republik Korea", "the Republic of Korea"),
    "LA": ("Republik Demokratik Rakyat Laos", "the Lao People's Democratic Republic"),
    "MY": ("Malaysia", "Malaysia"),
    "NL": ("Kerajaan Belanda", "the Kingdom of the Netherlands"),
    "NZ": ("Selandia Baru", "New Zealand"),
    "PH": ("Republik Filipina", "the Republic of the Philippines"),
    "RU": ("Federasi Rusia", "the Russian Federation"),
    "SA": ("Kerajaan Arab Saudi", "the Kingdom of Saudi Arabia"),
    "SG": ("Republik Singapura", "the Republic of Singapore"),
    "TH": ("Kerajaan Thailand", "the Kingdom of Thailand"),
    "TL": ("Republik Demokratik Timor-Leste", "the Democratic Republic of Timor-Leste"),
    "TR": ("Republik Türkiye", "the Republic of Türkiye"),
    "US": ("Amerika Serikat", "the United States of America"),
    "VN": ("Republik Sosialis Vietnam", "the Socialist Republic of Viet Nam"),
    # where the composition below goes wrong (an outdated ISO form, a CLDR short name that
    # carries a qualifier, a name that is not a pattern)
    "BA": ("Bosnia dan Herzegovina", "Bosnia and Herzegovina"),
    "CD": ("Republik Demokratik Kongo", "the Democratic Republic of the Congo"),
    "CG": ("Republik Kongo", "the Republic of the Congo"),
    "CI": ("Republik Pantai Gading", "the Republic of Côte d'Ivoire"),
    "FM": ("Negara Federasi Mikronesia", "the Federated States of Micronesia"),
    "HK": (
        "Daerah Administratif Khusus Hong Kong, Republik Rakyat Tiongkok",
        "the Hong Kong Special Administrative Region of the People's Republic of China",
    ),
    "KM": ("Uni Komoro", "the Union of the Comoros"),
    "MO": (
        "Daerah Administratif Khusus Makau, Republik Rakyat Tiongkok",
        "the Macao Special Administrative Region of the People's Republic of China",
    ),
    "MX": ("Negara Serikat Meksiko", "the United Mexican States"),
    "PS": ("Negara Palestina", "the State of Palestine"),
    "RW": ("Republik Rwanda", "the Republic of Rwanda"),
    "SZ": ("Kerajaan Eswatini", "the Kingdom of Eswatini"),
    "TW": ("Taiwan", "Taiwan"),  # no diplomatic relations: see no_relations.tsv
    "UY": ("Republik Timur Uruguay", "the Eastern Republic of Uruguay"),
    "VA": ("Takhta Suci", "the Holy See"),
}

# English pattern → Indonesian pattern, longest first; {x} is the Indonesian short name.
PATTERNS = (
    ("Democratic People's Republic of ", "Republik Rakyat Demokratik {x}"),
    ("Federal Democratic Republic of ", "Republik Demokratik Federal {x}"),
    ("Democratic Socialist Republic of ", "Republik Sosialis Demokratik {x}"),
    ("People's Democratic Republic of ", "Republik Demokratik Rakyat {x}"),
    ("Bolivarian Republic of ", "Republik Bolivar {x}"),
    ("Plurinational State of ", "Negara Plurinasional {x}"),
    ("Independent State of ", "Negara Merdeka {x}"),
    ("Hashemite Kingdom of ", "Kerajaan Hasyimiyah {x}"),
    ("Oriental Republic of ", "Republik Timur {x}"),
    ("Co-operative Republic of ", "Republik Kooperatif {x}"),
    ("Federative Republic of ", "Republik Federatif {x}"),
    ("Democratic Republic of the ", "Republik Demokratik {x}"),
    ("Democratic Republic of ", "Republik Demokratik {x}"),
    ("Socialist Republic of ", "Republik Sosialis {x}"),
    ("Federal Republic of ", "Republik Federal {x}"),
    ("Islamic Republic of ", "Republik Islam {x}"),
    ("United Republic of ", "Republik Persatuan {x}"),
    ("People's Republic of ", "Republik Rakyat {x}"),
    ("Arab Republic of ", "Republik Arab {x}"),
    ("Republic of the ", "Republik {x}"),
    ("Republic of ", "Republik {x}"),
    ("Kingdom of the ", "Kerajaan {x}"),
    ("Kingdom of ", "Kerajaan {x}"),
    ("Commonwealth of the ", "Persemakmuran {x}"),
    ("Commonwealth of ", "Persemakmuran {x}"),
    ("Grand Duchy of ", "Keharyapatihan {x}"),
    ("Principality of ", "Kepangeranan {x}"),
    ("Sultanate of ", "Kesultanan {x}"),
    ("Federation of ", "Federasi {x}"),
    ("State of ", "Negara {x}"),
)
SUFFIXES = (  # "<Adjective> Republic", "Syrian Arab Republic", ...
    (" Arab Republic", "Republik Arab {x}"),
    (" Federation", "Federasi {x}"),
    (" Confederation", "Konfederasi {x}"),
    (" Republic", "Republik {x}"),
)
DESCRIPTIVE = re.compile(
    r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Duchy|Sultanate|"
    r"Confederation|Emirates|Union|Holy See|of)\b"
)


def english(country: object) -> str:
    name = getattr(country, "official_name", None) or country.name  # type: ignore[attr-defined]
    if ", " in name and name.endswith((" of", " of the")):  # "Korea, Republic of"
        short, _, form = name.partition(", ")
        name = f"{form} {short}"
    name = re.sub(r"\s*\(.*\)$", "", name)  # "Holy See (Vatican City State)"
    return f"the {name}" if DESCRIPTIVE.search(name) and not name.startswith("the ") else name


def indonesian(english_name: str, short: str) -> str:
    bare = english_name.removeprefix("the ")
    for prefix, pattern in PATTERNS:
        if bare.startswith(prefix):
            return pattern.format(x=short)
    for suffix, pattern in SUFFIXES:
        if bare.endswith(suffix) and short not in ("Republik Dominika", "Republik Afrika Tengah"):
            return pattern.format(x=short)
    return short


def rows() -> list[tuple[str, str, str, str]]:
    short_names = Locale("id").territories
    found = []
    for country in pycountry.countries:
        code = country.alpha_2
        if code in NOT_COUNTRIES:
            continue
        if code in CHECKED:
            name_id, name_en = CHECKED[code]
            found.append((code, name_id, name_en, CHECKED_SOURCE))
            continue
        short = re.sub(r"\s*\(.*\)$", "", str(short_names.get(code, country.name)))
        name_en = english(country)
        found.append(
            (
                code,
                indonesian(name_en, short),
                name_en,
                "composed: ISO 3166-1 full name (pycountry); id from CLDR short name",
            )
        )
    return sorted(found)


def main() -> None:
    lines = [
        "# Official long names of countries, as signed instruments write them (docs/domain.md §8).",
        "# Made by tests/tools/make_country_names.py, which says how each row was made; rows marked",
        "# 'composed' should be confirmed against the Foreign Ministry's list before signing.",
        "# Read by formatting.official_country_name; a code missing here gets a drafting finding.",
        "# code\tname_id\tname_en\tsource",
    ]
    lines += ["\t".join(row) for row in rows()]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(lines) - 5} countries")


if __name__ == "__main__":
    main()
