"""Pages in formats the first fixtures did not cover (news sites with a quote headline, a
listicle in Markdown, a roundtable whose answers carry the speaker's name, a podcast that signs
off, …), each written for these tests and read exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmtalk.corpus import read_interview
from filmtalk.parsing import parse_interview
from tests.fixture_pages import (
    assert_reads_exactly,
    assert_show_json_matches,
    expected,
    pairs_of,
)

UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen"


EXPECTED = {
    "all-caps-questions.txt": expected(
        "Lena Vogel",
        "lena-vogel",
        "SHORT CUTS: Lena Vogel",
        "Lena Vogel is a Berlin-based animator whose hand-painted short Glass Fox won at Annecy.",
        [
            (
                "WHERE DID GLASS FOX BEGIN?",
                "With a fox I saw on the S-Bahn tracks at night. It looked back at me as if I "
                "were the strange one.",
            ),
            (
                "HOW LONG DID IT TAKE TO PAINT?",
                "Two years, six thousand frames, all on glass.",
            ),
            (
                "TELL US ABOUT THE MUSIC.",
                "My sister wrote it on a broken piano. The broken keys are the best part.",
            ),
            (
                "WHAT'S NEXT?",
                "A feature, if my wrists survive.",
            ),
        ],
    ),
    "blockquote-questions.md": expected(
        "Ilse Brandt",
        "ilse-brandt",
        "Notes from the edit: a conversation with Ilse Brandt",
        "Ilse Brandt edited three of the five films in competition this year. We met in Rotterdam.",
        [
            (
                "What makes a good editor?",
                "Patience, and a bad memory. You have to forget what it cost to shoot a scene.",
            ),
            (
                "Do you ever watch the rushes with the director?",
                "Never. I want my own first impression, not theirs.",
            ),
            (
                "Which cut are you proudest of?",
                "A cut to black in the middle of a wedding. The audience always gasps.",
            ),
        ],
    ),
    "blogger.txt": expected(
        "Jonas Reed",
        "jonas-reed",
        "Interview with Super 8 filmmaker Jonas Reed",
        "Jonas Reed has been making Super 8 films in his garage in Ohio since 1998. His new "
        "short, Rust Belt Lullaby, screened at the Chicago Underground Film Festival.",
        [
            (
                "Why Super 8 in 2024?",
                "Because it's cheap if you're patient, and expensive if you're not. I'm patient.",
            ),
            (
                "Where do you get your film stock?",
                "Kodak still makes it. I buy ten rolls at a time and keep them in the fridge "
                "next to the eggs.",
            ),
            (
                "What's the biggest mistake you've made?",
                "Opening the camera in daylight. Twice.",
            ),
        ],
    ),
    "bold-inline-answer.txt": expected(
        "Hana Mori",
        "hana-mori",
        "Five Questions for Production Designer Hana Mori",
        "Hana Mori designed the sets for the period drama The Paper Garden.",
        [
            (
                "What was your starting point for The Paper Garden?",
                "A box of my grandmother's letters. The paper itself, its colour and weight, "
                "became the palette.",
            ),
            (
                "How big was the team?",
                "Eleven people, including two carpenters who had never worked in film.",
            ),
            (
                "Tell us about the garden set.",
                "It was built entirely from folded paper, around four thousand pieces, and it "
                "rained on the second day.",
            ),
            (
                "Any advice for young designers?",
                "Keep every receipt, and every scrap.",
            ),
        ],
    ),
    "bold-surname.md": expected(
        "Leila Farahani",
        "leila-farahani",
        "The long road to *Dust Songs*: an interview with Leila Farahani",
        "Leila Farahani's documentary *Dust Songs* took nine years to make. She spoke to us "
        "from Tehran.",
        [
            (
                "Why did it take nine years?",
                "Because the musicians kept getting arrested. Every time one was released, we "
                "filmed again.",
            ),
            (
                "Were you ever afraid?",
                "Always. Fear is part of the equipment, like the batteries.\n\nBut you get "
                "used to carrying it.",
            ),
            (
                "What do you want audiences to hear?",
                "The songs. Not me, not the politics. The songs.",
            ),
        ],
    ),
    "caps-topics.txt": expected(
        "Tobias Grün",
        "tobias-grun",
        "IN HIS OWN WORDS: Tobias Grün",
        "The Austrian director Tobias Grün on mountains, money and his new film Höhenluft.",
        [
            (
                "ON MOUNTAINS",
                "I was born at 1,400 metres. Flat land makes me nervous.",
            ),
            (
                "ON MONEY",
                "There was never enough. We shot the avalanche with a drone we borrowed from a "
                "ski school.",
            ),
            (
                "ON WHAT COMES NEXT",
                "A film set entirely in a cable car. Ninety minutes, one cabin.",
            ),
        ],
    ),
    "caps-transcript.txt": expected(
        "Nadia Karim",
        "nadia-karim",
        "FILM COMMENT SPEAKS: NADIA KARIM",
        "Recorded live at the Walter Reade Theater.",
        [
            (
                "Let's start with the title. Why The Salt Road?",
                "It is the road my grandmother walked. Salt was money, once.",
            ),
            (
                "The film is almost entirely in long shots. Was that planned?",
                "Yes. The desert is too big for close-ups. Faces get lost in it, and that is "
                "the point.",
            ),
            (
                "What are you working on now?",
                "A film about the sea, for a change.",
            ),
        ],
    ),
    "captions-between.txt": expected(
        "Joon-ho Park",
        "joon-ho-park",
        "Inside the Edit Room with Joon-ho Park",
        "Editor Joon-ho Park has cut four features for director Mina Seo. We talked about "
        "rhythm, silence and deleted scenes.",
        [
            (
                "What does a first assembly look like for you?",
                "Long. Usually three hours. I put everything in, even the mistakes, because "
                "sometimes the mistakes are the film.",
            ),
            (
                "How do you and Mina work together?",
                "She never sits behind me. She watches from the sofa, and I can feel when she "
                "is bored.",
            ),
            (
                "Which scene was hardest to cut?",
                "The funeral. We had forty minutes of material and used ninety seconds.",
            ),
        ],
    ),
    "duo-first-names.txt": expected(
        # The sisters share the surname the intro writes once: "Lucía and Marta Ortiz".
        "Lucía Ortiz and Marta Ortiz",
        "lucia-ortiz-and-marta-ortiz",
        "The Ortiz Sisters on Directing Together",
        "Sisters Lucía and Marta Ortiz co-directed the animated feature Paper Birds. We asked "
        "them how two people can hold one camera.",
        [
            (
                "Who makes the final decision?",
                "Lucía: Whoever is less tired.\n\nMarta: Usually me.",
            ),
            (
                "Do you ever fight?",
                "Marta: Constantly.\n\nLucía: Never in front of the crew.",
            ),
            (
                "What is next?",
                "Lucía: Separate projects, for our mother's sake.",
            ),
        ],
    ),
    "editors-note.txt": expected(
        "Ana Lima",
        "ana-lima",
        "Ana Lima on translating silence",
        "Ana Lima's debut feature, Dry Season, follows two sisters who run a petrol station in "
        "the Sertão.",
        [
            (
                "Why a petrol station?",
                "Because everyone passes through and nobody stays. It is the perfect place to "
                "be lonely.",
            ),
            (
                "How did you work with the two actresses?",
                "They lived together for a month before the shoot. They fought a lot, which "
                "helped.",
            ),
            (
                "What do you want to do next?",
                "Something with rain, please.",
            ),
        ],
    ),
    "email-newsletter.txt": expected(
        "Oskar Lind",
        "oskar-lind",
        "THE SHORT LIST — ISSUE 48",
        "This week: five questions for the animator Oskar Lind, whose short Moth Hour is on "
        "the Oscar shortlist.",
        [
            (
                "How long is Moth Hour, and how long did it take?",
                "Nine minutes, and four years.",
            ),
            (
                "What were the moths made of?",
                "Tissue paper and fuse wire. They broke constantly.",
            ),
            (
                "What did you do when you heard about the shortlist?",
                "I went back to bed. I thought I had dreamed it.",
            ),
            (
                "Who helped you the most?",
                "My neighbour, who lent me her garage for four years.",
            ),
            (
                "What is next?",
                "Something with no moths.",
            ),
        ],
    ),
    "festival-catalogue.txt": expected(
        "Amira Haddad",
        "amira-haddad",
        "The Salt Road",
        "Dir. Amira Haddad | Tunisia, France 2024 | 94 min | Arabic with English "
        "subtitles\n\nSynopsis\n\nA salt miner's daughter walks across the desert to find the "
        "brother who left for the coast.\n\nDirector's Statement\n\nI grew up near the salt "
        "flats of Chott el Djerid, where the ground cracks into white tiles and the horizon "
        "disappears at noon. This film is my attempt to walk back into that "
        "light.\n\nInterview with Amira Haddad",
        [
            (
                "Why did you shoot on 16mm?",
                "Because the desert burns digital sensors. And because film forgives nothing, "
                "which kept us honest.",
            ),
            (
                "How did you find your lead actress?",
                "At a wedding in Tozeur. She was the only one not dancing.",
            ),
            (
                "What do you hope audiences take away?",
                "The sound of the wind. If they remember nothing else, I am happy.",
            ),
        ],
    ),
    "heading-q-labels.md": expected(
        "Camille Roux",
        "camille-roux",
        "Behind the Lens: Camille Roux",
        "Camille Roux shot the festival hit Paper Moons on a single lens.",
        [
            (
                "Why just one lens?",
                "Because choosing takes time, and we had none. A 35mm did everything.",
            ),
            (
                "How did the director react?",
                "She hated it for a week, then she stopped noticing.",
            ),
            (
                "What would you do differently?",
                "Bring a second lens. Just in case.",
            ),
        ],
    ),
    "initials-interviewed-by.txt": expected(
        "Hiroshi Tanaka",
        "hiroshi-tanaka",
        "In Conversation: Hiroshi Tanaka",
        "",
        [
            (
                "Your new film is almost silent. Was that a decision from the start?",
                "Yes. I wrote the script with maybe twenty lines of dialogue. I wanted the "
                "audience to listen to the wind, the footsteps.",
            ),
            (
                "Tell me about the casting.",
                "The lead is my neighbour. She had never acted before. I watched her feed the "
                "cats every morning for a year.",
            ),
            (
                "Do you think about the audience when you write?",
                "Never. Is that arrogant? Maybe. But I think the audience can feel when you "
                "are trying to please them.",
            ),
        ],
    ),
    "italic-bold-questions.md": expected(
        "Kenji Watanabe",
        "kenji-watanabe",
        "Lighting the Dark: Q&A with Kenji Watanabe",
        "Kenji Watanabe is the cinematographer of the horror hit Hollow House.",
        [
            (
                "How do you light a scene that is supposed to be pitch black?",
                "You light the edges. The audience fills in the middle with their own fears.",
            ),
            (
                "What was your favourite tool on Hollow House?",
                "A single bare bulb on a dimmer. It cost three dollars.",
            ),
            (
                "Any horror films that scared you as a child?",
                "Kwaidan. I still cannot look at a long-haired ghost.",
            ),
        ],
    ),
    "listicle-bold-numbers.md": expected(
        "Priya Nair",
        "priya-nair",
        "10 Questions with Animator Priya Nair",
        "Priya Nair's stop-motion short *Paper Tigers* has screened at more than forty "
        "festivals. We sent her our ten questions.",
        [
            (
                "What was the first film that made you want to animate?",
                "My Neighbor Totoro. I watched it on a pirated VHS in Kochi and rewound the "
                "catbus scene until the tape broke.",
            ),
            (
                "Describe your studio in three words.",
                "Small, cold, glitter.",
            ),
            (
                "What does a normal day look like?",
                "There is no normal day. Some days I move a puppet's finger forty times and "
                "get two seconds of film.\n\nOther days I do emails.",
            ),
            (
                "Who would you most like to work with?",
                "Henry Selick. Or my mum, who sews better than anyone I know.",
            ),
        ],
    ),
    "magazine-profile.txt": expected(
        "Sunita Rao",
        "sunita-rao",
        "The Quiet Revolutionary",
        "How Sunita Rao made the year's most talked-about debut on a borrowed phone\n\nSunita "
        'Rao does not like to talk about budgets. "Everyone asks how much it cost," she '
        'says, stirring her tea in a café in Leeds. "Nobody asks how long it took."\n\nIt '
        "took four years. Rao, 31, shot Monsoon Letters on weekends, on a phone she borrowed "
        "from her brother, with a cast of cousins and neighbours. The film won the audience "
        "award at Sheffield and has since been bought by Mubi.\n\n\"I didn't wait for "
        'permission," she says. "I just kept going until someone noticed."\n\nFive quick '
        "questions",
        [
            (
                "Favourite film of all time?",
                "Pather Panchali. I cried at the train.",
            ),
            (
                "Who should we be watching?",
                "Kiran Shah. Her shorts are wild.",
            ),
            (
                "Phone or camera next time?",
                "Camera. I have earned it.",
            ),
        ],
    ),
    "medium.txt": expected(
        "Ifeoma Obi",
        "ifeoma-obi",
        "Talking Light with Cinematographer Ifeoma Obi",
        "Ifeoma Obi shot the Nollywood hit Harmattan and the festival favourite Red Earth. We "
        "talked about lenses, heat and the colour of Lagos at dusk.",
        [
            (
                "What is your favourite time of day to shoot?",
                "Dusk in Lagos. The dust turns everything orange and the generators start humming.",
            ),
            (
                "Film or digital?",
                "Digital, because of the heat. But I light as if it were film.",
            ),
            (
                "Who taught you the most?",
                "My mother, who ran a photo studio in Enugu. She could light a wedding with "
                "one bulb.",
            ),
        ],
    ),
    "multipage.txt": expected(
        "Rosa Llorente",
        "rosa-llorente",
        "Catching Up with Documentary Maker Rosa Llorente",
        "Rosa Llorente spent five years filming a family of shepherds in the Pyrenees for her "
        "film Transhumance.",
        [
            (
                "How did you gain the family's trust?",
                "I helped with the sheep. For the first year I barely filmed. I carried water, "
                "I fixed fences.",
            ),
            (
                "What surprised you most?",
                "How much they laughed. People expect a sad film about a dying tradition. They "
                "are very funny people.",
            ),
            (
                "Did you ever want to stop?",
                "Every winter. The cold gets into the lenses and into your head.",
            ),
            (
                "How has the film been received in the valley?",
                "They watched it in the village hall. The grandfather fell asleep, which I "
                "take as a compliment.",
            ),
        ],
    ),
    "news-quote-headline.txt": expected(
        "Marta Kowalczyk",
        "marta-kowalczyk",
        "“I wanted the sea to be a character”: Marta Kowalczyk on her debut Salt",
        "Polish director Marta Kowalczyk’s first feature Salt premiered at the Rotterdam "
        "festival this year. We spoke to her about shooting on a trawler, working with "
        "non-actors and what comes next.",
        [
            (
                "Where did the idea for Salt come from?",
                "I grew up in Gdańsk, and my grandfather was a fisherman. When he died I found "
                "his logbooks, and they read like poetry. I knew there was a film in "
                "them.\n\nIt took me six years to find the shape of it.",
            ),
            (
                "You cast real fishermen. Why?",
                "Because actors can't fake forty years at sea. Their hands, the way they stand "
                "on a moving deck – you can’t teach that in rehearsal.",
            ),
            (
                "How did you shoot on a working boat?",
                "With a crew of four. We had no lights, just the sun and the sodium lamps of "
                "the harbour. Was it dangerous? Sometimes. But it was also the only honest "
                "way.",
            ),
            (
                "What’s next for you?",
                "A comedy, believe it or not. Set in a retirement home.",
            ),
        ],
    ),
    "newspaper-paywall.txt": expected(
        "Lucía Méndez",
        "lucia-mendez",
        "The Director Who Filmed Her Own Eviction",
        "Lucía Méndez turned a court order into a documentary. She talked about privacy, anger "
        "and what happened to the furniture.",
        [
            (
                "How did you decide to film the eviction?",
                "I had the camera in my hand already. It felt more natural to keep filming "
                "than to stop.",
            ),
            (
                "Were you worried about your neighbours' privacy?",
                "Every day. Everyone in the film saw it before anyone else did, and two people "
                "asked to be cut. I cut them.",
            ),
            (
                "What happened to the furniture?",
                "My sister has the sofa. The rest is on the street, probably, or in someone "
                "else's film.",
            ),
        ],
    ),
    "numbers-own-line.txt": expected(
        "Mikael Berg",
        "mikael-berg",
        "Five questions: Mikael Berg",
        "The Swedish director Mikael Berg on his ghost story The Lake House.",
        [
            (
                "Where did the idea come from?",
                "A house my parents almost bought. The estate agent would not go inside.",
            ),
            (
                "Did you believe in ghosts before?",
                "No. I still don't, but I sleep with the light on.",
            ),
            (
                "What scared you most on set?",
                "The budget.",
            ),
        ],
    ),
    "podcast-sign-off.txt": expected(
        "Kwame Mensah",
        "kwame-mensah",
        "THE FILM STAGE PODCAST — EPISODE 112",
        "Welcome back to the show. Today my guest is the documentary filmmaker Kwame Mensah, "
        "whose film The River Knows just won the jury prize. Kwame, welcome.",
        [
            (
                "Let's start at the beginning. How did you find this story?",
                "I was actually working on something else entirely. A friend sent me a "
                "newspaper clipping about the village, and I drove out there the next week.",
            ),
            (
                "So you arrived in the village. What happened then?",
                "Nobody wanted to talk to me at first. I spent three months just helping with "
                "the harvest before I took the camera out.",
            ),
        ],
    ),
    "q-a-photo-credit.txt": expected(
        "Sofia Reyes",
        "sofia-reyes",
        "Q&A: Sofia Reyes",
        "Sofia Reyes is a Mexican cinematographer based in Los Angeles. Her work on the "
        "Netflix series Tierra earned her an ASC nomination.\n\nHer latest feature, Night Bus, "
        "opens in theaters this Friday.",
        [
            (
                "How did you get started in cinematography?",
                "I studied photography in Guadalajara and started assisting on music videos. "
                "One day the DP didn't show up and I had to light the whole thing myself.",
            ),
            (
                "What is your approach to lighting faces of different skin tones?",
                "It starts in prep. I test with the actual cast, under the actual practicals, "
                "and I build the palette around them, not the other way around.",
            ),
            (
                "Any advice for young DPs?",
                "Shoot everything. Your phone is a camera.",
            ),
        ],
    ),
    "q-numbered.txt": expected(
        "Sofie Lund",
        "sofie-lund",
        "Sofie Lund – 5 questions",
        "Sofie Lund is a Danish sound designer.",
        [
            (
                "What was the first sound you ever recorded?",
                "My grandfather snoring. I still use it in films.",
            ),
            (
                "What is your favourite microphone?",
                "Whatever is already plugged in.",
            ),
            (
                "Which film has the best sound design?",
                "The Conversation. Nothing else comes close.",
            ),
            (
                "Describe silence.",
                "It does not exist. There is always a fridge somewhere.",
            ),
            (
                "What are you working on?",
                "A horror film set in a library.",
            ),
        ],
    ),
    "question-n-labels.txt": expected(
        "Yara Haddad",
        "yara-haddad",
        "Ten Minutes with Yara Haddad",
        "Yara Haddad is a Lebanese costume designer working in Paris.",
        [
            (
                "How did you start designing costumes?",
                "I sewed my sisters' wedding dresses. After the third one, a director asked me "
                "to dress his film.",
            ),
            (
                "What is your favourite fabric?",
                "Wool. It remembers everything.",
            ),
            (
                "Which costume are you proudest of?",
                "A coat made from forty old scarves for The Winter Guest.",
            ),
        ],
    ),
    "role-labels.txt": expected(
        "Dario Conti",
        "dario-conti",
        "Filmmaker Interview: Dario Conti",
        "Dario Conti's documentary Iron Bells follows the last bell foundry in Agnone.",
        [
            (
                "How did you first hear about the foundry?",
                "My uncle took me there when I was nine. I remember the heat more than anything.",
            ),
            (
                "The film has almost no interviews. Why?",
                "The bells speak better than the men do. The men agreed, actually.",
            ),
            (
                "What was the hardest scene to shoot?",
                "The casting of the big bell. We had one chance, and the camera fogged "
                "up.\n\nWe wiped it with a sleeve and kept rolling.",
            ),
        ],
    ),
    "roundtable-answer-labels.txt": expected(
        "Ana Lucía Ortega, Ben Whitaker and Yusuf Demir",
        "ana-lucia-ortega-ben-whitaker-and-yusuf-demir",
        "ROUNDTABLE: THREE DIRECTORS ON FIRST FEATURES",
        "This week we brought together three filmmakers whose debut features premiered at "
        "Sundance: Ana Lucía Ortega, Ben Whitaker and Yusuf Demir.",
        [
            (
                "What was the hardest day of your shoot?",
                "Ana Lucía Ortega: The day our lead actor got food poisoning. We shot around "
                "him for ten hours.\n\nBen Whitaker: Day one. I didn't know anyone's name "
                "yet.\n\nYusuf Demir: Every day was hard, honestly. But the night shoots in "
                "Istanbul were the worst.",
            ),
            (
                "What advice would you give to someone making their first feature?",
                "Ben Whitaker: Sleep.\n\nAna Lucía Ortega: Protect your editor. They are the "
                "last writer of the film.\n\nYusuf Demir: Don't listen to advice.",
            ),
        ],
    ),
    "script-style.txt": expected(
        "Ana Ruiz",
        "ana-ruiz",
        "Transcript: Ana Ruiz at the Morelia Film Festival",
        "The following conversation took place after the screening of Casa de Agua.",
        [
            (
                "Ana, where did Casa de Agua begin?",
                "With a leak in my kitchen. I watched it for a month before I understood it "
                "was a film.",
            ),
            (
                "Why did you cast your own mother?",
                "Because she would not let anyone else play her.\n\nShe is a very difficult "
                "actress.",
            ),
            (
                "What are you making next?",
                "Nothing, for a while. I want to fix the kitchen.",
            ),
        ],
    ),
    "sidebar-facts.txt": expected(
        "Pablo Ferrer",
        "pablo-ferrer",
        "Meet the Director: Pablo Ferrer",
        "Pablo Ferrer's first feature, Low Tide, opens the Málaga festival this week.\n\nBorn: "
        "1989, Cádiz\n\nLives: Madrid\n\nFilms: Low Tide (2024), The Pier (2019, short)",
        [
            (
                "What drew you to the coast?",
                "I grew up on it. The tide goes out two kilometres there, and the town looks "
                "different every six hours.",
            ),
            (
                "Who did you cast?",
                "Mostly fishermen, and one actor from Madrid who had to learn to gut a fish.",
            ),
            (
                "What should audiences know before they see it?",
                "Nothing. Go in cold, like the sea.",
            ),
        ],
    ),
    "substack.txt": expected(
        "Oren Adler",
        "oren-adler",
        "Ten minutes with Oren Adler",
        "On grief, long takes and shooting in the snow\n\nOren Adler's second feature, White "
        "Months, is a single winter in a single house, told in twenty-two long takes. I spoke "
        "to him by phone from Haifa.",
        [
            (
                "Why long takes?",
                "Because grief doesn't cut. It just goes on, and you sit in it.",
            ),
            (
                "Was it hard for the actors?",
                "Harder for the dog. He had to hit a mark in take nineteen and he did not care "
                "about marks.",
            ),
            (
                "What are you reading right now?",
                "Tove Ditlevsen. Everyone should.",
            ),
        ],
    ),
    "surname-answers.txt": expected(
        "Tomasz Wierzbicki",
        "tomasz-wierzbicki",
        '"I never wanted to be a director" – an interview with Tomasz Wierzbicki',
        "Tomasz Wierzbicki was a sound recordist for twenty years before he directed The Quiet "
        "Field. He talked to us before its premiere in Gdynia.",
        [
            (
                "You started in sound. How did that change the way you direct?",
                "I listen first. On set I close my eyes during takes, which makes the actors "
                "nervous.",
            ),
            (
                "The film is set on a farm where your family lived. Was that difficult?",
                "Very. My father visited the set once and said nothing for an hour.\n\nThen he "
                "said the barn was the wrong colour.",
            ),
            (
                "What would you tell your younger self?",
                "Buy better headphones.",
            ),
        ],
    ),
    "wordpress-comments.txt": expected(
        "Greta Holm",
        "greta-holm",
        "Interview: Greta Holm on her puppet film The Tin Sea",
        "Greta Holm spent three years building the tin puppets for her short The Tin Sea.",
        [
            (
                "Why tin?",
                "It rusts. I wanted the puppets to age during the shoot, like actors do.",
            ),
            (
                "How many puppets did you build?",
                "Nineteen, and a whale that never worked.",
            ),
            (
                "What is next?",
                "A feature, with fewer whales.",
            ),
        ],
    ),
}


def test_every_fixture_has_expectations() -> None:
    assert sorted(path.name for path in UNSEEN.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_fixture_reads_exactly(file_name: str) -> None:
    assert_reads_exactly(UNSEEN / file_name, EXPECTED[file_name])


def test_roundtable_answers_keep_their_speakers() -> None:
    interview = read_interview(UNSEEN / "roundtable-answer-labels.txt")
    assert [pair.speakers for pair in interview.pairs] == [
        ("Ana Lucía Ortega", "Ben Whitaker", "Yusuf Demir"),
        ("Ben Whitaker", "Ana Lucía Ortega", "Yusuf Demir"),
    ]


def test_podcast_sign_off_is_dropped_not_answered() -> None:
    dropped = read_interview(UNSEEN / "podcast-sign-off.txt").dropped
    assert dropped[-2:] == ("Host: Kwame Mensah, thank you so much.", "Kwame Mensah: Thank you.")


def test_editors_notes_shortcodes_and_embeds_are_dropped() -> None:
    assert read_interview(UNSEEN / "editors-note.txt").dropped == (
        "This interview has been edited and condensed for clarity.",
        "Translated from the Portuguese by Daniel Hahn.",
        '[caption id="attachment_4412" align="aligncenter" width="800"] Ana Lima on the set of '
        "Dry Season[/caption]",
        "Watch the trailer below:",
        "This interview was conducted in Portuguese and translated by the author.",
    )


def test_comments_after_the_interview_are_dropped() -> None:
    dropped = read_interview(UNSEEN / "wordpress-comments.txt").dropped
    assert dropped[1:3] == (
        "3 thoughts on “Interview: Greta Holm on her puppet film The Tin Sea”",
        "Maria K says:",
    )
    assert dropped[-1] == "It screens at Annecy in June."


def test_paywall_and_newsletter_furniture_is_dropped() -> None:
    assert len(read_interview(UNSEEN / "newspaper-paywall.txt").dropped) == 10
    assert read_interview(UNSEEN / "email-newsletter.txt").dropped == (
        "View this email in your browser",
        "Forwarded this email? Subscribe here for more",
        "You are receiving this email because you signed up at theshortlist.example.",
        "Unsubscribe | Manage your subscription",
    )


def test_share_row_byline_and_closing_promo_are_dropped() -> None:
    news = read_interview(UNSEEN / "news-quote-headline.txt").dropped
    assert "Share on Facebook Share on Twitter" in news
    listicle = read_interview(UNSEEN / "listicle-bold-numbers.md").dropped
    assert listicle == (
        "*Posted in Interviews · 5 min read*",
        "---",
        "*Paper Tigers streams on Vimeo from June 1.*",
        "Subscribe to our newsletter",
    )


# --- Guards: the rules above, each on a page of its own -----------------------------------


def test_the_name_is_found_in_any_part_of_a_headline() -> None:
    for title in (
        "“The sea is a character”: Marta Kowalczyk on her debut Salt",
        "Salt and the sea | Marta Kowalczyk talks about her debut",
        "The sea as a character – Marta Kowalczyk on Salt",
    ):
        interview = parse_interview(f"{title}\n\nWhat is it about?\n\nThe sea.\n", path="a.txt")
        assert (interview.name, interview.notes) == ("Marta Kowalczyk", ())


def test_a_short_file_name_is_never_a_guessed_name() -> None:
    interview = parse_interview("What is it about?\n\nThe sea.\n", path="/corpus/a.txt")
    assert (interview.name, interview.name_guessed) == ("Unknown", True)


def test_a_rule_between_questions_does_not_end_the_article() -> None:
    page = "Jane Doe on Blue Hour\n\nWhat is it about?\n\nThe sea.\n\n---\n\nWhy?\n\nWhy not.\n"
    assert pairs_of(page) == [("What is it about?", "The sea."), ("Why?", "Why not.")]


def test_answers_that_open_with_a_colon_phrase_keep_it() -> None:
    # "Short answer:" opens two answers, but the page never introduces anyone by that name.
    page = (
        "Jane Doe on Blue Hour\n\nJane Doe made Blue Hour.\n\n"
        "Was it hard?\n\nShort answer: yes.\n\nWould you do it again?\n\nShort answer: no.\n"
    )
    assert pairs_of(page) == [
        ("Was it hard?", "Short answer: yes."),
        ("Would you do it again?", "Short answer: no."),
    ]


def test_one_interviewee_named_before_each_answer_loses_the_label() -> None:
    page = (
        "Salt\n\nMarta Kowalczyk made Salt on a trawler.\n\n"
        "Why the sea?\n\nKowalczyk: My grandfather was a fisherman.\n\n"
        "And next?\n\nKowalczyk: A comedy.\n\nSet in a retirement home.\n"
    )
    interview = parse_interview(page)
    assert interview.name == "Marta Kowalczyk"
    assert [(p.question, p.answer, p.speakers) for p in interview.pairs] == [
        ("Why the sea?", "My grandfather was a fisherman.", ("Kowalczyk",)),
        ("And next?", "A comedy.\n\nSet in a retirement home.", ("Kowalczyk", "Kowalczyk")),
    ]


def test_a_host_thanking_mid_interview_does_not_end_it() -> None:
    page = (
        "Host: What is Blue Hour about?\n\nJane Doe: Two sisters and a lighthouse.\n\n"
        "Host: Thank you for that.\n\n"
        "Jane Doe: And a dog, which I forgot to say, who steals every scene he is in.\n\n"
        "Host: Where did you shoot?\n\nJane Doe: In Brest.\n"
    )
    assert pairs_of(page) == [
        (
            "What is Blue Hour about?",
            "Two sisters and a lighthouse.\n\n"
            "And a dog, which I forgot to say, who steals every scene he is in.",
        ),
        ("Where did you shoot?", "In Brest."),
    ]


def test_a_number_alone_is_an_answer_but_two_counts_together_are_not() -> None:
    page = (
        "Jane Doe on Blue Hour\n\n42\n3\n\n"
        "How old were you?\n\n14\n\nAnd now?\n\n2019 was long ago.\n"
    )
    interview = parse_interview(page)
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("How old were you?", "14"),
        ("And now?", "2019 was long ago."),
    ]
    assert interview.dropped == ("42", "3")


def test_a_release_date_in_the_interviewees_words_stays_in_the_answer() -> None:
    page = (
        "Jane Doe on Blue Hour\n\nWhen can we see it?\n\nSoon, I hope.\n\n"
        "I think it opens in cinemas in May.\n"
    )
    assert pairs_of(page) == [
        ("When can we see it?", "Soon, I hope.\n\nI think it opens in cinemas in May.")
    ]


def test_a_release_note_after_the_last_answer_is_dropped() -> None:
    page = (
        "Jane Doe on Blue Hour\n\nWhen can we see it?\n\nSoon.\n\n"
        "Blue Hour is in cinemas from 4 May.\n"
    )
    interview = parse_interview(page)
    assert [(p.question, p.answer) for p in interview.pairs] == [("When can we see it?", "Soon.")]
    assert interview.dropped == ("Blue Hour is in cinemas from 4 May.",)


def test_a_title_over_a_date_is_kept_but_a_byline_over_a_date_is_not() -> None:
    page = "JANE DOE\nMarch 3, 2024\n\nWhat is it about?\n\nThe sea.\n"
    interview = parse_interview(page)
    assert (interview.title, interview.dropped) == ("JANE DOE", ("March 3, 2024",))
    page = "Jane Doe on Blue Hour\nSam Lee\nMarch 3, 2024\n\nWhat is it about?\n\nThe sea.\n"
    interview = parse_interview(page)
    assert (interview.title, interview.dropped) == (
        "Jane Doe on Blue Hour",
        ("Sam Lee", "March 3, 2024"),
    )


def test_section_headings_in_capitals_are_not_questions() -> None:
    page = (
        "Jane Doe on Blue Hour\n\nPART ONE\n\nWhat is it about?\n\nThe sea.\n\n"
        "PART TWO\n\nWhy Brest?\n\nMy mother.\n"
    )
    assert pairs_of(page) == [
        ("What is it about?", "The sea.\n\nPART TWO"),
        ("Why Brest?", "My mother."),
    ]


def test_topic_headings_in_bold_are_questions() -> None:
    page = "Jane Doe\n\n**On the sea**\n\nIt frightens me.\n\n**On Brest**\n\nMy mother's town.\n"
    assert pairs_of(page) == [("On the sea", "It frightens me."), ("On Brest", "My mother's town.")]


def test_the_answer_going_on_about_the_release_keeps_it() -> None:
    page = "Jane Doe on Blue Hour\n\nWhen?\n\nSoon.\n\nIt opens in cinemas on Friday.\n"
    assert pairs_of(page) == [("When?", "Soon.\n\nIt opens in cinemas on Friday.")]


def test_a_number_answer_right_above_the_next_question_stays() -> None:
    page = "Jane Doe on Blue Hour\n\nHow old were you?\n\n14\nWhy then?\n\nSchool was out.\n"
    assert [p.answer for p in parse_interview(page).pairs][0].startswith("14")


def test_headings_in_capitals_right_above_their_text_are_not_speakers() -> None:
    page = (
        "Jane Doe in her own words\n\nJane Doe on the sea.\n\n"
        "ON THE SEA\nIt frightens me.\n\nON BREST\nMy mother's town.\n"
    )
    assert pairs_of(page) == [("ON THE SEA", "It frightens me."), ("ON BREST", "My mother's town.")]


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_show_path_json_reads_the_same(file_name: str) -> None:
    assert_show_json_matches(UNSEEN / file_name, EXPECTED[file_name])
