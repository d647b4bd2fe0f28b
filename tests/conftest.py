"""Fixtures for every test level.

- Qt runs offscreen, and camel-tools' data folder points at an empty catalogue, so nothing a
  test does can open a window or start camel-tools' download (which has no timeout).
- `project`: a fresh project file with the default schema, closed after the test.
- `sample_texts`: the sample articles shipped in resources/samples (the project's own fixtures).
- `shared_dir`: ../shared beside the repository, or a skip saying it is absent.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_camel_data = Path(tempfile.mkdtemp(prefix="annotator-camel-empty-"))
(_camel_data / "catalogue.json").write_text(
    json.dumps({"version": "1.6", "packages": {}, "components": {}}), encoding="utf-8"
)
os.environ["CAMELTOOLS_DATA"] = str(_camel_data)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[object]:
    from annotator.core.project import Project

    proj = Project.create(tmp_path / "test.annot")
    yield proj
    proj.close()


@pytest.fixture
def sample_texts() -> dict[str, str]:
    folder = ROOT / "resources" / "samples"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(
            f"{SHARED} is absent: ../shared (third-party corpora, seeds) is only on the team's machines"
        )
    return SHARED
