"""Numbers that say who reported a fact, not how much: "He was told by 30 of the pickers
that they fill 12 crates a day." The 30 counts the people who said it; "they fill 12 crates
a day" is the group's own rate, so the 30 is listed as not needed.

The reading holds only when the reported clause is the group speaking as one ("that they
..."), with no "each", "every", "apiece" or "per <reporter>" in it, and when the reporters'
noun is not used anywhere else in the problem (a question "per picker" would need them).
"""

from __future__ import annotations

from bot.core.arith.doc import Doc
from bot.core.arith.quantities import _word
from bot.core.arith.tokens import Tok
from bot.core.arith.units import singular

REPORT_VERBS = frozenset("told informed assured reminded".split())
SAY_VERBS = frozenset("told said reported claimed say tell report".split())
PER_REPORTER = frozenset("each every apiece individually alone own".split())


def _reporter_at(tokens: list[Tok], k: int) -> str:
    """Return the reporters' noun when the number at k is "told by N of the X that they"
    or "N of the X said that they"; "" otherwise."""
    if _word(tokens, k + 1) != "of" or _word(tokens, k + 2) != "the" or \
            not _word(tokens, k + 3):
        return ""
    noun = _word(tokens, k + 3)
    told_by = _word(tokens, k - 1) == "by" and _word(tokens, k - 2) in REPORT_VERBS
    said = _word(tokens, k + 4) in SAY_VERBS
    rest = k + 4 if told_by else k + 5
    if said and _word(tokens, rest) in ("him", "her", "them", "me", "us"):
        rest += 1
    if not (told_by or said) or _word(tokens, rest) != "that" or \
            _word(tokens, rest + 1) not in ("they", "we"):
        return ""
    clause = [t.low for t in tokens[rest:] if t.kind == "word"]
    per_one = any(a in ("per", "a", "an", "for", "by") and singular(b) == singular(noun)
                  for a, b in zip(clause, clause[1:]))
    return "" if set(clause) & PER_REPORTER or per_one else singular(noun)


def informants(doc: Doc) -> list[Tok]:
    """Return the number tokens that count the reporters of a stated rate."""
    found = []
    for tokens in doc.given:
        tokens = list(tokens)
        for k, tok in enumerate(tokens):
            if tok.kind != "number":
                continue
            noun = _reporter_at(tokens, k)
            if not noun:
                continue
            elsewhere = [t for t in doc.all_tokens if t.kind == "word" and
                         singular(t.text) == noun]
            if len(elsewhere) == 1:
                found.append(tok)
    return found


def drop_informants(doc: Doc, quantities: list) -> tuple[list, list]:
    """Return the quantities without the reporters' counts, and those counts as Unused."""
    from bot.core.arith.build import show
    from bot.core.outcome import Unused

    ids = {id(tok) for tok in informants(doc)}
    dropped = [q for q in quantities if set(q.sources) & ids]
    if any(len(q.sources) != 1 or q.unit for q in dropped):
        return quantities, []
    unused = [Unused(q.text, show(q.value), "not needed: it counts who reported the rate; "
                     "\u201cthey\u201d is the group stating its own total")
              for q in dropped]
    return [q for q in quantities if q not in dropped], unused
