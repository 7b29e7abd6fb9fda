"""The grammar's own basic lexer, dispatched on the first character.

Lark's basic lexer tries one big alternation of every terminal (in its priority order) at each
position, and the first alternative that matches wins. Most terminals are keywords that can
only begin with a few letters, so for each first character we keep only the terminals that
could begin with it, in the same order: the first match is the same, found with far fewer
failing alternatives. Which ASCII characters a terminal can begin with is read from its parsed
regex (each item that matches one character is run on every ASCII character; zero-width and
optional items are looked through); whenever that analysis is unsure the terminal is kept for
every character, so the dispatch only ever drops terminals that cannot match there. A
position whose character only the ignored whitespace terminal can begin is stepped over
without a regex when the blank is a single one. The per-character scanners are built from
the terminals with their unnamed groups made non-capturing (`_uncaptured`, checked on the
parsed regex): the same matches and last group, with fewer group slots to keep.
"""

from __future__ import annotations

import re
from re import _compiler
from re import _constants as C  # noqa: N812 - the sre opcodes
from re import _parser as sre_parse

from lark import Lark, Token
from lark.lexer import PatternRE, Scanner, TerminalDef

WARM_USES = 64  # compile a character's own scanner once it has been seen this often
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}  # match no character: look at what follows them
_ONE_CHAR = {C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY}  # match exactly one character
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}
_ASCII = [chr(code) for code in range(128)]


def _first_chars(items, flags: int) -> tuple[set[str] | None, bool]:
    """Return (the ASCII characters a parsed regex can begin with, or None when unsure;
    whether it can match the empty string). Only ASCII characters get their own scanner,
    so the other characters a regex can begin with never matter."""
    out: set[str] = set()
    for op, arg in items:
        chars, empty = _item_first_chars(op, arg, flags)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item_first_chars(op, arg, flags: int) -> tuple[set[str] | None, bool]:
    """Return `_first_chars` of one parsed regex item."""
    if op in _ZERO_WIDTH:
        return set(), True
    if op in _ONE_CHAR:
        return _ascii_matches(op, arg, flags), False
    if op == C.SUBPATTERN:
        _, add, drop, sub = arg
        return _first_chars(sub, (flags | add) & ~drop)
    if op == C.BRANCH:
        out, empty = set(), False
        for branch in arg[1]:
            chars, branch_empty = _first_chars(branch, flags)
            if chars is None:
                return None, False
            out, empty = out | chars, empty or branch_empty
        return out, empty
    if op in _REPEATS:
        chars, empty = _first_chars(arg[2], flags)
        return chars, empty or arg[0] == 0
    if op == C.ATOMIC_GROUP:
        return _first_chars(arg, flags)
    return None, False


def _ascii_matches(op, arg, flags: int) -> set[str]:
    """Return the ASCII characters a one-character regex item matches, by running it on each
    of them (exact under any flag: case folding, categories, negation)."""
    regex = _compiler.compile(sre_parse.SubPattern(sre_parse.State(), [(op, arg)]), flags)
    return {char for char in _ASCII if regex.match(char)}


def _uncaptured(terminal: TerminalDef) -> TerminalDef:
    """Return `terminal` with its unnamed groups made non-capturing, when that provably
    changes nothing but group numbers (its parsed regex is otherwise the same and has no
    back-reference); else `terminal` itself.

    A match object holds a slot per group of the whole scanner regex, and Python's engine
    saves and clears those slots as it backtracks through the keyword alternations: the
    scanners match the same text with the same last (named) group, about a fifth faster."""
    pattern = terminal.pattern
    if not isinstance(pattern, PatternRE):
        return terminal
    lean = PatternRE(_non_capturing(pattern.value), pattern.flags, pattern.raw)
    try:
        same = _group_free(sre_parse.parse(pattern.to_regexp())) == \
            _group_free(sre_parse.parse(lean.to_regexp()))
    except Exception:  # noqa: BLE001 - unsure: keep the terminal as it is
        return terminal
    return TerminalDef(terminal.name, lean, terminal.priority) if same else terminal


def _non_capturing(regex: str) -> str:
    """Return `regex` with each `(` that opens a capturing group written `(?:` (escapes and
    character classes are stepped over; `_uncaptured` checks the result)."""
    out, at, end = [], 0, len(regex)
    while at < end:
        char = regex[at]
        if char == "\\":
            out.append(regex[at:at + 2])
            at += 2
            continue
        if char == "[":  # a class: up to the first `]` that is not its first character
            close = at + 1 + (regex[at + 1:at + 2] == "^")
            close = regex.find("]", close + 1) if regex[close:close + 1] == "]" else close
            while close != -1 and close < end and regex[close] != "]":
                close += 2 if regex[close] == "\\" else 1
            if close == -1 or close >= end:
                return regex
            out.append(regex[at:close + 1])
            at = close + 1
            continue
        out.append("(?:" if char == "(" and regex[at + 1:at + 2] != "?" else char)
        at += 1
    return "".join(out)


def _group_free(parsed):
    """Return a parsed regex as nested tuples with group numbers left out (raise ValueError
    where it refers back to a group: then numbers matter); a group without flags is spliced
    into its sequence (the parser does so for a non-capturing one: it matches the same)."""
    out = []
    for op, arg in parsed:
        if op in (C.GROUPREF, C.GROUPREF_EXISTS, C.GROUPREF_IGNORE, C.GROUPREF_LOC_IGNORE,
                  C.GROUPREF_UNI_IGNORE):
            raise ValueError("a back-reference")
        if op == C.SUBPATTERN and not arg[1] and not arg[2]:
            out.extend(_group_free(arg[3]))
            continue
        if op == C.SUBPATTERN:
            arg = (arg[1], arg[2], _group_free(arg[3]))
        elif op == C.BRANCH:
            arg = (arg[0], tuple(_group_free(b) for b in arg[1]))
        elif op in _REPEATS:
            arg = (arg[0], arg[1], _group_free(arg[2]))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            arg = (arg[0], _group_free(arg[1]))
        elif op == C.ATOMIC_GROUP:
            arg = _group_free(arg)
        out.append((op, arg))
    return tuple(out)


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
        self._lean = [_uncaptured(t) for t in self._terminals]  # for the own scanners
        # per terminal: the characters it can begin with (about 2 ms, once per process: done
        # here so that it never lands on the solve that first warms a character's scanner)
        self._starts = [self._starts_of(t) for t in self._terminals]
        self._blanks = self._blank_chars()
        self._full = scanner
        self._uses: dict[str, int] = {}  # ASCII character -> times seen before compiling
        self._scanners: dict[str, Scanner] = {}  # ASCII character -> its scanner
        self._by_terminals: dict[tuple, Scanner] = {}  # one scanner per distinct terminal list

    def _starts_of(self, terminal) -> set[str] | None:
        """Return the ASCII characters `terminal` can begin with (None: any)."""
        try:
            parsed = sre_parse.parse(terminal.pattern.to_regexp(), self._flags)
            chars, empty = _first_chars(list(parsed), self._flags | parsed.state.flags)
        except Exception:  # noqa: BLE001 - unsure: keep the terminal everywhere
            return None
        return None if empty else chars

    def _blank_chars(self) -> frozenset:
        """Return the ASCII characters only an ignored, unconverted `\\s+` can begin with.

        There a match is the run of whitespace (str.isspace is the `\\s` of a str regex), and
        a run of one character, the common single space between words, is skipped without
        running a regex."""
        out = set()
        for char in _ASCII:
            can = [t for t, starts in zip(self._terminals, self._starts)
                   if starts is None or char in starts]
            if len(can) == 1 and can[0].name in self._ignore and can[0].name not in self._retype \
                    and can[0].pattern.to_regexp() == r"\s+" and not self._flags & re.ASCII:
                out.add(char)
        return frozenset(out)

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
        keep = [t for t, starts in zip(self._lean, self._starts)
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
        loop runs once per token and once per run of blanks (a single blank is stepped over
        without a regex: `_blank_chars`)."""
        tokens, pos, end = [], 0, len(text)
        scanners, ignore, retype, blanks = self._scanners, self._ignore, self._retype, self._blanks
        new = str.__new__
        while pos < end:
            char = text[pos]
            if char in blanks and (pos + 1 == end or not text[pos + 1].isspace()):
                pos += 1  # one ignored blank (`_blank_chars`)
                continue
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
