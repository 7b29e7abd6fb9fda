"""A fast parser for the sentence layer that reads grammar/sentence.lark exactly as Earley does.

The sentence grammar is `start: _item*` where an item is a typed phrase or one filler token, and
Lark's Earley (basic lexer, `ambiguity="resolve"`) returns the derivation with the greatest sum
of rule priorities. That choice decomposes: the best reading of a sentence is a best tiling of
its tokens by items, and the best derivation of each item depends only on its own tokens. So
instead of running Earley over the whole sentence (about 1,400 Earley items per token), this
module

1. lexes with the very same Lark basic lexer (same tokens, same types);
2. computes, for every token position and every nonterminal the grammar can start there, the
   ends it can reach and the best priority sum (a memoised chart over Lark's compiled BNF
   rules, walked through a prefix trie of each nonterminal's expansions; grammar-derived
   tables, built once per process, skip the walks whose outcome the next few token types
   already fix: nonterminals that always span one token, and lookahead over the grammar's
   FIRST_3 strings (the two or three next token types a derivation longer than one token
   needs): where none can begin, the best one-token sum per terminal is read from a table);
3. picks the best tiling of the sentence by items with a dynamic programme over positions,
   breaking ties the way Lark's forest does (greatest priority, then lowest rule order),
   as derivation plans (`_Run.sources`);
4. builds the tree with Lark's own tree-builder callbacks (same aliases, inlined `_rules`,
   positions), so `PhraseTransformer` consumes it unchanged (`_Run.tree`); parse.py instead
   reads the plans straight into the transformer's results when it can (plan_reader.py).

The grammar file stays the only source of truth: nothing here knows any phrase. `ChartParser`
refuses (raises `Unsupported`) a grammar shape it cannot read faithfully (a nullable rule other
than `start`, a start rule that is not a list of items, placeholders), and parse.py then keeps
Earley. tests/core/test_parse_equivalence.py compares both parsers on every known problem.
Cost is linear in the sentence length for a bounded phrase length; Earley's share is capped
per problem by `EarleyBudget` (beyond it a tie is read by the chart: a reading of the same,
greatest priority, possibly not the one Earley would have picked).

Adding phrases to grammar/sentence.lark needs no change here. Keep `start: _item*`, make every
new rule match at least one token (write `x?` inside a longer rule, never a rule that can be
empty), use `?` rather than `[...]`, and run tests/core/test_parse_equivalence.py (and
test_fast_parser_is_the_chart_parser, which fails if the grammar fell back to Earley). Two
rules of equal priority that can read the same words are a tie that only Earley can settle,
at Earley's cost: give one of them a higher priority.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from lark import Lark, TextSlice, Token, Tree
from lark.parse_tree_builder import ParseTreeBuilder

from bot.core.lexing import DispatchLexer

_NONE = float("-inf")


class Unsupported(Exception):
    """The grammar uses a shape the chart parser does not reproduce exactly."""


class _Node:
    """A prefix-trie node over a nonterminal's expansions."""

    __slots__ = ("terms", "nonterms", "rules", "best", "by_kind", "steps")

    def __init__(self):
        self.terms: dict[str, _Node] = {}  # terminal name -> next node
        self.nonterms: list = []  # (nonterminal name, next node, terminals it can begin with)
        self.rules: list = []  # (priority, rule) of the rules whose expansion ends here
        self.best = None  # the greatest of those priorities
        # terminal -> the (nonterminal, next node) of `nonterms` that can begin with it, in
        # `nonterms` order (filled once the trie is complete: `_index_trie`)
        self.by_kind: dict[str, tuple] = {}
        self.steps: dict[str, tuple] = {}  # terminal -> edges, see `index_steps`

    def index_by_kind(self) -> None:
        """Fill `by_kind` from `nonterms` (the same edges in the same order, pre-filtered)."""
        by_kind: dict[str, list] = {}
        for symbol, child, first in self.nonterms:
            for kind in first:
                by_kind.setdefault(kind, []).append((symbol, child))
        self.by_kind = {kind: tuple(edges) for kind, edges in by_kind.items()}

    def index_steps(self, one_token: dict[str, dict[str, int]]) -> None:
        """Fill `steps`: terminal -> the edges a token of that type takes, in the walk's push
        order, each (nonterminal or None, next node, gain). None is one token read with that
        gain: the terminal edge (gain 0), or an edge of a nonterminal in `one_token` (which
        always spans exactly one token: its gain per terminal is known once per process)."""
        steps: dict[str, list] = {}
        for kind in dict.fromkeys((*self.terms, *self.by_kind)):
            step = steps[kind] = []
            if kind in self.terms:
                step.append((None, self.terms[kind], 0))
            for symbol, child in self.by_kind.get(kind, ()):
                if symbol not in one_token:
                    step.append((symbol, child, 0))
                elif kind in one_token[symbol]:
                    step.append((None, child, one_token[symbol][kind]))
        self.steps = {kind: tuple(step) for kind, step in steps.items()}



def _priority(rule) -> int:
    """Return the rule's priority as Lark's ForestSumVisitor counts it (unset -> 0)."""
    return rule.options.priority or 0


class EarleyBudget:
    """How many tokens Earley may still read for ties in one problem (bounds the cost of
    hostile input: Earley costs about 2 ms a token; the corpora need at most ~40)."""

    def __init__(self, tokens: int = 96):
        self.tokens = tokens

    def take(self, count: int) -> bool:
        """Spend `count` tokens if that many are left; return whether they were."""
        if count > self.tokens:
            return False
        self.tokens -= count
        return True


class ChartParser:
    """Parse sentences of a Lark grammar of the form `start: _item*` (see module docstring)."""

    def __init__(self, lark: Lark, earley: Callable[[], Lark]):
        """Read `lark` (built with parser=None: rules and lexer only); `earley()` returns the
        Earley parser of the same grammar, built only when a tie needs it."""
        self._lark = lark
        self._earley = earley
        rules = lark.rules
        for rule in rules:
            if rule.options.empty_indices:
                raise Unsupported(f"placeholders in rule {rule.origin.name}")
        self._item = self._item_symbol(rules)
        self._hard = self._hard_terminals(rules)
        self._first = self._first_sets(rules)
        self._left_recursive = self._left_recursion(rules)
        self._tries: dict[str, _Node] = {}
        for rule in rules:
            node = self._tries.setdefault(str(rule.origin.name), _Node())
            for symbol in rule.expansion:
                name = str(symbol.name)
                if symbol.is_term:
                    node = node.terms.setdefault(name, _Node())
                    continue
                child = next((c for n, c, _ in node.nonterms if n == name), None)
                if child is None:
                    child = _Node()
                    node.nonterms.append((name, child, self._first[name]))
                node = child
            node.rules.append((_priority(rule), rule))
            node.best = max(p for p, _ in node.rules)
        for trie in self._tries.values():
            _index_trie(trie)
        self._follow = self._lookahead(rules)
        self._one_sums = self._one_token_sums(rules)
        self._one_token = self._one_token_gains(rules)
        for trie in self._tries.values():
            _index_steps(trie, self._one_token)
        self._lexer = DispatchLexer(lark)
        self._singles: dict[str, tuple] = {}
        builder = ParseTreeBuilder(rules, Tree, True, False, lark.options.maybe_placeholders)
        callbacks = builder.create_callback(None)
        self._shapes = {rule: _callback_shape(callback) for rule, callback in callbacks.items()}
        self._callbacks = {rule: _lean_callback(callback) for rule, callback in callbacks.items()}
        self._start_rules = {len(r.expansion): r for r in rules if r.origin.name == "start"}
        self._list_rules = {len(r.expansion): r for r in rules
                            if r.origin.name == self._list}

    # ---- grammar analysis (once per process) ----------------------------------------------
    def _item_symbol(self, rules) -> str:
        """Return the item nonterminal of `start: _item*`; raise Unsupported otherwise."""
        start = sorted(([s.name for s in r.expansion] for r in rules
                        if r.origin.name == "start"), key=len)
        if len(start) != 2 or start[0] or len(start[1]) != 1:
            raise Unsupported("start is not a list of items")
        self._list = str(start[1][0])
        shapes = sorted(([s.name for s in r.expansion] for r in rules
                         if r.origin.name == self._list), key=len)
        if len(shapes) != 2 or len(shapes[0]) != 1 or shapes[1] != [self._list, shapes[0][0]]:
            raise Unsupported("start is not a left-recursive list of items")
        for rule in rules:
            if not rule.expansion and rule.origin.name != "start":
                raise Unsupported(f"nullable rule {rule.origin.name}")
        return str(shapes[0][0])

    def _hard_terminals(self, rules) -> frozenset:
        """Return the terminals only a one-token item holds (`filler: ... | PUNCT`, PUNCT in
        no other rule): no phrase spans them, and after one Earley's column is the same."""
        holders: dict[str, list] = {}
        for rule in rules:
            for symbol in rule.expansion:
                holders.setdefault(str(symbol.name), []).append(rule)
        out = set()
        for rule in rules:
            if len(rule.expansion) != 1 or not rule.expansion[0].is_term:
                continue
            name, parent = str(rule.expansion[0].name), str(rule.origin.name)
            uses = holders.get(parent, [])
            if len(holders[name]) == 1 and len(uses) == 1 and \
                    str(uses[0].origin.name) == self._item and len(uses[0].expansion) == 1:
                out.add(name)
        return frozenset(out)

    @staticmethod
    def _first_sets(rules) -> dict[str, frozenset]:
        """Return, per nonterminal, the terminals that can begin it (no nullables here)."""
        first: dict[str, set] = {str(r.origin.name): set() for r in rules}
        changed = True
        while changed:
            changed = False
            for rule in rules:
                if not rule.expansion:
                    continue
                head = rule.expansion[0]
                new = {str(head.name)} if head.is_term else first[str(head.name)]
                if not new <= first[str(rule.origin.name)]:
                    first[str(rule.origin.name)] |= new
                    changed = True
        return {name: frozenset(names) for name, names in first.items()}

    def _one_token_sums(self, rules) -> dict[str, dict[str, int]]:
        """Return, per nonterminal, the best priority sum of its one-token derivations per
        terminal (absent: no such derivation).

        These are the chart's sums over a one-token stretch: a one-token derivation uses
        one-symbol rules only (no rule but `start`, never asked of the chart, is nullable), so the sums are the longest paths down
        those rules to the terminal, relaxed until they stop changing (a cycle of one-symbol
        rules that raises a sum forever has no best derivation: refused)."""
        sums: dict[str, dict[str, int]] = {str(r.origin.name): {} for r in rules}
        units = [r for r in rules if len(r.expansion) == 1]
        for _ in range(len(sums) + 1):
            changed = False
            for rule in units:
                symbol, own = rule.expansion[0], sums[str(rule.origin.name)]
                below = {str(symbol.name): 0} if symbol.is_term else sums[str(symbol.name)]
                for kind, gain in list(below.items()):
                    if _priority(rule) + gain > own.get(kind, _NONE):
                        own[kind] = _priority(rule) + gain
                        changed = True
            if not changed:
                return sums
        raise Unsupported("a cycle of one-symbol rules")

    def _one_token_gains(self, rules) -> dict[str, dict[str, int]]:
        """Return, per nonterminal that always spans exactly one token (every expansion is
        one terminal or one such nonterminal), its best priority sum per first terminal.

        Such a nonterminal's ends at a position depend on that token's type alone, so the
        chart's trie walks step over it with the gain of this table (`_Node.index_steps`)."""
        singles: set[str] = set()
        changed = True
        while changed:
            changed = False
            for name in {str(r.origin.name) for r in rules} - singles:
                own = [r for r in rules if r.origin.name == name]
                if name not in self._left_recursive and all(
                        len(r.expansion) == 1 and (r.expansion[0].is_term
                                                   or str(r.expansion[0].name) in singles)
                        for r in own):
                    singles.add(name)
                    changed = True
        return {name: self._one_sums[name] for name in singles}

    def _lookahead(self, rules) -> dict[str, dict[tuple, object]]:
        """Return, per nonterminal the item can derive, what its next two or three tokens
        must be for a derivation longer than one token to begin there: {pair of terminals:
        True (a two-token derivation is that pair) or the terminals a third token can be}.

        Where its next tokens are none of these, a nonterminal has at most a one-token
        derivation, whose sum `_one_token_sums` holds: the chart knows its ends without
        walking its trie (most walks would find nothing: this check is what they cost)."""
        follow: dict[str, dict[tuple, object]] = {}
        for name, strings in self._prefixes(rules).items():
            table: dict[tuple, object] = {s: True for s in strings if len(s) == 2}
            for string in strings:
                if len(string) == 3 and table.get(string[:2]) is not True:
                    table.setdefault(string[:2], set()).add(string[2])
            follow[name] = {pair: third if third is True else frozenset(third)
                            for pair, third in table.items()}
        return follow

    def _prefixes(self, rules) -> dict[str, set[tuple]]:
        """Return, per nonterminal the item can derive, the terminal strings of its
        derivations cut to three tokens (FIRST_3: a shorter string is a whole derivation, a
        string of three begins a derivation of three or more).

        Worked out from the nonterminals it uses first (depth-first post-order), again for
        the users of each nonterminal whose strings grow, until none grows (recursion)."""
        own: dict[str, list] = {}
        for rule in rules:
            own.setdefault(str(rule.origin.name), []).append(rule.expansion)
        order, users = _post_order(own, self._item)
        prefixes: dict[str, set[tuple]] = {name: set() for name in order}
        cuts: dict[str, dict[int, set]] = {name: {1: set(), 2: set(), 3: set()}
                                           for name in order}  # cut to 1, 2, 3 tokens
        queue, queued = deque(order), set(order)
        while queue:
            name = queue.popleft()
            queued.discard(name)
            grew = False
            while True:  # a rule that uses its own nonterminal: grow it here first
                found = set()
                for expansion in own[name]:
                    found |= _cut_strings(expansion, cuts)
                if found == prefixes[name]:
                    break
                prefixes[name], grew = found, True
                cuts[name] = {1: {s[:1] for s in found}, 2: {s[:2] for s in found}, 3: found}
                if name not in users[name]:
                    break
            for user in users[name] - queued if grew else ():
                queue.append(user)
                queued.add(user)
        return prefixes

    @staticmethod
    def _left_recursion(rules) -> frozenset:
        """Return the nonterminals that can begin with themselves (e.g. `_wide: _wide x`)."""
        heads: dict[str, set] = {}
        for rule in rules:
            if rule.expansion and not rule.expansion[0].is_term:
                heads.setdefault(str(rule.origin.name), set()).add(str(rule.expansion[0].name))
        out = set()
        for name in heads:
            seen, todo = set(), list(heads[name])
            while todo:
                head = todo.pop()
                if head == name:
                    out.add(name)
                    break
                if head not in seen:
                    seen.add(head)
                    todo.extend(heads.get(head, ()))
        return frozenset(out)

    def item_terminals(self) -> frozenset:
        """Return the terminals a one-token item can be (the keys `single` takes)."""
        return frozenset(self._one_sums[self._item])

    def single(self, kind: str):
        """Return (tied, plan) of the one-token item of terminal `kind` (once per terminal)."""
        found = self._singles.get(kind)
        if found is None:
            run = _Run(self, "", [Token(kind, "", 0, 1, 1, 1, 1, 0)], EarleyBudget(0))
            found = self._singles[kind] = run.plan(self._item, 0, 1)
        return found

    def earley_slice(self, text: str, start: int, end: int) -> Tree:
        """Return Earley's start tree of text[start:end] (positions stay those of `text`)."""
        return self._earley().parse(TextSlice(text, start, end))

    # ---- parsing ----------------------------------------------------------------------------
    def lex(self, text: str) -> list[Token]:
        """Return the tokens of `text` from the grammar's own basic lexer."""
        return self._lexer.lex(text)

    def parse(self, text: str, budget: EarleyBudget | None = None) -> Tree:
        """Return the tree Earley would return for `text` (see module docstring); once
        `budget` is spent, ties are read by the chart alone."""
        run = self.run(text, budget)
        return run.tree(run.sources())

    def run(self, text: str, budget: EarleyBudget | None = None) -> _Run:
        """Return the chart of `text`: `sources()` picks the derivation, `tree(...)` builds
        it (parse.py may read the picked derivation without building the tree)."""
        return _Run(self, text, self.lex(text), budget or EarleyBudget())


class _Run:
    """The chart of one sentence: memoised reachable ends and the chosen derivation."""

    def __init__(self, parser: ChartParser, text: str, tokens: list[Token],
                 budget: EarleyBudget):
        self.p = parser
        self.text = text
        self.budget = budget
        self.tokens = tokens
        self.types = [t.type for t in tokens]
        # per position: {nonterminal: {end: best priority sum}} (a list, not a dict keyed by
        # (name, position), so that a look-up builds no key tuple)
        self.memo: list[dict[str, dict[int, int]]] = [{} for _ in range(len(tokens) + 1)]

    def ends(self, name: str, pos: int) -> dict[int, int]:
        """Return {end: best priority sum} for nonterminal `name` starting at `pos`."""
        memo = self.memo[pos]
        found = memo.get(name)
        if found is not None:
            return found
        types, n = self.types, len(self.types)
        third = self.p._follow[name].get((types[pos], types[pos + 1])) if pos + 1 < n else None
        if third is None or third is not True and (pos + 2 >= n or types[pos + 2] not in third):
            # at most one token (`_lookahead`): its type alone fixes the sum
            gain = self.p._one_sums[name].get(types[pos]) if pos < len(types) else None
            found = memo[name] = {} if gain is None else {pos + 1: gain}
            return found
        if name not in self.p._left_recursive:
            found = memo[name] = self._compute(name, pos)
            return found
        memo[name] = {}
        while True:  # grow the seed of a left-recursive rule until it stops changing
            found = self._compute(name, pos)
            if found == memo[name]:
                return found
            memo[name] = found

    def _compute(self, name: str, pos: int) -> dict[int, int]:
        """Walk the trie of `name` from `pos`, collecting ends with their best priorities.

        The chart's hot loop: names are bound locally and a memoised sub-chart is read
        without a call; the walk order (terminal edge pushed first, then nonterminal edges in
        trie order) is what fixes the order of the returned ends, which tie-breaks rely on.
        """
        types, n, memo, ends = self.types, len(self.types), self.memo, self.ends
        follow, sums = self.p._follow, self.p._one_sums
        out: dict[int, int] = {}
        best_at = out.get
        stack = [(self.p._tries[name], pos, 0)]
        pop, push = stack.pop, stack.append
        while stack:
            node, at, score = pop()
            best = node.best
            if best is not None and score + best > best_at(at, _NONE):
                out[at] = score + best
            if at >= n:
                continue
            kind = types[at]
            for symbol, child, gain in node.steps.get(kind, ()):
                if symbol is None:  # one token (see `_Node.index_steps`)
                    push((child, at + 1, score + gain))
                    continue
                found = memo[at].get(symbol)
                if found is None:
                    third = follow[symbol].get((kind, types[at + 1])) if at + 1 < n else None
                    if third is None or third is not True and (
                            at + 2 >= n or types[at + 2] not in third):
                        gain = sums[symbol].get(kind)  # as in `ends`, without the call
                        if gain is not None:
                            push((child, at + 1, score + gain))
                        continue
                    found = ends(symbol, at)
                for end, gain in found.items():
                    push((child, end, score + gain))
        return out

    def sources(self) -> list:
        """Return the start tree's items before building: the best tiling by items, each
        item's best derivation, as a list of runs (True, [(plan, start), ...]) read by the
        chart or (False, [item tree or token, ...]) read by Earley.

        Where two best tilings (or two best derivations of one item) tie, Lark's pick depends
        on the order in which Earley completed items, so Earley reads that stretch (see
        `_earley_items`); the chart reads the rest.
        """
        chosen: list[tuple[int, int, tuple | None]] = []  # (start, end, (plan, start) or None)
        ties, item = False, self.p._item
        for start, end, single in self._regions():
            tied, plan = self.build(item, start, end) if single else (True, None)
            chosen.append((start, end, None if tied else (plan, start)))
            ties = ties or tied
        if not ties:  # the usual case: the chart reads the whole sentence, as one run
            return [(True, [found for _, _, found in chosen])] if chosen else []
        pieces = [(start, end, None if found is None else (True, [found]))
                  for start, end, found in chosen]  # a run per piece, or None: a tie
        return [found for _, _, found in self._with_ties_read(pieces)]

    def tree(self, sources: list) -> Tree:
        """Return the start tree of `sources` (see `sources`), built by Lark's callbacks."""
        items: list = []
        for planned, found in sources:
            if not planned:
                items.extend(found)
                continue
            for plan, start in found:
                items.extend(self.realize(plan, start).children)
        if not items:
            return self.p._callbacks[self.p._start_rules[0]]([])
        return self.p._callbacks[self.p._start_rules[1]]([Tree(self.p._list, items)])

    def _with_ties_read(self, pieces):
        """Replace each run of pieces from the last hard cut before a tie to the tie's end by
        Earley's items there (each piece's items are a run of `sources`).

        A hard cut follows a token that only a one-token filler can hold (punctuation): Earley's
        column after such a token holds the same items in the same order whatever came before,
        so Earley started on that token picks, between it and the tie's end, exactly what
        Earley over the whole sentence picks (every best tiling cuts there too).
        """
        out: list = []
        for start, end, found in pieces:
            if found is not None:
                out.append((start, end, found))
                continue
            starts = [s for s, _, _ in out] + [start]
            cut = max(i for i, s in enumerate(starts)
                      if s == 0 or self.types[s - 1] in self.p._hard)
            begin = starts[cut]
            if not self.budget.take(end - begin + (1 if begin else 0)):
                out.append((start, end, (True, self._chart_items(start, end))))
                continue
            del out[cut:]
            out.append((begin, end, (False, self._earley_items(begin, end))))
        return out

    def _chart_items(self, begin: int, end: int) -> list:
        """Return a best tiling of tokens[begin:end] by the chart alone (ties: the first
        found, i.e. the longest last item), as (item plan, start) pairs: used once the
        Earley budget is spent."""
        best = {begin: 0}
        back: dict[int, int] = {}
        for start in range(begin, end):
            if start not in best:
                continue
            for stop, gain in self.ends(self.p._item, start).items():
                if stop <= end and best[start] + gain > best.get(stop, _NONE):
                    best[stop], back[stop] = best[start] + gain, start
        cuts, stop = [], end
        while stop > begin:
            cuts.append((back[stop], stop))
            stop = back[stop]
        return [(self.build(self.p._item, start, stop)[1], start)
                for start, stop in reversed(cuts)]

    def _earley_items(self, begin: int, end: int) -> list:
        """Return Earley's items for tokens[begin:end] (begin is 0 or follows a hard cut)."""
        stop = self.tokens[end - 1].end_pos
        if begin == 0:
            return self.p.earley_slice(self.text, 0, stop).children
        first = self.tokens[begin].start_pos
        tree = self.p.earley_slice(self.text, self.tokens[begin - 1].start_pos, stop)
        return [item for item in tree.children if _start(item) >= first]

    def _regions(self) -> list[tuple[int, int, bool]]:
        """Cut the sentence where every best tiling cuts; flag regions read by one item.

        Forward and backward best sums give, for each item, whether it lies on a best tiling;
        a position no best item straddles is a cut shared by all best tilings. One sweep
        over the positions finds the cuts (the farthest end of the best items begun so far)
        and each region's best items. Most positions begin one item only, of one token
        (`_item_ends` gives its gain as an int): each sweep reads those without a dict.
        """
        n = len(self.types)
        spans = self._item_ends()
        ahead = [0] + [_NONE] * n
        for k, found in enumerate(spans):
            base = ahead[k]
            if found.__class__ is int:
                if base + found > ahead[k + 1]:
                    ahead[k + 1] = base + found
                continue
            for end, gain in found.items():
                if base + gain > ahead[end]:
                    ahead[end] = base + gain
        behind = [_NONE] * n + [0]
        for k in range(n - 1, -1, -1):
            found = spans[k]
            if found.__class__ is int:
                behind[k] = found + behind[k + 1]  # the only item at k
                continue
            for end, gain in found.items():
                if gain + behind[end] > behind[k]:
                    behind[k] = gain + behind[end]
        best, regions, begin, reach, inside = ahead[n], [], 0, 0, []
        for k, found in enumerate(spans):
            if k > begin and reach <= k:  # no best item straddles k: a cut
                regions.append((begin, k, inside == [(begin, k)]))
                begin, inside = k, []
            for end, gain in ((k + 1, found),) if found.__class__ is int else found.items():
                if ahead[k] + gain + behind[end] == best:
                    inside.append((k, end))
                    reach = max(reach, end)
        if n:
            regions.append((begin, n, inside == [(begin, n)]))
        return regions

    def _item_ends(self) -> list:
        """Return `ends(item, k)` for every position k, in one loop; where the lookahead
        leaves the item one token at most (most positions), the one item's gain, an int,
        read off the one-token table as `ends` would, without the call or a memo entry."""
        item, types, n = self.p._item, self.types, len(self.types)
        follow, sums = self.p._follow[item], self.p._one_sums[item]
        out = []
        for k, kind in enumerate(types):
            third = follow.get((kind, types[k + 1])) if k + 1 < n else None
            if third is None or third is not True and (k + 2 >= n or types[k + 2] not in third):
                gain = sums.get(kind)
                out.append({} if gain is None else gain)
            else:
                out.append(self.ends(item, k))
        return out

    def build(self, name: str, start: int, end: int):
        """Return (tied, plan of `name` over tokens[start:end] by its best derivation).

        `tied` is True when another derivation of the span has the same priority and rule
        order (then the caller asks Earley, whose pick depends on its completion order).
        A one-token item's derivation depends only on the token's type: it is worked out
        once per terminal (`ChartParser.single`).
        """
        if end == start + 1 and name == self.p._item:
            kind = self.types[start]
            tied, plan = self.p._singles.get(kind) or self.p.single(kind)
        else:
            tied, plan = self.plan(name, start, end)
        return tied, plan

    def plan(self, name: str, start: int, end: int, origin: int | None = None):
        """Return (tied, (rule, children)): the best derivation of the span, each child a
        token index relative to `origin` (default: `start`) or a nested (rule, children)."""
        origin = start if origin is None else origin
        tied, rule, path = self._choose(name, start, end)
        children = []
        for symbol, left, right in path:
            if symbol is None:
                children.append(left - origin)
            else:
                tied_below, below = self.plan(symbol, left, right, origin)
                tied = tied or tied_below
                children.append(below)
        return tied, (rule, tuple(children))

    def realize(self, plan, start: int):
        """Return the tree of a derivation plan placed at `start`, built by Lark's callbacks."""
        rule, children = plan
        return self.p._callbacks[rule]([
            self.tokens[start + child] if isinstance(child, int) else self.realize(child, start)
            for child in children])

    def _choose(self, name: str, start: int, end: int):
        """Return (tied, rule, [(symbol or None, start, end)]): the span's best derivation."""
        types = self.types
        best_key, best, tied = None, None, False
        stack = [(self.p._tries[name], start, 0, ())]
        while stack:
            node, at, score, path = stack.pop()
            if at == end:
                for priority, rule in node.rules:
                    key = (score + priority, -rule.order)
                    if best_key is None or key > best_key:
                        best_key, best, tied = key, (rule, path), False
                    elif key == best_key:
                        tied = True
            if at >= end:
                continue
            child = node.terms.get(types[at])
            if child is not None:
                stack.append((child, at + 1, score, path + ((None, at, at + 1),)))
            for symbol, child in node.by_kind.get(types[at], ()):
                for stop, gain in self.ends(symbol, at).items():
                    if stop <= end:
                        stack.append((child, stop, score + gain,
                                      path + ((symbol, at, stop),)))
        if best is None:
            raise AssertionError(f"no derivation of {name} over {start}:{end}")
        return (tied, *best)




def _cut_strings(expansion, cuts: dict[str, dict[int, set]]) -> set[tuple]:
    """Return the terminal strings of `expansion` cut to three tokens, from its
    nonterminals' strings cut to 1, 2 and 3 tokens (`cuts`)."""
    done, growing = set(), {()}  # strings of three tokens, and the shorter ones
    for symbol in expansion:
        if not growing:
            break
        tails = {k: {(str(symbol.name),)} for k in (1, 2, 3)} if symbol.is_term \
            else cuts[str(symbol.name)]
        grown = {s + t for s in growing for t in tails[3 - len(s)]}
        growing = {s for s in grown if len(s) < 3}
        done |= grown - growing
    return done | growing


def _post_order(own: dict[str, list], root: str) -> tuple[list[str], dict[str, set]]:
    """Return the nonterminals `root` can derive, each after those its expansions (`own`)
    use (depth-first post-order; recursion cut where met), and each one's users."""
    order, seen, users = [], {root}, {root: set()}
    stack = [(root, iter({str(s.name) for x in own[root] for s in x if not s.is_term}))]
    while stack:
        name, todo = stack[-1]
        below = next(todo, None)
        if below is None:
            order.append(name)
            stack.pop()
            continue
        users.setdefault(below, set()).add(name)
        if below not in seen:
            seen.add(below)
            stack.append((below, iter({str(s.name) for x in own[below] for s in x
                                       if not s.is_term})))
    return order, users


def _index_trie(root: _Node) -> None:
    """Index every node of a trie by the terminal its nonterminal edges can begin with."""
    todo = [root]
    while todo:
        node = todo.pop()
        node.index_by_kind()
        todo.extend(node.terms.values())
        todo.extend(child for _, child, _ in node.nonterms)


def _index_steps(root: _Node, one_token: dict[str, dict[str, int]]) -> None:
    """Fill every node's `steps` (see `_Node.index_steps`)."""
    todo = [root]
    while todo:
        node = todo.pop()
        node.index_steps(one_token)
        todo.extend(node.terms.values())
        todo.extend(child for _, child, _ in node.nonterms)


def _callback_shape(callback):
    """Return (include, expand1, name) of a Lark tree-builder `callback` of the plain shape
    (position propagation, optional child filter, optional single-child expansion, then
    `Tree(name, children)`), or None for any other shape.

    `include` is the child filter's [(child index, inline its children?)] or None (keep
    every child); plan_reader.py reads derivations with the same shapes."""
    from functools import partial

    from lark.parse_tree_builder import (ChildFilterLALR_NoPlaceholders, ExpandSingleChild,
                                         PropagatePositions)

    inner = callback
    if type(inner) is not PropagatePositions or inner.node_filter is not None:
        return None
    inner = inner.node_builder
    include = None
    if type(inner) is ChildFilterLALR_NoPlaceholders:
        include, inner = tuple(inner.to_include), inner.node_builder
    expand1 = type(inner) is ExpandSingleChild
    if expand1:
        inner = inner.node_builder
    if not (type(inner) is partial and inner.func is Tree and len(inner.args) == 1
            and not inner.keywords):
        return None
    return include, expand1, inner.args[0]


def _lean_callback(callback):
    """Return a function that builds the same node as Lark's tree-builder `callback`.

    Lark composes each rule's callback from small wrapper objects (position propagation,
    child filter, single-child expansion, the Tree); here the composition is read once and
    run as one function with the same steps in the same order, which costs about half as
    much per node. A callback of any other shape is returned unchanged.
    """
    shape = _callback_shape(callback)
    if shape is None:
        return callback
    include, expand1, name = shape

    def build(children):
        if include is None:
            filtered = children
        else:  # ChildFilterLALR_NoPlaceholders
            filtered = []
            for index, expand in include:
                if expand:
                    if filtered:
                        filtered += children[index].children
                    else:
                        filtered = children[index].children
                else:
                    filtered.append(children[index])
        if expand1 and len(filtered) == 1:  # ExpandSingleChild
            node = filtered[0]
        else:
            node = Tree(name, filtered)
        if isinstance(node, Tree):
            _propagate(node.meta, children)
        return node
    return build


def _first_meta(children):
    """Return PropagatePositions._pp_get_meta(children) (no node filter)."""
    for child in children:
        if isinstance(child, Tree):
            if not child.meta.empty:
                return child.meta
        elif isinstance(child, Token):
            return child
        elif hasattr(child, "__lark_meta__"):
            return child.__lark_meta__()
    return None


def _propagate(meta, children) -> None:
    """Set `meta`'s positions from its children exactly as Lark's PropagatePositions does
    (a Token has no container_* attributes: its own positions are its container's)."""
    first = _first_meta(children)
    if first is not None:
        if isinstance(first, Token):
            line, column, start = first.line, first.column, first.start_pos
        else:
            line = getattr(first, "container_line", first.line)
            column = getattr(first, "container_column", first.column)
            start = getattr(first, "container_start_pos", first.start_pos)
        if not hasattr(meta, "line"):
            meta.line, meta.column, meta.start_pos, meta.empty = line, column, start, False
        meta.container_line, meta.container_column, meta.container_start_pos = \
            line, column, start
    last = _first_meta(reversed(children))
    if last is not None:
        if isinstance(last, Token):
            line, column, end = last.end_line, last.end_column, last.end_pos
        else:
            line = getattr(last, "container_end_line", last.end_line)
            column = getattr(last, "container_end_column", last.end_column)
            end = getattr(last, "container_end_pos", last.end_pos)
        if not hasattr(meta, "end_line"):
            meta.end_line, meta.end_column, meta.end_pos, meta.empty = line, column, end, False
        meta.container_end_line, meta.container_end_column, meta.container_end_pos = \
            line, column, end


def _start(item) -> int:
    """Return where an item (a tree with positions, or a token) begins."""
    return item.start_pos if isinstance(item, Token) else item.meta.start_pos
