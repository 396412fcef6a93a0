"""The only code that knows table names and SQL: opening registers, migrations, repositories."""
