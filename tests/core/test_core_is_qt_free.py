"""The core never imports PySide6 (CONVENTIONS.md 1), proved in a subprocess with Qt blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("the core must not import " + name)
sys.meta_path.insert(0, Block())
import annotator.core
names = [m.name for m in pkgutil.walk_packages(annotator.core.__path__, "annotator.core.")]
for name in names:
    importlib.import_module(name)
from annotator.core.project import Project
import tempfile, os
with Project.create(os.path.join(tempfile.mkdtemp(), "p.annot")) as p:
    doc, _ = p.add_document("قالت تركيا")
    p.add_entity("a", doc, 5, 10, "GPE")
    p.search("تركيا")
print(len(names), "modules", "PySide6" in sys.modules)
"""


def test_every_core_module_imports_and_runs_with_pyside6_blocked() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    count, _, blocked = out.stdout.split()
    assert int(count) >= 10 and blocked == "False"
