"""The grammar's own basic lexer, dispatched on the first character.

Lark's basic lexer tries one big alternation of every terminal (in its priority order) at each
position, and the first alternative that matches wins. Most terminals are keywords that can
only begin with a few letters, so for each first character we keep only the terminals that
could begin with it, in the same order: the first match is the same, found with far fewer
failing alternatives. Which characters a terminal can begin with is read from its compiled
regex; whenever that analysis is unsure the terminal is kept for every character, so the
dispatch only ever drops terminals that cannot match there.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the sre opcodes
from re import _parser as sre_parse

from lark import Lark, Token
from lark.lexer import Scanner

WARM_USES = 64  # compile a character's own scanner once it has been seen this often
_SKIP = {C.AT, C.ASSERT, C.ASSERT_NOT}  # zero-width items: look at what follows them


def _first_chars(items, fold: bool) -> set[str] | None:
    """Return the characters a parsed regex can begin with, or None when unsure."""
    for op, arg in items:
        if op in _SKIP:
            continue
        if op == C.LITERAL:
            return _folded({chr(arg)}) if fold else {chr(arg)}
        if op == C.IN:
            return _class_chars(arg, fold)
        if op == C.SUBPATTERN:
            _, add, _, sub = arg
            return _first_chars(sub, fold or bool(add & re.IGNORECASE))
        if op == C.BRANCH:
            out: set[str] = set()
            for branch in arg[1]:
                chars = _first_chars(branch, fold)
                if chars is None:
                    return None
                out |= chars
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            return _first_chars(arg[2], fold)
        return None
    return None


def _class_chars(members, fold: bool) -> set[str] | None:
    """Return the characters of a character class, or None (negated, categories, big)."""
    out: set[str] = set()
    for op, arg in members:
        if op == C.LITERAL:
            out.add(chr(arg))
        elif op == C.RANGE and arg[1] - arg[0] < 256:
            out.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None
    return _folded(out) if fold else out


def _folded(chars: set[str]) -> set[str]:
    """Return `chars` with their case variants (an ASCII character only ever folds to these)."""
    out = set(chars)
    for char in chars:
        out |= {char.lower(), char.upper(), char.lower().upper(), char.upper().lower()}
    return out


class DispatchLexer:
    """Lex like the Lark instance's basic lexer (same tokens, types and positions)."""

    def __init__(self, lark: Lark):
        lexer = lark.lexer
        scanner = lexer.scanner
        self._lark = lark
        self._ignore = frozenset(lexer.ignore_types)
        self._retype = dict(lexer.callback)
        self._flags, self._re, self._bytes = scanner.g_regex_flags, scanner.re_, scanner.use_bytes
        self._terminals = scanner.terminals
        self._fold = bool(self._flags & re.IGNORECASE)
        # per terminal: the characters it can begin with (about 2 ms, once per process: done
        # here so that it never lands on the solve that first warms a character's scanner)
        self._starts = [self._starts_of(t) for t in self._terminals]
        self._full = scanner
        self._uses: dict[str, int] = {}  # ASCII character -> times seen before compiling
        self._scanners: dict[str, Scanner] = {}  # ASCII character -> its scanner
        self._by_terminals: dict[tuple, Scanner] = {}  # one scanner per distinct terminal list

    def _starts_of(self, terminal) -> set[str] | None:
        """Return the characters `terminal` can begin with (None: any)."""
        try:
            parsed = sre_parse.parse(terminal.pattern.to_regexp(), self._flags)
        except Exception:  # noqa: BLE001 - unsure: keep the terminal everywhere
            return None
        return _first_chars(list(parsed), self._fold or bool(parsed.state.flags & re.I))

    def _scanner(self, char: str) -> Scanner:
        """Return the scanner to try at a position starting with `char`.

        A character's own scanner (the terminals that can begin with it) is compiled once it
        has been seen WARM_USES times, so a short-lived process (one CLI solve) pays for one
        regex instead of a dozen; until then, and for any non-ASCII character (where case
        folding has surprises such as the Kelvin sign), Lark's full scanner is used.
        """
        found = self._scanners.get(char)
        if found is not None:
            return found
        uses = self._uses[char] = self._uses.get(char, 0) + 1
        if uses < WARM_USES or not char.isascii():
            return self._full
        return self._compile_for(char)

    def _compile_for(self, char: str) -> Scanner:
        """Compile (or share) the scanner of the terminals that can begin with `char`."""
        keep = [t for t, starts in zip(self._terminals, self._starts)
                if starts is None or char in starts]
        key = tuple(t.name for t in keep)
        found = self._by_terminals.get(key)
        if found is None:
            found = self._by_terminals[key] = Scanner(keep, self._flags, self._re, self._bytes)
        self._scanners[char] = found
        return found

    def precompile(self) -> None:
        """Compile every printable ASCII character's scanner now (a long-lived worker does
        this at start-up, so no user's problem pays a regex compilation of a few ms)."""
        for code in range(32, 127):
            if chr(code) not in self._scanners:
                self._compile_for(chr(code))

    def lex(self, text: str) -> list[Token]:
        """Return the tokens of `text` (lines are not tracked: nothing downstream reads them).

        The scanner's match (its regexes in order, first match wins) is run inline and each
        token is built with the attributes Token() sets, without its two wrapper calls: this
        loop runs once per token and once per space."""
        tokens, pos, end = [], 0, len(text)
        scanners, ignore, retype = self._scanners, self._ignore, self._retype
        new = str.__new__
        while pos < end:
            char = text[pos]
            scanner = scanners.get(char) or self._scanner(char)
            for regex in scanner._mres:  # Scanner.match
                found = regex.match(text, pos)
                if found:
                    break
            else:
                return list(self._lark.lex(text))  # let Lark raise its own error
            value, kind = found.group(0), found.lastgroup
            size = len(value)
            if kind not in ignore or kind in retype:
                token = new(Token, value)  # Token(kind, value, pos, 1, pos + 1, 1, ...)
                token.type, token.start_pos, token.value = kind, pos, value
                token.line, token.column, token.end_line = 1, pos + 1, 1
                token.end_column, token.end_pos = pos + size + 1, pos + size
                if kind in retype:
                    token = retype[kind](token)
                if kind not in ignore:
                    tokens.append(token)
            pos += size
        return tokens
