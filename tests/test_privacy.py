"""No network, and a private data folder."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from kerjasama_desk.paths import data_dir


def test_the_suite_refuses_network_connections():
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe,
        pytest.raises(AssertionError, match="network connection attempted"),
    ):
        probe.connect(("127.0.0.1", 9))


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX")
def test_the_data_folder_is_owner_only():
    mode = stat.S_IMODE(data_dir().stat().st_mode)
    assert mode == 0o700
