"""Two outcomes measured from one base: a projected change and the actual one.

"Sales were projected to rise 60% from last year but actually fell 20% from last year's
level; what percent of the projected sales were the actual?" gives 0.8 ÷ 1.6 = 50%. Both
changes must say they are from the same base ("from last year"), one marked projected
(estimated, expected, planned) and one actual; the question names which is the whole.
Anything else: None.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.negation import negated

PLANNED = frozenset("projected projection estimated estimate expected forecast forecasted "
                    "planned predicted anticipated".split())
ACTUAL = frozenset("actual actually real really".split())
UP = frozenset("increase increased increases rise rose rises grew growth gain".split())
DOWN = frozenset("decrease decreased decreases fall fell falls drop dropped decline "
                 "declined".split())
BLOCKING = frozenset("than twice times each per every then additional".split())


def _clause(tokens, k: int) -> list[str]:
    """Return the lower-case words of the clause (between commas) holding token k."""
    start = max((i for i in range(k) if tokens[i].text in (",", ";")), default=-1) + 1
    end = next((i for i in range(k, len(tokens)) if tokens[i].text in (",", ";", ".")),
               len(tokens))
    return [t.low for t in tokens[start:end]]


def _changes(doc: Doc) -> dict | None:
    """Return {"planned": factor, "actual": factor} with their tokens, or None."""
    found = {}
    for tokens in doc.given:
        for k, tok in enumerate(tokens):
            if not tok.numeric:
                continue
            if tok.kind != "percent":
                return None
            words = set(_clause(tokens, k))
            kind = ("planned" if words & PLANNED else "") + ("actual" if words & ACTUAL else "")
            up, down = bool(words & UP), bool(words & DOWN)
            if kind not in ("planned", "actual") or up == down or "from" not in words or \
                    kind in found:
                return None
            found[kind] = (1 + (1 if up else -1) * tok.value / 100, tok)
    return found if len(found) == 2 else None


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the actual outcome as a percent of the planned one (or the reverse), or None."""
    words = doc.words
    question = doc.question_words
    if words & BLOCKING or negated(words) or any(t.numeric for t in doc.question) or \
            not {"percent", "percentage"} & set(question) and \
            not any(t.text == "%" for t in doc.question):
        return None
    changes = _changes(doc)
    if changes is None or "of" not in question:
        return None
    whole_words = question[question.index("of") + 1:]
    part_words = question[:question.index("of")]
    whole = "planned" if set(whole_words[:4]) & PLANNED else "actual" if \
        set(whole_words[:4]) & ACTUAL else None
    if whole is None:
        return None
    part = "actual" if whole == "planned" else "planned"
    later = set(whole_words[4:]) | set(part_words)
    if not later & (ACTUAL if part == "actual" else PLANNED):
        return None
    (f_whole, t_whole), (f_part, t_part) = changes[whole], changes[part]
    if f_whole <= 0:
        return None
    value = f_part / f_whole * 100
    work = Work()
    work.reading.append(f"Both changes are from the same base: the {whole} one "
                        f"{t_whole.text}, the {part} one {t_part.text}.")
    work.step("two_outcomes", f"Take the base as 1: {part} = {show(f_part)}, {whole} = "
              f"{show(f_whole)}; {part} as a percent of {whole}.",
              f"{show(f_part)} \u00f7 {show(f_whole)} \u00d7 100 = {show(value)}")
    return work, value, "%", f"{part} as a percent of {whole}"
