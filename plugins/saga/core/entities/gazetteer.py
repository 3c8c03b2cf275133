"""Known names in the token stream: clubs, outlets, competitions, places, nationalities.

Longest match first, one dict probe per (position, length): linear in the article length
times the longest known name (8 words). A longer name always wins, so "Liverpool Echo" is an
outlet and never the club inside it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Entry, Lexicon
from .tokens import HARD, Tok, norm_word

# priority when several kinds of entry share the same words
_PRIO = {("club", "name"): 0, ("club", "short"): 1, ("notpage", None): 2, ("club", "nick"): 3,
         ("country", None): 4, ("nat_adj", None): 4, ("nat_noun", None): 4,
         ("club", "ground"): 5, ("club", "place"): 6, ("place", None): 7}


@dataclass(slots=True)
class Match:
    i: int                  # first token
    j: int                  # one past the last token
    entries: list[Entry]    # best first

    @property
    def best(self) -> Entry:
        return self.entries[0]


def _prio(e: Entry) -> int:
    if e.cat == "override" or e.ref == "editor":
        return -1                      # the editor's word wins
    return _PRIO.get((e.cat, e.via if e.cat == "club" else None), 9)


def _caps_ok(toks: list[Tok], i: int, caps: tuple[int, ...], skip: int = 0) -> bool:
    for k, need in enumerate(caps):
        t = toks[i + k]
        w = t.text[skip:] if k == 0 else t.text
        if need == 1 and not (w[:1].isupper() or w[:1].isdigit()):
            return False
        if need == 2 and not ((len(w) > 1 and w.isupper()) or w.isdigit()):
            return False
    return True


_ELIDED = ("l'", "L'", "l\u2019", "L\u2019")


def _elided_first(t: Tok) -> str | None:
    """"l'AJA", "L'OM": the French article is written onto the club's form."""
    w = t.text
    if len(w) > 3 and w[:2] in _ELIDED and w[2].isupper():
        return norm_word(w[2:])
    return None


def scan(toks: list[Tok], lex: Lexicon, extra: dict | None = None) -> list[Match]:
    """Every known-name match, left to right, non-overlapping, longest first."""
    gaz = lex.gaz
    xpref = {k[:n] for k in extra for n in range(1, len(k) + 1)} if extra else set()
    out: list[Match] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        found = None
        skip = 0
        first = t.norm
        if not t.cap and t.text[:1] in "lL" and (el := _elided_first(t)) is not None and (el,) in lex.prefixes:
            first, skip = el, 2
        if t.cap or skip or t.text[0].isdigit() or t.norm in lex.lower_first:
            # grow the span while it is still the start of some known name
            prefixes = lex.prefixes
            key_list = [first]
            lim = i + 1
            while lim < n and lim - i < lex.max_len and (toks[lim].sep != HARD or toks[lim].slash):
                key_list.append(toks[lim].norm)
                tk = tuple(key_list)
                if tk not in prefixes and tk not in xpref:
                    break
                lim += 1
            for j in range(lim, i, -1):
                key = tuple(key_list[:j - i])
                entries = gaz.get(key)
                if extra and key in extra:
                    entries = extra[key] + (entries or [])
                if not entries:
                    continue
                good = [e for e in entries if _caps_ok(toks, i, e.caps, skip)]
                if good:
                    good.sort(key=_prio)
                    found = Match(i, j, good)
                    break
        if found:
            if i > 0 and toks[i].sep == " " and found.best.cat == "club" and (not out or out[-1].j < i) \
                    and any(e.cat == "club" and e.via in ("name", "short", "nick") for e in found.entries):
                # (not before a club's town alone: "FC Aarhus" is a club the data may not know)
                p = toks[i - 1]
                if p.upper and p.norm in lex.club_prefixes and len(p.norm) <= 4:
                    found.i = i - 1          # "GNK Dinamo", "SK Slavia Praha": the official form's letters
            out.append(found)
            i = found.j
        else:
            i += 1
    return out


