"""Use cases: the single place the UI and the CLI go through; one transaction per user action."""
