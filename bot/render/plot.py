"""A PNG chart of the asked quantity over the periods (Outcome.series), drawn with matplotlib.

matplotlib is imported inside `plot_png` (it costs ~0.5 s), and the object-oriented Figure API
with the Agg canvas is used instead of pyplot, so no global state is shared between calls and
the function is safe to run in a thread.
"""

from __future__ import annotations

import io
from typing import Sequence

from bot.core.outcome import Series

MAX_POINTS = 2000
LOG_SCALE_RATIO = 1e4


def plot_png(series: Sequence[Series], title: str = "") -> bytes:
    """Return a PNG line chart of every series; raise ValueError when there is nothing to draw."""
    drawable = [s for s in series if s.points]
    if not drawable:
        raise ValueError("no series with points to plot")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6.4, 4.0), dpi=100, layout="tight")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for one in drawable:
        xs, ys = zip(*thin(one.points))
        marker = "o" if len(xs) <= 40 else None
        axes.plot(xs, ys, marker=marker, markersize=3, label=_label(one))
    first = drawable[0]
    axes.set_xlabel(first.x_label or "period")
    axes.set_ylabel(_label(first))
    if wants_log_scale([y for s in drawable for _, y in s.points]):
        axes.set_yscale("log")
    axes.grid(True, alpha=0.3)
    if len(drawable) > 1:
        axes.legend()
    if title:
        axes.set_title(title[:120])
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def thin(points: Sequence[tuple[float, float]], limit: int = MAX_POINTS):
    """Return at most `limit` points, evenly spaced, always keeping the first and the last."""
    if len(points) <= limit:
        return list(points)
    step = (len(points) - 1) / (limit - 1)
    return [points[round(i * step)] for i in range(limit)]


def wants_log_scale(values: Sequence[float]) -> bool:
    """Say whether positive values span so many orders of magnitude that a log axis reads better."""
    positive = [v for v in values if v > 0]
    if len(positive) != len(values) or not positive:
        return False
    return max(positive) / min(positive) >= LOG_SCALE_RATIO


def _label(series: Series) -> str:
    """Return the series label with its unit, e.g. "gradient magnitude (units)"."""
    return f"{series.label} ({series.unit})" if series.unit else series.label
