"""What a normal (non-editable) install ships: every package, and the bundled example."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def declared_packages() -> set[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    line = re.search(r"^packages = \[(.*?)\]", text, re.MULTILINE | re.DOTALL).group(1)
    return set(re.findall(r'"([^"]+)"', line))


def test_every_package_in_the_tree_is_declared_for_installation():
    found = {"studypack"} | {
        "studypack." + ".".join(init.parent.relative_to(ROOT).parts)
        for folder in ("source", "layouts") for init in (ROOT / folder).rglob("__init__.py")
    }
    assert found <= declared_packages()


def test_the_bundled_example_is_shipped_as_package_data():
    assert "studypack.packs" in declared_packages()
    assert (ROOT / "packs" / "khrushchev.yaml").is_file()
    assert '"studypack.packs" = ["*.yaml"]' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
