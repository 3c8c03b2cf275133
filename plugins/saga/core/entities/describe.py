"""Descriptions that stand for an entity: "the 26-year-old", "the Dutch international",
"the ex-Celtic man", "the Spaniard", "the Wolves boss", "the Merseyside club".

This module only reads the phrase and its features; which entity it means is decided in the
identity step, once every article has said what it knows about each entity.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .cues import _MODIFIERS, _PLAYER_VERBS, PERSON_VERBS, Context
from .tokens import HARD, HYPHEN, SPACE

_BARE_PLAYER_WORDS = {("youngster",), ("teenager",), ("teen",), ("wonderkid",), ("starlet",), ("left", "footer"),
                      ("right", "footer")}
_NEEDS_MODIFIER = {("man",), ("player",), ("star",), ("international",), ("captain",), ("skipper",),
                   ("signing",), ("target",), ("talent",), ("prospect",), ("ace",), ("veteran",),
                   ("footballer",), ("hero",), ("newcomer",), ("recruit",), ("new", "boy"), ("arrival",),
                   ("purchase",), ("acquisition",), ("buy",)}
_TEEN = {("teenager",), ("teen",), ("wonderkid",)}
_DESC_MODS = _MODIFIERS | {"under-21", "under-23", "under", "u21", "u23", "21", "23", "19", "senior",
                           "full", "based", "born", "bred", "raised", "rated", "bound", "capped", "time",
                           "multi", "million", "pound", "euro", "£", "fellow"}


@dataclass
class Desc:
    start: int
    end: int
    text: str
    target: str                      # player | person | club | human (player or person)
    sent: int
    nationality: str | None = None
    position: str | None = None
    role: str | None = None
    age: int | None = None
    club: str | None = None          # local club key named inside ("the Wolves boss")
    former: list[str] = field(default_factory=list)
    clubs_ok: set[str] = field(default_factory=set)   # club ids a club description may mean (place/ground)
    country: str | None = None       # "the Dutch club" -> Netherlands
    league: str | None = None
    modifiers: int = 0
    max_age: int | None = None       # "the teenager": under 20
    noun_only: bool = False          # "the Spaniard", "the German": nothing but a nationality


def find(ctx: Context, club_key_of: dict[int, str]) -> list[Desc]:
    """Every description phrase in the article, with what it says."""
    toks, lex = ctx.toks, ctx.lex
    out: list[Desc] = []
    n = len(toks)
    for d in range(n):
        t = toks[d]
        if t.norm == "the":
            start_tok = d
            k = d + 1
        elif t.norm == "ex" and d + 1 < n and toks[d + 1].sep == HYPHEN and (d == 0 or toks[d - 1].norm != "the"):
            start_tok = d
            k = d
        else:
            continue
        desc = _read(ctx, start_tok, k, club_key_of)
        if desc:
            out.append(desc)
    return out


def _read(ctx: Context, start_tok: int, k: int, club_key_of: dict[int, str]) -> Desc | None:
    toks, lex = ctx.toks, ctx.lex
    n = len(toks)
    f = Desc(0, 0, "", "", toks[start_tok].sent)
    head_end = None
    target = None
    steps = 0
    last_nat_end = None
    nat_noun = False
    unknown_caps = 0
    while k < n and steps < 9:
        steps += 1
        if k > start_tok and toks[k].sep == HARD:
            break
        m = ctx.match_at.get(k)
        if m:
            e = m.best
            cats = {x.cat for x in m.entries}
            club_places = {x.ref for x in m.entries if x.cat == "club" and x.via in ("place", "ground")}
            if e.cat == "nat_noun":
                f.nationality = e.ref
                target, head_end, nat_noun = "human", m.j, True
                k = m.j
                break
            if "nat_adj" in cats or "country" in cats:
                nat = next(x.ref for x in m.entries if x.cat in ("nat_adj", "country"))
                f.nationality = f.nationality or nat
                f.country = lex.nat_by_country.get(nat)
                f.clubs_ok |= club_places
                last_nat_end = m.j
            elif e.cat == "club" and e.via in ("place", "ground"):
                f.clubs_ok |= club_places
            elif e.cat == "place":
                f.clubs_ok |= club_places
            elif e.cat == "club":
                key = club_key_of.get(m.i)
                prev = toks[m.i - 1].norm if m.i > 0 else ""
                if key and prev in ("former", "ex"):
                    f.former.append(key)
                elif key:
                    f.club = key
                else:
                    return None
            elif e.cat == "notpage":
                league = lex.leagues.get(tuple(tk.norm for tk in toks[m.i:m.j]))
                if not league:
                    return None
                f.league = league
            f.modifiers += 1
            k = m.j
            continue
        if toks[k].norm.isdigit() and k + 2 < n and toks[k + 1].norm == "year" and toks[k + 2].norm == "old" \
                and toks[k + 1].sep == HYPHEN and toks[k + 2].sep == HYPHEN:
            f.age = int(toks[k].norm)
            f.modifiers += 1
            k += 3
            if not (k < n and toks[k].sep == SPACE and _is_head(ctx, k)):
                target, head_end = "human", k
                break
            continue
        hit = ctx.phrase_at(k, lex.person_roles, lex.role_max)
        pos = ctx.phrase_at(k, lex.positions, lex.role_max)
        pw = ctx.phrase_at(k, lex.player_words, lex.role_max)
        ch = ctx.phrase_at(k, lex.club_heads, lex.role_max)
        cands = [(b, what, val) for what, h in (("person", hit), ("player", pos), ("pw", pw), ("club", ch))
                 if h for b, val in [h]]
        if cands:
            b, what, val = max(cands, key=lambda x: (x[0], x[1] != "pw"))
            # a head followed by another head word continues ("the youth team coach")
            if b < n and toks[b].sep == SPACE and not toks[b - 1].poss and _is_head(ctx, b) and b - k < 3:
                k = b
                f.modifiers += 1
                continue
            if what == "person":
                target, f.role = "person", val
            elif what == "player":
                target, f.position = "player", val
            elif what == "pw":
                target = "player"
                if val in _TEEN:
                    f.max_age = 19
                if val in _NEEDS_MODIFIER and not (f.former or f.nationality or f.age or f.modifiers):
                    return None
                if val not in _BARE_PLAYER_WORDS and val not in _NEEDS_MODIFIER and not f.modifiers:
                    return None
            else:
                target = "club"
            head_end = b
            k = b
            break
        if toks[k].norm in _DESC_MODS or (toks[k].sep == HYPHEN and toks[k].norm in lex.hyphen_tails):
            if toks[k].norm in ("teenage", "teen"):
                f.max_age = 19
            f.modifiers += 1
            k += 1
            continue
        if toks[k].cap and k > start_tok and unknown_caps < 3 and not toks[k].poss:
            unknown_caps += 1          # "the Hale End graduate": a name the data files do not know
            f.modifiers += 1
            k += 1
            continue
        break
    if target is None:
        if last_nat_end is not None and last_nat_end == k and f.modifiers == 1 and f.nationality:
            # "the German", "the Italian" used as a noun
            nxt = toks[k] if k < n else None
            if nxt is None or nxt.sep == HARD or not nxt.cap:
                target, head_end, nat_noun = "human", k, True
        if target is None:
            return None
    if head_end is None:
        return None
    # followed by a name: a pre-modifier ("the 24-year-old Jan Smit"), not a reference
    if head_end < n and toks[head_end].sep == SPACE and toks[head_end].cap and ctx.match_at.get(head_end) is None:
        return None
    if head_end < n and toks[head_end].sep == SPACE and ctx.match_at.get(head_end) is not None \
            and target != "club" and ctx.match_at[head_end].best.cat == "club" and not nat_noun:
        pass
    if target == "club":
        if f.club or not (f.clubs_ok or f.country or f.league):
            return None
    if target == "human" and f.age is not None and f.age >= 40:
        target = "person"
    elif target == "human" and f.age is not None and f.age <= 35:
        target = "player"
    if target == "human":
        # "The Argentine, who also managed Espanyol": what the relative clause says they do
        k = head_end
        if k < n and toks[k].norm == "who":
            k += 1
            while k < n and toks[k].norm in ("also", "previously", "once", "has", "had", "was", "is"):
                k += 1
            if k < n and toks[k].norm in PERSON_VERBS:
                target = "person"
            elif k < n and toks[k].norm in _PLAYER_VERBS:
                target = "player"
    f.noun_only = nat_noun
    f.target = target
    f.start = toks[start_tok].start
    f.end = toks[head_end - 1].end
    f.text = ctx.body[f.start:f.end]
    return f


def _is_head(ctx: Context, k: int) -> bool:
    lex = ctx.lex
    return bool(ctx.phrase_at(k, lex.person_roles, lex.role_max) or ctx.phrase_at(k, lex.positions, lex.role_max)
                or ctx.phrase_at(k, lex.player_words, lex.role_max) or ctx.phrase_at(k, lex.club_heads, lex.role_max))
