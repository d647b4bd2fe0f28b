"""The text package's import cost: camel-tools loads only when a function needs it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import annotator.core.text as text_package

RunPython = Callable[[str], subprocess.CompletedProcess[str]]


def test_importing_the_package_does_not_import_camel_tools(run_python: RunPython) -> None:
    finished = run_python("import sys, annotator.core.text\nprint([m for m in sys.modules if 'camel' in m])")
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "[]"


def test_tokenizing_imports_only_the_camel_tools_tokenizer(
    empty_camel_data: Path, run_python: RunPython
) -> None:
    code = (
        "import sys, annotator.core.text as t\nt.tokenize('لتركيا')\nprint('camel_tools.data' in sys.modules)"
    )
    finished = run_python(code)
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "False"


def test_every_public_name_is_exported() -> None:
    for name in text_package.__all__:
        assert getattr(text_package, name) is not None
