"""The register's vocabulary, records and rules: pure Python, no I/O, no Qt, no SQL."""
