"""English function words that say nothing about a topic or a person: skipped when `compare`
matches a topic to questions and when `stats` looks for each interviewee's distinctive words.
Folded like every other word (see filmtalk.text.fold), so "I'm" arrives as "i" and "m"."""

from __future__ import annotations

_WORDS = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could d did do does doing don down during each even
    ever every few for from further get got had has have having he her here hers herself him
    himself his how i if in into is it its itself just ll m me might more most much must my
    myself no nor not now of off on once one only or other our ours ourselves out over own
    please re really s same say she should so some such t than that the their theirs them
    themselves then there these they this those through to too under until up us ve very was
    we were what when where which while who whom why will with would yes yet you your yours
    yourself yourselves
"""
STOP_WORDS = frozenset(_WORDS.split())
