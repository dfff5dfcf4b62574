"""Who was interviewed: the name as the page writes it, from the speaker labels, the title, the
intro or the interviewer's greeting, and whether it had to be guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from filmtalk.text import fold, words

_NAME_WORD = r"[^\W\d_][\w.'’ʻ-]*"
_PARTICLES = {
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "la", "le",
    "du", "bin", "ibn", "al", "el", "ten", "ter", "y",
}  # fmt: skip
_ROLE = (
    r"(?:(?:the\s+|award-winning\s+|acclaimed\s+|documentary\s+|production\s+|costume\s+"
    r"|sound\s+|casting\s+)*(?:filmmaker|film-maker|director|writer|maker"
    r"|writer-director|producer|actor|actress|artist|animator|cinematographer|editor|designer"
    r"|documentarian|screenwriter|composer|photographer|recordist|choreographer|showrunner"
    r"|colou?rist|programmer|curator"
    # "la réalisatrice Céline Sciamma", "der Regisseur", "la directora", "il regista"
    r"|(?:la\s+|le\s+|el\s+|die\s+|der\s+|il\s+|o\s+|a\s+|l['’])?(?:r[ée]alisat(?:rice|eur)"
    r"|cin[ée]aste|directora|cineasta|regisseur(?:in)?|filmemacher(?:in)?|regista|diretora?"
    r"|realizador(?:a)?))\s+)?"
)
# Headlines of pages in Spanish, French, Italian, German and Portuguese around the same name.
_FOREIGN_INTERVIEW = (
    r"entrevista|entretien|intervista|gespr[äa]ch|rencontre|conversaci[óo]n|conversa|conversazione"
)
_FOREIGN_TALKS = r"habla|parle|parla|spricht|fala|sobre|sur|über"
_END = r"(?:\s*[:,–—|(]\s.*|\s+\(\d{4}\)|\s+-\s.*|\s+(?:on|about|talks|discusses)\s.*|[.!?])?$"
_TITLE_NAME_PATTERNS = [
    # "An Interview with Director Noa Ben-David", "The Quiet Ones: In Conversation with Ana Ruiz"
    re.compile(
        r"(?:^|[:–—|]\s*|\s)(?:an?\s+|the\s+|our\s+)?(?:exclusive\s+)?(?:interview|conversation"
        r"|q\s*&\s*a|chat|talk|sit-down|in conversation|catching up|questions?|minutes"
        rf"|{_FOREIGN_INTERVIEW})\s+(?:with|for|avec|con|mit|com|a|à)[:.…]*\s+{_ROLE}(?P<name>.+?){_END}",
        re.IGNORECASE,
    ),
    # "Interview: Chloë Åberg on Salt and Silence"
    re.compile(
        r"^(?:an?\s+)?(?:interview|q\s*&\s*a|in conversation|conversation|spotlight|profile"
        rf"|meet|introducing|spotlight on|check out|transcript|{_FOREIGN_INTERVIEW})\s*[:–—|-]?\s+"
        rf"{_ROLE}(?P<name>.+?)(?:['’]s?\s+(?:story|interview|journey|work|films?)"
        rf"|\s+(?:on|about|talks|at|{_FOREIGN_TALKS})\s.*"
        r"|\s*[:,–—|]\s.*)?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<name>.+?)\s+(?:talks|speaks|discusses|reflects|opens up|chats|on|answers"
        r"|shares|tells|explains|in conversation|in (?:her|his|their) own words)\b",
        re.IGNORECASE,
    ),
    # "Lucía Ferrer: «…»", also with what the person does after a comma: "Valentina Rojas,
    # directora de fotografía: «…»" (a lowercase description: "Paris, Texas: …" has none).
    re.compile(r"^(?P<name>[^:–—|,]+?)(?:,\s+(?-i:[a-zà-ÿ])[^:–—|]{2,60}?)?\s*[:–—|]\s+"),
    # "I'm Lena Hart, director of Quiet Water. AMA!"
    re.compile(
        r"^(?:hi,? |hello,? )?(?:i['’]m|i am|my name is)\s+(?P<name>[^,.!?(]+?)"
        r"\s*(?:[,.!(]|\s+and\s)",
        re.IGNORECASE,
    ),
]
_INTRO_VERB = (
    r"(?:is|was|has|had|grew up|studied|lives|works|spent|made|makes|directed|directs|began"
    r"|started|edits|shoots|writes|wrote|creates|created|produces|produced|returns|brings"
    r"|explores|won|wins|premieres|debuts|joins|joined|does|did|designed|shot|filmed|founded"
    r"|trained|moved|worked|runs|ran|says|said|believes|turned|became|lost|found|took|quit"
    r"|switched|learned|learnt|discovered|decided|returned|went|came|knows|loves|screens"
    r"|presents|shows|premiered|debuted|screened)\b"
)
_INTRO_NAME_PATTERNS = [
    re.compile(r"\bintroduce you to (?P<name>[^.,!;]+)"),
    re.compile(r"^(?P<name>[^,.;:]+?)(?:,| is an?\b| was born\b)"),
    re.compile(
        r"^(?:(?:[A-Z][a-z]+ )?(?:director|filmmaker|animator|producer|writer|artist)\s+)?"
        rf"(?P<name>(?:[^\W\d_][\w.'’ʻ-]*\s+){{1,3}}?[^\W\d_][\w.'’ʻ-]*)(?:['’]s\b|\s+{_INTRO_VERB})"
    ),
    re.compile(r"\b(?:spoke|talked|sat down|caught up|chatted) with (?P<name>[^.,!;]+)"),
    # "This week: five questions for the animator Oskar Lind, whose…"
    re.compile(
        r"\b(?:questions|interview|conversation|chat|q\s*&\s*a)s? (?:with|for) (?:the |our )?"
        rf"{_ROLE}(?P<name>[^.,!;:(]+)",
        re.IGNORECASE,
    ),
    # "Film studies senior Leo Marsh premieres…": capitals after a lowercase description
    # (not after "debut" or "film", whose capitals are a title: "debut Monsoon Diaries").
    re.compile(
        r"^[^.!?]{0,60}?\b(?!(?:debut|film|short|feature|documentary|movie|series)\b)"
        # nor after a preposition, whose capitals are a place: "shot in Port Ellery has been…"
        r"(?!(?:in|at|from|of|to|near|into|across|outside|around|for|by|on|through)\b)"
        r"[a-z][\w-]*\s+"
        rf"(?P<name>[A-Z][\w.'’ʻ-]*(?:\s+[A-Z][\w.'’ʻ-]*){{1,3}})\s+{_INTRO_VERB}"
    ),
]
# Anywhere in the intro, the name right after what the person is: "…said festival director Anne
# Thibodeau", "Port Ellery native Callum Reid, 34,", "My guest is filmmaker Ruth Akintola.",
# a catalogue's "Dir. Amara Okoro | Sweden 2024", "Directed by Amara Okoro".
_NAME_AFTER_DESCRIPTION = re.compile(
    r"(?:\b(?:filmmaker|film-maker|director|documentarian|animator|producer|screenwriter"
    r"|cinematographer|editor|actor|actress|artist|native|resident|guest is|senior|junior"
    r"|sophomore|student|alumn[ai]|[Dd]irected by|(?:spoke|talked|chatted|caught up) (?:to|with))"
    r"|(?<![\w.])Dir\.)\s+"
    r"(?P<name>[A-Z][\w.'’ʻ-]*(?:\s+(?:(?:de|da|di|van|von|del|della|le|la|al|el|bin|ibn)\s+)?"
    r"[A-Z][\w'’ʻ-]*){1,3}?)"
    # the run of capitals ends where the sentence goes on in lowercase or punctuation
    r"(?=\s+[a-zß-ÿ]|\s*[,.;:|(—–]|\s*$)",
)
# Weaker evidence: the intro's name wins over these.
# The headlines that say who is speaking, not just "Something: Something".
_SAYS_WHO = [*_TITLE_NAME_PATTERNS[:3], *_TITLE_NAME_PATTERNS[4:]]
_WEAK_TITLE_NAME_PATTERNS = [
    # "Meet the Maker: Ines Duarte": the name after the headline's label.
    re.compile(r"^[^:–—|]+[:–—|]\s+(?P<name>[^:–—|]+)$"),
    re.compile(r"\bwith\s+(?P<name>[^,:;–—|]+)$"),
    # "Hometown filmmaker Amara Okoro returns with a new feature"
    _NAME_AFTER_DESCRIPTION,
    re.compile(r"^(?P<name>.+)$"),
]
_GREETING = re.compile(r"^(?:hi|hello|hey|welcome|dear|aloha)\s+(?P<name>[^\W\d_][\w'’ʻ-]*)", re.I)


@dataclass(frozen=True)
class FoundName:
    """The interviewee's name; `guess` says how it was guessed when no page text named them."""

    name: str
    guess: str = ""


# Capitalised words of headlines and site furniture that are not part of anyone's name.
_NOT_NAME_WORDS = {
    "interview", "interviews", "conversations", "spotlight", "maker", "makers", "filmmaker",
    "filmmakers", "director", "directors",
    "film", "films", "cinema", "festival", "review", "reviews", "magazine", "episode",
    "transcript", "podcast", "news", "feature", "features", "conversation", "story",
    "stories", "profile", "the", "home", "blog", "meet", "special", "exclusive", "weekly",
    "series", "part", "edition", "issue", "studio", "studios", "productions", "pictures",
    "awards", "premiere", "trailer", "behind", "lens", "scenes", "questions", "answers",
    "three", "four", "five", "ten", "our", "my", "your", "new", "about", "welcome", "making",
    "first", "q&a", "artist", "artists", "voices", "talk", "talks", "chat", "show",
    # words that open a deck or a sentence ("How Sunita Rao made…"), never a name
    "how", "why", "what", "when", "where", "who", "which", "while", "with", "inside", "after",
    "before", "from", "this", "that", "these", "those", "and", "but", "for", "here", "there",
    "his", "her", "their", "own", "words",
    "press", "kit", "notes", "entrevista", "entretien",
    "intervista", "gespräch", "rencontre", "conversa", "conversazione", "entrevue",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip


# Called for every speaker label of a transcript, which repeats the same few names.
@lru_cache(maxsize=4096)
def looks_like_name(candidate: str) -> bool:
    """A person's name: one to six capitalised words, no digits or sentence punctuation."""
    parts = candidate.replace("(", " ").replace(")", " ").split()
    if not 1 <= len(parts) <= 6 or len(candidate) > 60:
        return False
    if any(part.casefold() in _NOT_NAME_WORDS for part in parts):
        return False
    if re.search(r"[?!:;\"“”]|\.\s|\d", candidate):
        return False
    if "-" in candidate and any(_PLACE_ADJECTIVE.search(part) for part in parts):
        return False
    for part in parts:
        if part.lower() in _PARTICLES:
            continue
        if not re.fullmatch(_NAME_WORD, part):
            return False
        first = part[0]
        if first.isalpha() and first.lower() != first.upper() and not first.isupper():
            return False
    return True


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C": how a panel is named."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_TITLE_SEPARATOR = re.compile(r"\s*[:|]\s+|\s+[–—-]\s+")
_LEADING_ROLE = re.compile(rf"^{_ROLE}", re.IGNORECASE)
# "I'm Lena Hart, director of…": how a guest introduces herself in an AMA.
_SELF_INTRODUCTION = re.compile(r"^(?:hi,? |hello,? )?(?:i['’]m|i am|my name is|this is)\s+", re.I)


# Words that describe the person before the name: "Senior Theo Marchetti", "Port Ellery native
# Callum Reid", "Dir. Amara Okoro". Only a descriptor with two or more words after it is dropped:
# "Theo Senior" and "Junior Wells" are names.
_DESCRIPTOR_WORDS = {
    "senior", "junior", "sophomore", "freshman", "student", "students", "graduate", "grad",
    "alumna", "alumnus", "alum", "undergraduate", "native", "resident", "local", "hometown",
    "dir.", "dir", "director", "filmmaker", "guest", "newcomer", "debutant", "veteran",
    "editor", "producer", "writer", "actor", "actress", "artist", "animator", "composer",
    "cinematographer", "screenwriter", "designer", "photographer", "programmer", "curator",
    "documentarian", "showrunner", "critic", "professor", "lecturer", "dp", "dop", "d.p.",
}  # fmt: skip
# "Tel Aviv-born", "London-based": where someone is from, never a name.
_PLACE_ADJECTIVE = re.compile(r"-(?:born|based|raised|bred|educated|trained)$", re.IGNORECASE)


def _without_descriptors(name: str) -> str:
    parts = name.split()
    for position in range(len(parts) - 3, -1, -1):
        word = parts[position].casefold().rstrip(",")
        if word in _DESCRIPTOR_WORDS or _PLACE_ADJECTIVE.search(word):
            return " ".join(parts[position + 1 :])
    return name


def _tidy_name(candidate: str) -> str:
    name = re.sub(r"['’]s$", "", candidate.strip(" \t'\"‘’“”.,*_#")).strip()
    name = _LEADING_ROLE.sub("", _SELF_INTRODUCTION.sub("", name))
    name = _without_descriptors(name)
    # "Amara Nwosu (MA Cinematography, 2012)": what follows the name in brackets is not part of it.
    if "(" in name:
        name = re.sub(r"\s*\((?:[^)]*$|[^)]*[\d,][^)]*\)$)", "", name)
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def _same_person(a: str, b: str) -> bool:
    return words(a) == words(b)


def _name_from_title(title: str, patterns: list[re.Pattern[str]]) -> str:
    # A headline is often a quote and a deck: "“I wanted the sea…”: Marta Kowalczyk on Salt".
    for part in [title, *_TITLE_SEPARATOR.split(title)]:
        for pattern in patterns:
            match = pattern.search(part.strip())
            if match and looks_like_name(_tidy_name(match.group("name"))):
                return _tidy_name(match.group("name"))
    return ""


_INTERVIEW_WORD = re.compile(
    r"\b(?:interview|q\s*&\s*a|transcript|in conversation|conversation with|entrevista"
    r"|entretien|intervista|gesprach|conversa|press ?kit|dossier de pres|presseheft)"
)


def reads_as_headline(line: str, *, named: bool) -> bool:
    """Whether a line reads as an interview's headline: it says it is one ("Q&A transcript:
    …", "Entrevista a …", "Press kit — The Salt Road"), or names the interviewee the way
    headlines do ("Lina Varga on …"; with `named`, also "Lina Varga: 'We lost two cameras'")."""
    if _INTERVIEW_WORD.search(fold(line)):
        return True
    patterns = _TITLE_NAME_PATTERNS if named else _TITLE_NAME_PATTERNS[:3]
    return len(_name_from_title(line, patterns).split()) >= 2


def _names_from_intro(intro: str) -> list[str]:
    found: list[str] = []
    # The first name the first paragraph of prose writes is whom the intro is about.
    lead = ""
    in_prose = False
    for paragraph in intro.split("\n\n"):
        opens_prose = not in_prose and len(paragraph) > 80 and bool(SENTENCE_END.search(paragraph))
        in_prose = in_prose or opens_prose
        found_before = len(found)
        if len(paragraph) <= 80 and not re.search(r"[.!?]$", paragraph):
            # A subhead ("Interview with Amira Haddad") reads like a headline.
            subhead = _name_from_title(paragraph, _TITLE_NAME_PATTERNS[:2])
            if len(subhead.split()) >= 2:
                found.append(subhead)
        for pattern in _INTRO_NAME_PATTERNS:
            for match in pattern.finditer(paragraph):
                candidate = _tidy_name(match.group("name"))
                if looks_like_name(candidate) and len(candidate.split()) >= 2:
                    found.append(candidate)
        for match in _NAME_AFTER_DESCRIPTION.finditer(paragraph):
            candidate = _tidy_name(match.group("name"))
            if looks_like_name(candidate) and len(candidate.split()) >= 2:
                found.append(candidate)
        if opens_prose and len(found) > found_before:
            lead = found[found_before]
    if len(set(found)) < 2:
        return found
    # Otherwise, as in a news story that names many people, the one it is about is the one it
    # keeps mentioning ("Reid, 34, said…", "…spoke with Reid").
    mentions = {
        name: len(re.findall(rf"\b{re.escape(name.split()[-1])}\b", intro)) for name in found
    }
    return sorted(found, key=lambda name: (name != lead, -mentions[name]))


# The end of a sentence, closing quotes and brackets included ("…it.", "…now?”", "(…soon.)");
# the parser's too. Here, not in filmtalk.text: a warm search imports that, not this.
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_REPLY_SUBJECT = re.compile(r"^(?:(?:re|fwd?|aw|wg):\s*)+", re.IGNORECASE)


def find_name(
    title: str,
    intro: str,
    questions: list[str],
    speakers: list[str],
    path: str,
    fallback_name: str,
) -> FoundName:
    """The interviewee's name as the prose writes it.

    `speakers` are the answerers' labels in a transcript that look like full names: a panel
    is named after all of them.
    """
    found = _first_found_name(title, intro, questions, speakers, path, fallback_name)
    if len(speakers) > 1:
        return found
    # The interviewee is whom the page keeps coming back to; a site's or section's name
    # ("Reel Thoughts", "Entretiens") is written once, at the top. A name the page never
    # repeats gives way to a person's name it does repeat.
    page = "\n".join([title, intro, *questions])
    # An answerer's label is the body naming them too. A headline that says who it is
    # ("Farah Riren talks about…") or an intro that tells of them ("Priya Raman spent eleven
    # years…") needs no echo: a film's title may repeat more than its director's name.
    labelled = any(_same_person(found.name, speaker) for speaker in speakers)
    if _mentions(found.name, page) + labelled >= 2 or found.name in (
        _name_from_title(title, _SAYS_WHO),
        *_names_from_intro(intro),
    ):
        return found
    recurring = _recurring_name(page)
    return FoundName(recurring) if recurring else found


# Two to four capitalised words in a row: who or what the page names.
_CAPITAL_RUN = re.compile(
    r"(?<![\w'‘’\"“«])[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+(?:(?:de|da|van|von|del|al|bin|le|la)[ \t]+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*){1,3}"
)
# A film's or book's title ("The Lemon Tree Tapes", "Les Saisons lentes"), never a person.
_ARTICLES = {"the", "a", "an", "les", "los", "las", "die", "das", "il", "une", "un"}


def _mentions(name: str, page: str) -> int:
    """How often the page writes the name, or its last word ("Reid, 34, said…")."""
    if not name:
        return 0
    if page.count(name) >= 2:
        return 2  # the common case, without a regex
    last = name.split()[-1]
    if page.count(last) < 2:
        return page.count(last)
    return len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", page))


def _recurring_name(page: str) -> str:
    """The person's name (two to four words) the title, intro and questions write most often,
    at least twice; "" when none."""
    counts: dict[str, int] = {}
    written: dict[str, str] = {}  # as the prose writes it, not a label's capitals
    for match in _CAPITAL_RUN.finditer(page):
        candidate = re.sub(r"['’]s$", "", match.group())
        if candidate.split()[0].casefold() in _ARTICLES or not looks_like_name(candidate):
            continue
        key = candidate.casefold()
        counts[key] = counts.get(key, 0) + 1
        if key not in written or written[key].isupper():
            written[key] = candidate
    best = max(counts, key=lambda key: counts[key], default="")
    return _tidy_name(written[best]) if counts.get(best, 0) >= 2 else ""


def _first_found_name(
    title: str,
    intro: str,
    questions: list[str],
    speakers: list[str],
    path: str,
    fallback_name: str,
) -> FoundName:
    # A reply's subject line ("Re: questions - Saltmarsh") names a film or a topic, not a person,
    # unless it says so ("Re: Interview with Ana Ruiz").
    reply = _REPLY_SUBJECT.match(title)
    if reply:
        title = title[reply.end() :]
    from_title = _name_from_title(title, _TITLE_NAME_PATTERNS)
    weak_title = "" if reply else _name_from_title(title, _WEAK_TITLE_NAME_PATTERNS)
    from_intro = _names_from_intro(intro)
    # "Regisseur Tobias Vogt:" once over "Tobias Vogt:" turns: one person, said two ways.
    speakers = list({tuple(words(_tidy_name(s))): _tidy_name(s) for s in speakers}.values())
    if len(speakers) > 1:
        return FoundName(join_names(speakers))
    if speakers:
        # The title or intro may write the labelled speaker more fully ("Wu Lan (吴岚)").
        for candidate in [from_title, weak_title, *from_intro]:
            if candidate and words(candidate)[: len(words(speakers[0]))] == words(speakers[0]):
                return FoundName(candidate)
        return FoundName(speakers[0])
    # The intro writes the name as a reader would ("Ashley (Chin Chin) Ip"), the title may
    # shout it ("ASHLEY CHIN CHIN IP"): prefer the intro's form of the same words.
    for candidate in from_intro:
        if any(title and _same_person(candidate, title) for title in (from_title, weak_title)):
            return FoundName(candidate)
    if from_title and len(from_title.split()) >= 2:
        return FoundName(from_title)
    from_title = from_title or weak_title
    if from_title and len(from_title.split()) >= 2 and not from_intro:
        return FoundName(from_title)
    greeted = _greeted_first_name(questions)
    for candidate in from_intro:
        if greeted and words(candidate)[:1] == words(greeted):
            return FoundName(candidate)
    if from_intro:
        return FoundName(from_intro[0])
    if from_title:
        return FoundName(from_title)
    if fallback_name:
        return FoundName(fallback_name)
    stem = Path(path).stem if path else ""
    # "a.txt", "q3.txt": a name needs more than a letter or two.
    if re.fullmatch(r"[A-Za-z]{3,}(?:[-_ ][A-Za-z]+){0,4}", stem):
        guessed = " ".join(part.capitalize() for part in re.split(r"[-_ ]", stem))
        return FoundName(guessed, f"name guessed from the file name: {guessed}")
    if greeted:
        return FoundName(greeted, f"name guessed from a greeting: {greeted}")
    return FoundName("Unknown", "no interviewee name found")


_CAPITALISED = r"[^\W\d_][\w'’ʻ-]*"


def completed_name(label: str, text: str) -> str:
    """The full name of a speaker labelled by one name, as `text` (the title and intro) writes
    it: "OKAFOR" in "…with director Adaeze Okafor" is Adaeze Okafor; "Noah" in "…siblings
    Ethan and Noah Brandt" is Noah Brandt, and "Ethan" is Ethan Brandt. "" when not found."""
    word = label.title() if label.isupper() else label
    if " " in word or len(word) < 2 or not looks_like_name(word) or word not in text:
        return ""
    escaped = re.escape(word)
    candidates = [
        # "Ethan and Noah Brandt": the brothers share the surname written once.
        *(f"{word} {m.group(1)}" for m in re.finditer(
            rf"\b{escaped}[ \t]+(?:and|&)[ \t]+{_CAPITALISED}[ \t]+({_CAPITALISED})\b", text)),
        # "Noah Brandt": the label is the first name.
        *(m.group() for m in re.finditer(rf"\b{escaped}(?:[ \t]+{_CAPITALISED}){{1,2}}\b", text)),
        # "Adaeze Okafor": the label is the surname; the nearest words first.
        *(f"{m.group(1)} {word}".strip() for m in re.finditer(
            rf"((?:{_CAPITALISED}[ \t]+){{1,2}}){escaped}\b", text)),
    ]  # fmt: skip
    for candidate in candidates:
        parts = candidate.split()
        # "Director Adaeze Okafor" reads as "Adaeze Okafor": drop the words that are no name.
        while len(parts) > 2 and not looks_like_name(" ".join(parts)):
            parts = parts[1:] if parts[-1] == word else parts[:-1]
        name = " ".join(parts)
        if len(parts) >= 2 and all(p[0].isupper() for p in parts) and looks_like_name(name):
            return name
    return ""


def _greeted_first_name(questions: list[str]) -> str:
    for question in questions[:2]:
        match = _GREETING.match(question)
        if match and match.group("name")[0].isupper():
            return match.group("name")
    return ""
