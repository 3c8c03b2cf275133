"""Slugs that are readable, unique and can never leave the output folder."""
from __future__ import annotations

import hashlib
import re

from unidecode import unidecode

from .text import fold, strip_accents

_TRANSLIT = str.maketrans({"ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                           "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ı": "i", "œ": "oe", "Œ": "oe"})


def slugify(text: str, max_len: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens: only [a-z0-9-], so no path tricks survive.

    Accents go (Ødegård -> odegard); letters of other scripts are transliterated
    (Лукаку -> lukaku) rather than dropped, so every name gets a readable slug.
    """
    text = strip_accents(fold(text).translate(_TRANSLIT))
    if not text.isascii():
        text = "".join(unidecode(c) if not c.isascii() and c.isalnum() else c for c in text)
    text = text.lower()
    text = re.sub(r"'", "", text)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0] if "-" in slug[:max_len] else slug[:max_len]
    return slug or "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


class SlugRegistry:
    """Hands out slugs; two different keys never share one (collisions get a suffix)."""

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}
        self._taken: set[str] = set()

    def get(self, key: str, text: str) -> str:
        if key in self._by_key:
            return self._by_key[key]
        base = slugify(text)
        slug, n = base, 2
        while slug in self._taken:
            slug, n = f"{base}-{n}", n + 1
        self._taken.add(slug)
        self._by_key[key] = slug
        return slug
