"""The drafting wizard: questions step by step in the UI language, a live preview of the document
with its languages side by side, the checks' findings with a jump to the question that fixes
each, and Save draft at any step (every save is a new version in the register).

Back and Next only move between pages: every answer stays where it was typed. The question
widgets are in ``questions``, the dialog in ``dialog``, the glossary panel in ``glossary``, the
version comparison in ``compare`` and the ways in (new draft, saved draft, autosave) in
``launch``.
"""

from kerjasama_desk.ui.wizard.compare import CompareDialog
from kerjasama_desk.ui.wizard.dialog import AUTOSAVE_INTERVAL_MS, PREVIEW_DELAY_MS, DraftWizard
from kerjasama_desk.ui.wizard.launch import open_document_for, open_draft

__all__ = [
    "AUTOSAVE_INTERVAL_MS",
    "PREVIEW_DELAY_MS",
    "CompareDialog",
    "DraftWizard",
    "open_document_for",
    "open_draft",
]
