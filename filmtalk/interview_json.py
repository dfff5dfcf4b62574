"""Interviews as JSON text, the form the index cache stores them in (never pickle).

Apart from filmtalk.reading (which parses and indexes files for the cache): a warm command
only decodes the interviews it shows, and should not pay for importing the build's machinery.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from filmtalk.models import Interview, QAPair


def interview_to_json(interview: Interview) -> str:
    """Every field of the interview, found generically so fields added later are kept too."""
    data: dict[str, Any] = {}
    for item in fields(interview):
        value = getattr(interview, item.name)
        if item.name == "pairs":
            # Each pair as the list of its fields' values, in order, so added fields survive.
            value = [[getattr(pair, f.name) for f in fields(pair)] for pair in value]
        data[item.name] = value
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def interview_from_json(text: str) -> Interview:
    data = json.loads(text)
    values: dict[str, Any] = {}
    for item in fields(Interview):
        if item.name not in data:
            continue
        value = data[item.name]
        if item.name == "pairs":
            value = tuple(QAPair(*(_tuples(part) for part in pair)) for pair in value)
        elif isinstance(value, list):
            value = _tuples(value)
        values[item.name] = value
    return Interview(**values)


def _tuples(value: Any) -> Any:
    """JSON arrays back to the tuples the frozen dataclasses hold."""
    if isinstance(value, list):
        return tuple(_tuples(item) for item in value)
    return value
