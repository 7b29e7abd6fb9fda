"""Read the chart parser's chosen derivation straight into a Transformer's results.

`ChartParser.parse` builds a Lark tree with Lark's tree-builder callbacks and parse.py then
transforms it; per tree node that is a Tree, a Meta, position propagation and a transformer
call. When every rule's callback has the plain shape (a child filter that drops anonymous
tokens and inlines `_rules`, then `Tree(name, children)` with propagated positions) and the
transformer has a plain `v_args(meta=True)` method for every rule, tokens passing through
unchanged, the same results are computed here from the derivation plans alone: the same
filtered children, the same methods called on them with the same `start_pos`/`end_pos`, no
tree in between.

Nothing is cached across calls except once-per-process tables read from the grammar and the
transformer class. Whatever this module cannot read (a stretch Earley read, an unusual rule
or transformer shape, a method that raises or returns `Discard`) makes the caller build the
tree and transform it, so results and errors stay exactly Lark's.
"""

from __future__ import annotations

from lark import Transformer
from lark.visitors import Discard, _vargs_meta, _VArgsWrapper


class Unreadable(Exception):
    """This derivation or transformer needs the tree path (see module docstring)."""


class _Meta:
    """The positions a transformer method reads from a node's Lark Meta (start_pos, end_pos);
    an empty one (the start node's, as in the built tree) has neither."""

    __slots__ = ("start_pos", "end_pos")


class PlanReader:
    """Per (chart parser, transformer class): each rule's child filter and method, read once."""

    def __init__(self, parser, transformer_class: type):
        """Read `parser`'s rule shapes and `transformer_class`'s methods; raise Unreadable
        when either is not of the plain shape described in the module docstring."""
        # id(rule) -> (include or None, method or None: an inlined `_rule`); keyed by id
        # because a Lark Rule hashes in Python (the parser holds the rules: ids stay theirs)
        self._rules: dict = {}
        self._names: set[str] = {t.name for t in parser._lark.terminals}
        if transformer_class.__default_token__ is not Transformer.__default_token__:
            raise Unreadable("tokens are transformed")
        for name in self._names:
            if _method(transformer_class, name, must=False) is not None:
                raise Unreadable(f"a method for terminal {name}")
        for rule, shape in parser._shapes.items():
            if shape is None:
                raise Unreadable(f"callback of rule {rule.origin.name}")
            include, expand1, name = shape
            inlined = str(rule.origin.name).startswith("_")
            if expand1 or inlined != name.startswith("_"):
                raise Unreadable(f"shape of rule {rule.origin.name}")
            self._names.add(name)
            self._rules[id(rule)] = (include,
                                     None if inlined else _method(transformer_class, name))
        # id(plan) -> its methods (`_chain`), for the one-token item plans the parser holds for
        # good (`ChartParser.single`): most items are one token, read without recursion
        self._chains: dict[int, tuple] = {}
        for kind in parser.item_terminals():
            plan = parser.single(kind)[1]
            chain = self._chain(plan)
            if chain is not None:
                self._chains[id(plan)] = chain
        starts = {self._rules[id(rule)][1] for rule in parser._start_rules.values()}
        if len(starts) != 1 or None in starts:
            raise Unreadable("start rules")
        self._start = starts.pop()

    def read(self, transformer, tokens: list, sources: list):
        """Return what transforming the start tree of `sources` (`_Run.sources`) returns."""
        if not self._names.isdisjoint(vars(transformer)):
            raise Unreadable("an instance attribute shadows a method")
        items: list = []
        for planned, found in sources:
            if not planned:
                raise Unreadable("a stretch read by Earley")
            for plan, start in found:
                chain = self._chains.get(id(plan))
                if chain is None:
                    items.extend(self._node(transformer, tokens, plan, start)[0])
                else:
                    items.append(self._one_token(transformer, tokens[start], chain))
        return _called(self._start, transformer, _Meta(), items)

    def _chain(self, plan) -> tuple | None:
        """Return the methods of a one-token plan's nodes (each node has one child), from the
        token's node up, when reading it is `[token]` handed to each method in turn and the
        last value kept as the one item; None when a child filter is not the plain
        keep-or-inline of that child (then `_node` reads the plan).

        An inlined child is always a method-less node's list of one value (a `_rule` has no
        method; a token is never inlined), so inlining it copies that list: whatever the
        filters, each method gets a fresh one-value list, as long as exactly one node (the
        method's own or a method-less one) keeps its child between two methods and above
        the last one (the start rule then adds that node's one value)."""
        nodes = []  # (keeps its child in a list?, method), from the top down
        while plan.__class__ is tuple:
            rule, (plan,) = plan
            include, method = self._rules[id(rule)]
            if include is not None and (len(include) != 1 or include[0][0] != 0):
                return None
            nodes.append((include is None or not include[0][1], method))
        methods, kept = [], 0  # kept: nodes that put the value in a list since the last method
        for keeps, method in reversed(nodes):
            kept += keeps
            if method is not None:
                if kept != 1:
                    return None
                methods.append(method)
                kept = 0
        return tuple(methods) if kept == 1 else None

    def _one_token(self, transformer, token, methods: tuple):
        """Return the one item of a one-token plan from its `methods` (`_chain`): what `_node`
        computes, node after node, without recursion or list copies."""
        value, begin, end = token, token.start_pos, token.end_pos
        for method in methods:
            meta = _Meta()
            meta.start_pos, meta.end_pos = begin, end
            value = method(transformer, meta, [value])  # as v_args(meta=True) calls it
            if value is Discard:
                raise Unreadable("a method discarded its node")
        return value

    def _node(self, transformer, tokens: list, plan, start: int) -> tuple:
        """Return (value, start_pos, end_pos) of a plan node: `value` is the method's result,
        or an inlined rule's filtered children; the positions are those Lark propagates
        (from the first and last child, filtered or not). The hot path of reading: plain
        loops, no helper calls."""
        rule, children = plan
        include, method = self._rules[id(rule)]
        parts = []
        for child in children:
            parts.append(tokens[start + child] if child.__class__ is int
                         else self._node(transformer, tokens, child, start))
        first, last = parts[0], parts[-1]
        begin = first[1] if first.__class__ is tuple else first.start_pos
        end = last[2] if last.__class__ is tuple else last.end_pos
        filtered = []
        if include is None:
            for part in parts:
                filtered.append(part[0] if part.__class__ is tuple else part)
        else:
            for index, inline in include:
                part = parts[index]
                if inline:
                    filtered += part[0]
                else:
                    filtered.append(part[0] if part.__class__ is tuple else part)
        if method is None:
            return filtered, begin, end
        meta = _Meta()
        meta.start_pos, meta.end_pos = begin, end
        value = method(transformer, meta, filtered)  # as v_args(meta=True) calls it
        if value is Discard:
            raise Unreadable("a method discarded its node")
        return value, begin, end


def _method(cls: type, name: str, must: bool = True):
    """Return the plain function of `cls`'s `v_args(meta=True)` method `name` (looked up as
    getattr would); None when there is none and `must` is False; else raise Unreadable."""
    for klass in cls.__mro__:
        if name in vars(klass):
            attr = vars(klass)[name]
            if isinstance(attr, _VArgsWrapper) and attr.visit_wrapper is _vargs_meta and \
                    type(attr.base_func).__name__ == "function":
                return attr.base_func
            raise Unreadable(f"method {name} is not a plain v_args(meta=True) method")
    if must or hasattr(cls, "__getattr__"):
        raise Unreadable(f"no plain method for {name}")
    return None


def _called(method, transformer, meta: _Meta, children: list):
    """Return method(transformer, meta, children) as Lark's v_args(meta=True) calls it."""
    value = method(transformer, meta, children)
    if value is Discard:
        raise Unreadable("a method discarded its node")
    return value
