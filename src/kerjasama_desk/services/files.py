"""Who works at this computer: the account named in the audit trail and on saved versions."""

from __future__ import annotations

import getpass


def account_name() -> str:
    """The computer account's name: who saved, handed over or changed something."""

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this account (some containers)
        return ""
