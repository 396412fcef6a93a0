"""Windows, dialogs, item models and the operations that call services and announce changes."""
