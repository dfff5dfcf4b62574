"""Every format family of the wild, one or more fixture interviews each (written for these
tests), read exactly: name, slug, title, intro, and every question and answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.corpus import read_interview

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"

Pairs = list[tuple[str, str]]


def expected(
    name: str, slug: str, title: str, intro: str, pairs: Pairs, encoding: str = "utf-8"
) -> dict[str, Any]:
    return {
        "name": name,
        "slug": slug,
        "title": title,
        "intro": intro,
        "pairs": pairs,
        "encoding": encoding,
    }


EXPECTED = {
    # "Q:" / "A:" on the same line; cookie banner, menu, byline and date above, share buttons
    # and related posts below.
    "q-a-labels.txt": expected(
        "Chloë Åberg",
        "chloe-aberg",
        "Interview: Chloë Åberg on Salt and Silence",
        "Swedish director Chloë Åberg spent four winters filming the fishing families of Gotland.",
        [
            (
                "How did Salt and Silence begin?",
                "With a photograph. My grandmother kept one picture of her father's boat, "
                "and I wanted to know who was on it.",
            ),
            (
                "You shot for four winters. Why winter?",
                "Because that is when the island belongs to the people who live there. "
                "The tourists are gone and the light is short.",
            ),
            ("What did the families think of the camera?", "They ignored it after a week."),
            ("What comes next?", "A fiction film, set on the same coast."),
        ],
    ),
    # "Question:" / "Answer:" alone on their lines; UTF-8 with a BOM, CRLF; caption and footer.
    "question-answer-next-line.txt": expected(
        "Łukasz Nowak",
        "lukasz-nowak",
        "In Conversation with Łukasz Nowak",
        "Łukasz Nowak is a cinematographer from Łódź whose first feature as director, "
        "Birch Years, opens this week.",
        [
            (
                "Where did you grow up?",
                "In Łódź, near the film school. I used to watch the students carry tripods "
                "past our window.",
            ),
            (
                "Tell us about Birch Years.",
                "It is a film about three brothers and a forest that is about to be sold.\n\n"
                "The forest is the fourth brother, really.",
            ),
            (
                "What advice would you give a young cinematographer?",
                "Light the faces, not the room.",
            ),
        ],
    ),
    # Initials as labels ("KM:", "TMK:"); a two-paragraph intro; a greeting as first question;
    # a rhetorical question inside an answer.
    "initials.txt": expected(
        "Trần Minh Khoa",
        "tran-minh-khoa",
        "Trần Minh Khoa: The Long Way Home",
        "Trần Minh Khoa was born in Huế in 1988. He studied architecture before he made his "
        "first short, and his new documentary follows his mother back to the village she left "
        "in 1975.\n\nThe film premieres at the Busan International Film Festival in October.",
        [
            (
                "Khoa, thank you for making time during the festival.",
                "Thank you for having me. It is a busy week.",
            ),
            (
                "How did your mother react when you asked to film her?",
                "She laughed. Then she said yes, as long as she could choose the songs.\n\n"
                "She chose all of them in the end.",
            ),
            (
                "Was it hard to direct your own family?",
                "Do I direct them? Not really. I watch them and I wait.",
            ),
            ("Finally, what are you working on now?", "A short about my father's radio."),
        ],
    ),
    # Full names as labels, the interviewee's label also in the title line; UTF-16 with a BOM.
    "name-labels.txt": expected(
        "Ana Ruiz",
        "ana-ruiz",
        "Ana Ruiz: “I film what I cannot say”",
        "The Mexican director talks about her debut, Casa de Agua.",
        [
            (
                "Ana, what was the first image you had of Casa de Agua?",
                "A kitchen full of water. I dreamed it twice before I wrote a word.",
            ),
            (
                "Did the dream change once you started writing?",
                "It became a flood, then a leak, then just a dripping tap. "
                "The script got smaller and truer.",
            ),
            ("Who do you make films for?", "For my sisters."),
        ],
        encoding="utf-16",
    ),
    # The outlet's name labels the questions; answers start on the next line, unlabelled.
    "outlet-label.txt": expected(
        "Kaʻiulani Makoa",
        "kaiulani-makoa",
        "Spotlight: Kaʻiulani Makoa",
        "",
        [
            (
                "Aloha Kaʻiulani, and congratulations on the Hawaiʻi premiere.",
                "Mahalo. It still feels unreal to show it at home.",
            ),
            (
                "Describe the film in one sentence.",
                "A girl teaches her grandfather to surf again after his stroke.",
            ),
            (
                "What was the hardest scene to shoot?",
                "The night swim. We had one hour of calm water and a very cold crew.\n\n"
                "Everyone got in anyway, even the sound recordist.",
            ),
            (
                "Where can people see it?",
                "At the festival on Saturday, and online from July.",
            ),
        ],
    ),
    # "1." and "3)" numbering, a statement as a prompt; cp1252 with curly quotes, CRLF.
    "numbered.txt": expected(
        "Chloé Marchand",
        "chloe-marchand",
        "Five Questions for Chloé Marchand",
        "Chloé Marchand’s short “Les Méduses” won the jury prize at Clermont-Ferrand this year.",
        [
            (
                "What drew you to jellyfish?",
                "Their patience. They drift for hours and still get where they are going.",
            ),
            ("Describe your first day on set.", "Chaos, then coffee, then a very good take."),
            (
                "The film has almost no dialogue.",
                "I trusted the sea to do the talking. Words would have made it smaller.",
            ),
            ("Your favourite film of the year?", "“Aftersun”, without hesitation."),
            ("What’s next?", "A feature, if the money agrees."),
        ],
        encoding="cp1252",
    ),
    # Dash and bullet questions; a name written again in Chinese.
    "bulleted.txt": expected(
        "Wu Lan (吴岚)",
        "wu-lan",
        "Meet Wu Lan (吴岚)",
        "Wu Lan (吴岚) is an animator based in Chengdu. "
        "Her stop-motion short Paper Tigers screened at Annecy.",
        [
            ("How long did Paper Tigers take?", "Three years, mostly weekends."),
            (
                "What materials do you animate?",
                "Rice paper, wire and a lot of glue. The tigers are folded from old newspapers.",
            ),
            ("Tell us about the music.", "My brother wrote it on a borrowed piano."),
            (
                "Any advice for new animators?",
                "Finish something small first. Then finish something slightly bigger.",
            ),
        ],
    ),
    # Markdown: a heading title, an italic intro, bold questions.
    "markdown-bold.txt": expected(
        "Mateus Oliveira",
        "mateus-oliveira",
        "A conversation with Mateus Oliveira",
        "Mateus Oliveira edits documentaries in São Paulo. "
        "His latest, Concrete Rivers, follows the city's buried streams.",
        [
            (
                "What does an editor do that audiences never notice?",
                "Everything that works. If you notice the cut, I failed.",
            ),
            (
                "How long was the first assembly of Concrete Rivers?",
                "Nine hours. The final film is ninety minutes.",
            ),
            (
                "Share a scene you fought to keep.",
                "The boy who follows the sound of water under a car park. "
                "Everyone else wanted it gone.\n\nI kept it by hiding it in the middle.",
            ),
            (
                "Last question: which editor taught you the most?",
                "Thelma Schoonmaker, through her films. I have never met her.",
            ),
        ],
    ),
    # Markdown headings as questions, one an imperative, one a bare topic; a rhetorical
    # question opening an answer.
    "markdown-heading.txt": expected(
        "Sana Qureshi",
        "sana-qureshi",
        "Sana Qureshi — Interview",
        "Sana Qureshi's debut feature, The Monsoon Letters, premieres at the Berlinale.",
        [
            (
                "Tell us how you started making films",
                "I borrowed my uncle's camcorder at twelve and never gave it back.",
            ),
            (
                "Which filmmakers shaped you?",
                "Satyajit Ray, Agnès Varda and my grandmother, who told the best stories in "
                "Karachi.",
            ),
            (
                "On the monsoon",
                "The rain was real. We waited two weeks for it and then it would not stop.",
            ),
            (
                "Why cinema?",
                "Why do I make films? Because I cannot paint and I talk too much.\n\n"
                "Cinema lets me do both badly and still finish something.",
            ),
        ],
    ),
    # Greetings, imperatives and a closing colon, no question marks; CR line endings.
    "prompts-no-question-mark.txt": expected(
        "Tomás Herrera",
        "tomas-herrera",
        "Behind the Lens with Tomás Herrera",
        "Today we’d like to introduce you to Tomás Herrera.",
        [
            (
                "Hi Tomás, thanks for joining us.",
                "Thanks for having me. I have been a fan of the magazine for years.",
            ),
            (
                "Tell us about your new short, Dry Season.",
                "It follows a water truck driver during a drought in Sonora. "
                "He decides who gets water and who waits.",
            ),
            (
                "Share a moment from the shoot that surprised you.",
                "The truck broke down on the second day, and the whole village came out to "
                "push it. We kept that in the film.",
            ),
            (
                "Let’s talk about your cast:",
                "Most of them had never acted before. The driver is my cousin.\n\n"
                "Why do I keep casting non-actors? Because they cannot pretend, "
                "and the camera knows.",
            ),
            ("Name a film you keep going back to.", "Y Tu Mamá También, again and again."),
        ],
    ),
    # Hard-wrapped at 72 columns, questions over two lines; a rhetorical "Why not?"; Latin-1.
    "hard-wrapped.txt": expected(
        "Marguerite Duval",
        "marguerite-duval",
        "A CONVERSATION WITH MARGUERITE DUVAL",
        "Marguerite Duval has been making films in Brittany for thirty years. Her new "
        "documentary, The Lighthouse Keepers, is her eleventh, and the first she has shot on "
        "film since 1998.\n\nWe met her at a café in Paris, a week before the première.",
        [
            (
                "You have said that you only film places you are afraid to lose. "
                "Is the lighthouse at Kermor one of those places?",
                "Yes. The lighthouse at Kermor will be automated next year, and the last keeper "
                "will leave. I wanted to be there before the light stopped being somebody's job "
                "and became a machine's.",
            ),
            (
                "Why return to 16mm after so long?",
                "Why not? Film makes everyone slower, and slowness was the subject. We had "
                "eleven rolls, so every shot had to be worth its cost.",
            ),
            (
                "Tell us about the keepers themselves, and how you earned their trust over the "
                "three winters you spent on the island with them.",
                "Patience. I brought bread and a thermos of café au lait every morning.\n\n"
                "They did not speak to me for a month. Then one day Yann asked me to hold the "
                "ladder, and after that I was part of the place.",
            ),
        ],
        encoding="cp1252",
    ),
    # A podcast transcript: "Host (00:00):" labels, host monologue as the intro, an ad read,
    # a break and an outro that are nobody's answer.
    "podcast.txt": expected(
        "Wu Lan",
        "wu-lan",
        "Frame by Frame — Episode 42: Wu Lan",
        "Welcome to Frame by Frame, the podcast about how films get made. I'm Dana Cole. "
        "My guest today is the animator Wu Lan, whose short Paper Tigers just won at Annecy.",
        [
            ("Wu Lan, welcome to the show.", "Thank you, Dana. I'm happy to be here."),
            (
                "Where did the tigers come from?",
                "From my grandfather's newspapers. He folded animals for me when I was small."
                "\n\nWhen he died, I found a box of them. That was the start.",
            ),
            ("And we're back. How long did the film take?", "Three years of weekends."),
        ],
    ),
    # A panel: a moderator and three answerers; each answer paragraph keeps its speaker.
    "panel.txt": expected(
        "Chloë Åberg, Łukasz Nowak and Ana Ruiz",
        "chloe-aberg-lukasz-nowak-and-ana-ruiz",
        "Three Directors on Making a First Feature",
        "At the Nordic Film Days panel, moderator Ines Berg spoke with Chloë Åberg, "
        "Łukasz Nowak and Ana Ruiz about their debuts.",
        [
            (
                "What was the hardest part of your first feature?",
                "Chloë Åberg: The money. I spent two years asking for it.\n\n"
                "Łukasz Nowak: Casting. I saw three hundred boys for one part.\n\n"
                "Ana Ruiz: Finishing it. I kept recutting the ending.",
            ),
            (
                "Would you do anything differently?",
                "Ana Ruiz: I would shoot fewer takes and sleep more.\n\n"
                "Chloë Åberg: Nothing. The mistakes are in the film and they belong there.",
            ),
            ("One piece of advice for the audience.", "Łukasz Nowak: Make the short first."),
        ],
    ),
    # A bio of three paragraphs; menu, byline, date, credit, caption, a pull quote repeated
    # from an answer, related posts and a comment form.
    "long-bio.txt": expected(
        "Noa Ben-David",
        "noa-ben-david",
        "The Quiet Ones: An Interview with Director Noa Ben-David",
        "Noa Ben-David grew up in Haifa, the daughter of a sound engineer and a schoolteacher. "
        "She studied philosophy in Jerusalem before moving to Tel Aviv to work as an assistant "
        "editor on television dramas.\n\n"
        "Her first short, Static, played at more than forty festivals and won the student "
        "prize in Locarno. Her second, The Quiet Ones, is a documentary about a choir of deaf "
        "children that learns to sing by feeling the piano.\n\n"
        "In 2023 she was named one of the ten filmmakers to watch by a national newspaper. "
        "She lives in Jaffa with her partner and two cats.",
        [
            (
                "What first brought you to the choir?",
                "A friend of mine teaches there. She invited me to a rehearsal and I cried "
                "through all of it.",
            ),
            (
                "How did you film music that the singers cannot hear?",
                "We put contact microphones on the piano and on the floor. The children taught "
                "me to listen with my whole body. The camera had to learn the same thing.",
            ),
            (
                "Did the children see the finished film?",
                "Yes, at a screening with the speakers turned all the way up, so the seats shook.",
            ),
        ],
    ),
    # No intro at all: the questions start straight after the title.
    "no-intro.txt": expected(
        "Kofi Mensah",
        "kofi-mensah",
        "Kofi Mensah talks cinematography",
        "",
        [
            ("What camera did you use?", "An old Arri borrowed from the film school in Accra."),
            (
                "Why black and white?",
                "Because the colour in the dailies lied. "
                "Black and white told the truth about the faces.",
            ),
            ("Would you shoot on film again?", "Only if someone else pays for it."),
        ],
    ),
    # Front matter names the person, the slug and the title the page does not give.
    "front-matter.txt": expected(
        "Hana Kobayashi",
        "hana-k",
        "Hana Kobayashi on Night Trains",
        "",
        [
            (
                "What is Night Trains about?",
                "Two strangers who share a sleeper cabin from Tokyo to Aomori.",
            ),
            (
                "What did you learn from making it?",
                "That trains are very loud and actors are very patient.",
            ),
        ],
    ),
    # Sign-in menu, breadcrumb, visitor counter, share buttons, an ad and a page counter in
    # the middle, recent posts and a contact footer; CRLF.
    "chrome-heavy.txt": expected(
        "Marcus Webb",
        "marcus-webb",
        "Marcus Webb on Ghost Lights",
        "Marcus Webb’s horror short Ghost Lights was shot in a single night in an abandoned "
        "mine in Wales.",
        [
            (
                "Why a mine?",
                "My grandfather worked in it. "
                "I grew up on his stories about lights that moved in the dark.",
            ),
            (
                "How did you light a place with no power?",
                "Head torches and one generator we carried down in pieces. "
                "The actors lit each other.",
            ),
            ("What scared the crew most?", "The silence when we switched everything off."),
        ],
    ),
    # "Interviewer:" and the interviewee's name alone on their lines, text on the next line.
    "label-next-line.txt": expected(
        "Isabela Costa",
        "isabela-costa",
        "Isabela Costa, in her own words",
        "",
        [
            (
                "What made you leave architecture for film?",
                "Buildings take ten years. I wanted to finish something before I turned forty.",
            ),
            (
                "Was the switch difficult?",
                "Very. Nobody in film cared that I could draw a staircase.\n\n"
                "Then a production designer hired me, and suddenly it mattered a lot.",
            ),
        ],
    ),
    # Bold "Q." questions and "A." answers; a byline with a date, share links and tags.
    "bold-letter-labels.txt": expected(
        "Sarah Lindqvist",
        "sarah-lindqvist",
        "Q&A: Sarah Lindqvist talks Northern Lights",
        "Sarah Lindqvist's second feature, Northern Lights, opens Friday.",
        [
            (
                "Where did the idea come from?",
                "From a radio story about a lighthouse keeper in Norway. "
                "I heard it in the car and had to pull over.",
            ),
            ("How long did you shoot?", "Six weeks. It rained on every one of them."),
            ("What's next?", "Sleep."),
        ],
    ),
    # "[00:00:12] Name:" labels; the host's welcome is the intro, "Right." is no question.
    "timestamped-podcast.txt": expected(
        "Jonas Berg",
        "jonas-berg",
        "EPISODE 12 TRANSCRIPT",
        "Hello and welcome back to Cut to Black. "
        "Today I'm talking with documentary filmmaker Jonas Berg.",
        [
            (
                "So, Jonas, what got you into documentaries?",
                "Honestly, an accident. I was filming my grandmother's farm for a school project "
                "and it turned into a film.\n\n"
                "And then it played at a local festival, and I was hooked.",
            ),
            (
                "How do you fund your work now?",
                "Grants, mostly. And a lot of wedding videos.",
            ),
        ],
    ),
    # A kicker above the headline, a rhetorical question inside an answer, a social-media
    # line and WordPress share/like buttons.
    "kicker-headline.txt": expected(
        "Amara Okafor",
        "amara-okafor",
        'Director Amara Okafor on her debut "Red Earth"',
        "Amara Okafor is a Nigerian-British director based in London. "
        'Her debut feature "Red Earth" premieres at the London Film Festival.',
        [
            (
                "Tell us a bit about yourself and how you got into filmmaking.",
                "I grew up in Lagos and moved to London when I was eleven. I always loved "
                "stories, but film came late, at university, when a friend asked me to help on "
                "her short.",
            ),
            (
                'What is "Red Earth" about?',
                "It's about a family that returns to Nigeria to bury their father, and "
                "discovers he had another family. It's a drama, but there's a lot of comedy in "
                "it too.",
            ),
            (
                "What was the biggest challenge during production?",
                "Shooting in two countries with a tiny budget. "
                "We did the London scenes in nine days.",
            ),
            (
                "Do you think the industry is changing for Black women directors?",
                "Slowly. There are more opportunities than when I started, but we still have to "
                "fight for budgets. Why is that? Because the people who decide haven't changed.",
            ),
            (
                "What advice would you give to aspiring filmmakers?",
                "Make things. Don't wait for permission.",
            ),
        ],
    ),
    # "1)" numbering where half the prompts have no question mark ("Favourite animators").
    "numbered-prompts.txt": expected(
        "Pedro Álvarez",
        "pedro-alvarez",
        "An interview with Pedro Álvarez",
        "",
        [
            (
                "Pedro, introduce yourself",
                "I'm a Chilean animator living in Montreal. I make short films with clay and sand.",
            ),
            (
                'Your latest film, "Arena", took four years to make. Why so long?',
                "Because every frame is made of sand, and sand doesn't stay where you put it.",
            ),
            ("Favourite animators", "Norman McLaren, Caroline Leaf, Jan Švankmajer."),
            ("Any upcoming projects?", "A feature, maybe. If I survive the next short."),
        ],
    ),
    # The outlet labels the questions and the interviewee's name the answers, no blank lines,
    # no title at all.
    "outlet-and-name-labels.txt": expected(
        "Laura Mejía",
        "laura-mejia",
        "Interview with Laura Mejía",
        "",
        [
            (
                "In your film, memory is almost a character. How did you approach it?",
                "I wanted the audience to feel like they were remembering with the protagonist. "
                "So the images are fragmented, out of order.",
            ),
            (
                "And the sound design?",
                "Sound was the key. We recorded everything in the real house, the creaks, the "
                "birds.",
            ),
            (
                "What's next for you?",
                "A documentary about my grandmother's village in Antioquia.",
            ),
        ],
    ),
    # A bold question with its answer on the same line; HTML entities left in the text.
    "bold-question-inline.txt": expected(
        "Ines Duarte",
        "ines-duarte",
        "Meet the Maker: Ines Duarte",
        "Ines Duarte makes short documentaries about fishermen & their families in the Algarve.",
        [
            (
                "What drew you to the sea?",
                "My father was a fisherman, and his father before him. "
                "I grew up with salt in my hair.",
            ),
            (
                "How do you earn the trust of the crews?",
                "I go out with them for weeks without filming. "
                "Then the camera is just another thing on board.",
            ),
            ("What’s your next film?", "A portrait of the last net-maker in Olhão."),
        ],
    ),
    # Dialogue dashes mark the question and the answer, each on its own line.
    "dialogue-dashes.txt": expected(
        "Ola Nordmann",
        "ola-nordmann",
        "Conversations: Ola Nordmann",
        "",
        [
            (
                "Your film is set in a fishing village. Why there?",
                "Because that is where I grew up, and I wanted to film the people I know.",
            ),
            (
                "Was it difficult to cast locals?",
                "No. Everybody wanted to be in it. The difficult part was saying no.",
            ),
        ],
    ),
    # A statement that sets up the question on the line above it.
    "preamble-questions.txt": expected(
        "Sophie Martin",
        "sophie-martin",
        "Sophie Martin: On Grief and Comedy",
        "Sophie Martin's debut Lemon Days mixes slapstick with a funeral.",
        [
            (
                "Your film is about a funeral, but it is very funny. "
                "How did you find that balance?",
                "I didn't look for it. My family is like that. At my grandfather's funeral my "
                "uncle fell into the grave, and everybody laughed, and then everybody cried.",
            ),
            (
                "You cast your own mother in a small part. Was that your idea or hers?",
                "Hers, definitely.",
            ),
        ],
    ),
    # Otter-style: the speaker's name and the time alone on a line, the words below.
    "otter-transcript.txt": expected(
        "Lukas Weber",
        "lukas-weber",
        "Otter transcript",
        "",
        [
            (
                "So tell me how the project started.",
                "It started with a photograph of my aunt.\n\nShe was standing on a frozen lake.",
            ),
            (
                "What did you do with it?",
                "I stared at it for a year, then I wrote a script.",
            ),
        ],
    ),
    # Numbered labels "Q1:"/"A1:"; a one-line menu above the headline.
    "numbered-q-a-labels.txt": expected(
        "Dana Ortiz",
        "dana-ortiz",
        "Meet Dana Ortiz | Cinematographer",
        "Today we'd like to introduce you to Dana Ortiz.",
        [
            ("Dana, what got you started?", "My dad's camcorder."),
            ("What's the toughest part of the job?", "Waiting for light."),
            ("Best advice you've received?", "Protect the actors' eyes."),
        ],
    ),
    # Two hosts take turns asking; both introduce themselves before the first question.
    "two-hosts.txt": expected(
        "Zainab Hassan",
        "zainab-hassan",
        "The Reel Deal, episode 9: Zainab Hassan",
        "Welcome back. I'm Mia.\n\nAnd I'm Tom. Today we're joined by the editor Zainab Hassan.",
        [
            (
                "Zainab, how did you start editing?",
                "By accident. I was an assistant on a music video and the editor quit.",
            ),
            ("And you just took over?", "I did. Nobody noticed for a week."),
            ("What do you cut on these days?", "Whatever the production pays for."),
        ],
    ),
    # Numbered questions whose answer holds a numbered list of its own.
    "numbered-with-lists.txt": expected(
        "Yuki Tanaka",
        "yuki-tanaka",
        "Ten Minutes with Yuki Tanaka",
        "",
        [
            (
                "What are your favourite films?",
                "Three come to mind:\n\n1. Stalker\n\n2. Cléo from 5 to 7\n\n3. Yi Yi",
            ),
            ("What are you working on?", "A short about my grandmother."),
            ("Who should we watch next?", "My classmate Ren Ito."),
        ],
    ),
    # A panel labelled by first names only; one panellist speaks only once.
    "panel-first-names.txt": expected(
        "Ana and Chloë",
        "ana-and-chloe",
        "Festival Panel: First Features",
        "Our moderator asked two first-time directors about the road to their debuts.",
        [
            (
                "What was the hardest part?",
                "Ana: The money. Always the money.\n\n"
                "Chloë: The weather. We lost nine days to storms.",
            ),
            ("Would you do it again?", "Ana: Tomorrow."),
        ],
    ),
}


def test_every_fixture_has_expectations() -> None:
    assert sorted(path.name for path in FORMATS.glob("*.txt")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 15


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_fixture_reads_exactly(file_name: str) -> None:
    want = EXPECTED[file_name]
    interview = read_interview(FORMATS / file_name)
    assert interview.name == want["name"]
    assert interview.slug == want["slug"]
    assert interview.title == want["title"]
    assert interview.intro == want["intro"]
    assert [(pair.question, pair.answer) for pair in interview.pairs] == want["pairs"]
    assert [pair.index for pair in interview.pairs] == list(range(1, len(want["pairs"]) + 1))
    assert interview.encoding == want["encoding"]
    assert not interview.name_guessed


def test_panel_keeps_the_speaker_of_each_answer_paragraph() -> None:
    interview = read_interview(FORMATS / "panel.txt")
    assert [pair.speakers for pair in interview.pairs] == [
        ("Chloë Åberg", "Łukasz Nowak", "Ana Ruiz"),
        ("Ana Ruiz", "Chloë Åberg"),
        ("Łukasz Nowak",),
    ]


def test_podcast_drops_ad_reads_breaks_and_outro() -> None:
    dropped = read_interview(FORMATS / "podcast.txt").dropped
    assert dropped == (
        "Transcript",
        "Host (00:21): Before we start, this episode is brought to you by Lumen Lights. "
        "Use code FRAME for ten percent off your first order.",
        "Host (01:20): We'll be right back after a short break.",
        "Host: That's all for this week. If you enjoyed the show, subscribe and leave us a review.",
    )


def test_chrome_dropped_is_reported_in_page_order() -> None:
    dropped = read_interview(FORMATS / "chrome-heavy.txt").dropped
    assert dropped == (
        "Sign in | Subscribe",
        "Home › Interviews › Marcus Webb",
        "You are visitor number 48,213",
        "Share on Facebook",
        "Share on X",
        "Email",
        "ADVERTISEMENT",
        "Page 2 of 2",
        "Recent Posts",
        "Ten horror shorts to watch this October",
        "Contact us: hello@example.org",
        "Copyright 2024 Example Horror Weekly",
    )


def test_pull_quote_is_dropped_not_read_as_an_answer() -> None:
    interview = read_interview(FORMATS / "long-bio.txt")
    assert "“The children taught me to listen with my whole body.”" in interview.dropped


def test_front_matter_fills_source_date_and_outlet() -> None:
    interview = read_interview(FORMATS / "front-matter.txt")
    assert (interview.source, interview.date, interview.outlet) == (
        "https://example.org/interviews/hana-kobayashi",
        "2024-02-11",
        "Example Film Review",
    )
    assert interview.notes == ()


runner = CliRunner()


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_show_path_json_has_the_foundation_schema(file_name: str) -> None:
    path = FORMATS / file_name
    result = runner.invoke(app, ["show", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    want = EXPECTED[file_name]
    assert data == {
        "slug": want["slug"],
        "name": want["name"],
        "title": want["title"],
        "intro": want["intro"],
        "path": str(path),
        "pairs": [
            {"index": number, "question": question, "answer": answer}
            for number, (question, answer) in enumerate(want["pairs"], start=1)
        ],
    }
