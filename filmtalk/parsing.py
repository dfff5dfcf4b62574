"""Raw interview page text -> Interview.

The parser encodes how interviews are written on the web, not any particular page:
- page chrome (menus, share buttons, comment forms, credits) is recognised line by line, and
  once the article has ended (a "Leave a Reply", "Related posts", "Contact Info" block) the
  rest of the page is dropped;
- a question is a short paragraph with a cue: a question mark, a greeting or an imperative
  prompt ("Share…", "Tell us…"), or a closing colon; it is addressed to "you", while a
  rhetorical question inside an answer talks about "I";
- the title is the first line of the article, the intro is what stands between the title and
  the first question, and the interviewee's name comes from the title, the intro or the
  interviewer's greeting, in the form the prose writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from filmtalk.models import Interview, QAPair
from filmtalk.text import clean_text, fold, slugify, words

# Menu items, buttons and page furniture: a line that is exactly one of these is chrome.
_CHROME_LINES = re.compile(
    r"^(?:top of page|bottom of page|skip to (?:main )?content|menu|open menu|close menu|close"
    r"|search|home|about|about us|contact|contact us|connect|to top|back to top|scroll to top"
    r"|subscribe|subscribe now|sign in|sign up|log in|login|register|share|share this"
    r"|share on \w+|tweet|facebook|twitter|x|instagram|youtube|linkedin|pinterest|reddit|tumblr"
    r"|whatsapp|email|e-mail|print|copy link|next|previous|next post|previous post|more"
    r"|read more|continue reading|advertisement|advertisements|sponsored|ad|like this:|like"
    r"|loading\.\.\.|related|follow us|newsletter|donate|shop|blog|news|events|archives"
    r"|categories|tags|accept|accept all|accept cookies|reject|reject all|got it|ok)[.:!]?$",
    re.IGNORECASE,
)

# Chrome that varies: page counters, bylines, dates, captions, cookie banners, view counts.
_CHROME_PATTERNS = re.compile(
    r"^(?:page \d+ of \d+|\d+ (?:views?|comments?|shares?|likes?)|\d+ min(?:ute)? read"
    r"|(?:posted|published|updated|written) (?:on|by|in)\b.{0,80}"
    r"|by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?: on .{0,40})?(?: [|•·-] .{0,40})?"
    r"|(?:photo|image|picture|still|credit|photo credit|image credit|courtesy)s?"
    r"(?: by| of| courtesy of)?\s*[:©].{0,120}"
    r"|\(?(?:photo|image|still)s? (?:by|courtesy of|credit) .{0,120}|©.{0,120}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2},? \d{4}"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|.{0,80}\b(?:uses cookies|use of cookies|cookie policy|accept cookies)\b.{0,200})$",
    re.IGNORECASE,
)

# Where an article ends and the page's footer begins: everything from here on is dropped,
# once at least one question has been seen.
_END_OF_ARTICLE = re.compile(
    r"^(?:leave a (?:reply|comment)|\d* ?comments?|post a comment|add a comment|write a comment"
    r"|related(?: posts| articles| stories| interviews| reading)?|recent posts|popular posts"
    r"|more (?:in|from|stories|interviews|articles)\b.*|you (?:may|might) also like.*"
    r"|suggest a story\b.*|contact info|contact information|image credits?|photo credits?"
    r"|about the author|share this(?: article| story| interview| post)?|tags?|filed under\b.*"
    r"|categories|previous post|next post|sign up for our newsletter.*|subscribe to our.*"
    r"|your email address will not be published.*|copyright\b.*|all rights reserved.*)[.:!]?$",
    re.IGNORECASE,
)

_LIST_MARKER = re.compile(r"^(?:\d{1,2}\s*[.)]|[-*•–—]|#{1,6})\s+")
_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
_QUESTION_END = re.compile(r"\?[\"'”’)\]]*$")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves|you['’](?:re|ve|d|ll))\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i['’](?:m|ve|d|ll))\b")
_PROMPT_START = re.compile(
    r"^(?:hi|hello|hey|welcome|thanks|thank you|congratulations|congrats|tell|share|describe"
    r"|talk|walk|give|name|explain|introduce|discuss|elaborate|let['’]?s|let us|please|take us"
    r"|paint|reflect|list|pick|recommend|imagine|finish|complete|define|summari[sz]e|expand"
    r"|speak|say|lastly|finally|first|firstly|next|now)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")

# Longest question we believe: past this a paragraph is prose, whatever its punctuation.
_MAX_QUESTION_CHARS = 400


@dataclass(frozen=True)
class _Unit:
    """One line of the article, with whether a blank line stood before it."""

    text: str
    after_blank: bool


def parse_interview(raw: str, *, path: str = "", fallback_name: str = "") -> Interview:
    """Parse one page of interview text. Never raises on any input text."""
    units, dropped = _article_units(clean_text(raw))
    notes = [f"dropped as page chrome: {line}" for line in dropped]
    question_at = [i for i, unit in enumerate(units) if _is_question(units, i)]
    # Consecutive question lines with no blank between them are one question (a preamble
    # sentence followed by the question proper, or a question wrapped over two lines).
    merged: list[list[int]] = []
    for i in question_at:
        if merged and merged[-1][-1] == i - 1 and not units[i].after_blank:
            merged[-1].append(i)
        else:
            merged.append([i])

    first_question = merged[0][0] if merged else len(units)
    head = units[:first_question]
    title, intro_units = _split_title(head)
    pairs: list[QAPair] = []
    for number, group in enumerate(merged):
        answer_end = merged[number + 1][0] if number + 1 < len(merged) else len(units)
        question = " ".join(_strip_markers(units[i].text) for i in group)
        answer = _join_paragraphs(units[group[-1] + 1 : answer_end])
        pairs.append(QAPair(index=number + 1, question=question, answer=answer))

    intro = _join_paragraphs(intro_units)
    name, name_note = _find_name(title, intro, [p.question for p in pairs], path, fallback_name)
    if name_note:
        notes.append(name_note)
    if not title:
        title = f"Interview with {name}"
    slug = slugify(name) or slugify(Path(path).stem) or "interview"
    return Interview(
        slug=slug,
        name=name,
        title=title,
        intro=intro,
        pairs=tuple(pairs),
        path=path,
        notes=tuple(notes),
    )


def _article_units(text: str) -> tuple[list[_Unit], list[str]]:
    """The article's lines, without chrome; and the chrome lines that were dropped."""
    units: list[_Unit] = []
    dropped: list[str] = []
    after_blank = True
    seen_question = False
    lines = [line.strip() for line in text.split("\n")]
    for position, line in enumerate(lines):
        if not line:
            after_blank = True
            continue
        if _END_OF_ARTICLE.match(line) and seen_question:
            dropped.extend(rest for rest in lines[position:] if rest)
            break
        if _CHROME_LINES.match(line) or _CHROME_PATTERNS.match(line):
            dropped.append(line)
            continue
        units.append(_Unit(line, after_blank))
        after_blank = False
        if not seen_question and _has_question_cue(line):
            seen_question = True
    return units, dropped


def _strip_markers(text: str) -> str:
    """Drop list numbering, bullets, heading hashes and bold markers around a question."""
    text = _LIST_MARKER.sub("", text).strip()
    emphasis = _EMPHASIS.match(text)
    return emphasis.group(2).strip() if emphasis else text


def _has_question_cue(line: str) -> bool:
    text = _strip_markers(line)
    if len(text) > _MAX_QUESTION_CHARS:
        return False
    return bool(
        _QUESTION_END.search(text)
        or _PROMPT_START.match(text)
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
    # A rhetorical question in an answer ("Why do I make films?") speaks for the speaker.
    if speaks_for_self and not addresses_reader:
        return False
    ends_with_question_mark = bool(_QUESTION_END.search(text))
    if not ends_with_question_mark:
        # Prompts without a question mark are single sentences of a line or two.
        if len(text) > 250 or text.count(". ") > 2:
            return False
        # A prompt must be followed by something to answer it.
        if i + 1 >= len(units):
            return False
    # The page's first line is its title, unless it plainly asks the reader something.
    return not (i == 0 and not addresses_reader)


def _split_title(head: list[_Unit]) -> tuple[str, list[_Unit]]:
    """The page title (the first short line before the first question) and the intro lines."""
    if not head:
        return "", []
    first = head[0].text
    if len(first) <= 200 and not _SENTENCE_END.search(first):
        return _strip_markers(first), head[1:]
    if len(first) <= 120 and len(head) > 1:
        return _strip_markers(first), head[1:]
    return "", head


def _join_paragraphs(units: list[_Unit]) -> str:
    return "\n\n".join(unit.text for unit in units)


# --- Who was interviewed ---------------------------------------------------------------

_NAME_WORD = r"[^\W\d_][\w.'’-]*"
_PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin"}
_TITLE_NAME_PATTERNS = [
    re.compile(
        r"^(?:an?\s+|the\s+)?(?:exclusive\s+)?(?:interview|conversation|q\s*&\s*a|chat|talk"
        r"|sit-down|in conversation)\s+with\s+(?:(?:the\s+)?(?:filmmaker|director|writer"
        r"|producer|actor|actress|artist|animator|cinematographer)\s+)?(?P<name>.+?)"
        r"(?:\s*[:,–—|]\s.*|\s+-\s.*|\s+(?:on|about)\s.*)?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:meet|check out|introducing|spotlight on|spotlight|profile|q\s*&\s*a)[:\s]+"
        r"(?:(?:the\s+)?(?:filmmaker|director)\s+)?(?P<name>.+?)"
        r"(?:['’]s?\s+(?:story|interview|journey|work|films?)|\s*[:,–—|]\s.*)?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<name>.+?)\s+(?:talks|speaks|discusses|reflects|opens up|chats|on|answers"
        r"|shares|tells|explains|in conversation)\b",
        re.IGNORECASE,
    ),
    re.compile(r"^(?P<name>[^:–—|]+?)\s*[:–—|]\s+"),
    re.compile(r"^(?P<name>.+)$"),
]
_INTRO_NAME_PATTERNS = [
    re.compile(r"\bintroduce you to (?P<name>[^.,!;]+)"),
    re.compile(r"^(?P<name>[^,.;:]+?)(?:,| is an?\b| was born\b)"),
    re.compile(r"\b(?:spoke|talked|sat down|caught up) with (?P<name>[^.,!;]+)"),
]
_GREETING = re.compile(r"^(?:hi|hello|hey|welcome|dear)\s+(?P<name>[^\W\d_][\w'’-]*)", re.I)


def _looks_like_name(candidate: str) -> bool:
    parts = candidate.replace("(", " ").replace(")", " ").split()
    if not 1 <= len(parts) <= 6 or len(candidate) > 60:
        return False
    if re.search(r"[?!:;\"“”]|\.\s|\d", candidate):
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


def _tidy_name(candidate: str) -> str:
    name = re.sub(r"['’]s$", "", candidate.strip(" \t'\"‘’“”.,")).strip()
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def _same_person(a: str, b: str) -> bool:
    return words(a) == words(b)


def _find_name(
    title: str, intro: str, questions: list[str], path: str, fallback_name: str
) -> tuple[str, str]:
    """The interviewee's name as the prose writes it, and a note when it had to be guessed."""
    from_title = ""
    for pattern in _TITLE_NAME_PATTERNS:
        match = pattern.match(title)
        if match and _looks_like_name(_tidy_name(match.group("name"))):
            from_title = _tidy_name(match.group("name"))
            break
    from_intro = []
    for paragraph in intro.split("\n\n"):
        for pattern in _INTRO_NAME_PATTERNS:
            for match in pattern.finditer(paragraph):
                candidate = _tidy_name(match.group("name"))
                if _looks_like_name(candidate) and len(candidate.split()) >= 2:
                    from_intro.append(candidate)
    # The intro writes the name as a reader would ("Ashley (Chin Chin) Ip"), the title may
    # shout it ("ASHLEY CHIN CHIN IP"): prefer the intro's form of the same words.
    for candidate in from_intro:
        if from_title and _same_person(candidate, from_title):
            return candidate, ""
    if from_title and len(from_title.split()) >= 2:
        return from_title, ""
    greeted = _greeted_first_name(questions)
    for candidate in from_intro:
        if greeted and words(candidate)[:1] == words(greeted):
            return candidate, ""
    if from_intro:
        return from_intro[0], ""
    if from_title:
        return from_title, ""
    if fallback_name:
        return fallback_name, ""
    stem = Path(path).stem if path else ""
    if re.fullmatch(r"[A-Za-z]+(?:[-_ ][A-Za-z]+){0,4}", stem):
        guessed = " ".join(part.capitalize() for part in re.split(r"[-_ ]", stem))
        return guessed, f"name guessed from the file name: {guessed}"
    if greeted:
        return greeted, f"name guessed from a greeting: {greeted}"
    return "Unknown", "no interviewee name found"


def _greeted_first_name(questions: list[str]) -> str:
    for question in questions[:2]:
        match = _GREETING.match(question)
        if match and match.group("name")[0].isupper():
            return match.group("name")
    return ""
