"""Words of the interface itself (headings, buttons, messages), all with defaults.

An organisation can override any of them under ``interface:`` in content/site.yml.
"""

from __future__ import annotations

from .common import ContentModel, Text


class Interface(ContentModel):
    # Framework page
    grid_caption: Text = "Development initiatives by growth direction and position"
    grid_direction_heading: Text = "Growth direction"
    grid_empty: Text = "No suggestions"
    positions_heading: Text = "Positions"
    directions_heading: Text = "Growth directions"
    # Facilitation guide
    guide_resources_title: Text = "Resources to review before the conversation"
    guide_steps_title: Text = "Steps"
    # Programmes
    programme_audience: Text = "Who it is for"
    programme_bands: Text = "Pay bands"
    programme_duration: Text = "How long it lasts"
    programme_streams: Text = "Development streams"
    programme_how_to_apply: Text = "How to apply"
    programme_links: Text = "Find out more"
    programme_source: Text = "Source:"
