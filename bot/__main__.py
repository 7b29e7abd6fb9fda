"""`python -m bot` is the same as the `stepwise` command."""

from bot.cli import main

raise SystemExit(main())
