"""The command line: every command has help and is documented in the README."""

import re

from typer.main import get_command

from warta.cli import app

from .conftest import ROOT, run_warta


def commands() -> dict:
    """Every command by its full name ("read", "gazetteer build"), groups walked."""
    found = {}
    for name, command in get_command(app).commands.items():  # type: ignore[attr-defined]
        subs = getattr(command, "commands", None)
        if subs:
            found.update({f"{name} {sub}": c for sub, c in subs.items()})
        else:
            found[name] = command
    return found


def test_every_command_has_help_text_and_a_readme_section():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "read" in commands() and "gazetteer lookup" in commands()
    for name, command in commands().items():
        assert command.help, f"warta {name} has no help text"
        assert re.search(rf"^### `warta {name}", readme, re.MULTILINE), (
            f"README lacks a section for warta {name}"
        )
        for param in command.params:
            assert param.help or param.param_type_name == "argument", (
                f"warta {name} {param.name}: no help"
            )


def test_readme_shows_the_two_commands_first():
    readme = (ROOT / "README.md").read_text("utf-8")
    head = readme[: readme.index("##")]
    assert "make demo" in head and "make test" in head


def test_read_segments_output_has_offsets():
    out = run_warta(
        "read", str(ROOT / "tests/fixtures/read/reuters_en_nigeria_wire.txt"), "--segments"
    )
    assert out.returncode == 0, out.stderr
    import json

    record = json.loads(out.stdout)
    text, seg = record["text"], record["segments"]
    assert [p["language"] for p in seg["paragraphs"]] == ["en", "en", "en"]
    first = seg["sentences"][0]
    assert text[first["start"] : first["end"]].startswith("MAIDUGURI, Nigeria (Reuters) - Gunmen")
    assert len(seg["sentences"]) == 5
