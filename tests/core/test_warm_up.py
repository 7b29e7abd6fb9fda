"""warm_up() readies a long-lived solver process: every family loaded, every ASCII scanner
compiled, and answers unchanged."""

import sys

from bot.core import answer, warm_up
from bot.core.families import FAMILY_MODULES
from bot.core.parse import fast_parser

LENA_LIKE = ("A colony of 300 bacteria grows by 5% per hour. How many bacteria are there "
             "after 10 hours?")


def test_warm_up_loads_every_family_and_compiles_the_scanners():
    before = answer(LENA_LIKE).to_json()
    warm_up()
    assert all(f"bot.core.families.{name}" in sys.modules for name in FAMILY_MODULES)
    lexer = fast_parser()._lexer
    assert all(chr(code) in lexer._scanners for code in range(32, 127))
    assert answer(LENA_LIKE).to_json() == before
