"""Text of a small HTML fragment (a feed entry's content), block elements as paragraphs."""

from __future__ import annotations

import html

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "section",
        "article",
        "figure",
    ]
)
_DROP = frozenset(("script", "style", "noscript", "template", "iframe", "object"))


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment; plain text passes through unescaped."""
    if "<" not in fragment:
        return html.unescape(fragment)
    import lxml.html  # lxml comes with trafilatura

    root = lxml.html.fromstring(f"<div>{fragment}</div>")
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in _DROP:
            el.drop_tree()
        elif el.tag in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    return str(root.text_content())
