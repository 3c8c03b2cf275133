"""The one settings file of the site. Override any value with Pelican's own
`-e/--extra-settings`, e.g. `pelican -s pelican.conf.py -e 'SAGA_SEEDS_PATH="other"'`.
The saga plugin's settings and their defaults are listed in plugins/saga/settings.py.
"""
AUTHOR = "saga"
SITENAME = "Transfer sagas"
SITESUBTITLE = "Every twist of a transfer, dated and sourced"
SITEURL = ""
RELATIVE_URLS = True           # output/ opens straight from disk; CI sets SITEURL to publish

PATH = "content"
THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["saga"]

SAGA_SEEDS_PATH = "seeds"      # articles are read from here (see plugins/saga/settings.py)

TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"
FILENAME_METADATA = ""         # dates come from the article text, never from file names
DEFAULT_PAGINATION = False
# One language: two articles with the same headline are two articles, never translations of each other.
ARTICLE_TRANSLATION_ID = None

ARTICLE_URL = ARTICLE_SAVE_AS = "articles/{slug}.html"
PAGE_URL = PAGE_SAVE_AS = "{slug}.html"
DIRECT_TEMPLATES = ["index"]
# Pelican's category/tag/author/archive pages are replaced by saga's entity and saga pages.
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_PAGE_SAVE_AS = ""

FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None

STATIC_PATHS = []
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = []
LOAD_CONTENT_CACHE = True       # saga reuses per-article extraction from cache/ (SAGA_CACHE); --ignore-cache: cold

# Everything from an article is untrusted: templates escape by default; only HTML the
# plugin itself built (escaped article bodies, the SVG timeline) is marked safe.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
