"""Work done once per parsed object within one `answer()` call, shared by its readers.

Several solvers read the same parsed sentence or problem (clauses, the arithmetic tokens);
`once_per_object` keeps a function's result for as long as its first argument (that object)
lives, keyed by identity, never by text, so nothing is reused across calls to `answer()`.
Results must be immutable (tuples, frozen dataclasses) because every caller gets the same one.
"""

from __future__ import annotations

import functools
import weakref


def once_per_object(function):
    """Decorate `function(obj, *args)` so it runs once per live `obj` and `args`."""
    results: dict[int, tuple] = {}

    @functools.wraps(function)
    def wrapper(obj, *args):
        key = id(obj)
        found = results.get(key)
        if found is not None and found[0]() is obj and found[1] == args:
            return found[2]
        value = function(obj, *args)
        try:
            ref = weakref.ref(obj, lambda _, key=key: results.pop(key, None))
        except TypeError:  # an object that cannot be weakly referenced: no reuse
            return value
        results[key] = (ref, args, value)
        return value

    wrapper.cache = results  # for tests: entries leave with their objects
    return wrapper
