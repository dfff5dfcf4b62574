"""Page chrome in Spanish, French, German, Italian and Portuguese: the same furniture as in
English (share, subscribe, related, comments, cookies, rights, read more, tags) is dropped, and
answer sentences that use those words are kept."""

from __future__ import annotations

import pytest

from filmtalk.chrome import is_chrome, is_end_of_article
from filmtalk.parsing import parse_interview


@pytest.mark.parametrize(
    "line",
    [
        # share, subscribe
        "Compartir",
        "Partager :",
        "Teilen",
        "Condividi su Facebook",
        "Compartilhar: Facebook · X · WhatsApp",
        "Partager : Facebook | Courriel",
        "Suscribirme",
        "Abonnez-vous",
        "Iscriviti alla newsletter",
        "Inscreva-se",
        # read more, tags, ads
        "Leer más",
        "Weiterlesen",
        "Lire aussi : Dix films pour l'hiver",
        "Etiquetas: drama, Valencia, ópera prima",
        "Schlagwörter: Dokumentarfilm, Berlinale",
        "Parole chiave: documentario, Napoli",
        "Publicidad",
        "Anzeige",
        # cookies, rights, bylines, dates
        "Este sitio utiliza cookies para mejorar la navegación. Aceptar",
        "Ce site utilise des cookies pour vous offrir la meilleure expérience.",
        "Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "Tous droits réservés.",
        "Alle Rechte vorbehalten",
        "Par Claire Dubois | 3 mars 2024",
        "Von Jonas Weber, 14. Oktober 2023",
        "Publicado em 2 de maio de 2024",
        "12 de junio de 2023",
    ],
)
def test_chrome_abroad_is_dropped(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Compartir el rodaje con mi hermana fue lo más difícil.",
        "Je voulais partager ce souvenir avec le public.",
        "Wir wollten teilen, was wir gesehen hatten.",
        "Leggi anche tra le righe, ti prego.",
        "Ich habe die Kommentare nie gelesen.",
        "Por eso rodamos en invierno.",
        "Par moments, je doutais de tout.",
        "Von Anfang an war klar, dass es ein Film über Wasser wird.",
        "En mars 2020, tout s'est arrêté.",
        "Cerca.",
    ],
)
def test_answer_sentences_abroad_are_kept(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Artículos relacionados", True),
        ("Articles similaires", True),
        ("Das könnte Sie auch interessieren", True),
        ("Lascia un commento", True),
        ("Deixe um comentário", True),
        ("12 commentaires", True),
        ("Iscriviti alla nostra newsletter settimanale", True),
        ("Votre adresse e-mail ne sera pas publiée.", True),
        ("Notas relacionadas", True),
        ("Deja tu comentario", True),
        ("Articles connexes", True),
        ("Laissez votre commentaire", True),
        ("Notas que tomé en el rodaje me salvaron.", False),
        ("Artículos que leí de niño me marcaron.", False),
        ("Commentaires des spectateurs, je n'en lis pas.", False),
    ],
)
def test_end_of_article_abroad(line: str, ends: bool) -> None:
    assert is_end_of_article(line) is ends


def test_a_french_page_loses_its_furniture() -> None:
    page = "\n\n".join(
        [
            "Entretien avec Léa Moreau",
            "Par Paul Girard | 3 mars 2024",
            "Partager : Facebook · X · Courriel",
            "Comment est né le film ?",
            "D'une photo de ma grand-mère sur un quai de gare.",
            "Et maintenant ?",
            "Je veux partager ce film avec le plus de monde possible.",
            "Abonnez-vous à notre newsletter",
            "Chaque vendredi, le meilleur du cinéma.",
            "Articles similaires",
            "Cinq premiers films à voir ce printemps",
            "Tous droits réservés.",
        ]
    )
    interview = parse_interview(page)
    assert [pair.answer for pair in interview.pairs] == [
        "D'une photo de ma grand-mère sur un quai de gare.",
        "Je veux partager ce film avec le plus de monde possible.",
    ]
    assert "Par Paul Girard | 3 mars 2024" in interview.dropped


@pytest.mark.parametrize(
    "line",
    [
        # a date line with its time and zone
        "June 2, 2024 9:30 AM PT",
        "Sat 8 Jun 2024 18.45 CEST",
        # a search box's placeholder, a section's label, a share row with "on"
        "Search the site…",
        "Buscar en el sitio...",
        "Entrevistas",
        "Partager sur : Facebook  X  Email",
    ],
)
def test_intro_furniture_is_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "June 2, 2024 at the Rio, with the whole crew.",
        "Search for the boy took a whole year.",
        "Cerca di capire.",
        "Share on Facebook, if you like it, and tell your friends.",
    ],
)
def test_intro_sentences_like_furniture_are_kept(line: str) -> None:
    assert not is_chrome(line)


def test_an_intro_loses_its_date_search_box_section_and_share_row() -> None:
    page = "\n\n".join(
        [
            "Cerca nel sito...",
            "Interviste",
            "Intervista a Marco Bassi: il porto di notte",
            "Condividi su: Facebook  X  Email",
            "12 marzo 2024 10:00 CET",
            "Marco Bassi racconta il suo primo film.",
            "Com'è nato il film?",
            "Da una notte al porto di Genova.",
        ]
    )
    interview = parse_interview(page)
    assert interview.intro == "Marco Bassi racconta il suo primo film."
    assert interview.title == "Intervista a Marco Bassi: il porto di notte"
