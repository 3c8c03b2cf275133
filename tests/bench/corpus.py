"""A deterministic synthetic corpus of transfer-news articles, for the benchmark.

    python tests/bench/corpus.py 1000 /tmp/corpus          # writes txt/ and md/ side by side

The same (n, seed) always gives the same bytes. Articles have the seeds' shape (plain text,
an inline ` date YYYY-MM-DD ` prefix, a `Published:` line or no date at all, blank-line
paragraphs, ~400 words) and what the extraction looks for: invented players, managers and
agents; clubs with nicknames (two in three from a fixed list of real clubs the entity data
knows, one in three invented, found from evidence like "... Rovers"); quotes with speakers,
some repeated across articles; fees; absolute and relative dates. Articles come in sagas of
about four about one player's move, in date order, as real coverage does.

The Markdown twin of each article (md/) is for stock Pelican: `Title:`, `Date:`, `Tags:`
(the players and clubs it names) and the same paragraphs.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Real clubs with a nickname each (in the entity data); stable across data-file edits.
REAL_CLUBS = [
    ("Arsenal", "Gunners"), ("Aston Villa", "Villans"), ("Chelsea", "Blues"), ("Everton", "Toffees"),
    ("Liverpool", "Reds"), ("Southampton", "Saints"), ("West Ham United", "Hammers"), ("Burnley", "Clarets"),
    ("Crystal Palace", "Eagles"), ("Leicester City", "Foxes"), ("Newcastle United", "Magpies"),
    ("Brentford", "Bees"), ("Fulham", "Cottagers"), ("Watford", "Hornets"), ("Norwich City", "Canaries"),
    ("Sunderland", "Black Cats"), ("Stoke City", "Potters"), ("Hull City", "Tigers"), ("Derby County", "Rams"),
    ("Bristol City", "Robins"), ("Reading", "Royals"), ("Sheffield Wednesday", "Owls"), ("Millwall", "Lions"),
    ("Portsmouth", "Pompey"),
]
TOWN_A = ["Harn", "Wex", "Calder", "Brin", "Ost", "Marl", "Thorn", "Ebb", "Kell", "Dun", "Ashen", "Lyme", "Fen",
          "Stow", "Mere", "Quar"]
TOWN_B = ["bridge", "ford", "ley", "wick", "mouth", "ham", "by", "field", "stead", "holm", "more", "gate"]
CLUB_SUFFIX = ["Rovers", "Athletic", "Albion", "Wanderers", "Town", "Rangers"]
NICK = ["Herons", "Stags", "Millers", "Weavers", "Otters", "Kestrels", "Ravens", "Badgers", "Lancers", "Pikes"]

FIRST = ["Tavio", "Rennick", "Jorvan", "Elias", "Marek", "Oskar", "Dario", "Lucan", "Fennel", "Arno", "Bastian",
         "Cyprien", "Emeric", "Ivo", "Joaquin", "Kasimir", "Leandro", "Matthis", "Nilo", "Pavel", "Quim", "Rasmus",
         "Silvan", "Teodor", "Ulrik", "Vitor", "Wendel", "Yannick", "Zoran", "Brede"]
SUR_A = ["Vel", "Brenn", "Kast", "Mor", "Dal", "Ferr", "Hald", "Ost", "Sand", "Tor", "Lund", "Carv", "Dorn",
         "Gall", "Rask", "Vass", "Wint", "Yar", "Zell", "Quen"]
SUR_M = ["", "en", "ar", "il", "om", "us", "ek", "ad"]
SUR_B = ["ander", "holt", "ovic", "ensen", "ari", "ström", "ero", "inho", "mann", "ac", "etti", "berg", "ley",
         "ford", "sky", "az"]
POSITIONS = ["striker", "winger", "centre-back", "midfielder", "full-back", "goalkeeper", "forward", "defender"]
NATIONS = ["Dutch", "Danish", "Portuguese", "Croatian", "Norwegian", "Brazilian", "Austrian", "Chilean",
           "Belgian", "Swedish", "Serbian", "Uruguayan"]
OUTLETS = ["the Evening Post", "Sky Sports", "the Chronicle", "the Daily Courier", "BBC Radio 5 Live",
           "the Gazette", "talkSPORT"]
NICKNAMES = ["the Wall", "Little Bull", "the Professor", "the Cat", "the Train", "the Magician"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

QUOTE_OPEN = ["I have always been clear with {p}", "We want players like {p} who want to be here",
              "Nothing has changed between {club} and {p}", "It is a difficult situation for {p} and for {club}",
              "{p} is focused on the next game", "We will not sell {p} for less than he is worth",
              "{p} respects {club} and the supporters", "There have been no talks with {club} that I know of",
              "{p} is an important player for {club}", "Football moves quickly in this window, even for {club}",
              "I spoke with {p} on the phone last week", "Every player has a price, but {p} is not about money"]
QUOTE_CLOSE = ["and that will not change.", "so we will see what happens.", "but the decision is with the board.",
               "and I respect that.", "and we are calm about it.", "that is all I can say today.",
               "and the supporters know it.", "and we move on."]


@dataclass
class Club:
    name: str
    nick: str


@dataclass
class Person:
    name: str
    role: str                    # player | manager | agent | director
    club: Club | None = None
    position: str = ""
    nation: str = ""
    nickname: str | None = None
    age: int = 0


@dataclass
class Item:
    """One generated article: its plain-text file and what stock Pelican needs."""
    name: str                    # file stem
    text: str                    # the seed-shape article
    title: str
    date: dt.date | None
    tags: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        """The same article for Pelican's Markdown reader, players and clubs as tags."""
        body = self.text.split("\n\n", 1)[1] if self.text.startswith("Published:") else self.text
        if body.startswith(" date "):
            body = body[len(" date 2000-01-01 "):]
        date = (self.date or dt.date(2000, 1, 1)).isoformat()
        return (f"Title: {self.title}\nDate: {date}\nTags: {', '.join(self.tags)}\nSlug: {self.name}\n\n"
                f"{body.strip()}\n")


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.clubs = [Club(n, k) for n, k in REAL_CLUBS] + self._invented_clubs(12)
        self.managers = {c.name: self._person("manager", c) for c in self.clubs}
        self.agents = [self._person("agent") for _ in range(20)]
        self.used: set[str] = {p.name.split()[-1] for p in [*self.managers.values(), *self.agents]}

    def _invented_clubs(self, n: int) -> list[Club]:
        clubs, names = [], set()
        while len(clubs) < n:
            name = f"{self.rng.choice(TOWN_A)}{self.rng.choice(TOWN_B)} {self.rng.choice(CLUB_SUFFIX)}"
            if name.split()[0] not in names:
                names.add(name.split()[0])
                clubs.append(Club(name, self.rng.choice(NICK)))
        return clubs

    def _name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(SUR_A)}{self.rng.choice(SUR_M)}{self.rng.choice(SUR_B)}"

    def _person(self, role: str, club: Club | None = None) -> Person:
        return Person(self._name(), role, club)

    def player(self) -> Person:
        """A player whose surname no other player has: articles call him by it alone, as real ones do."""
        while True:
            name = self._name()
            if name.split()[-1] not in self.used or len(self.used) >= len(SUR_A) * len(SUR_M) * len(SUR_B):
                self.used.add(name.split()[-1])
                break
        p = Person(name, "player", position=self.rng.choice(POSITIONS), nation=self.rng.choice(NATIONS),
                   age=self.rng.randint(19, 31))
        p.nickname = self.rng.choice(NICKNAMES) if self.rng.random() < 0.2 else None
        return p

    def quote(self, player: Person) -> str:
        """Words about this player and his club: the same words in two articles mean the same quote."""
        opening = self.rng.choice(QUOTE_OPEN).format(p=player.name.split()[-1], club=player.club.name)
        return f"{opening} {self.rng.choice(QUOTE_CLOSE)}"

    def saga(self, start: dt.date, count: int, first_index: int) -> list[Item]:
        """`count` articles about one player's would-be move, days apart."""
        r = self.rng
        player = self.player()
        selling, buying, rival = r.sample(self.clubs, 3)
        player.club = selling
        fee = r.choice([8, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75])
        agent = r.choice(self.agents)
        items, day, said = [], start, []
        for k in range(count):
            stage = ["talks", "bid", "rejected", "agreed"][min(k, 3)] if k < count - 1 or count < 4 else "done"
            paras = self._article(player, selling, buying, rival, agent, fee, stage, day, said)
            text, date = self._dateline(paras, day)
            title = headline(paras[0])
            tags = [player.name, selling.name, buying.name] + ([rival.name] if k % 2 else [])
            items.append(Item(f"{first_index + k:05d}_{slug(player.name)}", text, title, date, tags))
            day += dt.timedelta(days=r.randint(2, 12))
        return items

    def _dateline(self, paras: list[str], day: dt.date) -> tuple[str, dt.date | None]:
        roll = self.rng.random()
        body = "\n\n".join(paras) + "\n"
        if roll < 0.6:
            return f" date {day.isoformat()} {body}", day
        if roll < 0.85:
            return f"Published: {day.day} {MONTHS[day.month - 1]} {day.year}\n\n{body}", day
        return body, None

    def _article(self, p: Person, sell: Club, buy: Club, rival: Club, agent: Person, fee: int, stage: str,
                 day: dt.date, said: list[tuple[str, str]]) -> list[str]:
        r = self.rng
        boss, other_boss = self.managers[sell.name], self.managers[buy.name]
        weekday = WEEKDAYS[(day.weekday() - 1) % 7]
        lead = {
            "talks": f"{buy.name} have opened talks with {sell.name} over a move for {p.name}, with the {p.age}-year-old "
                     f"{p.position} keen to leave before the window closes.",
            "bid": f"{buy.name} have made a £{fee}m bid for {sell.name} {p.position} {p.name}, according to reports "
                   f"on {weekday}.",
            "rejected": f"{sell.name} have rejected a second offer from {buy.name} for {p.name}, holding out for "
                        f"£{fee + 5}m.",
            "agreed": f"{buy.name} have agreed a £{fee}m fee with {sell.name} for {p.name}, who is expected to "
                      f"undergo a medical this week.",
            "done": f"{p.name} has completed his £{fee}m move from {sell.name} to {buy.name} on a five-year deal.",
        }[stage]
        paras = [lead]
        pool = [
            f"The {p.nation} international joined {sell.name} from {rival.name} in {MONTHS[r.randrange(12)]} "
            f"{day.year - r.randint(1, 4)} and has made {r.randint(40, 160)} appearances, scoring {r.randint(2, 40)} "
            f"goals. He has {r.randint(1, 3)} years left on his contract.",
            f"{sell.name} boss {boss.name} said: \"{self.quote(p)} {self.quote(p)}\"",
            f"The {buy.nick} see {p.name.split()[-1]} as a replacement for their captain, while the {sell.nick} "
            f"want to keep him until at least the end of the season. {rival.name} are also monitoring the situation.",
            f"His agent {agent.name} told {r.choice(OUTLETS)}: \"{self.quote(p)}\" The {p.position} did not train "
            f"with the first team on {weekday}.",
            f"\"{self.quote(p)} {self.quote(p)}\" {other_boss.name}, the {buy.name} manager, said when asked about "
            f"{p.name.split()[-1]} last week.",
            f"Talks are expected to continue next week, with the transfer window closing on "
            f"{r.randint(1, 31) if r.random() < 0.5 else 31} August. A decision is due by the end of the month.",
            f"Last summer {p.name.split()[-1]} turned down a move to {rival.name}, and in {MONTHS[r.randrange(12)]} "
            f"he signed a new contract that includes a release clause of £{fee + 20}m.",
            f"Supporters of the {sell.nick} have made their feelings clear on social media, and {boss.name.split()[-1]} "
            f"admitted on {weekday} that the saga has been a distraction for the squad.",
        ]
        if p.nickname:
            pool.append(f"Known to the {sell.nick} faithful as \"{p.nickname}\", {p.name} has been one of the "
                        f"most consistent players in the division for three seasons.")
        if said:                                            # a quote earlier coverage printed, printed again
            who, text = r.choice(said)
            pool.append(f"{who} had already said: \"{text}\" That position has not changed.")
        r.shuffle(pool)
        words = len(lead.split())
        for para in pool:
            paras.append(para)
            words += len(para.split())
            if words >= 400:
                break
        while words < 380:                                  # pad with more quotes, as long reports do
            extra = f"{p.name.split()[-1]} was asked about his future after the game. \"{self.quote(p)} " \
                    f"{self.quote(p)} {self.quote(p)}\" he said."
            paras.append(extra)
            words += len(extra.split())
        said.append((boss.name, self.quote(p)))
        return paras


def headline(first: str, limit: int = 90) -> str:
    sentence = first.split(". ")[0].rstrip(".")
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0]


def slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower().replace("ö", "o"))


def generate(n: int, seed: int = 7) -> list[Item]:
    """`n` articles (sagas of 2 to 6), dated from 2019 on; the same for the same (n, seed)."""
    gen = Generator(seed)
    items: list[Item] = []
    day = dt.date(2019, 1, 7)
    while len(items) < n:
        count = min(gen.rng.randint(2, 6), n - len(items))
        items += gen.saga(day, count, len(items))
        day += dt.timedelta(days=gen.rng.randint(0, 3))
    return items


def extra_article(n: int, seed: int = 7) -> Item:
    """One more article, not among generate(n): the "editor adds one" case."""
    gen = Generator(seed + 1_000_003)
    item = gen.saga(dt.date(2024, 6, 3), 1, n)[0]
    return item


def write(items: list[Item], folder: Path) -> tuple[Path, Path]:
    """Write each item as folder/txt/<name>.txt and folder/md/<name>.md."""
    txt, md = folder / "txt", folder / "md"
    txt.mkdir(parents=True, exist_ok=True)
    md.mkdir(parents=True, exist_ok=True)
    for item in items:
        (txt / f"{item.name}.txt").write_text(item.text, encoding="utf-8")
        (md / f"{item.name}.md").write_text(item.markdown(), encoding="utf-8")
    return txt, md


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python tests/bench/corpus.py N FOLDER")
    made = generate(int(sys.argv[1]))
    write(made, Path(sys.argv[2]))
    words = sum(len(i.text.split()) for i in made) / len(made)
    print(f"{len(made)} articles, {words:.0f} words on average, in {sys.argv[2]}/txt and {sys.argv[2]}/md")
