"""The two message builders (sharing tools/mimekit.py) reproduce the committed sample inbox and test fixtures byte
for byte: what the tests and the demo read is exactly what the builders make."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _same_tree(built: Path, committed: Path) -> None:
    compared = filecmp.dircmp(built, committed, ignore=[".gitkeep", "__pycache__", "build_fixtures.py"])
    stack = [compared]
    while stack:
        here = stack.pop()
        assert not here.left_only and not here.right_only, (here.left, here.left_only, here.right_only)
        (_, mismatch, errors) = filecmp.cmpfiles(here.left, here.right, here.common_files, shallow=False)
        assert not mismatch and not errors, (here.left, mismatch, errors)
        stack.extend(here.subdirs.values())


def test_the_sample_builder_reproduces_the_bundled_inbox(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "tools", tmp_path / "tools")
    (tmp_path / "triage" / "samples").mkdir(parents=True)
    subprocess.run([sys.executable, str(tmp_path / "tools" / "build_samples.py")], check=True, capture_output=True)
    _same_tree(tmp_path / "triage" / "samples", ROOT / "triage" / "samples")


def test_the_fixture_builder_reproduces_the_test_fixtures(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "tools", tmp_path / "tools")
    mail = tmp_path / "tests" / "fixtures" / "mail"
    mail.mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "fixtures" / "mail" / "build_fixtures.py", mail)
    subprocess.run([sys.executable, str(mail / "build_fixtures.py")], check=True, capture_output=True)
    _same_tree(mail, ROOT / "tests" / "fixtures" / "mail")
