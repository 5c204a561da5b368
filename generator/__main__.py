"""Command line: ``python -m generator check`` and ``python -m generator export DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import ContentErrors
from .toolkit import load_toolkit, plural


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path("."), help="folder holding content/")
    parser.add_argument("--content", default="content", help="content folder, under --root")
    parser.add_argument("--framework", default="framework", help="framework folder, under --root")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the content without building")
    check.add_argument("--quiet", action="store_true", help="print errors only")
    export = commands.add_parser("export", help="write the pages as Markdown into a folder")
    export.add_argument("target", type=Path)
    arguments = parser.parse_args(argv)

    try:
        toolkit = load_toolkit(arguments.root, arguments.content, arguments.framework)
    except ContentErrors as failure:
        for error in failure.errors:
            print(error, file=sys.stderr)
        outcome = "found" if arguments.command == "check" else "found: nothing was written"
        print(f"{plural(len(failure.errors), 'content error')} {outcome}.", file=sys.stderr)
        return 1
    if arguments.command == "check":
        if not arguments.quiet:
            print(toolkit.summary())
        return 0
    from .render import render_pages, write_pages

    pages = render_pages(toolkit)
    write_pages(pages, arguments.target)
    print(f"Wrote {len(pages)} pages to {arguments.target}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
