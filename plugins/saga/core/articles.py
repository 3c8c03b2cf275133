"""Turn one raw article file (bytes) into an Article, or explain why it can't be one.

Real article files are messy: byte-order marks, Windows line ends, stray
control characters, cp1252 bytes, an inline ` date YYYY-MM-DD ` prefix, a
`Published: 14 January 2024` line, or Markdown with front matter. Every
problem becomes a warning naming the file; nothing here raises on bad input.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import yaml
from dateutil import parser as dateparser
from markdown_it import MarkdownIt

from .model import Article
from .slugs import slugify
from .titles import headline

_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"\x1f\x8b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\ufffe\uffff]")
_INLINE_DATE = re.compile(r"\A[ \t]*date[ \t]+(\d{1,4}-\d{1,2}-\d{1,2})(?:[ \t]+|$)", re.I)
_DATE_LINE = re.compile(r"\A[ \t]*(?:published|posted|date)[ \t]*:[ \t]*([^\n]*)(?:\n|\Z)", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD = MarkdownIt("commonmark", {"html": False, "typographer": False})
MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass
class Parsed:
    """The outcome of reading one file: an article (or None if skipped) and warnings."""
    article: Article | None
    warnings: list[str] = field(default_factory=list)
    html: str | None = None          # rendered Markdown; None for plain text (paragraphs suffice)


def article_id(source: str) -> str:
    """A stable id from the path inside the articles folder: unique per file, safe in a URL."""
    path = PurePosixPath(source)
    parts = (path.with_suffix("") if path.name else path).parts      # "" or "/" has no suffix to drop
    return slugify("-".join(parts[1:] if len(parts) > 1 else parts), max_len=120)


def decode(data: bytes, source: str, warnings: list[str]) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), else cp1252 with a warning; None if binary."""
    if data.startswith(_BINARY_MAGIC) or _looks_binary(data):
        warnings.append(f"{source}: skipped: binary file, not an article")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"{source}: not valid UTF-8 (byte {exc.start}); decoded as cp1252, check the characters")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = _CONTROL.findall(text.replace("\ufeff", "", 1) if text.startswith("\ufeff") else text)
    if found:
        names = sorted({f"U+{ord(c):04X}" for c in found})
        warnings.append(f"{source}: removed {len(found)} control character(s) ({', '.join(names[:5])})")
        text = _CONTROL.sub("", text)
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.count(0) > max(8, len(sample) // 100):
        return True
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(sample) > 0.10


def parse_date(text: str) -> dt.date | None:
    """A full calendar date in any common order; None if partial or impossible."""
    text = text.strip()
    if not text or not re.search(r"\d", text):
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:                                # ISO is year-month-day whatever dayfirst says
        try:
            return dt.date(*map(int, iso.groups()))
        except ValueError:
            return None
    try:
        a = dateparser.parse(text, dayfirst=True, default=dt.datetime(2000, 1, 1))
        b = dateparser.parse(text, dayfirst=True, default=dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    return a.date() if a.date() == b.date() else None      # differing: day/month/year missing


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each on one line with single spaces."""
    parts = re.split(r"\n[ \t]*\n", text)
    return [p for p in (re.sub(r"\s+", " ", part).strip() for part in parts) if p]


def parse_article(data: bytes, source: str, title_limit: int = 90) -> Parsed:
    """Read one article file. `source` names it in warnings and the export ("seeds/x.txt")."""
    warnings: list[str] = []
    text = decode(data, source, warnings)
    if text is None:
        return Parsed(None, warnings)
    if source.lower().endswith(MARKDOWN_SUFFIXES):
        return _parse_markdown(text, source, warnings, title_limit)

    date, date_text = None, None
    m = _INLINE_DATE.match(text) or _DATE_LINE.match(text)
    if m:
        date_text = m.group(1).strip()
        text = text[m.end():]
        date = parse_date(date_text)
        if date is None:
            warnings.append(f"{source}: impossible or incomplete date {date_text!r}; published as undated")
    paras = paragraphs(text)
    if not paras:
        what = "only a date" if date_text else "empty"
        warnings.append(f"{source}: skipped: {what}, no article text")
        return Parsed(None, warnings)
    body = "\n\n".join(paras)
    art = Article(id=article_id(source), source=source, body=body, title=headline(body, title_limit),
                  date=date, date_basis="stated" if date else "unknown")
    return Parsed(art, warnings)


def _parse_markdown(text: str, source: str, warnings: list[str], title_limit: int) -> Parsed:
    meta: dict = {}
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
            meta = loaded if isinstance(loaded, dict) else {}
            if not isinstance(loaded, dict):
                warnings.append(f"{source}: front matter is not a mapping; ignored")
        except yaml.YAMLError as exc:
            warnings.append(f"{source}: front matter is not valid YAML ({exc.__class__.__name__}); ignored")
        text = text[m.end():]
    meta = {str(k).lower(): v for k, v in meta.items()}
    date = None
    raw_date = meta.get("date")
    if isinstance(raw_date, dt.datetime):
        date = raw_date.date()
    elif isinstance(raw_date, dt.date):
        date = raw_date
    elif raw_date is not None:
        date = parse_date(str(raw_date))
        if date is None:
            warnings.append(f"{source}: impossible or incomplete date {str(raw_date)!r}; published as undated")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    tags = [str(t).strip() for t in tags if str(t).strip()] if isinstance(tags, list) else []

    blocks: list[str] = []
    for tok in _MD.parse(text):
        if tok.type == "inline":
            plain = "".join(c.content if c.type in ("text", "code_inline") else " "
                            for c in (tok.children or []) if c.type in ("text", "code_inline", "softbreak", "hardbreak"))
            plain = re.sub(r"\s+", " ", plain).strip()
            if plain:
                blocks.append(plain)
    if not blocks:
        warnings.append(f"{source}: skipped: {'only front matter' if meta else 'empty'}, no article text")
        return Parsed(None, warnings)
    body = "\n\n".join(blocks)
    title = (str(meta["title"]).strip() if meta.get("title") else "") or headline(body, title_limit)
    art = Article(id=article_id(source), source=source, body=body, title=title, date=date,
                  date_basis="stated" if date else "unknown", tags=tags, fmt="markdown")
    return Parsed(art, warnings, html=_MD.render(text))
