"""Shared fixtures for the deploy tests: a clean metrics registry per test."""

import pytest

from bot import metrics


@pytest.fixture(autouse=True)
def clean_metrics():
    """Start and end every test with an empty metrics registry."""
    metrics.reset()
    yield
    metrics.reset()
