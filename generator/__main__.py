"""Command line: ``python -m generator check``, ``export DIR``, ``build``, ``serve``,
``schema DIR`` and ``typings DIR``.

``export`` writes the complete project an engine builds without our plugin (the pages, the
theme's overrides that apply, the brand stylesheet, our bundles and mkdocs.yml);
``build`` builds it with an engine, PDFs included, into site/ (``--engine zensical`` or
``mkdocs``: plain MkDocs with Material); ``serve`` previews it, rebuilt as content changes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import ContentErrors
from .project import ENGINES

# The content models (pydantic) are loaded by the commands that need them: a build whose
# content is unchanged reads its pages from the cache and never does.

REPO_SETTINGS = Path(__file__).resolve().parents[1] / "mkdocs.yml"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path("."), help="folder holding content/")
    parser.add_argument("--content", default="content", help="content folder, under --root")
    parser.add_argument("--framework", default="framework", help="framework folder, under --root")
    parser.add_argument(
        "--settings", type=Path, default=REPO_SETTINGS, help="the theme's settings (mkdocs.yml)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the content without building")
    check.add_argument("--quiet", action="store_true", help="print errors only")
    export = commands.add_parser("export", help="write the project an engine builds, into a folder")
    export.add_argument("target", type=Path)
    build = commands.add_parser("build", help="build site/ with an engine, PDFs included")
    serve = commands.add_parser("serve", help="live preview, rebuilt when content changes")
    for command in (export, build, serve):
        command.add_argument("--engine", choices=ENGINES, default="mkdocs")
    build.add_argument("--site-dir", type=Path, default=Path("site"))
    build.add_argument("--no-pdf", action="store_true", help="make no PDFs")
    build.add_argument("--cache-dir", type=Path, default=None, help="default: ROOT/.cache")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on")
    schema = commands.add_parser(
        "schema", help="write the JSON Schema of every content file, for editors' YAML plugins"
    )
    schema.add_argument("target", type=Path)
    typings = commands.add_parser(
        "typings",
        help="write the TypeScript declarations of the pages' configuration (config.d.ts)",
    )
    typings.add_argument("target", type=Path)
    return parser.parse_args(argv)


def _report(failure: ContentErrors, outcome: str) -> int:
    from .toolkit import plural

    for error in failure.errors:
        print(error, file=sys.stderr)
    print(f"{plural(len(failure.errors), 'content error')} found{outcome}.", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    arguments = _arguments(argv)
    if arguments.command == "schema":
        from .schema import write_schemas

        written = write_schemas(arguments.target)
        print(f"Wrote {len(written)} JSON Schemas to {arguments.target}.")
        return 0
    if arguments.command == "typings":
        from .typings import write_typings

        print(f"Wrote {write_typings(arguments.target)}.")
        return 0
    if arguments.command == "build":
        return _build(arguments)
    if arguments.command == "serve":
        from .serve import serve

        return serve(
            arguments.root,
            arguments.content,
            arguments.framework,
            arguments.dev_addr,
            arguments.engine,
            arguments.settings,
        )
    from .site_parts import make_site_parts
    from .toolkit import load_toolkit

    try:
        if arguments.command == "check":
            toolkit = load_toolkit(arguments.root, arguments.content, arguments.framework)
        else:
            parts = make_site_parts(
                arguments.root, arguments.content, arguments.framework, False, None
            )
    except ContentErrors as failure:
        return _report(failure, "" if arguments.command == "check" else ": nothing was written")
    if arguments.command == "check":
        if not arguments.quiet:
            for notice in toolkit.notices:
                print(notice)
            print(toolkit.summary())
        return 0
    from .build import style_hashes
    from .project import Settings, write_project

    content = (arguments.root / arguments.content).resolve()
    settings = Settings.read(arguments.settings)
    engine = arguments.engine
    write_project(parts, settings, engine, content, arguments.target, style_hashes(engine))
    print(f"Wrote the {engine} project ({len(parts.pages)} pages) to {arguments.target}.")
    return 0


def _build(arguments: argparse.Namespace) -> int:
    from .build import BuildOptions, EngineFailed, build

    options = BuildOptions(
        root=arguments.root.resolve(),
        engine=arguments.engine,
        site_dir=arguments.site_dir,
        content_dir=arguments.content,
        framework_dir=arguments.framework,
        pdf=not arguments.no_pdf,
        cache_dir=arguments.cache_dir,
        settings_file=arguments.settings,
    )
    start = time.perf_counter()
    try:
        warnings = build(options)
    except ContentErrors as failure:
        unchanged = f" and the previous {arguments.site_dir} is unchanged"
        return _report(failure, f": the site was not built{unchanged}")
    except (EngineFailed, OSError) as failure:
        print(failure, file=sys.stderr)
        print(f"The site was not built: {arguments.site_dir} is unchanged.", file=sys.stderr)
        return 1
    for warning in warnings:
        print(warning, file=sys.stderr)
    seconds = time.perf_counter() - start
    where = f"with {arguments.engine} into {arguments.site_dir}"
    print(f"Built the toolkit {where} in {seconds:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
