"""Site settings, the home page, resources and programmes."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import Colour, ContentModel, Id, Prose, Text, Url
from .interface import Interface
from .privacy import Privacy

PageKey = Literal[
    "home", "journal", "framework", "plan", "answers", "guide", "programmes", "resources"
]
PAGE_KEYS: tuple[str, ...] = PageKey.__args__  # type: ignore[attr-defined]


DARK_BACKGROUND = "#1e2129"
"""The dark scheme's page colour, against which ``dark_accent`` is checked; the brand
stylesheet hands it to theme/assets/css/toolkit.css."""


class Colours(ContentModel):
    """Hex colours like '#005eb8'; the check refuses one with too little contrast."""

    primary: Colour = "#005eb8"
    """Header and buttons; white text sits on it, so it must be dark enough (checked)."""
    accent: Colour = "#003087"
    """Links and hovered things; must be readable on white (checked)."""
    dark_accent: Colour = "#8ec5ff"
    """Links in the dark colour scheme; must be readable on the dark background (checked)."""


class Site(ContentModel):
    """content/site.yml: your organisation's name, branding, where answers are kept, and
    the interface words."""

    organisation: Text
    """Your organisation's name, shown in the header and on printed pages."""
    title: Text
    """The site's name, shown in the header and the browser's tab."""
    description: Text | None = None
    """Optional one-sentence description of the site, for search engines and link previews."""
    address: Url | None = None
    """Where the toolkit is hosted, like https://intranet.example.nhs.uk/scope-for-growth/.
    Optional; the "page not found" page and the sitemap need it to link back correctly."""
    language: Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")] = "en-GB"
    """The language of the pages, as a tag like en-GB."""
    logo: str | None = None
    """A file under content/, such as assets/logo.svg."""
    colours: Colours = Colours()
    """The brand colours: primary, accent and dark_accent."""
    storage_namespace: Id
    """Prefix of every answer kept in the browser; change it and stored answers are not found."""
    contact: Prose | None = None
    """Optional: who to ask about Scope for Growth, shown at the foot of every page (Markdown)."""
    footer: Prose | None = None
    """Optional words at the foot of every page (Markdown)."""
    privacy: Privacy = Privacy()
    """Whether answers are kept until the person chooses, when a passphrase lock locks itself."""
    interface: Interface = Interface()
    """Any interface words you want to change; see generator/models/interface.py for all."""


class Audience(ContentModel):
    """Who a page is for, on the home page."""

    who: Text
    """Who this is for, such as "If you are a line manager or coach"."""
    summary: Prose
    """What they should do (Markdown)."""
    pages: list[PageKey] = Field(default_factory=list)
    """Pages to link to: home, journal, framework, plan, answers (check your answers), guide,
    programmes, resources."""


class HomeStage(ContentModel):
    """One stage of the conversation, on the home page."""

    title: Text
    """The stage's heading."""
    summary: Prose
    """What happens in this stage (Markdown)."""
    page: PageKey | None = None
    """Optional page to link to: home, journal, framework, plan, guide, programmes, resources."""


class Home(ContentModel):
    """content/home.yml: the home page, what the toolkit is, the three stages, who each page
    is for, and how answers are kept."""

    title: Text
    """The page's heading."""
    nav_title: Text | None = None
    """The page's name in the navigation, if not its title."""
    intro: Prose
    """What the toolkit is (Markdown)."""
    stages_title: Text
    """Heading of the stages."""
    stages: Annotated[list[HomeStage], Field(min_length=1)]
    """The stages of the conversation."""
    audiences_title: Text
    """Heading of the list of who each page is for."""
    audiences: list[Audience] = Field(default_factory=list)
    """Who each page is for."""
    privacy_title: Text
    """Heading of the words about where answers are kept."""
    privacy: Prose
    """Where answers are kept (Markdown)."""


class Resource(ContentModel):
    """A resource named in the facilitation guide, such as blind spots or WRES."""

    id: Id
    """The resource's id: prose links to it as [words](resource:id); the guide lists it."""
    title: Text
    """The resource's name."""
    description: Prose | None = None
    """Optional words about it (Markdown)."""
    url: Url | None = None
    """Leave out until you have the address: the title is then shown as text, never a dead link."""


class ResourceGroup(ContentModel):
    """A group of resources under one heading."""

    id: Id
    """The group's id: its heading's anchor on the resources page."""
    title: Text
    """The group's heading."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    resources: Annotated[list[Resource], Field(min_length=1)]
    """The resources of the group."""


class Resources(ContentModel):
    """content/resources.yml: the resources named in the facilitation guide, each with an
    optional address."""

    title: Text
    """The page's heading."""
    nav_title: Text | None = None
    """The page's name in the navigation, if not its title."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    groups: Annotated[list[ResourceGroup], Field(min_length=1)]
    """The groups of resources."""

    def all(self) -> list[Resource]:
        return [resource for group in self.groups for resource in group.resources]


class Stream(ContentModel):
    """A development stream of a programme."""

    name: Text
    """The stream's name, shown as its heading."""
    audience: Prose
    """Who the stream is for (Markdown)."""
    leads_to: Prose | None = None
    """Optional: where the stream leads (Markdown)."""
    organisation_wording: list[Literal["name", "audience", "leads_to"]] = Field(
        default_factory=list
    )
    """Which of these words are your organisation's own, not from an NHS source, such as
    [audience]: each is shown with a small "Written by" note."""


class Detail(ContentModel):
    """A section of a programme's page: a heading and words."""

    title: Text
    """The section's heading."""
    body: Prose
    """The section's words (Markdown)."""
    organisation_wording: list[Literal["body"]] = Field(default_factory=list)
    """[body] if the section is your organisation's own words, not from an NHS source: it
    ends with a small "Written by" note."""


class Link(ContentModel):
    """A link under "Find out more" at the end of a programme's page."""

    title: Text
    """The link's words: say where it goes, such as "High Potential Scheme on the NHS
    Leadership Academy website"."""
    url: Url
    """The address: https://…, http://…, mailto:… or a path on your intranet (/…)."""


class Programme(ContentModel):
    """content/programmes/*.yml: one programme, such as the High Potential Scheme; each
    file is a page of its own."""

    id: Id
    """The programme's id: its page's name (programmes/<id>.html) and what prose links use,
    as [words](programme:id). Give each programme its own."""
    name: Text
    """The programme's name: its page's heading and its name in the navigation."""
    order: int = 100
    """Programmes are listed by this number, then by name."""
    provider: Text | None = None
    """Optional: who runs the programme, such as NHS Leadership Academy."""
    summary: Prose
    """What the programme is, in a sentence or two: on its page and the programmes page
    (Markdown)."""
    audience: Prose
    """Who it is for (Markdown): on its page and the programmes page."""
    bands: Text | None = None
    """Optional: the pay bands it is for, such as "Agenda for Change bands 8a–d"."""
    duration: Text | None = None
    """Optional: how long it lasts, such as "Two years"."""
    streams: list[Stream] = Field(default_factory=list)
    """Optional development streams: each with a name, audience and optional leads_to."""
    details: list[Detail] = Field(default_factory=list)
    """Optional sections of the page: each with a title and a body."""
    how_to_apply: Prose | None = None
    """Optional: how to apply, or who to ask (Markdown)."""
    links: list[Link] = Field(default_factory=list)
    """Optional links under "Find out more": each with a title and a url."""
    source: Text | None = None
    """Optional: where the facts come from, shown at the end of the page after "Source:"."""
    organisation_wording: list[
        Literal["summary", "audience", "bands", "duration", "how_to_apply"]
    ] = Field(default_factory=list)
    """Which of these words are your organisation's own, not from an NHS source, such as
    [how_to_apply]: each is shown with a small "Written by" note. Streams and details have
    their own."""


class ProgrammesIndex(ContentModel):
    """content/programmes.yml: the programmes page, which lists every programme of
    content/programmes/."""

    title: Text
    """The page's heading."""
    nav_title: Text | None = None
    """The page's name in the navigation, if not its title."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
