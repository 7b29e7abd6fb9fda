"""PNG charts of Outcome.series."""

from __future__ import annotations

import sys

import pytest

from bot.core.outcome import Series
from bot.render.plot import plot_png, thin, wants_log_scale

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def growth(n: int, rate: float = 1.05) -> Series:
    """Return a compound-growth series of n+1 points."""
    return Series("gradient", "epoch", tuple((k, 30 * rate ** k) for k in range(n + 1)), "units")


@pytest.mark.parametrize("series", [
    pytest.param([growth(10)], id="short"),
    pytest.param([growth(50_000, 1.0001)], id="long-thinned"),
    pytest.param([growth(200, 1.5)], id="log-scale"),
    pytest.param([growth(10), growth(10, 1.1)], id="two-series"),
])
def test_plot_png_returns_png_bytes(series):
    data = plot_png(series, title="Lena")
    assert data.startswith(PNG_MAGIC)
    assert 1_000 < len(data) < 10 * 1024 * 1024


def test_plot_png_refuses_empty_series():
    with pytest.raises(ValueError):
        plot_png([Series("x", "t", ())])


def test_importing_plot_does_not_import_matplotlib():
    import subprocess

    code = "import bot.render.plot, sys; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("count, limit", [(10, 5), (5, 10), (1001, 100)])
def test_thin_keeps_ends_and_limit(count, limit):
    points = [(i, i) for i in range(count)]
    kept = thin(points, limit)
    assert len(kept) == min(count, limit)
    assert kept[0] == points[0] and kept[-1] == points[-1]


@pytest.mark.parametrize("values, expected", [
    pytest.param([1, 10, 100], False, id="narrow"),
    pytest.param([1, 1e5], True, id="wide"),
    pytest.param([0, 1e5], False, id="zero"),
    pytest.param([-1, 1e5], False, id="negative"),
])
def test_wants_log_scale(values, expected):
    assert wants_log_scale(values) is expected
