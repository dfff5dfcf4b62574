"""Raw interview page text -> Interview.

The parser encodes how interviews are written on the web, not any particular page:
- an optional front-matter block at the top says what need not be guessed (frontmatter.py);
- page chrome (menus, share buttons, captions, ads, comment forms) is recognised line by
  line (chrome.py), and once the article has ended (a "Leave a Reply", "Related posts",
  "Contact Info" block) the rest of the page is dropped; a pull quote that repeats a line of
  the body is dropped too; lines hard-wrapped at a fixed width are joined again;
- a page whose lines start with speaker labels ("Q:", "KM:", "Ana Ruiz:", "Host (12:03):")
  is read as a transcript: the asker's turns are the questions, everyone else's the answers;
- otherwise a question is a paragraph marked the same way as the others (numbered, bold, a
  heading), or else a short paragraph with a cue: a question mark, a greeting or an imperative
  prompt ("Share…", "Tell us…"), or a closing colon; it is addressed to "you", while a
  rhetorical question inside an answer talks about "I";
- the title is the first line of the article, the intro is what stands between the title and
  the first question, and the interviewee's name comes from the labels, the title, the intro
  or the interviewer's greeting, in the form the prose writes it (names.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from filmtalk import chrome, speakers
from filmtalk.frontmatter import FrontMatter, split_front_matter
from filmtalk.models import Interview, QAPair
from filmtalk.names import (
    SENTENCE_END,
    FoundName,
    completed_name,
    find_name,
    looks_like_name,
    reads_as_headline,
)
from filmtalk.text import clean_text, fold, slugify, words

# "▶ How did…?", "➤ ", "🎬 ": arrows, shapes, dingbats and emoji set a line off like a bullet.
_BULLET_SYMBOLS = "\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
_LIST_MARKER = re.compile(
    rf"^(?:\d{{1,2}}\s*[.)]|#\d{{1,3}}[.:)]?|[-*•–—·{_BULLET_SYMBOLS}]\ufe0f?|#{{1,6}}|>)\s+"
)
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_BOLD_LEAD = re.compile(r"^(?P<question>(\*\*|__)[^*_]+?\2)\s*(?P<answer>[^\s*_].*)$")
_DIALOGUE_DASH = re.compile(r"^[—–-]\s+")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_BOLD_WITH_COLON = re.compile(r"^(\*\*|__)(.+)\1(:)$")
_QUESTION_END = re.compile(r"\?(?:\[\d{1,3}\])?[\"'”’»)\]*_ \u00a0]*$")
# "Were they damaged?[1]", "How did you find them?*": a footnote's mark after the question.
_FOOTNOTE_MARK = re.compile(r"(?<=\?)(?:\*{1,3}|\[\d{1,3}\])$")
# What a line ends with when it has such a mark ($ also matches before a final newline).
_FOOTNOTE_ENDINGS = ("*", "]", "*\n", "]\n")
_FOOTNOTE = re.compile(r"^(?P<mark>\*{1,3}|\[\d{1,3}\])\s*\S")
# "IV. What are you shooting now?": Roman numerals number questions too.
_ROMAN_NUMBER = re.compile(r"^(?-i:[IVX]{1,5})[.)]\s+(?=\S)")
# « Comment est né le projet ? »: French quotes mark the question, like italics.
_GUILLEMETS = re.compile(r"^«\s*(?P<inner>[^«»]+?)\s*»$")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves|you['’](?:re|ve|d|ll))\b")
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|us|our|ourselves|we['’](?:re|ve|d|ll))\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|i['’](?:m|ve|d|ll))\b")
_PROMPT_START = re.compile(
    r"^(?:hi|hello|hey|welcome|aloha|thanks|thank you|congratulations|congrats|tell|share"
    r"|describe|talk|walk|give|name|explain|introduce|discuss|elaborate|let['’]?s|let us"
    r"|please|take us|paint|reflect|list|pick|recommend|imagine|finish|complete|define"
    r"|summari[sz]e|expand|speak|say|lastly|finally|first|firstly|next|now|last question"
    r"|one last|final question)\b",
    re.IGNORECASE,
)
# "Tell me about…", "Walk me through…", "I'd love to hear about…", "Háblame de…",
# "Parlez-nous de…", "Erzählen Sie…": a request for an answer that names the asker ("me",
# "I", "moi"), so the first person in it does not make it the interviewee's own words.
_ASKING_REQUEST = re.compile(
    r"^(?:(?:tell|talk|walk|take|run|fill|catch)\s+(?:me|us)\b"
    r"|i['’]d\s+(?:love|like)\s+to\s+(?:hear|ask|talk)\s+(?:about|more|you)\b"
    r"|i\s+(?:want|wanted|would\s+like)\s+to\s+(?:ask|talk|hear)\s+(?:about|more|you)\b"
    r"|let['’]?s\s+(?:talk|turn|move|go|start|begin|get|come)\b|let\s+us\s+talk\b"
    r"|(?:h[áa]bla|cu[ée]nta|expl[íi]ca|descr[íi]be)(?:me|nos)\b|(?:h[áa]ble|cu[ée]nte)(?:me|nos)\b"
    r"|hablemos\b|me\s+gustar[íi]a\s+(?:saber|preguntar|hablar)\b"
    r"|(?:parlez|racontez|expliquez|d[ée]crivez|parle|raconte|explique|d[ée]cris)-(?:nous|moi)\b"
    r"|parlons\b|j['’]aimerais\s+(?:savoir|qu|vous|te|parler)"
    r"|(?:erz[äa]hlen|beschreiben|erkl[äa]ren)\s+sie\b|erz[äa]hl(?:e|t)?\s+(?:mir|uns)\b"
    r"|(?:sprechen|reden)\s+wir\b|lassen\s+sie\s+uns\b"
    r"|(?:parla|racconta|spiega)(?:ci|mi)\b|parliamo\b"
    r"|(?:fale|conte|conta|fala)(?:-nos|-me)?\s+(?:sobre|de|do|da)\b|vamos\s+falar\b)",
    re.IGNORECASE,
)
_ASKING_START = re.compile(
    r"^(?:tell|share|describe|talk|walk|give|explain|introduce|discuss|elaborate|take us"
    r"|paint|reflect|list|pick|recommend|imagine|define|summari[sz]e|expand|let['’]?s|let us"
    r"|please)\b",
    re.IGNORECASE,
)
_RELEASE_NOTE = re.compile(
    r"\b(?:(?:is|are) )?(?:in (?:select(?:ed)? )?(?:cinemas|theaters|theatres)|out now"
    r"|now streaming|streams on|now playing (?:in|at|on)"
    # "screens again at…", "world premieres in the Panorama": once more, or for the first time.
    r"|streaming on|(?:is|are) available|opens (?:in|on|at)"
    r"|(?:screens|premieres) (?:again |next )?(?:at|on|in)|plays (?:again |next )?(?:at|on)"
    r"|on (?:netflix|mubi|vimeo|prime video|hulu|apple tv|disney|criterion|bfi player|hbo|max"
    r"|blu-ray|dvd))\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"“‘'¿¡(]?[A-ZÀ-Þ])")
_MARKER_STYLES = (
    ("number", re.compile(r"^\d{1,2}\s*[.)]\s+\S")),
    ("heading", re.compile(r"^#{1,6}\s+\S")),
    ("bold", re.compile(r"^(\*\*|__).+(\*\*|__):?$")),
    ("bullet", re.compile(r"^[-*•–—]\s+\S")),
    ("italic", re.compile(r"^(\*|_)[^*_].*[^*_](\*|_):?$")),
    # A line in capitals ("WHERE DID IT BEGIN?", "ON MOUNTAINS"), no longer than a question.
    ("capitals", re.compile(r"^(?=.{4,120}$)[^a-z]*[A-Z]{2}[^a-z]*$")),
)
_POINTS_BELOW = re.compile(
    r"\b(?:(?:find|see|read|printed) below|below (?:is|are)"
    r"|here (?:are|is) (?:my|our|the|some|a few) (?:\w+ )?questions?)\b"
)
# "On Mon, May 6, 2024 at 10:14 AM Sam Whitfield <sam@example.net> wrote:" over the quoted
# letter in a reply.
_REPLY_ATTRIBUTION = re.compile(r"^on .{6,160}\bwrote:$", re.IGNORECASE)
# "Hi Sam,", "Hello Bea,": a letter's salutation alone on its line greets, it asks nothing.
_SALUTATION = re.compile(r"^(?:hi|hello|hey|dear)\b[^.?!,:;]{0,40},$", re.IGNORECASE)
_QUOTE_OPENINGS = "\"“‘'«„-–—•*"
_ISSUE_NUMBER = re.compile(r"^(?:day|issue|no\.?|vol\.?|volume|edition|week)\s*#?\d{1,4}$")
_SHORTEST_WRAPPED_LINE = 35
_RECORDED_GUEST = {"interviewee", "guest"}
_GUEST_FIELD = re.compile(r"^[ \t]*(?:interviewee|guest)\s*:", re.IGNORECASE | re.MULTILINE)
_SUBJECT_LABEL = re.compile(r"^(?:subject|re|fwd?):\s+", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d{1,3}[.)]?$")
_QUESTION_LABEL = re.compile(r"^(?:q|question)\s*\d{0,2}\s*[:.)]\s+(?=\S)", re.IGNORECASE)
_STYLE_OPENINGS: dict[str, str | None] = {
    "number": "0123456789",
    "heading": "#",
    "bold": "*_",
    "bullet": "-*•–—",
    "italic": "*_",
    "capitals": None,
}
# "On mountains", "ON MONEY": a heading that names the topic of the answer below it.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(\S.*?)\s*#*$")
_TOPIC_HEADING = re.compile(r"^(?:on|about)\s+[^.!?]{2,60}$", re.IGNORECASE)

# A pull quote is at least this many words long; fewer could repeat by chance.
_QUOTE_WORDS = 6
# Longest question we believe: past this a paragraph is prose, whatever its punctuation.
_MAX_QUESTION_CHARS = 400
REPEATED_PAGE = "the page repeats itself: the second copy was not read"
# A site's sections, named over a headline ("Journal", "Frame Forward | Interviews").
_SECTIONS = {
    "interviews", "interview", "journal", "news", "features", "reviews", "film", "films",
    "movies", "cinema", "culture", "arts", "arts & culture", "arts and culture", "opinion",
    "entertainment", "q&a", "blog", "magazine", "conversations", "profiles",
}  # fmt: skip


@dataclass(frozen=True)
class _Unit:
    """One paragraph or line of the article, with whether a blank line stood before it."""

    text: str
    after_blank: bool
    # A line stood right under it on the page, dropped as chrome (a masthead's menu).
    chrome_below: bool = False


@dataclass
class _Reading:
    """What the layout step found: the units before the first question, and the pairs."""

    head: list[_Unit]
    pairs: list[tuple[str, list[str], list[str]]]  # question, answer paragraphs, speakers
    intro_extra: list[str] = field(default_factory=list)
    speaker_names: list[str] = field(default_factory=list)
    # Every answerer's label, in order: a label of one name ("OKAFOR", "Noah") is completed
    # from the title and intro.
    answer_labels: list[str] = field(default_factory=list)
    # The questions are quoted ("> 1. Why…?"): an e-mail answered inline.
    quoted_questions: bool = False


def parse_interview(raw: str, *, path: str = "", fallback_name: str = "") -> Interview:
    """Parse one page of interview text. Never raises on any input text."""
    header, body = split_front_matter(_unescape_html(clean_text(raw)))
    front = header or FrontMatter()
    units, dropped = _article_units(body)
    units, repeated = _without_second_copy(units)
    units = _join_broken_sentences(_unwrap(units))
    units = _drop_pull_quotes(units, dropped)
    units = _drop_contents(units, dropped)
    reading = _read_transcript(units, dropped) or _read_plain(units)

    _drop_quoted_close(reading, dropped)
    _drop_release_note(reading, units, dropped)
    _drop_footnotes(units, reading, dropped)
    _drop_section_headings(reading, dropped)
    title, intro_units = _split_title(reading.head, dropped)
    intro_parts = [
        _without_editors_note(_strip_markers(unit.text), dropped) for unit in intro_units
    ] + reading.intro_extra
    intro = "\n\n".join(intro_parts)
    pairs = tuple(
        QAPair(
            index=number,
            question=question,
            answer="\n\n".join(answer),
            speakers=tuple(who) if len(who) == len(answer) else (),
        )
        for number, (question, answer, who) in enumerate(reading.pairs, start=1)
    )
    questions = [pair.question for pair in pairs]
    # A name written down as such (front matter, a record sheet's "Interviewee:") wins.
    written = front.name or _interviewee_on_record(body)
    found = (
        FoundName(written)
        if written
        else find_name(
            title,
            intro,
            questions,
            _speaker_names(reading, f"{title}\n{intro}"),
            path,
            fallback_name,
        )
    )
    name = found.name
    title = front.title or title or f"Interview with {name}"
    slug = slugify(front.slug) or slugify(name) or slugify(Path(path).stem) or "interview"
    return Interview(
        slug=slug,
        name=name,
        title=title,
        intro=intro,
        pairs=pairs,
        path=path,
        notes=(
            *front.problems,
            *([found.guess] if found.guess else []),
            *([REPEATED_PAGE] if repeated else []),
        ),
        source=front.source,
        date=front.date,
        outlet=front.outlet,
        dropped=tuple(dropped),
        name_guessed=bool(found.guess),
    )


def _speaker_names(reading: _Reading, head: str) -> list[str]:
    """The answerers' names: a label of one name made whole by the title or the intro
    ("OKAFOR:" under "…with director Adaeze Okafor"), a full-name label as it is."""
    names = []
    for label in reading.answer_labels:
        name = (
            completed_name(label, head)
            or (label if label in reading.speaker_names else "")
            or _name_in_capitals(label, head)
            or _name_of_initials(label, head)
        )
        if name:
            names.append(name)
    return list(dict.fromkeys(names))


# --- Lines, chrome, wrapping -----------------------------------------------------------


def _name_in_capitals(label: str, head: str) -> str:
    """ "EDDIE VANCE:" is the Eddie Vance the title or the intro writes: a full name in
    capitals, spelled as the page spells it in lower case ("McKay", not "Mckay")."""
    if " " not in label or not label.isupper():
        return ""
    spaced = r"\s+".join(re.escape(part) for part in label.split())
    for written in re.finditer(rf"\b{spaced}\b", head, re.IGNORECASE):
        if not written.group().isupper() and looks_like_name(written.group()):
            return " ".join(written.group().split())
    return ""


def _name_of_initials(label: str, head: str) -> str:
    """ "PV:" is the Priya Venkataraman the title or the intro names: the first name there
    whose words start with the label's letters, in order."""
    if not 2 <= len(label) <= 3 or not label.isalpha() or not label.isupper():
        return ""
    spelled = r"\s+".join(rf"{letter}[^\W\d_]+" for letter in label)
    for written in re.finditer(rf"\b{spelled}\b", head):
        if not written.group().isupper() and looks_like_name(written.group()):
            return " ".join(written.group().split())
    return ""


def _unescape_html(text: str) -> str:
    """ "&amp;" and "&#8217;" left by a copy from a page's source become the characters."""
    if not _HTML_ENTITY.search(text):
        return text
    import html

    return clean_text(html.unescape(text))


def _article_units(text: str) -> tuple[list[_Unit], list[str]]:
    """The article's lines, without chrome; and the chrome lines that were dropped."""
    units: list[_Unit] = []
    dropped: list[str] = []
    after_blank = True
    seen_question = False
    # A quoted e-mail's empty line (">", "> >") is a blank line.
    lines = [
        "" if line[:1] == ">" and not line.strip("> \t") else line
        for line in (line.strip() for line in text.split("\n"))
    ]
    last_asking_line: int | None = None
    head_blocks = _head_blocks(lines)
    numbering = (
        _numbering_lines(lines)
        | _menu_lines(lines, head_blocks)
        | set(_record_sheet(lines, head_blocks))
    )
    page_furniture = _page_furniture(lines)
    across_page: bool | None = None  # whether a blank stood before the page's furniture
    box_ends = -1  # a sidebar box inside the article is dropped up to here
    for position, line in enumerate(lines):
        if position < box_ends:
            if line:
                dropped.append(line)
            continue
        if position in page_furniture:
            dropped.append(line)
            across_page = after_blank if across_page is None else across_page
            continue
        if not line:
            after_blank = across_page is None or after_blank
            continue
        if across_page is not None:
            # A sentence goes on over the page break; a finished one ended its paragraph.
            ended = not units or bool(SENTENCE_END.search(units[-1].text))
            after_blank, across_page = across_page or ended, None
        if after_blank and units and _is_broken_word(units[-1].text, line):
            # "a real time-" / (a blank line, a form feed, a page's number) / "table, which…":
            # a word hyphenated over a page break goes on in the same paragraph.
            after_blank = False
        # "…and then I walked\nhome." — the end of a wrapped sentence is never chrome.
        continues = (
            not after_blank
            and units
            and line[0].islower()
            and not SENTENCE_END.search(units[-1].text)
            and not chrome.is_bare_domain(line)
        )
        if not continues and seen_question and chrome.is_end_of_article(line):
            resumes = _interview_resumes(lines, position) if chrome.is_sidebar(line) else -1
            if resumes > position:
                # "TRENDING NOW" and three headlines between two answers: a box set into
                # the article, which goes on under it.
                box_ends = resumes
                after_blank = True
                dropped.append(line)
                continue
            if chrome.is_film_card(line) and units and _is_heading_line(units[-1].text):
                dropped.append(units.pop().text)  # the film's title heads its card
            dropped.extend(rest for rest in lines[position:] if rest)
            break
        # "> --" over the quoted signature: a quoted letter closes as the letter does.
        unquoted = line.lstrip("> ") if line[:1] == ">" else line
        if seen_question and (chrome.is_rule(unquoted) or chrome.is_sign_off(unquoted)):
            if last_asking_line is None:
                last_asking_line = _last_asking_line(lines)
            if position > last_asking_line:
                # A rule or a letter's sign-off after the last question closes the article:
                # a promo, a credit, the writer's bio or the sender's name follows.
                dropped.extend(rest for rest in lines[position:] if rest)
                break
        if not continues and (
            (chrome.is_chrome(line) and not _is_labelled_question(line))
            or _is_counter_run(lines, position)
            or (seen_question and chrome.is_fact_line(line))
            or (not seen_question and chrome.is_letter_head(line))
            or (not seen_question and bool(_SALUTATION.match(unquoted)))
            or (line.endswith(":") and bool(_REPLY_ATTRIBUTION.match(line)))
            or position in numbering
        ):
            if (not after_blank and _is_byline_above(units, line, seen_question)) or (
                _is_handle_above(units, line)
            ):
                dropped.append(units.pop().text)
            elif not after_blank and units and not units[-1].chrome_below:
                units[-1] = _Unit(units[-1].text, units[-1].after_blank, chrome_below=True)
            dropped.append(line)
            continue
        bold_question = _BOLD_LEAD.match(line) if line[:2] in ("**", "__") else None
        if bold_question and _has_question_cue(bold_question.group("question")):
            # "**What inspired you?** I grew up…": the question and the answer share a line.
            units.append(_Unit(bold_question.group("question"), after_blank))
            units.append(_Unit(bold_question.group("answer"), False))
        else:
            units.append(_Unit(line, after_blank))
        after_blank = False
        if not seen_question and _has_question_cue(line):
            seen_question = True
    return units, dropped


def _is_labelled_question(line: str) -> bool:
    """ "LETTERBOXD: When did you first notice…?": an outlet asks under its name, which may
    also be a site whose "Name: handle" lines are chrome. A handle never asks."""
    if ":" not in line or not _QUESTION_END.search(line):
        return False
    label = speakers.speaker_label(line)
    return label is not None and len(label.rest.split()) >= 3


def _without_second_copy(units: list[_Unit]) -> tuple[list[_Unit], bool]:
    """A page pasted twice (the whole article again from its first line) is read once."""
    texts = [unit.text for unit in units]
    for start in range(3, len(texts) - 2):
        rest = len(texts) - start
        if texts[start] == texts[0] and 2 * rest >= start and texts[start:] == texts[:rest]:
            return units[:start], True
    return units, False


def _join_broken_sentences(units: list[_Unit]) -> list[_Unit]:
    """A line that goes on with a sentence the line above left open ("…the salt" over
    "flats for fifty years") is the same paragraph, whatever width the page was wrapped at."""
    joined: list[_Unit] = []
    line_above = ""
    for unit in units:
        above = joined[-1].text if joined else ""
        if (
            # A wrapped line is a long one; a headline over a lowercase deck is not. A word
            # hyphenated at the end of a line goes on whatever the line's length.
            (len(line_above) >= _SHORTEST_WRAPPED_LINE or _is_broken_word(above, unit.text))
            and not unit.after_blank
            and unit.text[0].islower()
            and not SENTENCE_END.search(above)
            and not above.endswith(":")
            and not chrome.is_bare_domain(unit.text)
        ):
            joined[-1] = _Unit(_join_wrapped(above, unit.text, units), joined[-1].after_blank)
        else:
            joined.append(unit)
        line_above = unit.text
    return joined


_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
_HYPHEN_PART = re.compile(r"[^\W\d_]+$")
# First halves that make compounds with a hyphen ("well-known", "self-taught", "long-term",
# "two-hander"), and the word endings that show a word was broken after them all the same
# ("long-er", "self-ish", "four-teen").
_HYPHENATING_WORDS = {
    "self", "well", "ill", "non", "half", "quasi", "cross", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "long", "short", "high", "low", "full", "wide", "old",
}  # fmt: skip
_WORD_ENDINGS = (
    "er", "est", "ly", "ness", "ish", "ing", "ed", "en", "ow", "ful", "hood", "teen", "ty",
    "ward", "way", "ous", "ity", "ies", "age",
)  # fmt: skip


def _is_broken_word(text: str, following: str) -> bool:
    """ "docu-" over "mentary": a line ending in a word's hyphen, the next going on in lower
    case."""
    return following[:1].islower() and text.endswith("-") and bool(_BROKEN_WORD.search(text))


def _join_wrapped(text: str, following: str, units: list[_Unit]) -> str:
    """ "…the salt" + "flats for fifty years" is one sentence again; "docu-" + "mentary"
    one word, as a PDF's hyphenation split it, but "well-" + "known" keeps its hyphen."""
    if _is_broken_word(text, following):
        return (
            text[:-1] + following
            if _hyphen_breaks_word(text, following, units)
            else text + following
        )
    if following[:1].isupper() and _BROKEN_WORD.search(text):
        return text + following  # "Franco-" + "German…": a compound of names
    return f"{text} {following}"


def _hyphen_breaks_word(text: str, following: str, units: list[_Unit]) -> bool:
    """Whether the hyphen at the end of `text` only breaks a word over the line. The page
    decides first: "long-term" written whole elsewhere keeps it, "documentary" drops it. Else
    the hyphen stays after a word that makes compounds ("self-", "well-", "long-", "one-"),
    and goes otherwise: a PDF breaks a word at any syllable, a compound only at its hyphen."""
    first = _HYPHEN_PART.search(text[:-1])
    second = re.match(r"[^\W\d_]+", following)
    if not first or not second:
        return True
    first_part, second_part = first.group().casefold(), second.group().casefold()
    page = " ".join(unit.text for unit in units).casefold()
    if f"{first_part}-{second_part}" in page:
        return False
    if re.search(rf"\b{re.escape(first_part + second_part)}", page):
        return True
    compound = (
        first_part in _HYPHENATING_WORDS
        and len(second_part) >= 3
        and not second_part.startswith(_WORD_ENDINGS)
    )
    return not compound


def _head_blocks(lines: list[str]) -> list[list[int]]:
    """The blocks of lines (no blank between) above the first question."""
    first_question = next((i for i, line in enumerate(lines) if _has_question_cue(line)), 0)
    blocks: list[list[int]] = [[]]
    for position in range(first_question):
        if lines[position]:
            blocks[-1].append(position)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _record_sheet(lines: list[str], blocks: list[list[int]]) -> dict[int, tuple[str, str]]:
    """ "INTERVIEWER: Sade Williams" over "INTERVIEWEE: Chidi Okonkwo" and "DATE: …": the
    record sheet at the top of a transcript, two fields or more, line by line."""
    sheet: dict[int, tuple[str, str]] = {}
    for block in blocks:
        if len(block) < 2 or ":" not in lines[block[0]]:
            continue
        fields = [chrome.record_field(lines[position]) for position in block]
        if len(block) >= 2 and all(fields):
            pairs = zip(block, fields, strict=True)
            sheet.update((position, field) for position, field in pairs if field)
    return sheet


def _interviewee_on_record(body: str) -> str:
    if not _GUEST_FIELD.search(body):
        return ""
    lines = [line.strip() for line in body.split("\n")]
    sheet = _record_sheet(lines, _head_blocks(lines))
    names = [value for field, value in sheet.values() if field in _RECORDED_GUEST]
    return names[0] if len(names) == 1 and looks_like_name(names[0]) else ""


def _menu_lines(lines: list[str], blocks: list[list[int]]) -> set[int]:
    """The lines of a menu written one link a line above the article."""
    return {
        position
        for block in blocks
        if chrome.menu_block([lines[i] for i in block])
        for position in block
    }


def _page_furniture(lines: list[str]) -> set[int]:
    """A printed page's number and the running header repeated with it on every page
    ("4" over "THE SALT ROAD — PRESS KIT"), as a copy from a PDF leaves them."""
    nonblank = [position for position, line in enumerate(lines) if line]
    numbers = [
        i
        for i, position in enumerate(nonblank)
        if lines[position][0].isdigit() and _BARE_NUMBER.match(lines[position])
    ]
    if len(numbers) < 2:
        return set()
    counts = Counter(lines[position] for position in nonblank)
    # A running header sits by the page number on two pages at least.
    by_numbers = Counter(
        lines[nonblank[j]]
        for i in numbers
        for j in (i - 1, i + 1)
        if 0 <= j < len(nonblank) and _is_running_header(lines[nonblank[j]], counts)
    )
    headers = {header for header, pages in by_numbers.items() if pages >= 2}
    if not headers:
        return set()
    furniture = {position for position in nonblank if lines[position] in headers}
    page_numbers = [
        i
        for i in numbers
        if any(nonblank[j] in furniture for j in (i - 1, i + 1) if 0 <= j < len(nonblank))
    ]
    furniture.update(nonblank[i] for i in page_numbers)
    # The last page's number has no header after it: it counts on from the one before.
    last = nonblank[-1]
    if (
        page_numbers
        and numbers[-1] == len(nonblank) - 1
        and _page_number(lines[last]) == _page_number(lines[nonblank[page_numbers[-1]]]) + 1
    ):
        furniture.add(last)
    return furniture


def _page_number(line: str) -> int:
    return int(line.rstrip(".)"))


def _is_running_header(line: str, counts: Counter[str]) -> bool:
    return (
        counts[line] >= 2
        and len(line.split()) >= 2
        and len(line) <= 80
        and not SENTENCE_END.search(line)
        and not line.endswith(":")
    )


def _is_heading_line(text: str) -> bool:
    return len(text) <= 80 and not SENTENCE_END.search(text) and not text.endswith(":")


def _numbering_lines(lines: list[str]) -> set[int]:
    """Numbers alone on a line right above each question ("01" over "Where did it begin?"),
    counting up: the questions' numbering, not text."""
    numbered = {
        position: int(line.rstrip(".)"))
        for position, line in enumerate(lines[:-1])
        if _BARE_NUMBER.match(line)
        and lines[position + 1]
        and _has_question_cue(lines[position + 1])
    }
    numbers = list(numbered.values())
    counts_up = all(later > earlier for earlier, later in zip(numbers, numbers[1:], strict=False))
    return set(numbered) if len(numbered) >= 2 and counts_up else set()


def _is_counter_run(lines: list[str], position: int) -> bool:
    """Two bare counts together ("42" over "3"): likes and comments, not an answer."""
    if not chrome.is_counter(lines[position]):
        return False
    before = next((line for line in reversed(lines[:position]) if line), "")
    after = next((line for line in lines[position + 1 :] if line), "")
    return chrome.is_counter(before) or chrome.is_counter(after)


def _is_byline_above(units: list[_Unit], chrome_line: str, seen_question: bool) -> bool:
    """The line right above a "Follow"/"Subscribe" button (a site's or an author's name) or
    above a date (an author's name) belongs to the page's furniture too."""
    if not units or seen_question:
        return False
    above = units[-1].text
    if len(above) > 60 or SENTENCE_END.search(above):
        return False
    # Reader view puts the site's name over its address ("Cinephile Quarterly" over
    # "cinephilequarterly.example").
    if chrome.is_account_button(chrome_line) or chrome.is_bare_domain(chrome_line):
        return True
    dated = chrome.is_date(chrome_line) or chrome.is_reading_time(chrome_line)
    return len(units) > 1 and dated and looks_like_name(above)


def _is_handle_above(units: list[_Unit], chrome_line: str) -> bool:
    """ "filmnerdzine" over "Follow": the blog's handle, the page's first word, is no title."""
    return (
        len(units) == 1
        and " " not in units[0].text
        and units[0].text[:1].islower()
        and chrome.is_account_button(chrome_line)
    )


# A sidebar box set into an article holds a few short headlines.
_MOST_BOX_LINES = 12
_LONGEST_BOX_LINE = 160
_FEWEST_ANSWER_WORDS = 6


def _interview_resumes(lines: list[str], position: int) -> int:
    """Where the interview goes on under a sidebar box that starts at `position` ("Most
    read", "Trending now" and their headlines): the next question, when it comes after a few
    short lines, no other footer, and has an answer under it; else -1 (the article ended)."""
    box = 0
    for index in range(position + 1, len(lines)):
        line = lines[index]
        if not line:
            continue
        if _has_question_cue(line) and not chrome.is_end_of_article(line):
            # Answered in a sentence or more (a quiz's "Answer" button is no answer).
            answer = next((later for later in lines[index + 1 :] if later), "")
            answered = len(answer.split()) >= _FEWEST_ANSWER_WORDS and not _has_question_cue(answer)
            return index if answered and box else -1
        box += 1
        if box > _MOST_BOX_LINES or len(line) > _LONGEST_BOX_LINE:
            return -1
        if chrome.is_end_of_article(line) and not chrome.is_sidebar(line):
            return -1
    return -1


def _last_asking_line(lines: list[str]) -> int:
    return max((i for i, line in enumerate(lines) if line and _has_question_cue(line)), default=-1)


def _wrap_width(units: list[_Unit]) -> int:
    """The column a hard-wrapped page was wrapped at, or 0 when its lines were not wrapped."""
    wrapped_lines = [
        unit.text
        for unit, following in zip(units, units[1:], strict=False)
        if not following.after_blank
    ]
    wrapped = [len(text) for text in wrapped_lines]
    if len(wrapped) < 2:
        return 0
    width = max(wrapped)
    if not 50 <= width <= 100:
        return 0
    near = [text for text in wrapped_lines if len(text) >= width - 12]
    # A wrap cuts sentences: lines that each end one ("Tell me about the casting." over its
    # answer) are a question-and-answer rhythm, not a column.
    if all(SENTENCE_END.search(text) for text in near):
        return 0
    near_width = len(near)
    # A short page may have two wrapped lines only, but then both are near the width.
    return width if near_width >= 3 or near_width == len(wrapped) == 2 else 0


def _unwrap(units: list[_Unit]) -> list[_Unit]:
    """Join lines that a fixed-width wrap split: the next line's first word did not fit."""
    width = _wrap_width(units)
    if not width:
        return units
    joined: list[_Unit] = []
    last_line = ""
    for unit in units:
        if joined and not unit.after_blank and _continues(last_line, unit.text, width):
            text = _join_wrapped(joined[-1].text, unit.text, units)
            joined[-1] = _Unit(text, joined[-1].after_blank)
        else:
            joined.append(unit)
        last_line = unit.text
    return joined


def _continues(line: str, following: str, width: int) -> bool:
    if _LIST_MARKER.match(following) or speakers.speaker_label(following):
        return False
    # A question ending a line is left alone: the answer may start on the next one.
    if line.endswith(("?", ":")):
        return False
    first_word = following.split()[0]
    return len(line) + 1 + len(first_word) > width - 1


def _quote_core(text: str) -> str:
    # A pull quote repeats the body's own characters: casefolding is enough to compare them.
    # "> “…”": a Markdown blockquote sets a pull quote off too.
    return " ".join(text.casefold().lstrip("> ").strip(" \"'“”‘’«»—–-").split())


def _drop_pull_quotes(units: list[_Unit], dropped: list[str]) -> list[_Unit]:
    """Drop a short paragraph that only repeats words found in a longer one (a pull quote)."""
    cores = [_quote_core(unit.text) for unit in units]
    quoted = _repeated_cores(cores, units)
    kept = []
    for unit, core in zip(units, cores, strict=True):
        if core in quoted:
            dropped.append(unit.text)
        else:
            kept.append(unit)
    return kept


def _repeated_cores(cores: list[str], units: list[_Unit]) -> set[str]:
    """The paragraphs (as cores) whose words occur again inside a longer paragraph."""
    # Each paragraph's words without quote marks, one space apart.
    spaced_of = {core: _spaced_words(core) for core in dict.fromkeys(cores)}
    # A paragraph with no words left (only quote marks and brackets) repeats nothing.
    candidates = {
        core
        for core, unit in zip(cores, units, strict=True)
        if _could_be_pull_quote(core, unit) and spaced_of[core]
    }
    if not candidates:
        return set()
    spaced = list(dict.fromkeys(spaced_of.values()))
    if len(candidates) * sum(map(len, spaced)) <= _QUOTE_SEARCH_CHARS:
        return _repeated_in_text(candidates, spaced_of, spaced)
    words_of = {core: tuple(text.split()) for core, text in spaced_of.items()}
    return _repeated_in_words(candidates, words_of)


# Past this many characters searched (candidates x page), the word-by-word search is quicker.
_QUOTE_SEARCH_CHARS = 4_000_000


def _repeated_in_text(
    candidates: set[str], spaced_of: dict[str, str], spaced: list[str]
) -> set[str]:
    """The same answer as _repeated_in_words, by string search over the page's paragraphs (each
    distinct list of words once, space-padded, one a line): a candidate's words occur in a
    longer paragraph exactly when its padded text occurs in two of those lines, its own and
    another (which, being different and holding it, is longer). A page has few candidates, and
    one search of the page per candidate costs much less than a walk through all its words."""
    page = "".join(f" {text} \n" for text in spaced)
    found = set()
    for core in candidates:
        text = spaced_of[core]
        # A candidate shorter than the opening the word search indexes by is only found at the
        # end of a paragraph there, where the opening is cut short: the same rule here.
        end = " \n" if text.count(" ") + 1 < _QUOTE_WORDS else " "
        if page.count(f" {text}{end}") >= 2:
            found.add(core)
    return found


def _repeated_in_words(candidates: set[str], words_of: dict[str, tuple[str, ...]]) -> set[str]:
    """Find the candidates by their opening words: one pass over the page's words then compares
    a stretch of words only where a candidate's opening occurs."""
    sizes: dict[tuple[str, ...], set[int]] = {}
    for core in candidates:
        sizes.setdefault(words_of[core][:_QUOTE_WORDS], set()).add(len(words_of[core]))
    wanted = {words_of[core] for core in candidates}
    first_words = {opening[0] for opening in sizes}
    found: set[tuple[str, ...]] = set()
    for paragraph in words_of.values():
        for start, word in enumerate(paragraph):
            if word not in first_words:
                continue
            for size in sizes.get(paragraph[start : start + _QUOTE_WORDS], ()):
                # Two identical paragraphs are left alone: only part of a longer one counts.
                if size < len(paragraph) and paragraph[start : start + size] in wanted:
                    found.add(paragraph[start : start + size])
    return {core for core in candidates if words_of[core] in found}


_QUOTE_MARKS = "\"'“”‘’«»()"


def _quote_words(core: str) -> list[str]:
    # "“The sea" in the body and "The sea" in the quote are the same word. (str.replace for
    # each mark: str.translate looks every character up in a dict, 5x slower.)
    for mark in _QUOTE_MARKS:
        if mark in core:
            core = core.replace(mark, "")
    return core.split()


def _spaced_words(core: str) -> str:
    """ " ".join(_quote_words(core)), which is the core itself when it has no quote marks."""
    bare = core
    for mark in _QUOTE_MARKS:
        if mark in bare:
            bare = bare.replace(mark, "")
    return core if bare is core else " ".join(bare.split())


def _could_be_pull_quote(core: str, unit: _Unit) -> bool:
    if len(core) > 300:
        return False
    # A core's words are one space apart.
    length = core.count(" ") + 1 if core else 0
    return (
        length >= _QUOTE_WORDS
        # A set-off quote, or a long sentence: a short answer may repeat words by chance.
        and (unit.text[0] in "\"“‘«'>" or length >= 2 * _QUOTE_WORDS)
    )


def _contents_key(text: str) -> str:
    return " ".join(_strip_markers(text).casefold().split()) if len(text) <= 100 else ""


def _drop_contents(units: list[_Unit], dropped: list[str]) -> list[_Unit]:
    """ "In this interview" over "1. On growing up" / "2. On the long takes"…: a table of
    contents above the interview, three short lines together or more, each coming back later
    on a line of its own, in the same order (the section headings or the questions). Read as
    questions, it would make the whole interview one answer."""
    keys = [_contents_key(unit.text) for unit in units]
    repeated = {key for key, count in Counter(keys).items() if key and count >= 2}
    if len(repeated) < 3:
        return units
    # (The contents may list the questions themselves: those come back too.)
    first_question = next(
        (
            i
            for i, unit in enumerate(units)
            if keys[i] not in repeated and _has_question_cue(unit.text)
        ),
        len(units),
    )
    for start in range(min(first_question, len(units))):
        end = start
        while (
            end < first_question
            and keys[end] in repeated
            and (end == start or not units[end].after_blank)
        ):
            end += 1
        comes_back = _comes_back_in_order(keys, start, end) if end - start >= 3 else []
        if comes_back:
            contents = set(range(start, end))
            above = start - 1
            # Its heading ("Contents", "In this interview:"), but not the page's title.
            heading = units[above].text
            if above > 0 and len(heading) <= 40 and not SENTENCE_END.search(heading):
                contents.add(above)
            # An entry that comes back asking nothing is its section's heading, no answer's
            # last line; one that comes back as a question stays the question.
            contents.update(i for i in comes_back if not _has_question_cue(units[i].text))
            dropped.extend(units[i].text for i in sorted(contents))
            return [unit for i, unit in enumerate(units) if i not in contents]
    return units


def _comes_back_in_order(keys: list[str], start: int, end: int) -> list[int]:
    """Where keys[start:end] each occur again after `end`, in order and apart (another line
    between each: a heading with its section, not the same list copied again); [] if not."""
    found: list[int] = []
    for key in keys[start:end]:
        try:
            found.append(keys.index(key, found[-1] + 2 if found else end))
        except ValueError:
            return []
    return found


# --- Questions in running text ---------------------------------------------------------

# The line tests below are pure and asked again by each step of the layout: remembered.


@lru_cache(maxsize=8192)
def _strip_markers(text: str) -> str:
    """Drop list numbering, bullets, heading hashes and emphasis around a line."""
    quoted = text[:1] == ">"
    text = _LIST_MARKER.sub("", text).strip()
    if quoted:  # "> 1. Why…?": a numbered question quoted in an e-mail's reply
        text = _LIST_MARKER.sub("", text).strip()
    # "***What…?***" is bold and italic; "**1. What was…?**" numbers inside the bold.
    for _layer in range(3):
        emphasis = _EMPHASIS.match(text)
        if not emphasis:
            break
        text = _LIST_MARKER.sub("", emphasis.group(2).strip()).strip()
    # "**Question**:" keeps its colon outside the bold.
    emphasis = _BOLD_WITH_COLON.match(text) if text[:2] in ("**", "__") else None
    text = f"{emphasis.group(2).strip()}{emphasis.group(3)}" if emphasis else text
    guillemets = _GUILLEMETS.match(text)
    text = guillemets.group("inner") if guillemets else _ROMAN_NUMBER.sub("", text)
    # (The mark ends the line: looked for only then, as the search costs 5 µs a line.)
    if text.endswith(_FOOTNOTE_ENDINGS):
        text = _FOOTNOTE_MARK.sub("", text)
    # "### Q: Why…?", "Question 2: What…?": a label the layout did not need.
    return _QUESTION_LABEL.sub("", text) or text


@lru_cache(maxsize=8192)
def _requests_answer(text: str) -> bool:
    """ "Tell me about the casting." asks; "I want to talk about class, it's all my films are
    about." answers: past its opening, a request does not speak for itself."""
    # A request is a sentence or two: an answer's long paragraph is not tried (it is most lines).
    if len(text) > 250:
        return False
    request = _ASKING_REQUEST.match(text)
    return request is not None and not _FIRST_PERSON.search(fold(text[request.end() :]))


@lru_cache(maxsize=8192)
def _has_question_cue(line: str) -> bool:
    text = _strip_markers(line)
    if len(text) > _MAX_QUESTION_CHARS or _SALUTATION.match(text):
        return False
    return bool(
        _QUESTION_END.search(text)
        or _PROMPT_START.match(text)
        or _requests_answer(text)
        or (text.endswith(":") and len(text.split()) >= 3)
    )


def _is_question(units: list[_Unit], i: int) -> bool:
    """Whether line i asks the interviewee something, judged from the line and its neighbours."""
    text = _strip_markers(units[i].text)
    if not _has_question_cue(units[i].text):
        return False
    folded = fold(text)
    addresses_reader = bool(_SECOND_PERSON.search(folded))
    speaks_for_self = bool(_FIRST_PERSON.search(folded))
    requests = _requests_answer(text)
    # A rhetorical question in an answer ("Why do I make films?") speaks for the speaker.
    if speaks_for_self and not addresses_reader and not requests:
        return False
    ends_with_question_mark = bool(_QUESTION_END.search(text))
    # "It is about what we inherit without being asked: … Who decides what is passed on?":
    # prose of three sentences or more that speaks as "we" and asks nobody is an essay's
    # question to itself, not the interviewer's (who sets up in a sentence or two, or talks
    # about the film: "The film is mostly in Yoruba. Was that hard?").
    if (
        ends_with_question_mark
        and not addresses_reader
        and not requests
        and len(text) > 150
        and _FIRST_PERSON_PLURAL.search(folded)
        and len(_SENTENCE_BREAK.findall(text)) >= 2
    ):
        return False
    # "Three things matter:" introduces a list in an answer; a prompt ending in a colon
    # asks the reader ("Share your favourite films:") or opens like a prompt.
    prompts = requests or _PROMPT_START.match(text)
    if not ends_with_question_mark and not prompts and not addresses_reader:
        return False
    if not ends_with_question_mark:
        # Prompts without a question mark are single sentences of a line or two.
        if len(text) > 250 or text.count(". ") > 2:
            return False
        # "Please find below a short Q&A…" points the reader at the interview.
        if _POINTS_BELOW.search(folded):
            return False
        # A prompt must be followed by something to answer it.
        if i + 1 >= len(units):
            return False
    # The page's first line is its title, unless it plainly asks the reader something.
    return not (i == 0 and not addresses_reader)


@lru_cache(maxsize=8192)
def _marker_style(text: str) -> str:
    for style, pattern in _MARKER_STYLES:
        # Each style shows in the first character (or in capitals): skip the pattern otherwise.
        opens = _STYLE_OPENINGS[style]
        possible = text.isupper() if opens is None else text[:1] in opens
        if possible and pattern.match(text):
            return style
    return ""


def _marked_questions(units: list[_Unit]) -> list[int] | None:
    """When the page marks its questions one way (numbered, bold, headings), those lines."""
    styles = [_marker_style(unit.text) for unit in units]
    best: list[int] | None = None
    for style in ("number", "bold", "heading", "italic", "bullet", "capitals"):
        marked = [i for i, s in enumerate(styles) if s == style and i > 0 and i + 1 < len(units)]
        cued = [i for i in marked if _has_question_cue(units[i].text) or _is_topic(units[i].text)]
        if style == "bullet":
            # Answers list things with bullets too: only a bullet that asks is a question.
            marked = [i for i in cued if _is_question(units, i)]
            cued = marked
        if style == "number":
            marked = _question_numbering(units, marked, set(cued))
            cued = [i for i in cued if i in marked]
        marked = _without_answers_in_style(marked, set(cued))
        if len(marked) >= 2 and 2 * len(cued) >= len(marked) and len(marked) > len(best or []):
            best = [i for i in marked if len(_strip_markers(units[i].text)) <= _MAX_QUESTION_CHARS]
    return best


def _without_answers_in_style(marked: list[int], cued: set[int]) -> list[int]:
    """ "_What was the first film you loved?_" over "*The Wizard of Oz.*": a marked line that
    asks nothing, right under a marked question, is that question's answer in italics."""
    marked_set = set(marked)
    return [i for i in marked if i in cued or (i - 1) not in marked_set]


def _is_topic(line: str) -> bool:
    return bool(_TOPIC_HEADING.match(_strip_markers(line)))


def _question_numbering(units: list[_Unit], numbered: list[int], cued: set[int]) -> list[int]:
    """The numbered lines that count the questions: 1, 2, 3… in order. A list inside an
    answer starts again at 1; where two lines share a number, the one that asks wins."""
    number_of = {i: int(re.findall(r"\d+", units[i].text)[0]) for i in numbered}
    asking_numbers = {number_of[i] for i in numbered if i in cued}
    kept: list[int] = []
    for i in numbered:
        if i not in cued and number_of[i] in asking_numbers:
            continue
        if not kept or number_of[i] > number_of[kept[-1]]:
            kept.append(i)
    return kept


def _read_plain(units: list[_Unit]) -> _Reading:
    question_at = _marked_questions(units)
    if question_at is None:
        asking = [i for i in range(len(units)) if _is_question(units, i)]
        question_at = [
            i
            for i in asking
            if not _announced(units, i, asking) and not _answers_above(units, i, asking)
        ]
        question_at = _with_lead_statements(units, question_at)
        question_at = _without_answers_below(units, question_at)
    # Consecutive question lines with no blank between them are one question (a preamble
    # sentence followed by the question proper, or a question wrapped over two lines).
    merged: list[list[int]] = []
    for i in question_at:
        if merged and merged[-1][-1] == i - 1 and not units[i].after_blank:
            merged[-1].append(i)
        elif _is_preamble(units, i, merged[-1][-1] if merged else -1):
            merged.append([i - 1, i])
        else:
            merged.append([i])
    first_question = merged[0][0] if merged else len(units)
    # "— What do you film?" / "— Water.": dialogue dashes mark both sides.
    dashed = all(_DIALOGUE_DASH.match(units[group[0]].text) for group in merged) and merged
    pairs: list[tuple[str, list[str], list[str]]] = []
    for number, group in enumerate(merged):
        answer_end = merged[number + 1][0] if number + 1 < len(merged) else len(units)
        question = " ".join(_strip_markers(units[i].text) for i in group)
        answer = [unit.text for unit in units[group[-1] + 1 : answer_end]]
        if dashed:
            answer = [_DIALOGUE_DASH.sub("", paragraph) for paragraph in answer]
        pairs.append((question, answer, []))
    reading = _Reading(head=units[:first_question], pairs=pairs)
    reading.quoted_questions = bool(merged) and all(
        units[group[0]].text[:1] == ">" for group in merged
    )
    _read_answer_labels(reading)
    return reading


def _without_answers_below(units: list[_Unit], question_at: list[int]) -> list[int]:
    """ "What advice would you give students?" over "Say yes to everything.", no blank between:
    where the page prints its questions directly over their answers, a line under a question
    that ends asking is its answer, though it opens like a prompt ("Say…", "Imagine…")."""
    asking = set(question_at)
    answers = [
        i
        for i in question_at
        if i - 1 in asking
        and not units[i].after_blank
        and _QUESTION_END.search(units[i - 1].text)
        and not _QUESTION_END.search(units[i].text)
        and not _requests_answer(units[i].text)
    ]
    if not answers:
        return question_at
    over_answers = [
        i
        for i in question_at
        if i + 1 < len(units) and not units[i + 1].after_blank and i + 1 not in asking
    ]
    if len(over_answers) < 2 or 2 * len(over_answers) < len(question_at) - len(answers):
        return question_at
    return [i for i in question_at if i not in answers]


def _is_lead_line(units: list[_Unit], i: int) -> bool:
    """A line set apart above the paragraph it leads (a blank before it, none after)."""
    return (
        units[i].after_blank
        and i + 1 < len(units)
        and not units[i + 1].after_blank
        and len(units[i].text) <= 200
    )


def _with_lead_statements(units: list[_Unit], question_at: list[int]) -> list[int]:
    """ "Working with non-actors can be unpredictable." over its answer: where every question
    of the page is a line set apart above its answer, a statement set apart the same way
    between them asks too (the interviewer's prompt without a question mark)."""
    if len(question_at) < 3 or not all(_is_lead_line(units, i) for i in question_at):
        return question_at
    asking = set(question_at)
    statements = [
        i
        for i in range(question_at[0] + 1, len(units) - 1)
        if i not in asking and _is_lead_statement(units, i)
    ]
    if not statements or 2 * len(question_at) < len(question_at) + len(statements):
        return question_at
    return sorted(asking.union(statements))


def _is_lead_statement(units: list[_Unit], i: int) -> bool:
    text = units[i].text
    if not _is_lead_line(units, i) or not SENTENCE_END.search(text) or text.endswith(":"):
        return False
    # Not the first line of an answer broken over lines ("Once.", "I think so."), nor a list.
    if len(text.split()) < 3 or _FIRST_PERSON.search(fold(text)) or _LIST_MARKER.match(text):
        return False
    # "Whiteout is in cinemas from 8 March." over the site's links closes the page.
    if _RELEASE_NOTE.search(text):
        return False
    return not _LIST_MARKER.match(units[i + 1].text) and len(text.split(". ")) <= 2


def _answers_above(units: list[_Unit], i: int, asking: list[int]) -> bool:
    """ "What do you hope viewers will do?" over "Pick up one piece of rubbish.": a prompt
    with no question mark right under a question, a paragraph apart, is its answer."""
    return (
        i > 0
        and (i - 1) in asking
        and units[i].after_blank
        and _QUESTION_END.search(units[i - 1].text) is not None
        and not _QUESTION_END.search(_strip_markers(units[i].text))
    )


def _announced(units: list[_Unit], i: int, asking: list[int]) -> bool:
    """ "The scene was originally:" over '"Do you pray?"': an answer announcing a quote or a
    list goes on with it, questions and all."""
    if i == 0 or (i - 1) in asking:
        return False
    return units[i - 1].text.endswith(":") and units[i].text[:1] in _QUOTE_OPENINGS


def _read_answer_labels(reading: _Reading) -> None:
    """Answers that open with who speaks ("Ana Ruiz: …", "Kowalczyk: …") under unlabelled
    questions: a panel keeps the labels and a speaker per paragraph; one interviewee's label
    is taken off."""
    head_text = " ".join(unit.text for unit in reading.head)
    head = f" {' '.join(words(head_text))} "
    labelled = [
        [_answer_label(p, head, head_text) for p in answer] for _q, answer, _w in reading.pairs
    ]
    answered = [labels for labels in labelled if labels]
    opened = [labels[0] for labels in answered if labels[0]]
    if len(opened) < 2 or 2 * len(opened) < len(answered):
        return
    names = list(dict.fromkeys(label.speaker for labels in labelled for label in labels if label))
    if len(names) == 1 and not (
        _mentioned(names[0], head) or _name_of_initials(names[0], head_text)
    ):
        return  # one label the page never introduces: "Short answer: yes." is no speaker
    panel = len(names) > 1
    for (_question, answer, who), labels in zip(reading.pairs, labelled, strict=True):
        speaker = ""
        for number, label in enumerate(labels):
            if label:
                speaker = label.speaker
                answer[number] = answer[number] if panel else label.rest
            if speaker:
                who.append(speaker)
    reading.speaker_names = [n for n in names if _is_name_label(n, needs_surname=not panel)]
    reading.answer_labels = names


def _answer_label(paragraph: str, head: str, head_text: str) -> speakers.Label | None:
    """The speaker that opens an answer paragraph, when it is a person the page could mean:
    a full name, or a name its intro mentions, in capitals ("KETTERING:") or initials too."""
    label = speakers.speaker_label(paragraph)
    if not label or not label.rest or not looks_like_name(label.speaker):
        return None
    if label.speaker.isupper() and _name_of_initials(label.speaker, head_text):
        return label
    if len(label.speaker.split()) >= 2 or _mentioned(label.speaker, head):
        return label
    return None


def _mentioned(name: str, head: str) -> bool:
    """Whether the name's words occur together in `head` (words, space-padded)."""
    return f" {' '.join(words(name))} " in head


def _is_preamble(units: list[_Unit], i: int, previous_question: int) -> bool:
    """A line that sets up the question below it in the same paragraph ("Your film is set in
    1970s Hanoi.\nWhat drew you to that period?")."""
    if i < 1 or units[i].after_blank or not units[i - 1].after_blank:
        return False
    if i - 1 <= previous_question or i - 1 == 0 and previous_question < 0:
        return False
    setup = fold(units[i - 1].text)
    # It speaks to the interviewee and not for them: "I…" would be the end of an answer.
    return (
        len(setup) <= 250 and bool(_SECOND_PERSON.search(setup)) and not _FIRST_PERSON.search(setup)
    )


# --- Labelled transcripts --------------------------------------------------------------


@dataclass
class _Turn:
    speaker: str
    units: list[_Unit]


def _read_transcript(units: list[_Unit], dropped: list[str]) -> _Reading | None:
    """Read a page whose lines start with speaker labels; None when it has no such labels."""
    labels = _turn_labels(units)
    headings = set(_repeated_headings(units, labels))
    for position in headings:
        labels[position] = None
    found = [label for label in labels if label]
    if len(found) < speakers.min_turns(found):
        return None
    asks: Counter[str] = Counter()
    for position, label in enumerate(labels):
        if label and _turn_asks(label, units, position):
            asks[speakers.key(label.speaker)] += 1
    roles = speakers.find_roles(found, dict(asks))
    if roles is None:
        return None
    answerers = set(roles.answerers)
    # "Q:", "Domanda:", "D:" beside "R:": a label that says "question" asks whatever follows it.
    asked_by_label = {key for key in roles.askers if key in speakers.QUESTION_LABELS}
    asked_by_label.add(speakers.question_label(found, dict(asks)))
    if answerers and not answerers & speakers.ANSWERING_LABELS:
        # Named answerers: a panellist who speaks only once is still one of them, labelled
        # as the others are ("Chloë:" beside "Ana:"); "Newsletter:" under "PV:" is the page's.
        styles = {
            speakers.label_style(label.speaker)
            for label in found
            if speakers.key(label.speaker) in answerers
        }
        answerers |= {
            speakers.key(speaker)
            for speaker in {label.speaker for label in found}
            if speakers.label_style(speaker) in styles
            and looks_like_name(speaker)
            and speakers.key(speaker) not in roles.askers
        }
    known = {*roles.askers, *answerers}
    start = next(
        i for i, label in enumerate(labels) if label and speakers.key(label.speaker) in roles.askers
    )
    turns: list[_Turn] = []
    for position, (unit, label) in enumerate(zip(units, labels, strict=True)):
        if position < start:
            continue
        if position in headings:
            dropped.append(unit.text)  # the page's heading again, over its second page
        elif label and speakers.key(label.speaker) in known:
            turns.append(_Turn(label.speaker, [_Unit(label.rest, True)] if label.rest else []))
        elif turns and _STAGE_DIRECTION.match(unit.text):
            dropped.append(unit.text)  # "[Applause]" alone: what the room did, not words
        elif turns:
            turns[-1].units.append(unit)

    reading = _Reading(head=units[:start], pairs=[])
    names = [t.speaker for t in turns if speakers.key(t.speaker) in answerers]
    panel = len({speakers.key(n) for n in names}) > 1
    # A panel is named after its speakers even when labelled by first name only ("Ana:");
    # one interviewee needs a full name, or the title and intro will say it better.
    reading.speaker_names = list(
        dict.fromkeys(n for n in names if _is_name_label(n, needs_surname=not panel))
    )
    reading.answer_labels = list(dict.fromkeys(names))
    waiting: list[_Turn] = []  # the asker's turns since the last answer
    thanked = False  # the asker just thanked the guest: a short reply is goodbye, not answer
    last_asking = max(
        (n for n, turn in enumerate(turns) if speakers.key(turn.speaker) in roles.askers),
        default=-1,
    )
    for number, turn in enumerate(turns):
        if thanked and speakers.key(turn.speaker) not in roles.askers and _is_short_reply(turn):
            dropped.extend(_said(turn))
            continue
        thanked = False
        if speakers.key(turn.speaker) in roles.askers:
            if reading.pairs and not waiting and _is_thanks(turn, last=number == last_asking):
                # "Kwame, thank you so much." / "Thank you.": the interview is over.
                dropped.extend(_said(turn))
                thanked = True
                continue
            if (
                reading.pairs
                and not waiting
                and speakers.key(turn.speaker) not in asked_by_label
                and _is_interjection(turn)
            ):
                # "Right." "Wow." between two turns of one answer: the answer goes on.
                dropped.extend(_said(turn))
                continue
            if not roles.answers_labelled:
                question_units, answer_units = _split_asker_turn(turn.units)
                turn = _Turn(turn.speaker, question_units)
                waiting.append(turn)
                if answer_units:
                    _answer(reading, waiting, [_Turn("", answer_units)], panel, dropped)
                    waiting = []
            else:
                waiting.append(turn)
            continue
        if waiting and not reading.pairs and _is_welcome(waiting[-1], turn):
            # "Welcome to the show, today my guest is…" / "Thanks, Mia.": no question yet.
            reading.intro_extra.extend(u.text for t in waiting for u in t.units)
            dropped.extend(_said(turn))
            waiting = []
        elif waiting:
            _answer(reading, waiting, [turn], panel, dropped)
            waiting = []
        elif reading.pairs:
            _continue_answer(reading, turn, panel)
        else:
            dropped.extend(_said(turn))
    for turn in waiting:  # the host's closing words: nobody answers them
        dropped.extend(_said(turn))
    return reading


def _turn_labels(units: list[_Unit]) -> list[speakers.Label | None]:
    """Each unit's speaker label: "Name: …" at its start, or a name in capitals alone on the
    line above the words."""
    labels = [speakers.speaker_label(unit.text) for unit in units]
    inline = {speakers.key(label.speaker) for label in labels if label and label.rest}
    for position, unit in enumerate(units[:-1]):
        if not labels[position] and not units[position + 1].after_blank:
            alone = speakers.name_line(unit.text)
            # A page that writes "KINOBLATT: …" does not also set its turns as a script: the
            # same name alone on a line over a tagline is its masthead, not a turn.
            if alone and speakers.key(alone.speaker) not in inline:
                labels[position] = alone
    return labels


def _repeated_headings(units: list[_Unit], labels: list[speakers.Label | None]) -> list[int]:
    """Where a labelled heading comes back word for word ("Long Shadows: An Interview with …"
    over each page of a two-page article): a running heading, not somebody speaking twice."""
    texts = Counter(unit.text for unit, label in zip(units, labels, strict=True) if label)
    return [
        position
        for position, (unit, label) in enumerate(zip(units, labels, strict=True))
        if label
        and texts[unit.text] > 1
        and len(label.rest.split()) >= 3
        and not SENTENCE_END.search(unit.text)
    ]


_STAGE_DIRECTION = re.compile(
    r"^[\[(](?:applause|laughter|laughs|laughing|cheers|cheering|music|theme music|inaudible"
    r"|crosstalk|pause|silence|break|ad break|end of transcript)[^\])]{0,20}[\])]\.?$",
    re.IGNORECASE,
)
_GREETING_WORD = re.compile(
    r"^(?:hey|hi|hello|welcome|well|so|okay|ok|alright|right|good \w+|and|now|friends|folks)$",
    re.IGNORECASE,
)


def _is_welcome(host: _Turn, reply: _Turn) -> bool:
    """A host's opening words that ask nothing, thanked by a short reply."""
    said = " ".join(unit.text for unit in host.units)
    vocative = re.match(r"^((?:\w+ ){0,2}\w+), ", said)
    addressed = _SECOND_PERSON.search(fold(said)) or vocative
    # "Good evening, everybody… please give Adaeze a warm welcome." speaks to the audience
    # about the guest; "Marisol, welcome to the show." speaks to her, and she may be asked.
    to_guest = (
        vocative is not None
        and looks_like_name(vocative.group(1))
        and not _GREETING_WORD.match(vocative.group(1))
    )
    welcomes = not to_guest and re.search(r"\bwelcome\b", fold(said)) is not None
    thanks = " ".join(unit.text for unit in reply.units)
    # "Thank you. Thank you so much. I'm a little nervous." is still only the thanks.
    thanked = re.match(r"(?:thank|thanks|it['’]s a pleasure|my pleasure)\b", fold(thanks))
    short = len(thanks.split()) <= (20 if thanked else 8)
    return (welcomes or not addressed) and "?" not in said + thanks and short


def _is_thanks(turn: _Turn, *, last: bool) -> bool:
    text = " ".join(unit.text for unit in turn.units)
    if "thank" not in fold(text) or "?" in text:
        return False
    # The host's last words may thank the guest and then sign the show off at any length:
    # "Tomás Herrera, thank you so much. That's our show. …"
    opens_with_thanks = re.match(r"^(?:[^.,!?]{1,40}, )?thank", fold(text)) is not None
    return len(text.split()) <= 25 or (last and opens_with_thanks)


def _is_short_reply(turn: _Turn) -> bool:
    """ "Thank you, Dan." after the host's thanks: a goodbye. What the page prints under it
    (unlabelled, so read as the same turn: "The film is on MUBI.") closes the page."""
    text = turn.units[0].text if turn.units else ""
    return "?" not in text and len(text.split()) <= 8


def _is_interjection(turn: _Turn) -> bool:
    text = " ".join(unit.text for unit in turn.units)
    return len(text.split()) <= 6 and "?" not in text and not _has_question_cue(text)


def _is_name_label(speaker: str, *, needs_surname: bool) -> bool:
    long_enough = len(speaker.split()) >= 2 or not needs_surname
    return long_enough and looks_like_name(speaker) and not speaker.isupper()


def _turn_asks(label: speakers.Label, units: list[_Unit], position: int) -> bool:
    text = label.rest
    if not text and position + 1 < len(units):
        text = units[position + 1].text
    # Stricter than a prompt cue: answers open with "Thanks", "First" or "Now" too.
    if _QUESTION_END.search(text) or _ASKING_START.match(text) or _requests_answer(text):
        return True
    return "?" in text and bool(_SECOND_PERSON.search(fold(text)))


def _split_asker_turn(units: list[_Unit]) -> tuple[list[_Unit], list[_Unit]]:
    """When only questions carry a label, the question is the label's line (and the lines it
    wraps onto); what follows is the answer."""
    if not units:
        return [], []
    end = 1
    while (
        end < len(units)
        and not units[end].after_blank
        and not SENTENCE_END.search(units[end - 1].text)
        and not units[end - 1].text.endswith(":")
    ):
        end += 1
    return units[:end], units[end:]


def _said(turn: _Turn) -> list[str]:
    return [f"{turn.speaker}: {unit.text}" for unit in turn.units]


def _answer(
    reading: _Reading, waiting: list[_Turn], answer: list[_Turn], panel: bool, dropped: list[str]
) -> None:
    """Close a question: the last of the asker's waiting turns asks, the earlier ones are the
    host's own words (an intro before the first question, chat or ad reads later)."""
    *monologue, asking = waiting
    for turn in monologue:
        if reading.pairs:
            dropped.extend(_said(turn))
        else:
            reading.intro_extra.extend(unit.text for unit in turn.units)
    question = " ".join(_strip_markers(unit.text) for unit in asking.units)
    reading.pairs.append((_without_station_id(question, dropped), [], []))
    for turn in answer:
        _continue_answer(reading, turn, panel)


# "You're listening to Arts Hour on WKRN.", "My guest is filmmaker Ruth Akintola.": the
# broadcast says again who is on the air for listeners tuning in, then the host asks.
_STATION_ID = re.compile(
    r"^(?:and |so )?(?:you['’]re listening to|you are listening to"
    r"|this is (?:[^.!?]|\.(?=\d)){1,60}\bon\b"
    r"|my guests? (?:today |tonight |this (?:week|hour|morning|evening) )?(?:is|are)\b"
    r"|i['’]m (?:talking|speaking) (?:with|to)\b|i['’]m here with\b"
    r"|(?:joining|with) (?:me|us) (?:today |tonight |now )?(?:is|are)\b)"
    r"(?:[^.!?]|\.(?=\d))*[.!]\s+(?=\S)",  # (a frequency's point, "89.3", ends nothing)
    re.IGNORECASE,
)


def _without_station_id(question: str, dropped: list[str]) -> str:
    while (station_id := _STATION_ID.match(question)) and _has_question_cue(
        question[station_id.end() :]
    ):
        dropped.append(station_id.group().strip())
        question = question[station_id.end() :]
    return question


def _continue_answer(reading: _Reading, turn: _Turn, panel: bool) -> None:
    _question, paragraphs, who = reading.pairs[-1]
    for number, unit in enumerate(turn.units):
        text = unit.text
        if panel and number == 0 and turn.speaker:
            text = f"{turn.speaker}: {text}"
        paragraphs.append(text)
        if turn.speaker and speakers.key(turn.speaker) not in speakers.ANSWERING_LABELS:
            who.append(turn.speaker)


def _drop_section_headings(reading: _Reading, dropped: list[str]) -> None:
    """ "Working with Bergman" closing one answer, "Later work" the next: the page's section
    headings between the questions (two at least), and the first one above them."""
    ends = [answer for _question, answer, who in reading.pairs[:-1] if len(answer) > len(who)]
    headed = [answer for answer in ends if len(answer) >= 2 and _is_section_heading(answer[-1])]
    # "## The captain": a Markdown heading says it is one, and one is enough.
    marked = [answer for answer in headed if answer[-1].startswith("#")]
    if len(headed) < 2 and not marked:
        return
    if (
        len(reading.head) > 1
        and _is_section_heading(reading.head[-1].text)
        and (len(headed) >= 2 or reading.head[-1].text.startswith("#"))
    ):
        dropped.append(reading.head.pop().text)
    for answer in headed if len(headed) >= 2 else marked:
        dropped.append(answer.pop())


def _is_section_heading(text: str) -> bool:
    if text.startswith("#"):
        heading = _MARKDOWN_HEADING.match(text)
        if not heading:
            return False
        text = heading.group(1)
    return (
        len(text.split()) <= 6
        and text[:1].isupper()
        and not re.search(r"[.!?:;,\"”’)]$", text)
        and speakers.speaker_label(text) is None
    )


def _drop_footnotes(units: list[_Unit], reading: _Reading, dropped: list[str]) -> None:
    """ "[1] See the restoration notes.", "* The reels were found in 2019.": the notes under
    the last answer whose marks the questions or answers carry ("?[1]", "?*")."""
    if not reading.pairs or not _FOOTNOTE.match(
        reading.pairs[-1][1][-1] if reading.pairs[-1][1] else ""
    ):
        return
    marks = {
        match.group()
        for unit in units
        for match in re.finditer(r"(?<=[\w.?!,)])(?:\*{1,3}|\[\d{1,3}\])(?=\s|$)", unit.text)
    }
    _question, answer, who = reading.pairs[-1]
    notes: list[str] = []
    while len(answer) > 1 and len(who) < len(answer):
        note = _FOOTNOTE.match(answer[-1])
        if not note or note.group("mark") not in marks:
            break
        notes.insert(0, answer.pop())
    dropped.extend(notes)


def _drop_quoted_close(reading: _Reading, dropped: list[str]) -> None:
    """ "> Looking forward to reading these!" / "> Sam" under the last inline answer: where the
    questions are quoted from the interviewer's e-mail, the quoted letter going on after the
    last answer is its closing, and what follows is the reply's signature."""
    if not reading.quoted_questions or not reading.pairs:
        return
    question, answer, who = reading.pairs[-1]
    if who:
        return
    replied = " ".join(p for p in answer if p[:1] != ">")
    thanks = "?" not in question and "thank" in fold(question)
    letter_goes_on = any(p[:1] == ">" for p in answer)
    if len(reading.pairs) > 1 and thanks and letter_goes_on and len(replied.split()) <= 6:
        # "> Thanks so much!" over "> Priya": the letter's thanks, which nobody answers.
        reading.pairs.pop()
        dropped.extend([question, *answer])
        _question, answer, who = reading.pairs[-1]
        if who:
            return
    start = next((i for i, p in enumerate(answer) if i and p[:1] == ">"), len(answer))
    # Only the letter's quoted lines and a short signature follow: an answer going on after
    # a quote (a pull quote in a Markdown page) is left alone.
    if all(p[:1] == ">" or len(p.split()) <= 6 for p in answer[start:]):
        dropped.extend(answer[start:])
        del answer[start:]


def _drop_release_note(reading: _Reading, units: list[_Unit], dropped: list[str]) -> None:
    """ "Monsoon Letters is in cinemas from 4 October.", "Ana Ruiz writes about film for Reel
    Notes.": the outlet's notes closing the page (where the film plays, the writer's bio, who
    funded the piece), one under another, not the last words of the answer (which would say
    "I" or "we")."""
    if not reading.pairs:
        return
    _question, answer, who = reading.pairs[-1]
    # The page's next section under the interview: "STUDENT AWARDS ROUNDUP" or "MUSIC" over
    # its own prose, after an answer's finished sentence; the interview does not come back.
    for at in range(1, len(answer) - 1):
        if (
            chrome.is_section_kicker(answer[at])
            and SENTENCE_END.search(answer[at - 1])
            and not _FIRST_PERSON.search(fold(answer[at + 1]))
        ):
            dropped.extend(answer[at:])
            del answer[at:]
            del who[at:]
            break
    as_written = {unit.text for unit in units}
    head = " ".join(unit.text for unit in reading.head)
    while len(answer) >= 2 and (
        _is_closing_note(answer[-1], len(who) == len(answer), as_written)
        or _thanks_interviewee(answer[-1], head)
    ):
        if len(who) == len(answer):
            who.pop()
        dropped.append(answer.pop())


def _thanks_interviewee(last: str, head: str) -> bool:
    """ "Thanks so much Dana!!", "Thank you, Dana, for your time.": the outlet thanking the
    interviewee, named in the intro, under the last answer (the guest's own "Thanks, Greg, I
    loved this." says "I")."""
    name = chrome.thanked_name(last)
    return bool(name) and name in head and not _FIRST_PERSON.search(fold(last))


def _is_closing_note(last: str, all_spoken: bool, as_written: set[str]) -> bool:
    # In a transcript every paragraph is a speaker's, unless it stands on the page without a
    # label under the last turn ("RB: Thank you." over "The film is streaming on Mubi.").
    if all_spoken and (last not in as_written or speakers.speaker_label(last)):
        return False
    folded = fold(last)
    if len(last) > 300 or _FIRST_PERSON.search(folded) or _SECOND_PERSON.search(folded):
        return False
    text = _strip_markers(last)  # "*Ana Ruiz writes about film for Reel Notes.*"
    if chrome.is_closing_note(text):
        return True
    # The note names the film; "It opens on Friday." goes on talking about it.
    if len(last) > 200 or re.match(r"(?:it|they|this|that|he|she|we|our)\b", folded):
        return False
    release = _RELEASE_NOTE.search(text) or chrome.is_release_note(text)
    return bool(release) and not re.search(r"\bwe\b|\bour\b", folded)


# --- Title ------------------------------------------------------------------------------


def _without_editors_note(paragraph: str, dropped: list[str]) -> str:
    """ "…from his studio in Osaka. This interview has been condensed.": the editor's note
    closing the intro's paragraph is no part of the intro."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph)
    if len(sentences) < 2 or not chrome.is_editors_note(sentences[-1]):
        return paragraph
    dropped.append(sentences[-1])
    return " ".join(sentences[:-1])


def _split_title(head: list[_Unit], dropped: list[str]) -> tuple[str, list[_Unit]]:
    """The page title (the first short line before the first question) and the intro lines."""
    if not head:
        return "", []
    below_masthead = _headline_below_masthead(head) or _headline_below_tab_title(head)
    if below_masthead:
        dropped.extend(unit.text for unit in head[:below_masthead])
        head = head[below_masthead:]
    first = head[0].text
    # A kicker above the headline ("FILMMAKER SPOTLIGHT", "INTERVIEW"), a masthead or a button
    # ("Subscribe for $1") is not the title: the headline is below them.
    while (
        len(head) > 1
        and _is_above_headline(first)
        and len(head[1].text) <= 200
        and not SENTENCE_END.search(head[1].text)
        # a film's title in capitals over its credits ("Dir. … | 2024 | 94 min") is the title
        and not (_is_kicker(first) and _is_credits_line(head[1].text))
    ):
        dropped.append(first)
        # "Competition: New Directors" set right under a festival's masthead is its section.
        if (
            _is_masthead(first)
            and len(head) > 2
            and not head[1].after_blank
            and head[2].after_blank
            and _SECTION_LABEL.match(head[1].text)
            and not reads_as_headline(head[1].text, named=True)
        ):
            dropped.append(head[1].text)
            head = head[1:]
        head, first = head[1:], head[1].text
    # A document's file name ("Interview_Okonkwo_FINAL_v3") is not its title.
    if " " not in first and "_" in first:
        dropped.append(first)
        head, first = head[1:], head[1].text if len(head) > 1 else ""
        if not first or SENTENCE_END.search(first):
            return "", head
    # A press office's e-mail: its subject line is the title.
    first = _SUBJECT_LABEL.sub("", first)
    if len(first) <= 200 and not SENTENCE_END.search(first):
        return _strip_markers(first), head[1:]
    if len(first) <= 120 and len(head) > 1:
        return _strip_markers(first), head[1:]
    return "", head


def _headline_below_masthead(head: list[_Unit]) -> int:
    """Where the interview's own headline stands under the site's masthead ("REEL QUARTERLY",
    "Plano Secuencia — Revista de cine" over its menu): its position, or 0.

    The first line is a masthead when it is in capitals or has a line (a menu) right under it,
    and does not read as a headline itself; the headline is a later line set apart that does,
    before the first paragraph of prose."""
    if len(head) < 2:
        return 0
    first = head[0].text
    capitals = first.isupper() and len(first.split()) >= 2
    menu_below = not head[1].after_blank or head[0].chrome_below
    if not (capitals or menu_below) or reads_as_headline(first, named=False):
        return 0
    # A station's or festival's masthead ("WKRN 89.3 — ARTS HOUR") may sit right on its headline.
    set_apart = _is_masthead(first)
    found = 0
    for position, unit in enumerate(head[1:4], start=1):
        if len(unit.text) > 200 or (
            SENTENCE_END.search(unit.text) and not _is_placeholder(unit.text)
        ):
            break  # the prose began: the first line was the headline after all
        if (
            (unit.after_blank or (set_apart and position == 1))
            # one word ("ENTREVISTAS", "Interviews") is the section, not its headline
            and len(unit.text.split()) >= 2
            and not _is_breadcrumb(unit.text)
            and reads_as_headline(unit.text, named=True)
        ):
            found = _headline_above_deck(head, position)
            break
    return _headline_the_prose_echoes(head, found)


def _is_placeholder(line: str) -> bool:
    """ "Search…", "Cerca nel sito...": a search box's few words trailing off, not prose."""
    return len(line) <= 30 and line.endswith(("...", "…")) and len(line.split()) <= 4


def _headline_the_prose_echoes(head: list[_Unit], position: int) -> int:
    """A headline names whom or what the first paragraph of prose is about; a site's name,
    tagline or section ("Reel Thoughts", "ENTRETIENS") names nothing it writes. When the line
    at `position` names nothing the prose names, the first later line set apart that does is
    the headline ("Chatting with Dana Okafor about …" over "I finally caught Dana Okafor's
    short…"): its position, or `position`."""
    prose_at = next(
        (
            at
            for at, unit in enumerate(head)
            if at > position and (len(unit.text) > 200 or SENTENCE_END.search(unit.text))
        ),
        0,
    )
    if not prose_at:
        return position
    prose = set(re.findall(r"[^\W\d_]+", head[prose_at].text))
    if _names_any(head[position].text, prose):
        return position
    for at in range(position + 1, prose_at):
        text = head[at].text
        if (
            head[at].after_blank
            and not text.isupper()
            and len(text.split()) >= 3
            and not _is_breadcrumb(text)
            and _names_any(text, prose)
        ):
            return at
    return position


def _names_any(line: str, prose_words: set[str]) -> bool:
    """Whether a capitalised word of the line, after its first, is a word of the prose, or a
    longer lowercase one ("Local filmmaker brings mill town story…" over "…looking for a
    story for her first feature")."""
    return any(
        word in prose_words
        and (len(word) >= 3 and word[0].isupper() or len(word) >= 5 and word.islower())
        and word not in _COMMON_WORDS
        for word in re.findall(r"[^\W\d_]+", line)[1:]
    )


# Words any line and paragraph may share without being about the same thing.
_COMMON_WORDS = {
    "about", "after", "their", "there", "these", "those", "which", "where", "while", "would",
    "could", "should", "first", "other", "every", "still", "being", "years",
}  # fmt: skip


def _headline_above_deck(head: list[_Unit], position: int) -> int:
    """ "How 'Ironwood' survived a wildfire…" over "Director Maren Solberg on the four-year
    journey…": a trade piece's headline over its deck, which names the interviewee. The line
    above is the headline when it is set apart, reads as one and names what the text below
    names; `position` otherwise."""
    if position < 2:
        return position
    above = head[position - 1]
    text = above.text
    if (
        not above.after_blank
        or len(text) >= len(head[position].text)  # a deck says more than its headline
        or len(text.split()) < 4
        or text.isupper()
        or SENTENCE_END.search(text)
        or _is_above_headline(text)
    ):
        return position
    below = " ".join(unit.text for unit in head[position : position + 4])
    named = [word.strip("'\"‘’“”,:;.!?()") for word in text.split()[1:]]
    if any(len(word) >= 4 and word[0].isupper() and word in below for word in named):
        return position - 1
    return position


def _headline_below_tab_title(head: list[_Unit]) -> int:
    """ "Kenji Sato on 'Paper Lanterns' | The Long Take" over the headline "Kenji Sato on
    'Paper Lanterns'": the browser tab's title (the headline and the site's name) is saved
    above the page; the headline below it is the title. Its position, or 0."""
    first = head[0].text
    if not any(mark in first for mark in (" | ", " - ", " – ", " — ", " · ")):
        return 0
    for position, unit in enumerate(head[1:4], start=1):
        text = unit.text
        if (
            len(text) >= 8
            and first.startswith(text)
            and first[len(text) :][:3].strip() in _TAB_SEPARATORS
        ):
            return position
    return 0


_TAB_SEPARATORS = {"|", "-", "–", "—", "·"}


def _is_kicker(line: str) -> bool:
    return line.isupper() and len(line.split()) <= 3 and not looks_like_name(line.title())


_SECTION_LABEL = re.compile(r"^[^\W\d_][\w&' -]{0,24}:\s+[^:.!?]{1,30}$")
_CREDIT_FIELDS = re.compile(r"\b(?:19|20)\d\d\b|\b\d{2,3}\s*(?:min|mins|minutes|’|')(?:\W|$)")


def _is_credits_line(line: str) -> bool:
    """ "Dir. Ana Ruiz | Spain 2024 | 94 min": a catalogue's credits, fields between bars."""
    return len(re.findall(r"\s[|·•]\s", line)) >= 2 and bool(_CREDIT_FIELDS.search(line))


def _is_above_headline(line: str) -> bool:
    return _is_kicker(line) or _is_masthead(line) or _is_button(line)


_BREADCRUMB_SEPARATOR = re.compile(r"\s+[/›>»]\s+")


def _is_breadcrumb(line: str) -> bool:
    """ "Interviews / Music Video", "Home › Interviews › …": where the page sits on the site."""
    parts = _BREADCRUMB_SEPARATOR.split(line)
    return len(parts) > 1 and any(
        part.casefold() in _SECTIONS or part.casefold() == "home" for part in parts[:2]
    )


# "Subscribe for $1", "Sign in", "Donate today": a site's call to action over the headline.
_BUTTON = re.compile(
    r"^(?:subscribe|sign (?:in|up)|log ?in|register|donate|support us|become a member"
    r"|join(?: now| us)?|menu|search)\b[^.?!]{0,20}$",
    re.IGNORECASE,
)


def _is_button(line: str) -> bool:
    return len(line) <= 30 and bool(_BUTTON.match(line))


# "WKRN 89.3 — ARTS HOUR", "KXLU 88.9 FM": a radio station's name and frequency;
# "43rd Northern Lights Film Festival — Catalogue 2024": a festival's edition or catalogue.
_STATION_OR_EVENT = re.compile(
    # call letters and frequency, in the station's capitals
    r"\b[A-Z]{3,4}(?:-[AF]M)?\s+\d{2,3}\.\d\b|\b\d{2,4}(?:\.\d)?\s?[AF]M\b"
    r"|(?i:^\d{1,3}(?:st|nd|rd|th)\s.*\b(?:festival|fest|biennale|awards)\b"
    r"|\b(?:catalogue|catalog|programme|program)\s+\d{4}$)",
)


def _is_masthead(line: str) -> bool:
    """ "Journal", "Frame Forward | Interviews", "The Campus Lens — Arts & Culture": the site's
    section over the headline, not the headline."""
    if len(line) <= 80 and any(c.isdigit() for c in line) and _STATION_OR_EVENT.search(line):
        return True
    section = re.split(r"\s+[|—–]\s+", line)[-1].casefold()
    if section != line.casefold() and _ISSUE_NUMBER.match(section):
        return True  # "FESTIVAL DAILY — Day 4"
    return section in _SECTIONS and (section != line.casefold() or len(line.split()) == 1)
