"""The README's settings table lists every setting the plugin has, with its default."""
import re
from pathlib import Path

from saga.settings import DEFAULTS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_readme_table_with_its_default():
    rows = dict(re.findall(r"^\| `(SAGA_\w+)` \| `([^`]*)` \|", README, re.M))
    assert set(rows) == set(DEFAULTS)
    for key, value in DEFAULTS.items():
        shown = f'"{value}"' if isinstance(value, str) else str(value).replace("_", "")
        assert rows[key] == shown, key
