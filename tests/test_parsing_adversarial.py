"""A third round of unseen pages, written for these tests: a browser's reader view, a press kit
copied from a PDF, a film site's journal with its film card, a student paper with comments,
French and Spanish pages with English chrome, Roman-numbered and footnoted questions, italic
answers under italic questions, a page pasted twice, whitespace debris, CRLF with a BOM."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.corpus import read_interview
from filmtalk.parsing import parse_interview
from tests.fixture_pages import (
    assert_reads_exactly,
    assert_show_json_matches,
    expected,
    pairs_of,
)

PAGES = Path(__file__).resolve().parent / "fixtures" / "adversarial"


EXPECTED = {
    "condensed.txt": expected(
        "Hiro Tanaka",
        "hiro-tanaka",
        "In conversation: Hiro Tanaka",
        "Hiro Tanaka has scored more than thirty films, from samurai epics to children's "
        "cartoons. We spoke over video from his studio in Osaka.",
        [
            (
                "When did you start writing for film?",
                "At twenty-two, for a friend's student film. He paid me in noodles.",
            ),
            (
                "Do you watch the film before you compose?",
                "Always. I need to see the faces before I hear anything.",
            ),
            (
                "What instrument do you reach for first?",
                "The shakuhachi. It breathes like a person.",
            ),
        ],
    ),
    "crlf-bom.txt": expected(
        "Tomas Lindqvist",
        "tomas-lindqvist",
        "Q&A: Tomas Lindqvist",
        "Tomas Lindqvist directed the Swedish horror film Frost Teeth.",
        [
            ("Were you scared while making it?", "Only of the budget."),
            ("Where did you shoot?", "In an abandoned ski resort north of Kiruna."),
            ("Is there a sequel?", "If the first one makes money."),
        ],
    ),
    "dialogue-lists.txt": expected(
        "Hannah Lowe",
        "hannah-lowe",
        "Writing The Quiet Hour: a conversation with Hannah Lowe",
        "Hannah Lowe wrote and directed The Quiet Hour, a two-hander set in a hospital chapel.",
        [
            (
                "How do you write dialogue?",
                "I listen on buses. Then I cut half of it. People say less than you think. For "
                'example, the chapel scene was originally:\n\n"Do you pray?"\n\n"Not since '
                'school."\n\n"Me neither. But I\'m here."\n\nAnd in the end we kept only the '
                "last line.",
            ),
            (
                "What rules did you set for the shoot?",
                "Three rules:\n\n1. No music.\n\n2. No close-ups before the midpoint.\n\n3. "
                "Nobody cries on camera.\n\nWe broke the third one.",
            ),
            ("Is the chapel real?", "Yes, in a hospital in Leeds. We shot on Sundays."),
        ],
    ),
    "footnotes.txt": expected(
        "Anouk Visser",
        "anouk-visser",
        "An interview with Dr. Anouk Visser",
        "Anouk Visser is a film historian and the director of the documentary The Lost Reels.",
        [
            (
                "How did you find the lost reels?",
                "In a farmhouse attic in Friesland. The farmer thought they were old curtains.",
            ),
            ("Were they damaged?", "Half of them. We restored what we could, frame by frame."),
            ("Why do lost films matter?", "Because every lost film is a lost way of seeing."),
        ],
    ),
    "french.txt": expected(
        "Julien Marchand",
        "julien-marchand",
        "Entretien avec Julien Marchand",
        "Julien Marchand, réalisateur de Les Nuits blanches, revient sur le tournage de son film.",
        [
            (
                "Comment est né le projet ?",
                "D'une insomnie. J'ai passé un hiver entier à marcher dans Paris la nuit.",
            ),
            (
                "Pourquoi ce titre ?",
                "Parce que les nuits n'étaient jamais noires. Il y avait toujours une lumière "
                "quelque part.",
            ),
            ("Quel est votre prochain film ?", "Une comédie, pour changer."),
        ],
    ),
    "italic-answers-titles.md": expected(
        "Olu Adebayo",
        "olu-adebayo",
        "Five films that shaped Olu Adebayo",
        "Olu Adebayo is a Lagos-based editor. We asked about the films that made her.",
        [
            ("What was the first film you loved?", "*The Wizard of Oz.*"),
            (
                "Which film taught you to cut?",
                "*Breathless*, because it broke every rule I later learned.",
            ),
            (
                "What do you rewatch every year?",
                "*In the Mood for Love.* It gets sadder every time.",
            ),
            ("Which film do you wish you had edited?", "None. I would have ruined them all."),
        ],
    ),
    "italic-questions.md": expected(
        "Noor Haddad",
        "noor-haddad",
        "Soft Machines: an interview with Noor Haddad",
        "Noor Haddad's debut, Soft Machines, follows a factory robot that learns to paint.",
        [
            (
                "Where did the idea come from?",
                "From a video of an assembly line I could not stop watching. The arms moved "
                "like dancers.",
            ),
            (
                "Did you use real robots on set?",
                "Two of them, borrowed from a car plant in Turin. They needed more rest than "
                "the actors.",
            ),
            (
                "Is the robot the hero?",
                "The robot is the audience. It watches and it learns, and so do we.",
            ),
        ],
    ),
    "letterboxd.txt": expected(
        "Rafael Costa",
        "rafael-costa",
        "Interview: Rafael Costa on Burnt Orange",
        "Rafael Costa's Burnt Orange is a slow-burning family drama set in a Portuguese orange "
        "grove. It premiered at Locarno.",
        [
            (
                "What drew you to the orange grove?",
                "My family had one. When my father sold it, I wanted to keep it somehow, so I "
                "made a film.",
            ),
            (
                "How did you cast the father?",
                "I saw him selling oranges at a market in Faro. He had never acted before.",
            ),
            ("What do you want people to feel at the end?", "Hungry, and a little sad."),
        ],
    ),
    "name-dash-answers.txt": expected(
        "Kenji Mori",
        "kenji-mori",
        "Two questions with Kenji Mori",
        "Kenji Mori's debut Paper Cranes opens the festival tonight.",
        [
            (
                "What is Paper Cranes about?",
                "A boy who folds a thousand cranes to bring his father home.",
            ),
            ("Did it work, in real life?", "My father came home. I don't think it was the cranes."),
        ],
    ),
    "outlet-initials.txt": expected(
        "Dana Okafor",
        "dana-okafor",
        "Dana Okafor on Low Tide",
        "Dana Okafor's second feature, Low Tide, is a quiet thriller set on a Nigerian fishing "
        "boat.",
        [
            (
                "How did Low Tide start?",
                "With my uncle's boat. He let me sleep on it for a summer when I was fourteen.",
            ),
            (
                "You cast non-actors in the main roles.",
                "Fishermen from Badagry. They knew the boat better than any actor could.",
            ),
            (
                "What was the hardest scene to shoot?",
                "The storm. We shot it in a swimming pool in Lagos with four fire hoses.",
            ),
        ],
    ),
    "pdf-presskit.txt": expected(
        "Mateo Herrera",
        "mateo-herrera",
        "PRESS KIT — THE SALT ROAD",
        "INTERVIEW WITH THE DIRECTOR\n\nMateo Herrera was born in Valparaíso in 1984. The Salt "
        "Road is his first feature-length documentary.",
        [
            (
                "How did you find the salt workers?",
                "I was looking for a location for another film. I met an old man who had "
                "worked the salt flats for fifty years and he invited me to his house. I "
                "stayed for three weeks.",
            ),
            (
                "Why did you film in black and white?",
                "The salt is white and the sky is white. Colour added nothing but information, "
                "and I wanted less information.",
            ),
            (
                "What do you hope audiences take away?",
                "That work can be beautiful and brutal at the same time.",
            ),
        ],
    ),
    "q-dash-labels.txt": expected(
        "Ruth Abebe",
        "ruth-abebe",
        "Short Takes — Ruth Abebe",
        "Ruth Abebe's documentary Coffee Ceremony follows her mother's café in Addis Ababa.",
        [
            (
                "Why film your mother?",
                "Because she never stops talking, and someone should be recording it.",
            ),
            (
                "Did she like the film?",
                "She says she looks old in it. She also watched it nine times.",
            ),
            ("What did you learn?", "That patience is a form of love."),
        ],
    ),
    "q-dash-numbered.txt": expected(
        "Kofi Boateng",
        "kofi-boateng",
        "Festival Dispatch: Kofi Boateng",
        "Kofi Boateng's short Harmattan plays in the international competition.",
        [
            (
                "What does Harmattan mean?",
                "It is the dry wind that comes from the Sahara every winter. Everything turns "
                "orange.",
            ),
            ("How long was the shoot?", "Four days. The wind decided the schedule."),
            ("What comes next?", "A feature about my grandmother's market stall."),
        ],
    ),
    "reader-view.txt": expected(
        "Priya Raman",
        "priya-raman",
        "The director of Paper Lanterns on shooting in the rain",
        "Priya Raman spent eleven years getting Paper Lanterns made. The film, shot almost "
        "entirely at night in Kochi during the monsoon, opens in cinemas next month.",
        [
            (
                "What kept you going for eleven years?",
                "Stubbornness, mostly. And a producer who refused to let me give up.",
            ),
            (
                "Why shoot during the monsoon?",
                "Because the city only tells the truth when it rains. Everything shines, "
                "everything is loud.",
            ),
            (
                "Was the crew happy about that?",
                "No. We lost two cameras to water damage in the first week.",
            ),
        ],
    ),
    "repeated.txt": expected(
        "Yara Said",
        "yara-said",
        "Interview: Yara Said on Olive Season",
        "Yara Said's Olive Season follows three sisters during one harvest in Galilee.",
        [
            ("How long did the harvest take?", "Six weeks. We shot all of it."),
            ("Were the sisters real sisters?", "Yes. They argued like real sisters too."),
        ],
    ),
    "role-title.txt": expected(
        "Amara Osei",
        "amara-osei",
        "The director of Night Bus 47 talks about London after midnight",
        "Amara Osei grew up riding the N47 home from her shifts at a Peckham chicken shop. Her "
        "debut feature, Night Bus 47, follows one route from Trafalgar Square to Catford over "
        "a single night.",
        [
            (
                "Why the night bus?",
                "It's the only place in London where everyone is equal. Bankers and cleaners, "
                "all tired.",
            ),
            (
                "How did you get permission to film on a real bus?",
                "We didn't. We bought an old bus from a collector in Essex and drove it ourselves.",
            ),
            ("Who is the film for?", "For everyone who has fallen asleep and missed their stop."),
        ],
    ),
    "roman-numerals.txt": expected(
        "Astrid Berg",
        "astrid-berg",
        "Seven questions for Astrid Berg",
        "Astrid Berg is a cinematographer from Tromsø.",
        [
            ("What was your first camera?", "A Krasnogorsk my father bought at a flea market."),
            ("Digital or film?", "Film when I can afford it, digital when I can't."),
            (
                "Who taught you light?",
                "The winter. Three months without sun teaches you to love every lamp.",
            ),
            ("What are you shooting now?", "A documentary about reindeer herders."),
            (
                "Any advice for young cinematographers?",
                "Carry a light meter even if you never use it.",
            ),
        ],
    ),
    "short.txt": expected(
        "Mina Park",
        "mina-park",
        "Two questions for Mina Park",
        "Mina Park's animated short Moth won the audience award.",
        [
            ("Why a moth?", "Because moths are drawn to light, like audiences."),
            ("What's next?", "Sleep."),
        ],
    ),
    "spanish.txt": expected(
        "Lucía Méndez",
        "lucia-mendez",
        "Entrevista: Lucía Méndez habla de «La casa del agua»",
        "Lucía Méndez presenta su primera película, La casa del agua, en la sección oficial "
        "del festival.",
        [
            (
                "¿De dónde viene la historia?",
                "De mi abuela. Ella vivió en esa casa junto al río durante sesenta años.",
            ),
            (
                "¿Por qué rodar en blanco y negro?",
                "Porque los recuerdos no tienen color. Solo tienen luz y sombra.",
            ),
            ("¿Qué espera del público?", "Que salgan y llamen a sus abuelas."),
        ],
    ),
    "student-comments.txt": expected(
        "Leo Marsh",
        "leo-marsh",
        "Senior Leo Marsh screens his thesis film at the Varsity Theater",
        "Film studies senior Leo Marsh premieres his thesis film, Dorm 4B, this Friday. We "
        "talked with him about making a feature on a student budget.",
        [
            ("How much did Dorm 4B cost?", "About nine hundred dollars, most of it pizza."),
            (
                "Who is in it?",
                "My roommates, and my roommates' girlfriends, and one professor who owed me a "
                "favor.",
            ),
            (
                "What's the film about?",
                "Four guys who lose a hamster in their dorm and have to find it before the RA "
                "does.",
            ),
        ],
    ),
    "tab-indented.txt": expected(
        "Sven Ahlgren",
        "sven-ahlgren",
        "Interview: Sven Ahlgren",
        "Sven Ahlgren is a Swedish animator.",
        [
            ("What drew you to stop-motion?", "The mess. I like things you can touch."),
            ("How long does one second take?", "A day, on a good day."),
            ("What is your next project?", "A film about a lighthouse keeper and his cat."),
        ],
    ),
    "transcript-brackets.txt": expected(
        "Marisol Vega",
        "marisol-vega",
        "Episode 42 transcript: Marisol Vega",
        "Reel Talk is a podcast about independent film. This week our guest is the director "
        "Marisol Vega.",
        [
            ("Marisol, welcome to the show.", "Thanks for having me. [laughs]"),
            (
                "Your film Dust Devils took six years. What happened?",
                "Everything. [crosstalk] Two producers quit, one got married, and the desert "
                "flooded.",
            ),
            ("The desert flooded?", "Once in a hundred years. We were there."),
            ("What's next for you?", "A film in a city, with no weather at all."),
        ],
    ),
    "whitespace-mess.txt": expected(
        "Elena Petrova",
        "elena-petrova",
        "Interview with Elena Petrova",
        "Elena Petrova is a Bulgarian documentary maker whose film “The Last Tram” opens this "
        "week.",
        [
            (
                "“Why trams?”",
                "Because they are slow, and everyone on them is waiting for something.",
            ),
            (
                "Did you ride the tram every day?",
                "Every day for a year. The drivers started saving me a seat.",
            ),
            ("What’s the film’s message?", "That nothing lasts, and that’s fine."),
        ],
    ),
    "answer-label-only.txt": expected(
        "Tariq Nasser",
        "tariq-nasser",
        "Catching up with Tariq Nasser",
        "Tariq Nasser, who shot last year's surprise hit Desert Radio, is back with a comedy.",
        [
            ("What's the new film called?", "Camel Problems. It's exactly what it sounds like."),
            ("How did the camels behave?", "Better than the producers."),
            (
                "Is comedy harder than drama?",
                "Much harder. In drama, nobody checks if you are sad enough.",
            ),
        ],
    ),
    "hard-wrapped-email.txt": expected(
        "Wen Li",
        "wen-li",
        "Q&A with Wen Li, director of The River Keeper",
        "Please find below a short Q&A with Wen Li, whose documentary The River Keeper opens "
        "the festival. Feel free to use it in full or in part.",
        [
            (
                "Why did you follow a river keeper?",
                "My grandfather was one. He cleaned the same three kilometres of the Yangtze "
                "every morning for forty years, and nobody ever thanked him.",
            ),
            ("How long did you film?", "Two years. The river changed more than he did."),
            (
                "What do you hope viewers will do after the film?",
                "Pick up one piece of rubbish. That's all. One piece.",
            ),
        ],
    ),
    "imdb-like.txt": expected(
        "Felix Brandt",
        "felix-brandt",
        "'Cold Harbor' Director Felix Brandt on Making a Western in the Baltic",
        "Felix Brandt's Cold Harbor moves the western to a fishing village in Latvia. The "
        "German director spoke to us ahead of its premiere.",
        [
            (
                "Why a western?",
                "Because the western is about land and who owns it, and so is every story on "
                "the Baltic coast.",
            ),
            ("Were there horses?", "Three. Only one of them liked me."),
            (
                "What did you learn from the locals?",
                "How to smoke fish, and how to stay quiet for a whole afternoon.",
            ),
        ],
    ),
    "numbered-hash.txt": expected(
        "Ines Duarte",
        "ines-duarte",
        "Ten Questions #47: Ines Duarte",
        "Every month we ask a filmmaker the same ten questions. This month: Portuguese "
        "animator Ines Duarte, whose short Sardinha won in Annecy.",
        [
            (
                "What's your earliest memory of cinema?",
                "A cinema in Porto with red velvet seats and a man who sold peanuts in paper "
                "cones.",
            ),
            ("The film you've seen the most times?", "My Neighbour Totoro. My daughter insists."),
            ("The film you'd take to a desert island?", "Something long. Satantango."),
            ("Who would you like to work with?", "A composer who has never scored a film."),
        ],
    ),
    "speaker-caps-colon-next-line.txt": expected(
        "Josefina Ruiz",
        "josefina-ruiz",
        'Josefina Ruiz: "I film what I\'m afraid of"',
        "The Argentinian director Josefina Ruiz talks about her horror film Siesta.",
        [
            ("Why horror?", "Because fear is honest. You can't fake being scared."),
            (
                "What scares you?",
                "Silence at three in the afternoon, when the whole town is asleep.",
            ),
            (
                "Is Siesta based on real events?",
                "On one real afternoon. I won't tell you which parts.",
            ),
        ],
    ),
    "substack-bold-labels.md": expected(
        "Bea Lindgren",
        "bea-lindgren",
        "The cut that saved my film",
        "A conversation with editor Bea Lindgren\n\nBea Lindgren has cut films for three Palme "
        "d'Or nominees. Her new book, *Splice*, comes out next month.",
        [
            ("Where does an edit begin?", "With a feeling of panic. Always."),
            ("And where does it end?", "When the money runs out, usually."),
            (
                "What's the cut you're proudest of?",
                "Cutting a whole character from *The Grey Sea*. The actor still sends me "
                "Christmas cards, but they are not warm.",
            ),
        ],
    ),
    "google-doc-export.txt": expected(
        "Chidi Okonkwo",
        "chidi-okonkwo",
        "Interview with Chidi Okonkwo",
        "Chidi Okonkwo is the director of Lagos Noir, a crime drama shot entirely on phones.",
        [
            (
                "Why phones?",
                "Because everyone in Lagos has one, and nobody notices a phone. A camera, "
                "people notice.",
            ),
            ("Did the actors know they were being filmed?", "The actors did. The city didn't."),
            ("What went wrong?", "A phone was stolen on day three. With the best take on it."),
        ],
    ),
    "numbered-paren-answers.txt": expected(
        "Lotte Verbeek",
        "lotte-verbeek",
        "Making Of: Lotte Verbeek",
        "Lotte Verbeek's documentary Dike follows the engineers who keep the Netherlands dry.",
        [
            ("Why the dikes?", "Because nobody thinks about them until they break."),
            (
                "How do you film something that doesn't move?",
                "You film the people around it. They move all the time.",
            ),
            (
                "What surprised you?",
                "How much the engineers love their dikes. One of them talks to his.",
            ),
            ("What should viewers do after watching?", "Thank an engineer."),
        ],
    ),
    "tumblr-asks.txt": expected(
        "Maya Lee",
        "maya-lee",
        "we interviewed @mayaleefilms about her short Ghost Kitchen!! 🎬",
        "Maya Lee is a director and cook from Vancouver. her short Ghost Kitchen is about a "
        "restaurant that only serves the dead.",
        [
            (
                "what came first, the food or the ghosts?",
                "the food!! I worked in kitchens for ten years before film school.",
            ),
            ("is the food real?", "every dish. the crew ate everything after each take."),
            (
                "what's your favourite scene?",
                "the dumpling scene. I cried making it and I cried eating it.",
            ),
        ],
    ),
    "wiki-talk.txt": expected(
        "Arvid Sundqvist",
        "arvid-sundqvist",
        "Conversation with Arvid Sundqvist (1998)",
        "From the archive: this conversation with the Swedish cinematographer Arvid Sundqvist "
        "(1931–2007) was first published in the magazine's winter issue of 1998.",
        [
            (
                "How did you start?",
                "As a projectionist in Gävle. I watched every film forty times before I ever "
                "touched a camera.",
            ),
            ("What was Bergman like on set?", "Quiet in the morning, loud after lunch."),
            ("Why did you stop?", "My eyes stopped before I did."),
        ],
    ),
    "colon-prompts-dash.txt": expected(
        "Grace Mwangi",
        "grace-mwangi",
        "Filmmaker Friday – Grace Mwangi",
        "Every Friday we hand the page to a filmmaker. This week: Kenyan animator Grace Mwangi.",
        [
            ("Your name and what you do:", "Grace Mwangi, animator, Nairobi."),
            (
                "Your latest film:",
                "Tortoise Runs, a seven-minute short about a tortoise who enters a marathon.",
            ),
            ("Your favourite tool:", "A pencil with no eraser."),
            ("The best advice you were given:", "Finish things."),
        ],
    ),
    "festival-daily-two-films.txt": expected(
        "Elif Kaya",
        "elif-kaya",
        "Three minutes with Elif Kaya",
        "Elif Kaya's Bosphorus Night is in the Panorama section.",
        [
            ("What's the film in one sentence?", "A ferry, a wedding and a power cut."),
            (
                "Why a ferry?",
                "Because in Istanbul everyone crosses the water every day, and nobody talks "
                "about it.",
            ),
            ("Where can we see it?", "Tonight at nine, at the Zoo Palast."),
        ],
    ),
    "question-then-bold-name.md": expected(
        "Paolo Ricci",
        "paolo-ricci",
        "Paolo Ricci on The Quiet Shore",
        "Paolo Ricci's The Quiet Shore premiered at Venice to a ten-minute ovation.",
        [
            ("How did the ovation feel?", "Long. I didn't know where to put my hands."),
            (
                "Why the Adriatic?",
                "It's where I learned to swim, and where my father taught me to be patient "
                "with fish.",
            ),
            ("What's next?", "Sleep, then a western."),
        ],
    ),
    "smart-quotes-labels.txt": expected(
        "Ola Nordmann",
        "ola-nordmann",
        "“I never wanted to be a director”: a conversation with Ola Nordmann",
        "Ola Nordmann’s debut, Fjord, is the surprise hit of the Norwegian summer.",
        [
            ("“Never?”", "Never. I wanted to be a fisherman like my father. Then I got seasick."),
            (
                "How did you end up behind the camera?",
                "My cousin needed someone to hold the boom. I held it for six years.",
            ),
            ("What’s next?", "A film on dry land."),
        ],
    ),
    "three-way-no-labels-quoted-answers.txt": expected(
        "Hana Sato",
        "hana-sato",
        "Interview with Hana Sato",
        "Hana Sato makes documentaries about Japanese craftsmen. Her new film, Indigo, follows "
        "a family of dyers in Tokushima.",
        [
            ("Why indigo?", '"Because it\'s alive. The dye has to be fed every day, like a pet."'),
            (
                "How long did you film?",
                '"Two years, mostly in silence. Dyers don\'t talk while they work."',
            ),
            (
                "Did the family see the film?",
                '"The grandmother watched it twice. She said the blue was wrong."',
            ),
        ],
    ),
    "ama-reddit.txt": expected(
        "Lena Hart",
        "lena-hart",
        "I'm Lena Hart, director of the horror film Quiet Water. AMA!",
        "Hi Reddit! My film Quiet Water comes out on Friday. Ask me anything.",
        [
            (
                "What scared you the most while making it?",
                "The lake. We filmed at night and something touched my leg every single time.",
            ),
            (
                "Any tips for low-budget horror?",
                "Sound is cheaper than pictures. Scare them with what they hear.",
            ),
            ("Will there be a sequel?", "Only if the lake lets us."),
        ],
    ),
    "bold-title-answers.md": expected(
        "Ruben Alves",
        "ruben-alves",
        "Ten films with Ruben Alves",
        "Ruben Alves programmes the midnight section of a Lisbon festival. We asked him about "
        "the films that made him.",
        [
            (
                "What was the first film that scared you?",
                "**Jaws**, on a television in my grandmother's kitchen. I didn't swim for a year.",
            ),
            (
                "Which film do you show every year?",
                "**Night of the Living Dead**, because it is free and it is perfect.",
            ),
            ("What's your guilty pleasure?", "**Mamma Mia!** I know all the words."),
        ],
    ),
    "initials-multipara.txt": expected(
        "Dara Obi",
        "dara-obi",
        "Frame Forward Interviews: Dara Obi",
        "Dara Obi's documentary Salt Wives follows the women who run the salt ponds of Ada in "
        "Ghana.",
        [
            (
                "How did you meet the women of Ada?",
                "Through my aunt, who sold their salt in Accra for thirty years.\n\nShe took "
                "me there when I was nineteen. I went back every year after that.",
            ),
            (
                "How did you film in the ponds?",
                "Barefoot, with the camera in a plastic bag. The salt eats everything.",
            ),
            ("What do you want the film to change?", "The price of salt. I'm only half joking."),
        ],
    ),
}


def test_every_fixture_has_expectations() -> None:
    assert sorted(path.name for path in PAGES.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_fixture_reads_exactly(file_name: str) -> None:
    assert_reads_exactly(PAGES / file_name, EXPECTED[file_name])


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_show_path_json_reads_the_same(file_name: str) -> None:
    assert_show_json_matches(PAGES / file_name, EXPECTED[file_name])


def test_reader_view_furniture_is_dropped() -> None:
    assert read_interview(PAGES / "reader-view.txt").dropped == (
        "Cinephile Quarterly",
        "cinephilequarterly.example",
        "Priya Raman",
        "7–9 minutes",
        "Paper Lanterns opens on 14 March.",
    )


def test_a_film_card_under_the_article_is_dropped_with_its_title() -> None:
    assert read_interview(PAGES / "letterboxd.txt").dropped == (
        "Sign in   Create account   Films   Lists   Members   Journal",
        "By the Editors · 12 min read",
        "Burnt Orange",
        "2024 · Directed by Rafael Costa",
        "Cast: Joaquim Silva, Marta Reis, Inês Duarte",
        "★★★★ 4.1 average rating",
        "Watch on MUBI",
        "1,204 watched · 342 likes",
        "Journal",
    )


def test_pdf_page_numbers_and_running_headers_are_dropped() -> None:
    assert read_interview(PAGES / "pdf-presskit.txt").dropped == (
        "3",
        "THE SALT ROAD — PRESS KIT",
        "4",
        "THE SALT ROAD — PRESS KIT",
        "5",
    )


def test_footnotes_under_the_last_answer_are_dropped() -> None:
    assert read_interview(PAGES / "footnotes.txt").dropped == (
        "* The reels were found in 2019.",
        "[1] See the restoration notes on our website.",
    )


def test_an_editors_note_closing_the_intro_is_dropped() -> None:
    dropped = read_interview(PAGES / "condensed.txt").dropped
    assert dropped == ("This interview has been condensed.",)


def test_a_page_pasted_twice_is_read_once_and_check_says_so() -> None:
    result = CliRunner().invoke(app, ["check", str(PAGES / "repeated.txt"), "--json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert report["pairs"] == 2
    assert report["warnings"] == [
        {
            "kind": "repeated-page",
            "message": "the page repeats itself: the second copy was not read",
        }
    ]


def test_forty_pairs_are_read_in_order() -> None:
    lines = ["The Long Conversation: Ingrid Solberg at 80", ""]
    lines += ["Ingrid Solberg has directed twenty-two films. We spent an afternoon with her.", ""]
    for number in range(1, 41):
        lines += [f"What do you remember about film number {number}?", ""]
        lines += [f"Film {number} was shot in {1960 + number}, and it rained.", ""]
    interview = parse_interview("\n".join(lines))
    assert interview.name == "Ingrid Solberg"
    assert [(pair.question, pair.answer) for pair in interview.pairs] == [
        (
            f"What do you remember about film number {n}?",
            f"Film {n} was shot in {1960 + n}, and it rained.",
        )
        for n in range(1, 41)
    ]


# --- guards: what the new rules must leave alone ----------------------------------------


def test_a_repeated_answer_is_no_second_copy_of_the_page() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nWhat did the producer say?\n\nNo.\n\n"
        "And the studio?\n\nNo.\n\nAnd your mother?\n\nNo.\n"
    )
    assert pairs_of(page) == [
        ("What did the producer say?", "No."),
        ("And the studio?", "No."),
        ("And your mother?", "No."),
    ]


def test_a_running_time_answer_stays() -> None:
    page = "Interview: Ada Holm\n\nAda Holm is a director.\n\nHow long is it?\n\n12 minutes\n"
    assert pairs_of(page) == [("How long is it?", "12 minutes")]


def test_a_repeated_line_by_one_number_is_no_running_header() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nWhat is your film called?\n\n"
        "The Blue Hour\n\nAnd your next one?\n\nThe Blue Hour\n\n2\n"
    )
    assert pairs_of(page) == [
        ("What is your film called?", "The Blue Hour"),
        ("And your next one?", "The Blue Hour\n\n2"),
    ]


def test_a_line_after_a_finished_sentence_starts_its_own_paragraph() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nWhere do you write?\n\n"
        "In cafés.\nsometimes on trains\n"
    )
    assert pairs_of(page) == [("Where do you write?", "In cafés.\n\nsometimes on trains")]


def test_a_hyphen_between_words_on_one_line_stays() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nWhat is it about?\n\n"
        "It is a film about a twenty-year-old who\nwants to leave.\n"
    )
    assert pairs_of(page) == [
        ("What is it about?", "It is a film about a twenty-year-old who wants to leave.")
    ]


def test_a_question_after_a_colon_line_that_asks_is_still_a_question() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nTell us about your new film:\n\n"
        "It is about a dog.\n\nWhy a dog?\n\nBecause I have one.\n"
    )
    assert pairs_of(page) == [
        ("Tell us about your new film:", "It is about a dog."),
        ("Why a dog?", "Because I have one."),
    ]


def test_a_menu_one_link_a_line_and_the_related_news_are_dropped() -> None:
    dropped = read_interview(PAGES / "imdb-like.txt").dropped
    assert dropped[:7] == (
        "IMDb",
        "Menu",
        "Movies",
        "TV Shows",
        "Watchlist",
        "Sign In",
        "News > Interviews",
    )
    assert dropped[9:11] == ("Related News", "Cold Harbor Trailer Drops")


def test_an_emails_headers_salutation_and_sign_off_are_dropped() -> None:
    assert read_interview(PAGES / "hard-wrapped-email.txt").dropped == (
        "From: Festival Press Office",
        "Date: 4 May 2024",
        "Dear colleagues,",
        "Best regards,",
        "Anna Schmidt",
        "Press Office",
    )


def test_short_lines_above_the_article_without_menu_words_stay() -> None:
    page = (
        "Winter Light\nA film by Ada Holm\nSweden 2024\n\nAda Holm is a director.\n\n"
        "Why winter?\n\nBecause of the light.\n"
    )
    interview = parse_interview(page)
    assert interview.title == "Winter Light"
    assert interview.intro.startswith("A film by Ada Holm")


def test_a_second_question_right_under_a_question_stays_a_question() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nWhy winter?\n\nWhy Sweden?\n\n"
        "Because of the light.\n"
    )
    assert pairs_of(page) == [("Why winter?", ""), ("Why Sweden?", "Because of the light.")]


def test_a_record_sheet_names_the_interviewee_and_is_dropped() -> None:
    interview = read_interview(PAGES / "google-doc-export.txt")
    assert interview.dropped[:4] == (
        "INTERVIEWER: Sade Williams",
        "INTERVIEWEE: Chidi Okonkwo",
        "DATE: 14/02/2025",
        "LOCATION: Zoom",
    )


def test_section_headings_and_a_table_of_contents_are_dropped() -> None:
    assert read_interview(PAGES / "wiki-talk.txt").dropped == (
        "Contents",
        "1 Early years",
        "2 Working with Bergman",
        "3 Later work",
        "Early years",
        "Working with Bergman",
        "Later work",
    )


def test_one_answer_ending_without_a_full_stop_keeps_its_last_words() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nWhat do you fear?\n\n"
        "Many things.\n\nMostly silence\n\nAnd what do you love?\n\nNoise.\n"
    )
    assert pairs_of(page) == [
        ("What do you fear?", "Many things.\n\nMostly silence"),
        ("And what do you love?", "Noise."),
    ]


def test_interviewer_lines_that_ask_are_no_record_sheet() -> None:
    page = (
        "Ada Holm in conversation\n\nInterviewer: What is your film about\n"
        "Ada Holm: A dog.\n\nInterviewer: Why a dog?\nAda Holm: Because I have one.\n"
    )
    interview = parse_interview(page)
    assert interview.name == "Ada Holm"
    assert [pair.answer for pair in interview.pairs] == ["A dog.", "Because I have one."]


def test_a_letter_quoted_in_an_answer_keeps_its_greeting_and_sign_off() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nWhat did you write to him?\n\n"
        "Dear Ingmar,\nI loved your film.\nBest regards,\nAda\n\nDid he answer?\n\nNever.\n"
    )
    assert pairs_of(page) == [
        (
            "What did you write to him?",
            "Dear Ingmar,\n\nI loved your film.\n\nBest regards,\n\nAda",
        ),
        ("Did he answer?", "Never."),
    ]


def test_an_answer_ending_in_a_colon_does_not_swallow_the_next_question() -> None:
    page = (
        "Interview: Ada Holm\n\nAda Holm is a director.\n\nHow do you start?\n\n"
        "With one rule:\n\nWhy only one?\n\nBecause I forget the others.\n"
    )
    assert pairs_of(page) == [
        ("How do you start?", "With one rule:"),
        ("Why only one?", "Because I forget the others."),
    ]


def test_a_teaser_for_the_next_issue_closes_the_interview() -> None:
    dropped = read_interview(PAGES / "festival-daily-two-films.txt").dropped
    assert dropped == (
        "Photo: Festival / M. Braun",
        "TOMORROW: Five questions for the jury president",
        "FESTIVAL DAILY — Day 4",
    )


def test_an_ama_keeps_the_readers_questions_without_their_handles() -> None:
    interview = read_interview(PAGES / "ama-reddit.txt")
    assert interview.dropped == (
        "r/movies",
        "Posted by u/lenahartfilms",
        "level 1",
        "Reply",
        "Share",
    )
    assert interview.pairs[0].question == "What scared you the most while making it?"


def test_a_headline_over_a_lowercase_deck_is_not_joined_to_it() -> None:
    page = (
        "Salt and Silence\nan interview with Chloë Åberg\n\nChloë Åberg is a director.\n\n"
        "Why salt?\n\nBecause of the sea.\n"
    )
    interview = parse_interview(page)
    assert interview.title == "Salt and Silence"
    assert interview.intro == "an interview with Chloë Åberg\n\nChloë Åberg is a director."
