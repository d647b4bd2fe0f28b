"""The Qt-free core: model, schema, text pipeline, storage, and the Project facade.

Nothing under this package may import PySide6 (a test proves it in a subprocess).
"""
