"""One date formatter for the whole app, per explicit locale."""

from datetime import date

from kerjasama_desk.formatting import country_name, format_date, format_number


def test_dates_in_both_languages():
    assert format_date(date(2008, 10, 14), "id") == "14 Oktober 2008"
    assert format_date(date(2008, 10, 14), "en") == "14 October 2008"
    assert format_date(None, "id") == ""


def test_numbers_and_countries():
    assert format_number(1580000, "id") == "1.580.000"
    assert format_number(1580000, "en") == "1,580,000"
    assert country_name("CN", "id") == "Tiongkok"
    assert country_name("CN", "en") == "China"
