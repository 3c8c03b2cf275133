"""A folder of hostile articles: markup and script in the text, the front matter, the file names
and the names that become entities (through the editorial overrides file, as an editor could)."""
from __future__ import annotations

from pathlib import Path

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
IFRAME = '<iframe src="javascript:alert(3)">'
EVIL_FILE = "<img src=x onerror=alert(4)>.txt"

ARTICLES: dict[str, str] = {
    "evil.txt": (
        " date 2024-01-10 Bad Boy signed for Etc/Passwd United from %2e%2e%2f City on Tuesday, the 24-year-old "
        f'said. "I want to go {IFRAME}," Bad Boy said. {SCRIPT}\n\n'
        f'Passwd United manager Tom Evil said: "{IMG} is a great player." %2e%2e%2f City rejected a £20m bid '
        "from Passwd United for Bad Boy.\n\n"
        "Sam Kerr and Samuel Kerrigan both signed for Passwd United on Wednesday."),
    "names.txt": (
        " date 2024-01-12 Martin Ødegård joined Arsenal from Real Madrid. Dušan Šimić signed for Hajduk Split "
        'and Thomas Müller joined Bayern Munich. Ødegård said: "I am happy."\n\n'
        "Arsenal confirmed the £30m deal for Ødegård on Friday."),
    EVIL_FILE: " date 2024-01-13 The file name of this article is markup. Bad Boy trained alone.",
    "%2e%2e%2f..%2fescape.txt": " date 2024-01-14 This article's file name tries to climb out. Bad Boy rested.",
    "markdown.md": (
        '---\ntitle: <script>alert("title")</script> Bad Boy <b>moves</b>\ndate: 2024-01-15\n'
        'tags: ["<b>tag</b>", "../../x"]\n---\n'
        '<div onclick="alert(6)">Raw HTML</div> Bad Boy joined Passwd United.\n\n'
        "[a javascript link](javascript:alert(7)) and <a href=\"javascript:alert(8)\">raw link</a> "
        "and ![image](x\" onerror=\"alert(9)) and <style>body{display:none}</style>\n"),
}

# The names an editor could type; the extraction finds them in the text under their aliases.
OVERRIDES = """\
entities:
  - name: "<b>Bad</b> Boy"
    kind: player
    aliases: ["Bad Boy"]
    attrs: {position: "<script>alert('attr')</script>", nationality: "<img src=x onerror=alert(5)>"}
  - name: "../../etc/passwd United"
    kind: club
    aliases: ["Passwd United", "Etc/Passwd United"]
  - name: "%2e%2e%2f City"
    kind: club
    aliases: ["%2e%2e%2f City"]
  - name: "Sam Kerr"
    kind: player
  - name: "Sam-Kerr"
    kind: player
    aliases: ["Samuel Kerrigan"]
"""


def write(folder: Path) -> tuple[Path, Path]:
    """The articles in `folder`/articles and the overrides file beside them."""
    articles = folder / "articles"
    articles.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    overrides = folder / "entities.yaml"
    overrides.write_text(OVERRIDES, encoding="utf-8")
    return articles, overrides
