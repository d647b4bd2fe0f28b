"""annotator: an offline tool for annotating Arabic news with entities, events and stances."""

__version__ = "0.1.0"
