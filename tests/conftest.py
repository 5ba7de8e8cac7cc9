"""Shared test set-up: offscreen Qt, a private user folder, the shared corpus when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
DIGEST = CORPUS / "000_ba44770a57f0af8e.txt"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user folders (settings, cache, logs) via REDESK_HOME."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("REDESK_HOME", str(home))
    return home


@pytest.fixture
def digest_path() -> Path:
    """The real digest from the analysts' news tool; the test is skipped without ../shared."""
    if not DIGEST.is_file():
        pytest.skip("../shared/corpus is not present in this checkout")
    return DIGEST
