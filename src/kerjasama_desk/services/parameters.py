"""The register's legal parameters: the values in force (an office's own, else docs/domain.md §4's
defaults), and changing them (all checked, in one transaction, kept in the audit trail)."""

from __future__ import annotations

from collections.abc import Mapping

from kerjasama_desk.domain.errors import ValidationFailed
from kerjasama_desk.domain.followup import FollowUpSettings
from kerjasama_desk.domain.parameters import DEFAULTS, follow_up_settings, pdln_rules, validate
from kerjasama_desk.domain.travel import TravelRules
from kerjasama_desk.services.register import RegisterService


def values(service: RegisterService) -> dict[str, int]:
    """Every parameter's value in force."""
    return {
        **DEFAULTS,
        **{
            key: value
            for key, value in service.register.parameters.values().items()
            if key in DEFAULTS
        },
    }


def follow_up(service: RegisterService) -> FollowUpSettings:
    return follow_up_settings(values(service))


def pdln(service: RegisterService) -> TravelRules:
    return pdln_rules(values(service))


def save(service: RegisterService, changed: Mapping[str, int]) -> None:
    merged = {**values(service), **changed}
    errors = validate(merged)
    if errors:
        raise ValidationFailed(errors)
    with service.register.transaction():
        for key, value in changed.items():
            if key not in DEFAULTS:
                raise ValueError(key)
            service.register.parameters.put(key, value)
