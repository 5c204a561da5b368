"""Command line: ``python -m generator check``, ``python -m generator export DIR`` and
``python -m generator schema DIR``.

``export`` writes the pages as Markdown and the brand stylesheet (``assets/sfg-brand.css``):
with the theme's overrides (theme/), MkDocs with Material builds the same site from them,
forms included, without this package's plugin.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import ContentErrors
from .layout import BRAND_STYLESHEET
from .page import write_pages
from .schema import write_schemas
from .site_parts import make_site_parts
from .toolkit import load_toolkit, plural


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path("."), help="folder holding content/")
    parser.add_argument("--content", default="content", help="content folder, under --root")
    parser.add_argument("--framework", default="framework", help="framework folder, under --root")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the content without building")
    check.add_argument("--quiet", action="store_true", help="print errors only")
    export = commands.add_parser(
        "export", help="write the pages as Markdown, and the brand stylesheet, into a folder"
    )
    export.add_argument("target", type=Path)
    schema = commands.add_parser(
        "schema", help="write the JSON Schema of every content file, for editors' YAML plugins"
    )
    schema.add_argument("target", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.command == "schema":
        written = write_schemas(arguments.target)
        print(f"Wrote {len(written)} JSON Schemas to {arguments.target}.")
        return 0

    try:
        if arguments.command == "check":
            toolkit = load_toolkit(arguments.root, arguments.content, arguments.framework)
        else:
            parts = make_site_parts(
                arguments.root, arguments.content, arguments.framework, False, None
            )
    except ContentErrors as failure:
        for error in failure.errors:
            print(error, file=sys.stderr)
        outcome = "found" if arguments.command == "check" else "found: nothing was written"
        print(f"{plural(len(failure.errors), 'content error')} {outcome}.", file=sys.stderr)
        return 1
    if arguments.command == "check":
        if not arguments.quiet:
            for notice in toolkit.notices:
                print(notice)
            print(toolkit.summary())
        return 0
    write_pages(parts.pages, arguments.target)
    brand = arguments.target / BRAND_STYLESHEET
    brand.parent.mkdir(parents=True, exist_ok=True)
    brand.write_text(parts.brand_stylesheet, encoding="utf-8")
    print(f"Wrote {len(parts.pages)} pages and {BRAND_STYLESHEET} to {arguments.target}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
