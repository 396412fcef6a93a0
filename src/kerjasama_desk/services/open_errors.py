"""Why a register file could not be opened, in the reader's language."""

from __future__ import annotations

from kerjasama_desk.domain import messages
from kerjasama_desk.store.database import RegisterOpenError


def describe_open_error(
    error: RegisterOpenError, translate: messages.Translate | None = None
) -> str:
    params = {"path": str(error.path), "detail": "", **error.details}
    return messages.render(error.problem.value, params, translate=translate)
