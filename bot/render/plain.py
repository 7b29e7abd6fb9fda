"""Plain terminal text for an Outcome: one titled section per part of the explanation.

Pure functions of their arguments (no I/O, no SymPy): the CLI and the REPL print what they
return. Sections that would be empty are left out, so a short answer stays short.
"""

from __future__ import annotations

from bot.core.outcome import Alternative, Answer, Claim, Decline, Outcome, Step, Unused

INDENT = "  "
EXCERPT_WIDTH = 76  # with the indent and two ellipses: 80 columns


def render(outcome: Outcome, *, steps: bool = True, text: str = "") -> str:
    """Return the whole explanation of `outcome`; `text` (the problem) places decline carets."""
    if not outcome.ok:
        return render_decline(outcome.error or Decline("I did not understand this problem."),
                              text=text)
    sections = [
        _section("How I read it", list(outcome.reading)),
        _section("Answer", [answer_line(a) for a in outcome.answers]),
        _section("Worked steps", step_lines(outcome.steps) if steps else []),
        _section("Alternative readings", [alternative_line(a) for a in outcome.alternatives]),
        _section("Not needed", [unused_line(u) for u in outcome.unused]),
        _section("Claims", [claim_line(c) for c in outcome.claims]),
        _section("Notes", list(outcome.notes)),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def answer_line(answer: Answer) -> str:
    """Return "quantity = exact ≈ decimal unit (rounded: r unit)" without repeating equal forms."""
    unit = f" {answer.unit}" if answer.unit else ""
    label = f"({answer.part}) " if answer.part else ""
    name = f"{answer.quantity} = " if answer.quantity else ""
    if answer.exact and answer.exact != answer.value:
        value = f"{pretty_math(answer.exact)} ≈ {answer.value}{unit}"
    else:
        value = f"{answer.value}{unit}"
    rounded = f" (rounded: {answer.rounded}{unit})" if answer.rounded else ""
    return f"{label}{name}{value}{rounded}"


def pretty_math(expression: str) -> str:
    """Write a SymPy-style exact form for reading: "30*(21/20)**10" becomes "30·(21/20)^10"."""
    return expression.replace("**", "^").replace("*", "·")


def step_lines(steps: tuple[Step, ...]) -> list[str]:
    """Return numbered step sentences, each followed by its math lines indented below it."""
    lines: list[str] = []
    for number, step in enumerate(steps, start=1):
        lines.append(f"{number}. {step.text}")
        lines.extend(f"{INDENT}   {math}" for math in step.math)
    return lines


def alternative_line(alternative: Alternative) -> str:
    """Return "reading → value unit", with the exact form when it differs from the value."""
    unit = f" {alternative.unit}" if alternative.unit else ""
    exact = (f"{pretty_math(alternative.exact)} ≈ "
             if alternative.exact and alternative.exact != alternative.value else "")
    return f"{alternative.reading} → {exact}{alternative.value}{unit}"


def unused_line(unused: Unused) -> str:
    """Return "text — reason" for a number the answer did not need."""
    return f"{unused.text} — {unused.reason}" if unused.reason else unused.text


def claim_line(claim: Claim) -> str:
    """Return the claim, its verdict and, when wrong, the correct value and how far off it is."""
    line = f'"{claim.text}": {claim.verdict}'
    if claim.verdict != "right":
        line += f"; the correct value is {claim.correct}"
        if claim.off_by:
            line += f" (off by {claim.off_by})"
    return line


def render_decline(decline: Decline, *, text: str = "") -> str:
    """Return why the problem was not answered: message, quoted part with caret, expectation."""
    message = decline.message.strip() or "I did not understand this problem."
    if not message.startswith(("I ", "This ", "The ")):
        message = f"I did not understand this part: {message}"
    lines = [message]
    lines.extend(INDENT + line for line in quote_lines(decline, text))
    if decline.expected:
        lines.append(f"Expected: {decline.expected}")
    if decline.example:
        lines.append(f"For example: {decline.example}")
    return "\n".join(lines) + "\n"


def quote_lines(decline: Decline, text: str = "") -> list[str]:
    """Return the quoted part of the problem and, when the span is known, a caret line under it.

    The span indexes the original problem text; without that text only the quote is shown.
    """
    span = _valid_span(decline.span, text)
    if span is None:
        return [_one_line(decline.quote)] if decline.quote else []
    start, end = span
    window_start, window_end = _window(text, start, end)
    excerpt = _one_line(text[window_start:window_end])
    prefix = "…" if window_start > 0 else ""
    suffix = "…" if window_end < len(text) else ""
    caret_start = len(prefix) + start - window_start
    caret_width = max(1, min(end, window_end) - start)
    return [prefix + excerpt + suffix, " " * caret_start + "^" * caret_width]


def _valid_span(span: tuple[int, int] | None, text: str) -> tuple[int, int] | None:
    """Return the span if it lies inside `text`, else None (a caret must never point astray)."""
    if not span or not text:
        return None
    start, end = span
    if 0 <= start <= end <= len(text) and start < len(text):
        return start, end
    return None


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """Return bounds of at most EXCERPT_WIDTH characters of `text`, centred on the span."""
    span_width = min(end - start, EXCERPT_WIDTH)
    window_start = max(0, min(start - (EXCERPT_WIDTH - span_width) // 2,
                              len(text) - EXCERPT_WIDTH))
    return window_start, min(len(text), window_start + EXCERPT_WIDTH)


def _one_line(text: str) -> str:
    """Replace line breaks and tabs by spaces, keeping the length so carets stay aligned."""
    return text.translate(str.maketrans("\n\r\t", "   "))


def _section(title: str, lines: list[str]) -> str:
    """Return a titled block of indented lines, or "" when there is nothing to show."""
    if not lines:
        return ""
    return "\n".join([title, *(INDENT + line for line in lines)])
