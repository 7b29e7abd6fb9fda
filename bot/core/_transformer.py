"""Lark Transformer: sentence parse tree -> spec phrases (one small method per rule).

Numbers become exact Fractions from their digits; nothing is evaluated.
"""

from __future__ import annotations

from fractions import Fraction

from lark import Token, Transformer, v_args

from bot.core import spec
from bot.core.spec import canonical_unit

_PHRASE_TYPES = (spec.Change, spec.RateStatement, spec.Interest, spec.Horizon, spec.Target,
                 spec.Cue, spec.Period)


def _span(meta) -> spec.Span:
    """Return the span of a tree's meta (0, 0 when empty)."""
    return spec.Span(getattr(meta, "start_pos", 0), getattr(meta, "end_pos", 0))


def _tokens(children, *types: str) -> list[Token]:
    """Return the tokens of the given types among children (all tokens when no types)."""
    return [c for c in children if isinstance(c, Token) and (not types or c.type in types)]


def _number(token: Token) -> Fraction:
    """Return the exact value of a NUMBER, FRACTION or YEARNUM token.

    ASCII digits with at most one decimal point (nearly every number) are read as integers,
    the same Fraction that Fraction(str) returns without its string parser; an exponent or
    a slash is left to Fraction(str)."""
    text = str(token)
    whole, point, decimals = text.partition(".")
    if whole.isascii() and whole.isdigit():
        if not point:
            return Fraction(int(whole))
        if decimals.isascii() and decimals.isdigit():
            return Fraction(int(whole + decimals), 10 ** len(decimals))
    return Fraction(text.lower())


def _first(children, kind):
    """Return the first child of a spec type, or None."""
    return next((c for c in children if isinstance(c, kind)), None)


def _words(children) -> tuple[str, ...]:
    """Return the gap words (object of a transitive verb) among children."""
    skip = {"UP", "DOWN", "BY", "AT", "RATE", "OF", "A", "TO", "IS", "FACTOR", "HALF"}
    return tuple(str(t).lower() for t in _tokens(children) if t.type not in skip)


@v_args(meta=True)
class PhraseTransformer(Transformer):
    """Turn each phrase subtree into its spec dataclass; filler becomes spec.Word."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def _slice(self, meta) -> str:
        """Return the sentence text covered by a phrase."""
        return self._text[getattr(meta, "start_pos", 0):getattr(meta, "end_pos", 0)]

    # ---- amounts ---------------------------------------------------------------------------
    def _amount(self, meta, kind, value) -> spec.Amount:
        return spec.Amount(kind, value, self._slice(meta), _span(meta))

    def percent(self, meta, c):
        return self._amount(meta, "percent", _number(c[0]))

    def points(self, meta, c):
        return self._amount(meta, "points", _number(c[0]))

    def fraction(self, meta, c):
        return self._amount(meta, "fraction", _number(c[0]))

    def money(self, meta, c):
        return self._amount(meta, "money", _number(c[0]))

    def half(self, meta, c):
        return self._amount(meta, "half", Fraction(1, 2))

    def plain(self, meta, c):
        return self._amount(meta, "plain", _number(c[0]))

    def amount(self, meta, c):
        return c[0]

    def direction(self, meta, c):
        return ("up" if c[0].type == "UP" else "down", str(c[0]))

    # ---- changes ---------------------------------------------------------------------------
    def _change(self, meta, c, mode, amount=None, factor=None, direction=None):
        dir_word = _first(c, tuple)
        direction = direction or (dir_word[0] if dir_word else "multiply")
        verb = dir_word[1] if dir_word else str(_tokens(c)[0])
        return spec.Change(direction, mode, amount, verb.lower(), _words(c),
                           self._slice(meta), _span(meta), factor=factor)

    def change_by(self, meta, c):
        return self._change(meta, c, "by", amount=_first(c, spec.Amount))

    def change_at(self, meta, c):
        change = self._change(meta, c, "by", amount=_first(c, spec.Amount))
        return spec.Change(change.direction, "by", change.amount, change.verb, (), change.text,
                           change.span)

    def change_to(self, meta, c):
        return self._change(meta, c, "to", amount=_first(c, spec.Amount))

    def change_factor(self, meta, c):
        amount = _first(c, spec.Amount)
        return self._change(meta, c, "factor", amount=amount, factor=amount.value)

    def change_half(self, meta, c):
        return self._change(meta, c, "half", factor=Fraction(1, 2))

    def change_share(self, meta, c):
        return self._change(meta, c, "share", amount=_first(c, spec.Amount))

    def change_multiply(self, meta, c):
        verb = str(c[0]).lower()
        return spec.Change("multiply", "multiply", None, verb, (), self._slice(meta),
                           _span(meta), factor=_multiplier(verb))

    def change_doubling_time(self, meta, c):
        name = str(_tokens(c, "DOUBLING_TIME")[0]).lower()
        numbers = _tokens(c, "NUMBER")
        unit = canonical_unit(str(_tokens(c, "UNIT")[0]))
        count = _number(numbers[0]) if numbers else Fraction(1)
        period = spec.Period(count, unit, self._slice(meta), _span(meta))
        return spec.Change("multiply", "doubling_time", None, name, (), self._slice(meta),
                           _span(meta), factor=_multiplier(name), period=period)

    def rate_statement(self, meta, c):
        dir_word = _first(c, tuple)
        noun = " ".join(str(t).lower() for t in _tokens(c, "RATENOUN", "WORD"))
        direction = dir_word[0] if dir_word else _noun_direction(noun)
        return spec.RateStatement(noun, direction, _first(c, spec.Amount), self._slice(meta),
                                  _span(meta), period=_first(c, spec.Period))

    # ---- interest --------------------------------------------------------------------------
    def interest(self, meta, c):
        return spec.Interest("rate", _first(c, spec.Amount), None, self._slice(meta),
                             _span(meta))

    def compounding(self, meta, c):
        return spec.Interest("compounding", None, _first(c, spec.Period), self._slice(meta),
                             _span(meta))

    def compounding_bare(self, meta, c):
        return spec.Interest("compounding_bare", None, None, self._slice(meta), _span(meta))

    def compounding_continuous(self, meta, c):
        return spec.Interest("continuous", None, None, self._slice(meta), _span(meta))

    # ---- periods and horizons --------------------------------------------------------------
    def period_each(self, meta, c):
        return spec.Period(Fraction(1), canonical_unit(str(_tokens(c, "UNIT")[-1])),
                           self._slice(meta), _span(meta))

    def period_every(self, meta, c):
        count = _number(_tokens(c, "NUMBER", "FRACTION")[0])
        return spec.Period(count, canonical_unit(str(_tokens(c, "UNIT")[-1])),
                           self._slice(meta), _span(meta))

    def period_adverb(self, meta, c):
        return spec.Period(Fraction(1), canonical_unit(str(c[0])), self._slice(meta),
                           _span(meta))

    def period(self, meta, c):
        return c[0]

    def horizon_span(self, meta, c):
        numbers, units = _tokens(c, "NUMBER"), _tokens(c, "UNIT")
        return spec.Horizon("span", _number(numbers[0]), canonical_unit(str(units[0])),
                            self._slice(meta), _span(meta))

    def horizon_one(self, meta, c):
        return spec.Horizon("span", Fraction(1), canonical_unit(str(_tokens(c, "UNIT")[0])),
                            self._slice(meta), _span(meta))

    def horizon_year(self, meta, c):
        return spec.Horizon("year", _number(_tokens(c, "YEARNUM")[0]), "year",
                            self._slice(meta), _span(meta))

    def horizon_month(self, meta, c):
        month = str(_tokens(c, "MONTHNAME")[0]).lower()
        return spec.Horizon("month", Fraction(MONTHS.index(month) + 1), "month",
                            self._slice(meta), _span(meta))

    def ordinal_horizon(self, meta, c):
        ordinal = str(_tokens(c, "ORDINAL")[0])
        count = Fraction(int("".join(ch for ch in ordinal if ch.isdigit())))
        return spec.Horizon("ordinal", count, canonical_unit(str(_tokens(c, "UNIT")[-1])),
                            self._slice(meta), _span(meta))

    def unit_index(self, meta, c):
        return spec.Horizon("index", _number(_tokens(c, "NUMBER")[0]),
                            canonical_unit(str(_tokens(c, "UNIT")[0])), self._slice(meta),
                            _span(meta))

    # ---- targets and cues ------------------------------------------------------------------
    def _target(self, meta, c, kind, factor=None):
        comparators = _tokens(c, "CMP", "TO", "BE", "IS", "BECOME")
        comparator = str(comparators[0]).lower() if comparators else "reach"
        return spec.Target(kind, comparator, _first(c, spec.Amount), self._slice(meta),
                           _span(meta), factor=factor)

    def target_value(self, meta, c):
        return self._target(meta, c, "value")

    def target_equal(self, meta, c):
        return self._target(meta, c, "value")

    def target_share_of(self, meta, c):
        amount = _first(c, spec.Amount)
        words = tuple(str(t).lower() for t in _tokens(c, "WORD", "RATE", "RATENOUN"))
        return spec.Target("share_of", "reach", amount, self._slice(meta), _span(meta),
                           factor=amount.value / 100, words=words)

    def target_remains(self, meta, c):
        amount = _first(c, spec.Amount)
        factor = amount.value / 100 if amount.kind == "percent" else (
            amount.value if amount.kind in ("fraction", "half") else None)
        kind = "share" if factor is not None else "value"
        return spec.Target(kind, "reach", amount, self._slice(meta), _span(meta),
                           factor=factor)

    def target_share(self, meta, c):
        return self._target(meta, c, "share", factor=_number(_tokens(c, "FRACTION")[0]))

    def target_half(self, meta, c):
        return self._target(meta, c, "share", factor=Fraction(1, 2))

    def target_times(self, meta, c):
        return self._target(meta, c, "times", factor=_number(_tokens(c, "NUMBER")[0]))

    def target_multiply(self, meta, c):
        return spec.Target("multiply", "reach", None, self._slice(meta), _span(meta),
                           factor=_multiplier(str(c[0]).lower()))

    def linear_cue(self, meta, c):
        return spec.Cue("linear", self._slice(meta), _span(meta))

    def comparison(self, meta, c):
        return spec.Cue("comparison", self._slice(meta), _span(meta))

    def multiple(self, meta, c):
        return spec.Cue("multiple", self._slice(meta), _span(meta), value=_number(c[0]))

    def formula(self, meta, c):
        index = int(str(c[0])[len("FORMULA"):])
        return spec.Cue("formula", self._slice(meta), _span(meta), index=index)

    def filler(self, meta, c):
        token = c[0] if c else None
        if isinstance(token, Token):
            return spec.Word(str(token), token.type, spec.Span(token.start_pos, token.end_pos))
        return spec.Word("", "EMPTY", _span(meta))

    def start(self, meta, c):
        return tuple(c)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def _multiplier(word: str) -> Fraction:
    """Return the factor a multiply verb names (doubles -> 2, halves/half-life -> 1/2)."""
    word = word.lower()
    if word.startswith(("tripl",)):
        return Fraction(3)
    if word.startswith("quadrupl"):
        return Fraction(4)
    if word.startswith(("halv", "half")):
        return Fraction(1, 2)
    return Fraction(2)


def _noun_direction(noun: str) -> str:
    """Return "down" for decline/decay/depreciation/mortality/loss nouns, else "up"."""
    downs = ("decline", "decay", "depreciation", "mortality", "death", "loss", "reduction",
             "decrease")
    return "down" if any(d in noun for d in downs) else "up"
