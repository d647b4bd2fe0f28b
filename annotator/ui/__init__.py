"""The PySide6 user interface: a thin layer over annotator.core.project."""
