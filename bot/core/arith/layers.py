"""Weights between two fully connected layers: a layer of a neurons feeding one of b neurons
has a·b weights (biases only when asked, which we decline). The layer sizes come from a
list "256, 128, and 64 neurons"; the question names two adjacent layers by ordinal.
"""

from __future__ import annotations

from fractions import Fraction

from bot.core.arith.build import Work, show
from bot.core.arith.doc import Doc
from bot.core.outcome import Unused

SIZE_NOUNS = ("neuron", "neurons", "unit", "units", "node", "nodes")
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _sizes(doc: Doc) -> list | None:
    """Return the tokens of the one list of layer sizes ("256, 128, and 64 neurons")."""
    found = []
    for tokens in doc.given:
        run = []
        for k, tok in enumerate(tokens):
            if tok.kind == "number":
                run.append(tok)
                nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
                if nxt in SIZE_NOUNS:
                    found.append(run)
                    run = []
            elif tok.low not in (",", "and") or not run:
                run = []
    return found[0] if len(found) == 1 else None


def _asked(doc: Doc) -> tuple[int, int] | None:
    """Return the 1-based indices of the two layers the question names."""
    indices = []
    for tok in doc.question:
        if tok.kind == "ordinal":
            indices.append(int("".join(ch for ch in tok.text if ch.isdigit())))
        elif tok.low in ORDINAL_WORDS:
            indices.append(ORDINAL_WORDS[tok.low])
    return (indices[0], indices[1]) if len(indices) == 2 else None


def solve(doc: Doc) -> tuple[Work, Fraction, str, str] | None:
    """Return the weights between two asked adjacent layers, or None."""
    words = set(doc.question_words)
    if not {"weights", "connections"} & words or "between" not in words or "bias" in \
            " ".join(words) or "layer" not in " ".join(doc.words):
        return None
    if not ({"fully", "every"} & doc.words):
        return None
    sizes, asked = _sizes(doc), _asked(doc)
    if not sizes or not asked or asked[1] != asked[0] + 1 or asked[1] > len(sizes):
        return None
    counts = [t for t in doc.numbers() if t not in sizes]
    count_ok = all(t.value == len(sizes) for t in counts) and len(counts) <= 1
    if not count_ok:
        return None
    a, b = sizes[asked[0] - 1], sizes[asked[1] - 1]
    work = Work()
    work.reading.append(f"Layer sizes: {', '.join(t.text for t in sizes)}; the question asks "
                        f"for the weights between layers {asked[0]} and {asked[1]}.")
    if counts:
        work.reading.append(f"{counts[0].text} layers matches the {len(sizes)} sizes listed.")
    value = a.value * b.value
    work.step("dense_weights", "Every neuron of one layer connects to every neuron of the next,"
              " so the weights are the product of the two sizes.",
              f"{show(a.value)} \u00d7 {show(b.value)} = {show(value)}")
    work.unused.extend(Unused(t.text, str(t.value), "size of a layer the question does not ask "
                              "about") for t in sizes if t is not a and t is not b)
    return work, value, "weights", "weights"
