"""The default toolkit carries the source documents faithfully.

Questions and initiatives below are copied from ../shared/seeds/ (the NHS facilitation
guide and the 2019 High Potential Scheme update). Three obvious typos in the source are
fixed in content/journal.yml, with a comment there: "What am [I] most proud of", "How do
[I] manage my team", "what types of roles/functions am [I] interested in".
"""

from __future__ import annotations

import re

import pytest

from .conftest import BuiltSite
from .support.html import article_text, texts_by_attribute

SEED_QUESTIONS = {
    "Health and well-being": [
        "How do I look after my personal well-being? What happens when I don't?",
        "What do I find most rewarding and energising?",
        "When am I most happy inside and outside of work?",
        "What is important to me inside and outside of work?",
        "What frustrates me?",
        "When I am at my best, what does a good day look and feel like?",
    ],
    "Personal strengths and development challenges": [
        "How would my team, colleagues or people who know me describe me?",
        "What are my strengths and development areas?",
        "What am I most proud of inside or outside of work?",
        "When working in a team, what part do I play?",
        "What experience has given me the most positive challenge and growth?",
    ],
    "Behaviours and performance": [
        "What feedback have I received about my leadership style?",
        "What is most distinctive about the way I lead or relate to others?",
        "How do I manage my team and get the best out of people?",
        "When do I lead change at work or in my personal life?",
        "When I influence others, what strategies/tactics work and what is more difficult?",
        "What are my beliefs/values?",
    ],
    "Career history": [
        "Looking back at your career, reflect upon the times when you have been at your most"
        " and least motivated and happy at work",
        "What do the high/low points in my career have in common?",
        "What have I learned about myself from my successes and challenges?",
        "What are the implications of the above for the choices I might make in the future?",
    ],
    "Current role": [
        "What motivates/demotivates me in my current role?",
        "How does my current role impact on my health and well-being?",
        "What is my current level of fulfilment and what three things would increase it?",
        "How equipped and confident am I to do my job?",
        "What are my aspirations within my current role? What can I do to support achievement"
        " of these goals?",
        "What is blocking/stopping me developing further within my role? How might I resolve"
        " these?",
        "Where am I in terms of the learning, experiences and capabilities required in my"
        " current role? Is there a specific area in which I would like to develop further?",
    ],
    "Aspirations": [
        "What are my aspirations and how do I want to grow my career? (e.g. increasing depth,"
        " breadth, or stretch/complexity).",
        "In 2 years' time, where do I want to be in terms of Scope for Growth/why do I want to"
        " be here?",
        "What types of roles/functions am I interested in?",
        "How do my aspirations link to my drivers/motivations?",
        "What support/development do I need to achieve my career aspirations? (see career"
        " growth suggested development initiatives for support).",
    ],
}

# The framework grid rebuilt from the flattened source: direction -> position -> initiatives.
SEED_GRID = {
    "depth": {
        "consolidating": [
            "Consolidate experience in current role",
            "Develop impact and influencing skills",
            "Strengthen stakeholder relationships",
            "Develop relevant technical knowledge and skills",
            "Deepen NHS/organisation/system and role specific knowledge",
            "Work with a local buddy",
        ],
        "developing": [
            "Increase system exposure",
            "Technical knowledge and skills development",
            "Mentoring others",
            "Internal secondment/move",
            "Learning and development via Leadership Academies and similar",
        ],
        "proven": [
            "Present at national events and conferences recognised for technical expertise",
            "Draft expert papers",
            "Educate, develop, and mentor colleagues",
            "Sponsoring others (lift as you rise)",
            "Gain professional qualifications",
            "Take on external secondment",
            "Champion knowledge-sharing across area of expertise and share best-practice",
        ],
    },
    "breadth": {
        "consolidating": [
            "Consolidate experience in current role",
            "Develop impact and influencing skills",
            "Strengthen stakeholder relationships",
            "Widen sector/professional knowledge",
            "Deepen NHS/organisation/system and role-specific knowledge",
            "Work with a local buddy",
        ],
        "developing": [
            "Take on projects outside current team or function",
            "Increase system knowledge and networks externally",
            "Mentoring others",
            "Internal secondment/move",
            "Learning and development via Leadership Academies",
        ],
        "proven": [
            "Take on cross-functional/organisation/system projects and get to know counterparts"
            " in other areas",
            "Undertake management/leadership development",
            "Senior mentoring/sponsoring others",
            "Take on external secondment",
            "Increase exposure to wider strategy and transformation",
            "Gain professional qualifications",
            "Increase understanding around governance and assurance",
            "Champion knowledge sharing and best-practice",
        ],
    },
    "stretch": {
        "consolidating": [
            "Proactively build external networks in new field/level",
            "Coaching others",
            "Develop higher-level capabilities/insight",
            "Develop impact and influence skills with more senior stakeholder groups",
        ],
        "developing": [
            "Develop internal and external networks",
            "Acting up opportunities",
            "Coaching/sponsoring others",
            "Improve strategic, longer-term thinking (i.e. broad not narrow)",
            "Take on organisation-wide responsibilities",
        ],
        "proven": [
            "Formal leadership development and gain wider leadership experience/accountability",
            "Active in external networks",
            "Coaching/sponsoring others",
            "Strategic project accountability",
            "Increase exposure to wider strategy and long-term transformation",
            "Improve understanding of national policy",
            "Increase understanding around governance and assurance",
            "Consolidate advanced knowledge/experience",
        ],
    },
}

HPS_FACTS = [
    "Development Stream One",
    "For leaders moving towards managing a range of teams",
    "Development Stream Two",
    "For leaders moving towards leadership of a whole function or service",
    "bands 8a–d, or equivalent in other pay structures",
    "Two years",
    "careers coach",
    "learning through experience",
    "Diversity and inclusion were at the heart of the scheme",
    "under-represented at senior level",
    "evaluated from day one",
    "circa 2,000 participants",
    "ready to access the Aspiring Chief Executive Programme",
    "NHS Leadership Academy",
]


def _labels(site: BuiltSite, page: str) -> list[str]:
    html = (site.folder / page).read_text(encoding="utf-8")
    labels = re.findall(r'<label class="sfg-label" for="sfg-[^"]+">(.*?)</label>', html, re.S)
    return [re.sub(r"\s+", " ", label).replace("&#39;", "'").strip() for label in labels]


def test_every_seed_question_is_a_labelled_field_on_the_journal(default_site: BuiltSite) -> None:
    person, labels = (
        _labels(default_site, "journal.html")[:2],
        _labels(default_site, "journal.html")[2:],
    )
    assert person == ["Your name", "Your role (optional)"]  # whose answers, first
    expected = [question for questions in SEED_QUESTIONS.values() for question in questions]
    assert labels == expected
    assert len(labels) == 33


def test_journal_sections_follow_the_source(default_site: BuiltSite) -> None:
    text = article_text(default_site.folder / "journal.html")
    positions = [text.index(section) for section in SEED_QUESTIONS]
    assert positions == sorted(positions)
    assert "reasonable adjustments" in text


def test_framework_grid_puts_every_initiative_in_its_cell(default_site: BuiltSite) -> None:
    html = (default_site.folder / "framework.html").read_text(encoding="utf-8")
    cells = re.findall(
        r'<td data-sfg-direction="([a-z-]+)" data-sfg-position="([a-z-]+)">(.*?)</td>', html, re.S
    )
    grid = {
        (direction, position): [
            # A word may break after a slash (<wbr>): the words are the source's.
            re.sub(r"\s+", " ", item.replace("<wbr>", "")).strip()
            for item in re.findall(r"<li>(.*?)</li>", cell, re.S)
        ]
        for direction, position, cell in cells
    }
    expected = {
        (direction, position): items
        for direction, positions in SEED_GRID.items()
        for position, items in positions.items()
    }
    assert grid == expected


def test_framework_shows_directions_with_their_descriptions(default_site: BuiltSite) -> None:
    text = article_text(default_site.folder / "framework.html")
    for words in (
        "Depth (deepening your chosen specialism)",
        "Breadth (building your career into areas beyond a single specialism and out into"
        " other areas)",
        "Stretch/Complexity (growing beyond your role, moving to positions of greater"
        " complexity and influence, and increasing in leadership impact)",
    ):
        assert words in text


@pytest.mark.parametrize("fact", HPS_FACTS)
def test_high_potential_scheme_page_states_the_fact(default_site: BuiltSite, fact: str) -> None:
    text = article_text(default_site.folder / "programmes" / "high-potential-scheme.html")
    assert fact in text


def test_guide_lists_the_journal_questions_by_reference(default_site: BuiltSite) -> None:
    text = article_text(default_site.folder / "guide.html")
    for questions in SEED_QUESTIONS.values():
        for question in questions:
            assert question in text
    assert "reasonable adjustments are needed to support the individual" in text


def test_resources_without_an_address_are_text_not_links(default_site: BuiltSite) -> None:
    html = (default_site.folder / "guide.html").read_text(encoding="utf-8")
    assert "resource:" not in html
    assert ">blind spots</a>" not in html
    assert "blind spots" in article_text(default_site.folder / "guide.html")


def test_every_programme_file_has_a_page(default_site: BuiltSite) -> None:
    from .support.sites import REPO

    programme_files = sorted(p.stem for p in (REPO / "content" / "programmes").glob("*.yml"))
    pages = sorted(p.stem for p in (default_site.folder / "programmes").glob("*.html"))
    assert pages == sorted([*programme_files, "index"])
    cards = texts_by_attribute(default_site.folder / "programmes" / "index.html", "id")
    assert {"high-potential-scheme", "stepping-up"} <= set(cards)


def _programme_words(programme_id: str) -> str:
    """Every text of a default programme file, as one string with single spaces."""
    from generator import load_toolkit

    from .support.sites import REPO

    programme = next(p for p in load_toolkit(REPO).programmes if p.id == programme_id)
    texts: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list | tuple):
            for each in value:
                collect(each)
        elif hasattr(value, "model_dump"):
            collect(list(value.model_dump().values()))
        elif isinstance(value, dict):
            collect(list(value.values()))

    collect(programme)
    return re.sub(r"\s+", " ", " ".join(texts))


def test_the_high_potential_scheme_reads_as_the_june_2019_update_it_is() -> None:
    """The source is an update on a pilot, written before its launch: its plans are dated
    or in the past tense, and its limits (one STP) are kept."""
    words = _programme_words("high-potential-scheme")
    assert words.count("In June 2019 the scheme") == 1
    assert "based within the Staffordshire and Stoke-on-Trent STP" in words
    assert "the first national pilot site" in words
    assert "end of July 2019" in words
    assert "Organisational Development and Leadership programme update" in words
    for undated in (
        "The scheme has two entry points",
        "when you apply",
        "You plan your own development",
        "The scheme is evaluated",
        "is not a traditional",
        "are expected at full maturity",
        "graduates will be ready",
        "will be evaluated",
    ):
        assert undated not in words


@pytest.mark.parametrize(
    ("programme_id", "undated"),
    [
        ("aspiring-chief-executive", "are ready to access"),
        ("aspiring-chief-executive", "including graduates of Development Stream Two"),
        ("stepping-up", "to where they are now"),
        ("stepping-up", "have taken part"),
    ],
)
def test_other_programmes_date_what_the_2019_update_said(programme_id: str, undated: str) -> None:
    words = _programme_words(programme_id)
    assert "June 2019" in words
    assert undated not in words
