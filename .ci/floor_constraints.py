"""Print pip constraints pinning every runtime dependency to the lowest version pyproject.toml allows.

Used by `./dev floor`: the fast suite run against these floors proves the lower bounds are true.
"""

import re
import sys
import tomllib
from pathlib import Path

project = tomllib.loads(Path(sys.argv[1] if len(sys.argv) > 1 else "pyproject.toml").read_text())
for requirement in project["project"]["dependencies"]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*.*>=\s*([0-9][^,;\s]*)", requirement)
    if match is None:
        sys.exit(f"no lower bound in {requirement!r}: every runtime dependency needs one")
    print(f"{match.group(1)}=={match.group(2)}")
