"""The result of answering one problem: plain, frozen, picklable data for every front end.

Everything here is strings and numbers (no SymPy objects), so an Outcome can cross a process
boundary (the bot's worker pool), be rendered by any printer, and be dumped as JSON in the
format of the shared corpus README.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Step:
    """One worked step: the rule applied, a sentence saying what and why, and its math lines.

    `rule` is a stable machine name ("growth_factor", "compound_value", "threshold_log", ...);
    `text` is one human sentence; `math` holds plain-text equations ("30·(21/20)^10 ≈ 48.8668").
    Printers decide how to show them (plain indents math, markdown puts it in code spans).
    """

    rule: str
    text: str
    math: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """One asked quantity with its value: decimal (>= 10 significant digits), exact, rounded."""

    quantity: str
    value: str
    exact: str
    unit: str = ""
    rounded: str = ""
    part: str = ""


@dataclass(frozen=True)
class Alternative:
    """Another defensible reading of the wording and the value it gives."""

    reading: str
    value: str
    exact: str = ""
    unit: str = ""


@dataclass(frozen=True)
class Unused:
    """A number in the text that the answer did not need, with why."""

    text: str
    value: str
    reason: str


@dataclass(frozen=True)
class Claim:
    """An answer the text itself asserts, checked against ours."""

    text: str
    value: str
    verdict: str  # "right" | "wrong"
    correct: str
    off_by: str = ""


@dataclass(frozen=True)
class Decline:
    """Why the problem was not answered: what was not understood, where, and what was expected."""

    message: str
    span: tuple[int, int] | None = None
    quote: str = ""
    expected: str = ""
    example: str = ""
    cause: str = ""  # the construct not placed ("the question", "how the quantity changes")


@dataclass(frozen=True)
class Series:
    """Points of the asked quantity over the periods, for plots (floats are fine for drawing)."""

    label: str
    x_label: str
    points: tuple[tuple[float, float], ...]
    unit: str = ""


@dataclass(frozen=True)
class Outcome:
    """What `bot.core.answer(text)` returns: an answer with its explanation, or a decline."""

    ok: bool
    answers: tuple[Answer, ...] = ()
    reading: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    unused: tuple[Unused, ...] = ()
    claims: tuple[Claim, ...] = ()
    series: tuple[Series, ...] = ()
    error: Decline | None = None
    notes: tuple[str, ...] = field(default=())

    @classmethod
    def declined(cls, message: str, **details) -> "Outcome":
        """Build a declined outcome from a message and Decline details."""
        return cls(ok=False, error=Decline(message=message, **details))

    def to_json(self, problem_id: str | None = None) -> dict:
        """Return the JSON object of the corpus README's solver output format."""
        head = {} if problem_id is None else {"id": problem_id}
        if not self.ok:
            error = self.error or Decline("not understood")
            span = list(error.span) if error.span else None
            return {**head, "ok": False, "error": {
                "message": error.message, "span": span, "quote": error.quote,
                "expected": error.expected, "example": error.example,
                "cause": error.cause or "input"}}
        return {**head, "ok": True,
                "answers": [_answer_json(a) for a in self.answers],
                "alternatives": [{"reading": a.reading, "value": a.value, "exact": a.exact,
                                  "unit": a.unit} for a in self.alternatives],
                "reading": list(self.reading),
                "steps": [{"rule": s.rule, "text": s.text, "math": list(s.math)}
                          for s in self.steps],
                "unused": [{"text": u.text, "value": u.value, "reason": u.reason}
                           for u in self.unused],
                "claims": [{"text": c.text, "value": c.value, "verdict": c.verdict,
                            "correct": c.correct, "off_by": c.off_by} for c in self.claims],
                "notes": list(self.notes)}


def _answer_json(answer: Answer) -> dict:
    """Return one answer as JSON, with optional fields only when set."""
    out = {"quantity": answer.quantity, "value": answer.value, "exact": answer.exact,
           "unit": answer.unit}
    if answer.rounded:
        out["rounded"] = answer.rounded
    if answer.part:
        out["part"] = answer.part
    return out
