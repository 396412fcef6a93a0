"""How a long job (a check, a spreadsheet, an export) tells how far it is and hears Cancel: one
rule for all of them (docs/architecture.md, "The data flow of one export")."""

from __future__ import annotations

from collections.abc import Callable

from kerjasama_desk.domain.errors import Stopped

Progress = Callable[[int, int], None]
Stop = Callable[[], bool]


class Ticker:
    """Counts the items a job has done; every ``every`` items it tells ``progress(done,
    total)`` and raises :class:`Stopped` when ``stop()`` says so."""

    def __init__(
        self, total: int, progress: Progress | None, stop: Stop | None, *, every: int = 500
    ) -> None:
        self.total, self.progress, self.stop, self.every = total, progress, stop, every
        self.done = 0

    def tick(self) -> None:
        self.done += 1
        if self.done % self.every:
            return
        if self.stop is not None and self.stop():
            raise Stopped
        if self.progress is not None:
            self.progress(self.done, self.total)
