"""Every regular expression warta uses, found automatically, and inputs built to make it
backtrack: long runs of what it repeats, each pumped between a matching prefix and a
failing tail. Run as a module (`python -m tests.fuzz.redos`) it times each pattern on each
input and prints one JSON line per step, so the test can kill it when a pattern hangs.

Where patterns come from:
- every `re.Pattern` held at module level (or in a module-level tuple, list, dict or
  class) by a module of the warta package, after importing them all;
- every call `re.compile/search/match/sub/...` in warta's source whose pattern is a string
  literal (found by reading the source, so inline patterns count too);
- the patterns warta compiles at run time from data files, through the functions that
  load them (LOADERS). A `re.compile` of a non-literal anywhere else fails the test until
  its loader is added here, so a new data-driven pattern cannot slip by.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _constants as C  # noqa: N812 - as re._parser itself names it
from re import _parser
from typing import Any

import warta

SRC = Path(warta.__file__).resolve().parent
LENGTH = 100_000  # characters in each adversarial input
# re functions and the position of their flags argument
_FLAGS_AT = {
    "compile": 1,
    "search": 2,
    "match": 2,
    "fullmatch": 2,
    "findall": 2,
    "finditer": 2,
    "split": 3,
    "sub": 4,
    "subn": 4,
}
_SKIP_MODULES = frozenset({"warta.__main__"})  # runs the command line when imported


def _lang_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    from warta.lang import available_langs, load_lang

    for code in available_langs():
        rules = load_lang(code).rules
        for key, found in (
            ("regex", rules.patterns),
            ("author", rules.author),
            ("dateline", rules.dateline),
        ):
            for i, p in enumerate(found):
                yield f"lang/{code}/boilerplate.toml {key}[{i}]", p


def _normalise_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    from warta.geo.normalise import RULES_FILE, rules

    r = rules()
    for i, p in enumerate(r.glued):
        yield f"data/gazetteer/{RULES_FILE} articles.glued[{i}]", p
    for i, (p, _new) in enumerate(r.regex):
        yield f"data/gazetteer/{RULES_FILE} transliteration.regex[{i}]", p


# (source file relative to src/warta, function holding a non-literal re.compile) -> the
# loader that returns what that function compiles from its data files
LOADERS: dict[tuple[str, str], Callable[[], Iterator[tuple[str, re.Pattern[str]]]]] = {
    ("lang/__init__.py", "_regexes"): _lang_patterns,
    ("geo/normalise.py", "parse_rules"): _normalise_patterns,
}


def warta_modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.walk_packages(warta.__path__, "warta.")
        if m.name not in _SKIP_MODULES
    )


def _held(value: object, depth: int = 0) -> Iterator[re.Pattern[Any]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for v in value:
            yield from _held(v, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for v in value.values():
            yield from _held(v, depth + 1)


def module_patterns() -> Iterator[tuple[str, re.Pattern[Any]]]:
    """Patterns held by warta's modules (and their classes) at module level."""
    for name in warta_modules():
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if (err.name or "").startswith("warta"):
                raise
            continue  # an optional dependency (pyspark) that is not installed
        for attr, value in vars(module).items():
            if isinstance(value, type) and value.__module__ == name:
                for cattr, cvalue in vars(value).items():
                    for p in _held(cvalue):
                        yield f"{name}.{attr}.{cattr}", p
            else:
                for p in _held(value):
                    yield f"{name}.{attr}", p


def _flags(node: ast.expr | None) -> int | None:
    """The value of a flags argument made of re.FLAG names joined by |, else None."""
    if node is None:
        return 0
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "re"
        and isinstance(getattr(re, node.attr, None), re.RegexFlag)
    ):
        return int(getattr(re, node.attr))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _flags(node.left), _flags(node.right)
        return None if left is None or right is None else left | right
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    return None


def source_patterns() -> tuple[list[tuple[str, re.Pattern[Any]]], list[str]]:
    """Patterns written as literals in re.* calls in the source, and the places where
    re.compile is given something else (each must be covered by LOADERS)."""
    found: list[tuple[str, re.Pattern[Any]]] = []
    dynamic: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for func in [None, *ast.walk(tree)]:
            if func is not None and not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            body = tree if func is None else func
            for node in ast.walk(body):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re"
                    and node.func.attr in _FLAGS_AT
                    and node.args
                ):
                    continue
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, (str, bytes)):
                    if func is None:  # each literal once, from the module-wide walk
                        at = _FLAGS_AT[node.func.attr]
                        flag_arg = node.args[at] if len(node.args) > at else None
                        kw = {k.arg: k.value for k in node.keywords}
                        flags = _flags(kw.get("flags", flag_arg))
                        found.append((f"{rel}:{node.lineno}", re.compile(arg.value, flags or 0)))
                elif func is not None and node.func.attr == "compile":
                    site = f"{rel}:{node.lineno} in {func.name}()"
                    if (rel, func.name) not in LOADERS:
                        site += " (no loader in tests/fuzz/redos.py LOADERS)"
                    dynamic.append(site)
    return found, list(dict.fromkeys(dynamic))


def all_patterns() -> list[tuple[str, re.Pattern[Any]]]:
    """Every pattern (text or bytes), once, under the first label found for it."""
    found, _dynamic = source_patterns()
    items: list[tuple[str, re.Pattern[Any]]] = [*module_patterns(), *found]
    for load in LOADERS.values():
        items.extend(load())
    seen: dict[tuple[str | bytes, int], tuple[str, re.Pattern[Any]]] = {}
    for label, p in items:
        seen.setdefault((p.pattern, p.flags), (label, p))
    return list(seen.values())


# --- adversarial inputs -------------------------------------------------------------

_POOL = " \t\n.,:;!?-–—'\"“”‘’()[]{}/|\\_aAzZ01é\u00a0\u200b…٣ꦲ😀\x00"
_CATEGORY = {
    C.CATEGORY_DIGIT: str.isdigit,
    C.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    C.CATEGORY_SPACE: str.isspace,
    C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    C.CATEGORY_LINEBREAK: lambda c: c == "\n",
    C.CATEGORY_NOT_LINEBREAK: lambda c: c != "\n",
}


def _in_class(items: list[tuple[object, object]], ch: str) -> bool:
    hit, negate = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= ord(ch) == av
        elif op is C.RANGE:
            lo, hi = av  # type: ignore[misc]
            hit |= lo <= ord(ch) <= hi
        elif op is C.CATEGORY:
            hit |= _CATEGORY[av](ch)  # type: ignore[index]
    return hit != negate


def _chars(op: object, av: object) -> list[str]:
    """Up to three characters one single-character node matches."""
    if op is C.LITERAL:
        return [chr(av)]  # type: ignore[arg-type]
    if op is C.NOT_LITERAL:
        return [c for c in "ab" if ord(c) != av][:1]
    if op is C.ANY:
        return ["a", " "]
    if op is C.IN:
        items = list(av)  # type: ignore[call-overload]
        literal = [chr(a) for o, a in items if o is C.LITERAL]
        pool = [c for c in [*literal, *_POOL] if _in_class(items, c)]
        return list(dict.fromkeys(pool))[:3]
    if op is C.CATEGORY:
        return [c for c in _POOL if _CATEGORY[av](c)][:3]  # type: ignore[index]
    return []


def witness(seq: list[tuple[object, object]], groups: dict[int, str] | None = None) -> str:
    """A short string the node sequence matches (assertions ignored)."""
    groups = {} if groups is None else groups
    out = []
    for op, av in seq:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN, C.CATEGORY):
            chars = _chars(op, av)
            out.append(chars[0] if chars else "")
        elif op is C.SUBPATTERN:
            group, _add, _del, sub = av  # type: ignore[misc]
            text = witness(list(sub), groups)
            if group is not None:
                groups[group] = text
            out.append(text)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av  # type: ignore[misc]
            out.append(witness(list(sub), groups) * lo)
        elif op is C.BRANCH:
            out.append(witness(list(av[1][0]), groups))  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            out.append(witness(list(av), groups))  # type: ignore[call-overload]
        elif op is C.GROUPREF:
            out.append(groups.get(av, ""))  # type: ignore[arg-type]
        elif op is C.GROUPREF_EXISTS:
            _g, yes, _no = av  # type: ignore[misc]
            out.append(witness(list(yes), groups))
        # AT, ASSERT, ASSERT_NOT: zero-width
    return "".join(out)


def _pumps(seq: list[tuple[object, object]], prefix: str) -> Iterator[tuple[str, str]]:
    """(prefix, pump) pairs: for each repeat, what comes before it and what it repeats."""
    for i, (op, av) in enumerate(seq):
        before = prefix + witness(seq[:i])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _lo, hi, sub = av  # type: ignore[misc]
            body = list(sub)
            if hi is C.MAXREPEAT or hi > 8:
                yield before, witness(body)
                if len(body) == 1:
                    for ch in _chars(*body[0]):
                        yield before, ch
                for branch_op, branch_av in body:
                    if branch_op is C.BRANCH:
                        for alt in branch_av[1]:  # type: ignore[index]
                            yield before, witness(list(alt))
            yield from _pumps(body, before)
        elif op is C.SUBPATTERN:
            yield from _pumps(list(av[3]), before)  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            yield from _pumps(list(av), before)  # type: ignore[call-overload]
        elif op is C.BRANCH:
            for alt in av[1]:  # type: ignore[index]
                yield from _pumps(list(alt), before)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _pumps(list(av[1]), before)  # type: ignore[index]


_TAILS = ("", "\x00", "\n")


def _excluded(seq: list[tuple[object, object]]) -> Iterator[str]:
    """Characters the pattern names only to refuse them ([^:], [^()]): failing tails."""
    for op, av in seq:
        if op is C.NOT_LITERAL:
            yield chr(av)  # type: ignore[arg-type]
        elif op is C.IN and any(o is C.NEGATE for o, _a in av):  # type: ignore[attr-defined]
            yield from (chr(a) for o, a in av if o is C.LITERAL)  # type: ignore[attr-defined]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            yield from _excluded(list(av[2]))  # type: ignore[index]
        elif op is C.SUBPATTERN:
            yield from _excluded(list(av[3]))  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            yield from _excluded(list(av))  # type: ignore[call-overload]
        elif op is C.BRANCH:
            for alt in av[1]:  # type: ignore[index]
                yield from _excluded(list(alt))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _excluded(list(av[1]))  # type: ignore[index]


def attacks(pattern: re.Pattern[Any], length: int = LENGTH) -> list[tuple[str, str]]:
    """(description, input) pairs meant to make the pattern backtrack, each `length` long:
    a prefix the pattern matches, then what one of its repeats matches, pumped, then a tail
    that fails it (nothing, NUL, a newline, or a character it refuses)."""
    seq = list(_parser.parse(pattern.pattern, pattern.flags))
    tails = list(dict.fromkeys([*_TAILS, *list(dict.fromkeys(_excluded(seq)))[:4]]))
    out: dict[str, str] = {}
    for prefix, pump in _pumps(seq, ""):
        if not pump:
            continue
        for start in dict.fromkeys((prefix, "")):
            for tail in tails:
                n = max(1, (length - len(start) - len(tail)) // len(pump))
                text = start + pump * n + tail
                out.setdefault(text, f"{start[:20]!r} + {pump[:20]!r} x {n} + {tail!r}")
    out.setdefault("a" * length, "'a' x length")
    out.setdefault(" " * length, "' ' x length")
    return [(desc, text) for text, desc in out.items()]


def exercise(pattern: re.Pattern[Any], text: str) -> None:
    """What warta does with a pattern, at its worst: search everywhere, every match."""
    subject: str | bytes = text
    if isinstance(pattern.pattern, bytes):
        subject = text.encode("utf-8", "surrogatepass")
    pattern.search(subject)
    for _ in pattern.finditer(subject):
        pass


def main() -> None:
    """Time every pattern on every attack; one JSON line before and after each."""
    _found, dynamic = source_patterns()
    missing = [d for d in dynamic if "no loader" in d]
    print(json.dumps({"dynamic": dynamic, "missing": missing}), flush=True)
    for label, pattern in all_patterns():
        inputs = attacks(pattern)
        worst, worst_desc = 0.0, ""
        for desc, text in inputs:
            print(json.dumps({"run": label, "input": desc}), flush=True)
            t0 = time.perf_counter()
            exercise(pattern, text)
            took = time.perf_counter() - t0
            if took > worst:
                worst, worst_desc = took, desc
        print(
            json.dumps(
                {
                    "done": label,
                    "pattern": str(pattern.pattern),
                    "inputs": len(inputs),
                    "worst": round(worst, 4),
                    "worst_input": worst_desc,
                }
            ),
            flush=True,
        )
    print(json.dumps({"end": True}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
