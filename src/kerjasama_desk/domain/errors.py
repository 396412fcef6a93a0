"""Errors the register raises for the user to read: invalid input and refused deletions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from kerjasama_desk.domain import messages


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field, e.g. ``FieldError("partner.name", "required")``."""

    field: str
    code: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)

    def render(
        self,
        translate: messages.Translate | None = None,
        format_value: messages.FormatValue | None = None,
    ) -> str:
        message = messages.render(
            self.code, self.params, field=self.field, translate=translate, format_value=format_value
        )
        if "row" in self.params:  # a problem in one row of a table, e.g. the second contact
            return messages.render(
                "contact_row",
                {"row": self.params["row"], "message": message},
                translate=translate,
                format_value=format_value,
            )
        return message


class RegisterError(Exception):
    """Base of the errors a user can act on."""


class ValidationFailed(RegisterError):
    """Input did not pass validation; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(error.render() for error in errors))
        self.errors = errors


class CodedError(RegisterError):
    """An error named by a message code (domain/messages.py) and its parameters, rendered in
    the reader's language when shown."""

    def __init__(self, code: str, params: Mapping[str, Any]) -> None:
        self.code = code
        self.params = dict(params)
        super().__init__(self.render())

    def render(
        self,
        translate: messages.Translate | None = None,
        format_value: messages.FormatValue | None = None,
    ) -> str:
        return messages.render(
            self.code, self.params, translate=translate, format_value=format_value
        )


class DeleteRefused(CodedError):
    """A record cannot be deleted while others depend on it; nothing was deleted."""


class RegisterReplaced(CodedError):
    """The register's file was replaced or moved while it was open (another program restored
    or copied over it): nothing is saved into the old file."""


class RecordNotFound(RegisterError):
    """The record was deleted meanwhile (e.g. by another window)."""


class AttachmentProblem(CodedError):
    """A file that cannot be attached or shown (too large, unreadable, missing or damaged in the
    data folder); nothing was changed."""


class DuplicateRecord(RegisterError):
    """A save met a record with the same unique key, written meanwhile (by another window or
    process); nothing was saved."""


class GateBlocked(RegisterError):
    """An agreement would move past stages whose checklist is not done; nothing was saved.
    Saving again with a reason overrides the gate (and the reason is kept)."""

    def __init__(self, missing: list[Any], from_stage: Any, to_stage: Any) -> None:
        self.missing = missing  # GateItem
        self.from_stage = from_stage
        self.to_stage = to_stage
        super().__init__(", ".join(item.code for item in missing))


class Stopped(Exception):
    """A long job (a check, a spreadsheet) was asked to stop (Cancel); it changed nothing."""
