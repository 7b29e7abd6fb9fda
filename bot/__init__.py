"""Stepwise: a word-problem solver bot. Importing this package has no side effects."""

__version__ = "0.1.0"
