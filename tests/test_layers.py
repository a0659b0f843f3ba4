"""The import graph keeps its layers: lower layers never import upper ones."""

import ast

import pytest

from .conftest import ROOT

SRC = ROOT / "src" / "warta"
# package -> the packages of warta it must never import
FORBIDDEN = {
    "geo": {"recognise", "assemble", "pipeline", "merge", "store", "api", "cli"},
    "lang": {"recognise", "assemble", "geo", "pipeline", "store", "api", "cli"},
    "recognise": {"assemble", "pipeline", "store", "api", "cli"},
    "read": {"recognise", "assemble", "geo", "pipeline", "store", "api", "cli"},
}


def _imports(path):
    """The warta modules a file imports, as dotted names relative to the package."""
    tree = ast.parse(path.read_text("utf-8"))
    package = path.relative_to(SRC).parent.parts
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                yield ".".join((*base, node.module or "")).strip(".")
            elif (node.module or "").startswith("warta."):
                yield node.module.removeprefix("warta.")
        elif isinstance(node, ast.Import):
            yield from (
                a.name.removeprefix("warta.") for a in node.names if a.name.startswith("warta.")
            )


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_never_imports_the_layers_above_it(layer):
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in sorted((SRC / layer).rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in FORBIDDEN[layer]
    ]
    assert offenders == []


def test_the_import_check_sees_relative_imports():
    imported = set(_imports(SRC / "recognise" / "places.py"))
    assert "geo.features" in imported and "recognise.lexicon" in imported
