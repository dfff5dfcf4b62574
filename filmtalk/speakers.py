"""Transcripts whose lines start with a speaker label: "Q:"/"A:", "Question:"/"Answer:",
names or initials ("Ana Ruiz:", "KM:"), the outlet's name, or a podcast's "Host (12:03):".

This module only finds the labels and decides who asks and who answers; the parser turns the
turns into questions and answers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_TIMESTAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_LABEL = re.compile(
    rf"^(?:[\[(]?{_TIMESTAMP}[\])]?\s*[-–—]?\s*)?"  # "[00:12:03] Host:"
    r"(?:\*\*|__)?"
    r"(?P<label>[^\W\d_][\w.'’ʻ&-]*(?:[ \t]+[\w.'’ʻ&()-]+){0,4}?)"
    rf"(?:\s*[\[(]{_TIMESTAMP}[\])])?"  # "Host (12:03):"
    r"(?:\s*\((?:u/|@)[\w.-]{1,40}\))?"  # "Q (u/filmfan88):", a reader's question
    r"\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*"
    r"(?P<rest>.*)$"
)
# "Q. How…", "A) Yes", "Q – How…": the one-letter labels also come with other punctuation;
# so do other languages' initials ("P. ¿Cómo…?" / "R. Pues…", "D. Come…?" / "R. Tanto.").
_LETTER_LABEL = re.compile(
    r"^(?:\*\*|__)?(?P<label>[QA]\d{0,2}|[DRPFV])(?:\*\*|__)?\s*[.)\-–—]\s*(?:\*\*|__)?\s+"
    r"(?P<rest>.*)$"
)
# "P. T. Anderson's films…", "D. W. Griffith…": an initial of a name, not a label.
_NEXT_INITIAL = re.compile(r"^[^\W\d_]\.(?:\s|$)")
# Otter-style transcripts put the speaker and the time alone on a line: "Jane Doe  0:03".
_NAME_AND_TIME = re.compile(
    rf"^(?P<label>[^\W\d_][\w.'’ʻ-]*(?:[ \t]+[\w.'’ʻ-]+){{0,3}})[ \t]+[\[(]?{_TIMESTAMP}[\])]?$"
)
_NAME_LINE = re.compile(r"^[^\W\d_][\w .'’-]{0,38}[^\W_]$")
_NUMBERED_QA = re.compile(r"[qa]\d{1,2}")
_TRAILING_BOLD = re.compile(r"^(?P<text>.*?)\s*(?:\*\*|__)$")
# The labels that say "question" in a language: every line they open asks, statement or not.
QUESTION_LABELS = {"q", "question", "domanda", "pregunta", "pergunta", "frage", "vraag"}
ASKING_LABELS = {
    *QUESTION_LABELS, "interviewer", "int", "host", "co-host", "moderator", "me", "audience",
    "audience member", "audience question",
}  # fmt: skip
# "Host", "Host 2", "Co-host", "Interviewer (Ana)", "Audience member 2": labels that always
# ask (at a festival Q&A the audience asks the guest too).
_ASKING = re.compile(
    r"^(?:q|question|domanda|pregunta|pergunta|frage|vraag|int|me|(?:co-?)?host|interviewer"
    r"|moderator|audience(?: member| question)?"
    r"|member of the audience)(?: [\w()]+)?$"
)
ANSWERING_LABELS = {
    "a", "answer", "interviewee", "guest", "respondent", "r", "réponse", "reponse", "risposta",
    "respuesta", "resposta", "antwort", "antwoord",
}  # fmt: skip
# A question's initial and its answer's, in the languages that label both: "D:"/"R:"
# (domanda/risposta), "P:"/"R:" (pregunta/respuesta), "F:"/"A:" (Frage/Antwort), "V:"/"A:"
# (vraag/antwoord), "Q:"/"R:" (question/réponse). One letter alone could be anybody's initial:
# only both together, taking turns, are the page's questions and answers.
_INITIAL_PAIRS = (("q", "a"), ("q", "r"), ("d", "r"), ("p", "r"), ("f", "a"), ("v", "a"))
_PARTICLES = {"de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "du", "bin", "al"}
# Labels that introduce a fact about the film, not a speaker.
_NOT_SPEAKERS = {
    "note", "editor's note", "editor’s note", "update", "photo", "photos", "source", "credit",
    "credits", "director", "directors", "writer", "writers", "producer", "producers", "cast",
    "starring", "runtime", "running time", "country", "language", "year", "genre", "synopsis",
    "logline", "awards", "festival", "festivals", "screenings", "website", "contact",
    "contact info", "email", "tags", "tag", "category", "categories", "related", "read more",
    "watch", "trailer", "link", "links", "premiere", "location", "title", "film", "format",
    "budget", "status", "date", "time", "venue", "tickets", "price", "warning", "spoilers",
    "disclaimer", "image credits", "image credit", "photo credit", "caption", "edit",
}  # fmt: skip


@dataclass(frozen=True)
class Label:
    """A speaker label at the start of a line, and the text after it (maybe empty)."""

    speaker: str
    rest: str


@dataclass(frozen=True)
class Roles:
    """Who asks and who answers in a labelled transcript."""

    askers: frozenset[str]
    answerers: tuple[str, ...]

    @property
    def answers_labelled(self) -> bool:
        """False when only the questions carry a label ("VOYAGE LA: ..." then the answer)."""
        return bool(self.answerers)


@lru_cache(maxsize=8192)
def speaker_label(line: str) -> Label | None:
    """The speaker label that starts this line, if it has one."""
    # A label needs a colon (or a time), except "Q." / "A)" which need their letter first.
    colon = ":" in line or "：" in line
    match = (colon and (_NAME_AND_TIME.match(line) or _LABEL.match(line))) or (
        line.lstrip("*_")[:1] in "QADRPFV" and _LETTER_LABEL.match(line)
    )
    if not match:
        return None
    speaker = match.group("label").strip()
    if match.re is _LETTER_LABEL and speaker in "DRPFV" and _NEXT_INITIAL.match(match["rest"]):
        return None
    if not _is_speaker(speaker):
        return None
    rest = match.groupdict().get("rest", "").strip()
    # "**Q: How did it start?**": the bold closes after the question.
    bold = _TRAILING_BOLD.match(rest)
    if bold and line.startswith(("**", "__")):
        rest = bold.group("text")
    return Label(speaker, rest)


def name_line(line: str) -> Label | None:
    """A speaker's name in capitals alone on a line, the words below it ("MODERATOR",
    "ANA RUIZ"), as in a script. The caller checks that words follow directly."""
    if line.isupper() and _NAME_LINE.match(line) and len(line.split()) <= 4 and _is_speaker(line):
        return Label(line, "")
    return None


# Called for every labelled line, and a page has only a few speakers: remember the answers.
@lru_cache(maxsize=4096)
def key(speaker: str) -> str:
    """Labels compare case- and space-insensitively ("Q" and "q", "Ana  Ruiz" and "Ana Ruiz")."""
    folded = " ".join(speaker.casefold().split())
    # "Q1:", "Q2:", "A1:" are all the same two speakers.
    return folded[0] if _NUMBERED_QA.fullmatch(folded) else folded


@lru_cache(maxsize=4096)
def _is_speaker(label: str) -> bool:
    folded = key(label)
    if folded in ASKING_LABELS or folded in ANSWERING_LABELS or _NUMBERED_QA.fullmatch(folded):
        return True
    if folded in _NOT_SPEAKERS or len(label) > 40 or re.search(r"[,?!;\"“”]", label):
        return False
    for part in label.replace("(", " ").replace(")", " ").split():
        if part.lower() in _PARTICLES or part.isdigit():  # "Speaker 2"
            continue
        first = part[0]
        # Each word is capitalised or uncased (吴岚): "Suggest a Story:" is no speaker.
        if not first.isalpha() or (first.lower() != first.upper() and not first.isupper()):
            return False
    return True


def label_style(speaker: str) -> str:
    """How a page writes its speakers: "initials" ("PV"), "capitals" ("ANA RUIZ") or "words"
    ("Ana Ruiz", "Ana")."""
    if not speaker.isupper():
        return "words"
    return "initials" if len(speaker.replace(".", "")) <= 3 and " " not in speaker else "capitals"


def min_turns(labels: list[Label]) -> int:
    """How many labelled turns make a transcript: three, since one "Note:" or "Ana:" line
    is no conversation; but "Q:" then "A:" says it is one even for a single exchange."""
    asked = False
    for label in labels:
        speaker = key(label.speaker)
        if speaker in ANSWERING_LABELS and asked:
            return 2
        asked = asked or speaker in ASKING_LABELS
    return 3


def question_label(labels: list[Label], asks: dict[str, int]) -> str:
    """The label of the page's questions when it labels both questions and answers with a
    pair of initials ("D:"/"R:", "P."/"R."); "" otherwise. Every line it opens asks,
    statement or not ("D: Il mare è quasi un personaggio.")."""
    counts = Counter(key(label.speaker) for label in labels)
    for asking, answering in _INITIAL_PAIRS:
        # Mostly these two labels; and "R:" asking "D:" would be two people, Rob and Dana.
        if (
            counts[asking]
            and counts[answering]
            and 4 * (counts[asking] + counts[answering]) >= 3 * len(labels)
            and asks.get(asking, 0) * counts[answering] >= asks.get(answering, 0) * counts[asking]
        ):
            return asking
    return ""


def find_roles(labels: list[Label], asks: dict[str, int]) -> Roles | None:
    """Decide whether the labels make a transcript, and who asks.

    `labels` are the labelled lines in page order; `asks[key]` counts the turns of each speaker
    that look like a question. None when the page is not a labelled transcript.
    """
    counts = Counter(key(label.speaker) for label in labels)
    first_seen: dict[str, int] = {}
    for position, label in enumerate(labels):
        first_seen.setdefault(key(label.speaker), position)
    speakers = [s for s, n in counts.items() if n >= 2 or s in ASKING_LABELS | ANSWERING_LABELS]
    if sum(counts[s] for s in speakers) < min_turns(labels):
        return None
    askers = {s for s in speakers if _ASKING.match(s)}
    asking_initial = question_label(labels, asks)
    if asking_initial:
        askers.add(asking_initial)
    if not askers:
        # The speakers whose turns most often ask something: one interviewer, or two hosts.
        share = {s: asks.get(s, 0) / counts[s] for s in speakers}
        top = max(share.values())
        askers = {s for s in speakers if share[s] >= max(0.3, 0.6 * top)}
        if len(askers) == len(speakers) > 1:
            # Everyone asks about as often: only a clear leader is the interviewer.
            leaders = [s for s in speakers if share[s] == top]
            askers = set(leaders) if len(leaders) == 1 and top >= 0.3 else set()
            others = [share[s] for s in speakers if s not in askers]
            if others and max(others) >= 0.6 * top:
                askers = set()
        if not askers:
            return None
    answerers = tuple(s for s in speakers if s not in askers)
    if not answerers and sum(counts[s] for s in askers) < 3:
        return None
    return Roles(askers=frozenset(askers), answerers=answerers)
