"""Site settings, the home page, resources and programmes."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import Colour, ContentModel, Id, Prose, Text, Url
from .interface import Interface
from .privacy import Privacy

PageKey = Literal["home", "journal", "framework", "plan", "guide", "programmes", "resources"]
PAGE_KEYS: tuple[str, ...] = PageKey.__args__  # type: ignore[attr-defined]


DARK_BACKGROUND = "#1e2129"
"""The dark scheme's page colour, against which ``dark_accent`` is checked; the brand
stylesheet hands it to theme/assets/css/toolkit.css."""


class Colours(ContentModel):
    primary: Colour = "#005eb8"
    """Header and buttons; white text sits on it, so it must be dark enough (checked)."""
    accent: Colour = "#003087"
    """Links and hovered things; must be readable on white (checked)."""
    dark_accent: Colour = "#8ec5ff"
    """Links in the dark colour scheme; must be readable on the dark background (checked)."""


class Site(ContentModel):
    organisation: Text
    title: Text
    description: Text | None = None
    address: Url | None = None
    """Where the toolkit is hosted, like https://intranet.example.nhs.uk/scope-for-growth/.
    Optional; the "page not found" page and the sitemap need it to link back correctly."""
    language: Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")] = "en-GB"
    logo: str | None = None
    """A file under content/, such as assets/logo.svg."""
    colours: Colours = Colours()
    storage_namespace: Id
    """Prefix of every answer kept in the browser; change it and stored answers are not found."""
    contact: Prose | None = None
    footer: Prose | None = None
    privacy: Privacy = Privacy()
    """Whether answers are kept until the person chooses, when a passphrase lock locks itself."""
    interface: Interface = Interface()
    """Any interface words you want to change; see generator/models/interface.py for all."""


class Audience(ContentModel):
    who: Text
    summary: Prose
    pages: list[PageKey] = Field(default_factory=list)


class HomeStage(ContentModel):
    title: Text
    summary: Prose
    page: PageKey | None = None


class Home(ContentModel):
    title: Text
    nav_title: Text | None = None
    intro: Prose
    stages_title: Text
    stages: Annotated[list[HomeStage], Field(min_length=1)]
    audiences_title: Text
    audiences: list[Audience] = Field(default_factory=list)
    privacy_title: Text
    privacy: Prose


class Resource(ContentModel):
    id: Id
    title: Text
    description: Prose | None = None
    url: Url | None = None
    """Leave out until you have the address: the title is then shown as text, never a dead link."""


class ResourceGroup(ContentModel):
    id: Id
    title: Text
    intro: Prose | None = None
    resources: Annotated[list[Resource], Field(min_length=1)]


class Resources(ContentModel):
    title: Text
    nav_title: Text | None = None
    intro: Prose | None = None
    groups: Annotated[list[ResourceGroup], Field(min_length=1)]

    def all(self) -> list[Resource]:
        return [resource for group in self.groups for resource in group.resources]


class Stream(ContentModel):
    name: Text
    audience: Prose
    leads_to: Prose | None = None


class Detail(ContentModel):
    title: Text
    body: Prose


class Link(ContentModel):
    title: Text
    url: Url


class Programme(ContentModel):
    id: Id
    name: Text
    order: int = 100
    """Programmes are listed by this number, then by name."""
    provider: Text | None = None
    summary: Prose
    audience: Prose
    bands: Text | None = None
    duration: Text | None = None
    streams: list[Stream] = Field(default_factory=list)
    details: list[Detail] = Field(default_factory=list)
    how_to_apply: Prose | None = None
    links: list[Link] = Field(default_factory=list)
    source: Text | None = None


class ProgrammesIndex(ContentModel):
    title: Text
    nav_title: Text | None = None
    intro: Prose | None = None
