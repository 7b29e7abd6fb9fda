"""Pure printers of an Outcome: plain text, Discord markdown, PNG plots. Depend on core only."""
