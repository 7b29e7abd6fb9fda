"""Discord markdown for an Outcome, cut to fit Discord's limits without breaking a step in half.

Pure: no discord import. Functions return `Card`s (plain data for one embed) and strings; the
Discord adapter turns cards into `discord.Embed`s and `pack()` groups them into messages. Long
sections continue in further fields, cards and messages, so nothing is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.outcome import Alternative, Answer, Claim, Decline, Outcome, Step, Unused
from bot.render.plain import quote_lines

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_PER_CARD = 25
CARD_TOTAL_LIMIT = 6000
CARDS_PER_MESSAGE = 10
MESSAGE_LIMIT = 2000
EXAMPLE = ("Lena designs a neural network. The gradient magnitude increases by 5% per epoch. "
           "If the initial gradient is 30 units, what is the gradient magnitude after 10 epochs?")
INTERNAL_NOTE_PREFIX = "stepwise:"
_MARKDOWN_SPECIALS = "\\*_~`|>#[]"  # "[" also disarms masked links "[text](url)"


@dataclass(frozen=True)
class Field:
    """One embed field: a section title and its text (at most 1024 characters)."""

    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)
class Card:
    """The text of one embed; `tone` picks its colour (answer, steps, decline, info)."""

    title: str = ""
    description: str = ""
    fields: tuple[Field, ...] = ()
    footer: str = ""
    tone: str = "answer"

    def size(self) -> int:
        """Return the characters Discord counts towards the 6000 per-message embed total."""
        return (len(self.title) + len(self.description) + len(self.footer)
                + sum(len(f.name) + len(f.value) for f in self.fields))


def escape(text: str) -> str:
    """Backslash-escape Discord markdown so user text shows literally."""
    return "".join("\\" + c if c in _MARKDOWN_SPECIALS else c for c in text)


def code(text: str) -> str:
    """Return `text` as an inline code span (backticks inside are swapped for a look-alike)."""
    return "`" + text.replace("`", "ˋ") + "`" if text else ""


def answer_line(answer: Answer) -> str:
    """Return one answer as "**quantity** ≈ **value** unit", exact and rounded forms below."""
    part = f"({escape(answer.part)}) " if answer.part else ""
    name = f"**{escape(answer.quantity)}**" if answer.quantity else "**Answer**"
    unit = f" {escape(answer.unit)}" if answer.unit else ""
    exact = answer.exact and answer.exact != answer.value
    lines = [f"{part}{name} {'≈' if exact else '='} **{escape(answer.value)}**{unit}"]
    if exact:
        lines.append(f"exact: {code(answer.exact)}")
    if answer.rounded and answer.rounded != answer.value:
        lines.append(f"rounded: {escape(answer.rounded)}{unit}")
    return "\n".join(lines)


def alternative_line(alternative: Alternative) -> str:
    """Return "• reading → value unit" with the exact form when it differs."""
    unit = f" {escape(alternative.unit)}" if alternative.unit else ""
    exact = (f" (exact {code(alternative.exact)})"
             if alternative.exact and alternative.exact != alternative.value else "")
    return f"• {escape(alternative.reading)} → **{escape(alternative.value)}**{unit}{exact}"


def unused_line(unused: Unused) -> str:
    """Return "• text — reason" for a number the answer did not need."""
    reason = f" — {escape(unused.reason)}" if unused.reason else ""
    return f"• {escape(unused.text)}{reason}"


def claim_line(claim: Claim) -> str:
    """Return the claim check: a tick when the stated answer is right, else the correction."""
    if claim.verdict == "right":
        return f"✅ The text says {escape(claim.value)}: that is right."
    off = f" (off by {escape(claim.off_by)})" if claim.off_by else ""
    return (f"❌ The text says {escape(claim.value)}, but the correct value is "
            f"**{escape(claim.correct)}**{off}.")


def step_block(number: int, step: Step) -> list[str]:
    """Return one worked step as lines: the numbered sentence, then its math in code spans."""
    return [f"**{number}.** {escape(step.text)}", *(code(m) for m in step.math)]


def answer_cards(outcome: Outcome) -> list[Card]:
    """Return the reply cards: answers first, then reading, unused, alternatives, claims."""
    answers = [answer_line(a).split("\n") for a in outcome.answers] or [["(no value)"]]
    sections = [
        ("How I read it", [f"• {escape(r)}" for r in outcome.reading]),
        ("Not needed", [unused_line(u) for u in outcome.unused]),
        ("Other readings", [alternative_line(a) for a in outcome.alternatives]),
        ("Claim check", [claim_line(c) for c in outcome.claims]),
        ("Notes", [f"• {escape(n)}" for n in outcome.notes
                   if not n.startswith(INTERNAL_NOTE_PREFIX)]),
    ]
    fields = [field for name, lines in sections for field in _fields(name, lines)]
    footer = "Steps: the worked solution · exact arithmetic, no guessing"
    return _cards("Answer", chunk_blocks(answers, DESCRIPTION_LIMIT), fields, footer)


def steps_cards(outcome: Outcome) -> list[Card]:
    """Return the worked steps as cards, each card holding whole steps where they fit."""
    blocks = [step_block(n, s) for n, s in enumerate(outcome.steps, start=1)]
    pages = chunk_blocks(blocks, DESCRIPTION_LIMIT) or ["(no steps recorded)"]
    titles = _numbered("Worked steps", len(pages))
    return [Card(title=t, description=p, tone="steps") for t, p in zip(titles, pages)]


def decline_text(outcome: Outcome, problem: str = "") -> str:
    """Return a short friendly message: what was not understood, where, and a phrasing that works."""
    decline = outcome.error or Decline("I did not understand this problem.")
    lines = [f"🤔 I couldn't solve this one. {escape(decline.message)}"]
    quoted = quote_lines(decline, problem)
    if quoted:
        body = "\n".join(line.replace("`", "ˋ")[:200] for line in quoted)
        lines.append(f"The part I did not understand:\n```text\n{body}\n```")
    if decline.expected:
        lines.append(f"I expected {escape(decline.expected)}.")
    lines.append(f"A phrasing I understand: *{escape(decline.example or EXAMPLE)}*")
    return clip("\n".join(lines), MESSAGE_LIMIT)


def pack(cards: list[Card]) -> list[list[Card]]:
    """Group cards into messages of at most 10 embeds and 6000 embed characters each."""
    messages: list[list[Card]] = []
    for card in cards:
        last = messages[-1] if messages else None
        if (last is None or len(last) >= CARDS_PER_MESSAGE
                or sum(c.size() for c in last) + card.size() > CARD_TOTAL_LIMIT):
            messages.append([card])
        else:
            last.append(card)
    return messages


def chunk(lines: list[str], limit: int) -> list[str]:
    """Join lines into texts of at most `limit` characters, splitting only overlong lines."""
    return chunk_blocks([[line] for line in lines], limit)


def chunk_blocks(blocks: list[list[str]], limit: int) -> list[str]:
    """Join blocks of lines into texts of at most `limit` chars; a block splits only if too long."""
    texts: list[str] = []
    current = ""
    for block in blocks:
        text = "\n".join(block)
        if len(text) <= limit:
            current = _join_or_flush(texts, current, text, limit)
            continue
        if current:  # an overlong block starts on a fresh page, then fills pages line by line
            texts.append(current)
            current = ""
        for piece in (p for line in block for p in split_line(line, limit)):
            current = _join_or_flush(texts, current, piece, limit)
    if current:
        texts.append(current)
    return texts


def split_line(line: str, limit: int) -> list[str]:
    """Split one overlong line at spaces (or hard, when a word is longer than `limit`)."""
    pieces: list[str] = []
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit + 1)
        cut = cut if cut > 0 else limit
        pieces.append(line[:cut])
        line = line[cut:].lstrip(" ")
    return pieces + [line]


def clip(text: str, limit: int) -> str:
    """Return `text` cut to `limit` characters with an ellipsis when it was longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _join_or_flush(texts: list[str], current: str, addition: str, limit: int) -> str:
    """Append `addition` to `current` if it fits, else flush `current` into `texts`."""
    if not current:
        return addition
    if len(current) + 1 + len(addition) <= limit:
        return current + "\n" + addition
    texts.append(current)
    return addition


def _fields(name: str, lines: list[str]) -> list[Field]:
    """Return a section as fields of at most 1024 characters, continued under "(cont.)"."""
    values = chunk(lines, FIELD_VALUE_LIMIT)
    return [Field(name if i == 0 else f"{name} (cont.)", value) for i, value in enumerate(values)]


def _cards(title: str, descriptions: list[str], fields: list[Field], footer: str) -> list[Card]:
    """Lay descriptions and fields out on cards within the field count and total size limits."""
    cards: list[Card] = []
    pending = list(fields)
    for index, description in enumerate(descriptions):
        head = title if index == 0 else f"{title} (continued)"
        cards.append(Card(title=head, description=description))
    while pending:
        card = cards[-1]
        field = pending[0]
        fits = (len(card.fields) < FIELDS_PER_CARD
                and card.size() + len(field.name) + len(field.value) + len(footer)
                <= CARD_TOTAL_LIMIT)
        if fits:
            cards[-1] = Card(card.title, card.description, (*card.fields, pending.pop(0)))
        else:
            cards.append(Card(title=f"{title} (continued)"))
    last = cards[-1]
    cards[-1] = Card(last.title, last.description, last.fields, footer)
    return cards


def _numbered(title: str, count: int) -> list[str]:
    """Return the title, or "title (i/n)" for each of several pages."""
    return [title] if count == 1 else [f"{title} ({i}/{count})" for i in range(1, count + 1)]
