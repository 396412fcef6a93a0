"""The demo register with its Semarang–Beihai MoU, for the tests of drafting in a register."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.services.demo import seed_story
from kerjasama_desk.services.registers import open_service


def beihai_mou(folder: Path) -> tuple[Any, Any]:
    """A demo register in ``folder`` (the caller closes its service) and its Beihai MoU."""
    service = open_service(folder / "demo.sqlite", demo=True)
    seed_story(service)
    mou = next(
        a
        for a in service.register.agreements.page(ListQuery(text="beihai"))
        if a.kind.value == "mou"
    )
    return service, mou
