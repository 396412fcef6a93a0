"""Kerjasama Desk: the offline desk of a regional cooperation office (Bagian Kerja Sama)."""

__version__ = "0.1.0"
APP_NAME = "kerjasama-desk"
