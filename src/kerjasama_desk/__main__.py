"""Allows ``python -m kerjasama_desk``, the same as the ``kerjasama-desk`` command."""

from kerjasama_desk.launch import main

main()
