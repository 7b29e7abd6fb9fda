"""The texts of /help and /about, as cards (plain data; the cog turns them into embeds)."""

from __future__ import annotations

from bot.render.markdown import Card, Field

EXAMPLES = (
    "A colony of 200 bacteria grows by 10% per hour. How many are there after 3 hours?",
    "A car worth $20,000 depreciates by 15% per year. What is it worth after 4 years?",
    "Lena designs a neural network with 150,000 parameters. Each training epoch reduces error "
    "by 8%, but the gradient magnitude increases by 5% per epoch due to learning rate drift. "
    "If initial gradient is 30 units, what is the gradient magnitude after 10 epochs?",
)


def help_card() -> Card:
    """Return what Stepwise solves, how to ask, and example problems."""
    return Card(
        title="Stepwise: math word problems, solved exactly",
        description=("I solve word problems about quantities that change by a percentage or "
                     "an amount per period: growth and decay, interest, depreciation, "
                     "\"after how many periods\" thresholds. You get the exact value, the "
                     "decimal, the unit, how I read your problem, and the worked steps."),
        fields=(
            Field("How to ask", "• `/solve problem:<text>` (add `private:True` to keep it "
                                "to yourself)\n• Right-click a message → Apps → **Solve this**\n"
                                "• Mention me with the problem, or send it to me in a DM"),
            Field("Examples", "\n".join(f"• {e}" for e in EXAMPLES)),
            Field("When I can't", "I say which part I did not understand and show a phrasing "
                                  "that works, instead of guessing."),
        ),
        tone="info")


def about_card(version: str) -> Card:
    """Return the version and where answers come from."""
    return Card(
        title=f"Stepwise {version}",
        description=("Answers come from a deterministic pipeline: a grammar reads the "
                     "problem, exact rational arithmetic (SymPy) solves it, and every step "
                     "is shown. No AI guessing: the same problem always gets the same answer, "
                     "and a problem I cannot read is declined, not approximated."),
        fields=(Field("Privacy", "Problems are solved in memory and not stored; logs keep "
                                 "only timings and outcomes."),),
        tone="info")
