"""The sentence grammar's compiled rules and terminals, shipped as a build artefact.

Building the lexer-only Lark instance from grammar/sentence.lark (reading the EBNF, compiling
it to BNF, validating every terminal) costs about a tenth of a one-shot CLI solve. The result
is plain data, so `python -m bot.core.compiled_grammar` writes it once to
grammar/sentence.compiled.json (JSON, never a pickle), and `lexer_lark()` rebuilds the same
instance from it. The artefact records the SHA-256 of the .lark source and the Lark version it
was built with: when either differs (a stale artefact), or the file is missing or unreadable,
`lexer_lark()` builds from the .lark file as before. tests/core/test_compiled_grammar.py fails
when the shipped artefact is stale and checks that both ways give the same rules and tokens.
"""

from __future__ import annotations

import hashlib
import json
import pkgutil
import re
from pathlib import Path

import lark
from lark import Lark
from lark.common import LexerConf
from lark.grammar import NonTerminal, Rule, RuleOptions, Terminal
from lark.lark import LarkOptions
from lark.lexer import PatternRE, PatternStr, TerminalDef

GRAMMAR = "sentence.lark"
ARTEFACT = "sentence.compiled.json"
OPTIONS = {"parser": None, "lexer": "basic", "propagate_positions": True}


def source_digest() -> str:
    """Return the SHA-256 of grammar/sentence.lark plus the Lark version (what the artefact
    must match to be used)."""
    source = pkgutil.get_data("grammar", GRAMMAR) or b""
    return hashlib.sha256(source + b"\0lark " + lark.__version__.encode()).hexdigest()


def build_from_source() -> Lark:
    """Build the lexer-only Lark instance from the .lark file (the reference way)."""
    return Lark.open_from_package("grammar", GRAMMAR, **OPTIONS)


def lexer_lark() -> Lark:
    """Return the lexer-only Lark instance: from the artefact when it is fresh, else built."""
    try:
        data = json.loads(pkgutil.get_data("grammar", ARTEFACT) or b"{}")
    except (OSError, ValueError):
        data = {}
    if data.get("digest") != source_digest():
        return build_from_source()
    return from_data(data)


# ---- data <-> objects ----------------------------------------------------------------------

def to_data(instance: Lark) -> dict:
    """Return the compiled terminals, ignore list and rules of `instance` as plain data."""
    return {
        "digest": source_digest(),
        "terminals": [_terminal_data(t) for t in instance.terminals],
        "ignore": list(instance.ignore_tokens),
        "rules": [_rule_data(r) for r in instance.rules],
    }


def _terminal_data(terminal: TerminalDef) -> list:
    """[name, "str"|"re", value, sorted flags, raw, priority, width or None]."""
    pattern = terminal.pattern
    width = list(pattern._get_width()) if isinstance(pattern, PatternRE) else None
    return [terminal.name, pattern.type, pattern.value, sorted(pattern.flags), pattern.raw,
            terminal.priority, width]


def _rule_data(rule: Rule) -> list:
    """[origin, [[name, is_term, filter_out]...], order, alias, options as a list]."""
    options = rule.options
    return [rule.origin.name,
            [[s.name, s.is_term, bool(getattr(s, "filter_out", False))] for s in rule.expansion],
            rule.order, rule.alias,
            [options.keep_all_tokens, options.expand1, options.priority,
             options.template_source, list(options.empty_indices)]]


def _terminal(row: list) -> TerminalDef:
    """Rebuild one TerminalDef from `_terminal_data`'s row."""
    name, kind, value, flags, raw, priority, width = row
    if kind == "str":
        pattern = PatternStr(value, flags, raw)
    else:
        pattern = PatternRE(value, flags, raw)
        pattern._width = tuple(width)
    return TerminalDef(name, pattern, priority)


def _rule(row: list) -> Rule:
    """Rebuild one Rule from `_rule_data`'s row."""
    origin, expansion, order, alias, (keep, expand1, priority, template, empty) = row
    symbols = [Terminal(name, filter_out) if is_term else NonTerminal(name)
               for name, is_term, filter_out in expansion]
    options = RuleOptions(keep, expand1, priority, template, tuple(empty))
    return Rule(NonTerminal(origin), symbols, order, alias, options)


def from_data(data: dict) -> Lark:
    """Rebuild the lexer-only Lark instance from `to_data`'s output (as Lark's own cache
    loader does, the terminals are not validated again: they were when the data was made)."""
    instance = Lark.__new__(Lark)
    instance.options = LarkOptions(dict(OPTIONS))
    instance.options.priority = "normal"  # what Lark.__init__ sets for priority="auto"
    instance.source_path = str(Path("grammar") / GRAMMAR)
    instance.terminals = [_terminal(row) for row in data["terminals"]]
    instance.rules = [_rule(row) for row in data["rules"]]
    instance.ignore_tokens = list(data["ignore"])
    instance._terminals_dict = {t.name: t for t in instance.terminals}
    instance.lexer_conf = LexerConf(instance.terminals, re, instance.ignore_tokens,
                                    skip_validation=True)
    instance.lexer = instance._build_lexer()
    return instance


def write_artefact(path: Path | None = None) -> Path:
    """Build from the .lark source and write the artefact next to it; return its path."""
    import grammar

    target = path or Path(grammar.__file__).resolve().parent / ARTEFACT
    text = json.dumps(to_data(build_from_source()), separators=(",", ":"))
    target.write_text(text + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write_artefact())
