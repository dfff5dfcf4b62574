"""The headline, not the lines a site sets above or below it: a breadcrumb, a button, a radio
station's or festival's masthead, or a trade piece's deck."""

from __future__ import annotations

from filmtalk.parsing import parse_interview

_PROSE_AND_QA = """
Ana Ruiz has made three shorts about the sea and one feature about a lighthouse.

Why the sea?

Because it never holds still for the camera.

What next?

A film about a desert, for a change.
"""


def _title(top: str) -> str:
    return parse_interview(top + "\n" + _PROSE_AND_QA).title


def test_a_breadcrumb_under_the_masthead_is_not_the_title() -> None:
    top = "SEA & SKY\nshorts · features · about\n\nInterviews / Documentary\n\n"
    top += "“The sea never holds still”: Ana Ruiz on her lighthouse film\n"
    assert _title(top) == "“The sea never holds still”: Ana Ruiz on her lighthouse film"


def test_a_button_and_a_section_over_the_headline_are_not_the_title() -> None:
    top = "THE VALLEY TIMES\nSubscribe from $2 a week\n\nCULTURE\n\n"
    top += "Local director's lighthouse film wins award\n"
    assert _title(top) == "Local director's lighthouse film wins award"


def test_a_radio_stations_masthead_over_the_headline_is_not_the_title() -> None:
    top = "KQED 91.7 — NIGHT SHIFT\nTranscript: Ana Ruiz on her lighthouse film\n"
    assert _title(top) == "Transcript: Ana Ruiz on her lighthouse film"


def test_a_festivals_edition_over_the_headline_is_not_the_title() -> None:
    top = "12th Harbour Lights Film Festival — Programme 2025\n\nThe Lighthouse at Noon\n"
    assert _title(top) == "The Lighthouse at Noon"


def test_a_trade_pieces_headline_over_its_deck_is_the_title() -> None:
    top = (
        "FILM LEDGER\nNews | Finance | Festivals\n\nFINANCE\n\n"
        "How 'Beacon' got made on a shoestring\n\n"
        "Director Ana Ruiz on the five-year road of 'Beacon', which opens the festival\n\n"
        "Ana Ruiz says 'Beacon' almost never happened.\n"
    )
    assert _title(top) == "How 'Beacon' got made on a shoestring"


def test_a_tagline_under_the_masthead_gives_way_to_the_named_headline() -> None:
    top = (
        "REEL PAGES\nNews | Reviews\n\nThe magazine of independent film\n\n"
        "Ana Ruiz on her lighthouse film\n"
    )
    assert _title(top) == "Ana Ruiz on her lighthouse film"


def test_a_catalogue_entrys_film_title_over_its_credits_is_the_title() -> None:
    top = (
        "9th Riverbank Documentary Festival — Programme 2025\nSection: Short Films\n\n"
        "SALT LINES\nDirected by Ana Ruiz | Chile 2024 | 18 min\n"
    )
    assert _title(top) == "SALT LINES"


def test_a_longer_label_over_a_named_headline_is_no_headline_over_a_deck() -> None:
    top = (
        "REEL PAGES\nNews | Reviews\n\nFeatured this week: Berlin Film Festival 2025\n\n"
        "Ana Ruiz on her Berlin film\n\nAna Ruiz took 'Beacon' to Berlin in February.\n"
    )
    assert _title(top) == "Ana Ruiz on her Berlin film"


def test_a_number_with_a_decimal_in_the_headline_is_no_station_masthead() -> None:
    top = "The 35.5 mm dream: Ana Ruiz on film stock\nA lighthouse shot on one rock over a winter\n"
    assert _title(top) == "The 35.5 mm dream: Ana Ruiz on film stock"
