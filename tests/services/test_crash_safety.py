"""A power cut in the middle of work: a child process saving through the service layer is
killed with SIGKILL at random moments, 50 times; after each, the register passes SQLite's
integrity check and holds every save the service acknowledged."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

CHILD = r"""
import sys
from pathlib import Path
from kerjasama_desk.domain.models import Agreement, Partner
from kerjasama_desk.services.registers import open_service

service = open_service(Path(sys.argv[1]))
start = int(sys.argv[2])
print("ready", flush=True)
for number in range(start, start + 10_000):
    partner_id = service.save_partner(Partner(name=f"Kota {number}", country="CN",
                                              notes="x" * (number % 500)))
    service.save_agreement(Agreement(partner_id=partner_id, title_id=f"MSP {number}"))
    print(f"ack {number}", flush=True)  # the service returned: the save is committed
"""

ROUNDS = 50
ACKNOWLEDGED = 50
MAX_ROUNDS = 400


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_killed_writers_never_lose_acknowledged_saves_or_corrupt_the_register(tmp_path):
    register = tmp_path / "register.sqlite"
    rng = random.Random(20261127)
    acknowledged: set[str] = set()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    next_number = 0
    rounds = 0
    # Kill at least ROUNDS times, and until ACKNOWLEDGED saves were acknowledged: a loaded
    # machine writes less per round and simply runs more rounds (at most MAX_ROUNDS).
    while rounds < ROUNDS or (len(acknowledged) < ACKNOWLEDGED and rounds < MAX_ROUNDS):
        _round = rounds
        rounds += 1
        with subprocess.Popen(
            [sys.executable, "-c", CHILD, str(register), str(next_number)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.15))
            child.send_signal(signal.SIGKILL)
            for line in child.stdout:
                if line.startswith("ack "):
                    acknowledged.add(f"Kota {int(line.split()[1])}")
            child.wait()
        next_number += 10_000
        connection = sqlite3.connect(register)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = {row[0] for row in connection.execute("SELECT name FROM partners")}
            titles = connection.execute("SELECT COUNT(*) FROM agreements").fetchone()[0]
        finally:
            connection.close()
        assert acknowledged <= names, f"round {_round}: lost {sorted(acknowledged - names)[:3]}"
        assert titles >= len(acknowledged)
    assert len(acknowledged) >= ACKNOWLEDGED  # the children really were writing when killed
    print(f"{rounds} rounds killed, {len(acknowledged)} acknowledged saves all present")
