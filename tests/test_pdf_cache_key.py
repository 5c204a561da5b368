"""A PDF is made again when anything it is made from changes, and only then: the cache key
holds the page, its stylesheets and images, the generator's own PDF code and templates, the
libraries that draw and write it, and the fonts it may use; no number to remember to bump."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import pdf_recipe
from generator.pdf import PdfJob, PdfSettings, pdf_source
from generator.pdf_recipe import recipe

from .support.sites import REPO

KEY = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
import generator
from generator.pdf import PdfJob, PdfSettings, pdf_source
assert generator.__file__.startswith(sys.argv[1]), generator.__file__
job = PdfJob("print/page.html", "Title", "downloads/page.pdf", fillable=True)
settings = PdfSettings("Org", "Toolkit", "en-GB", ())
print(pdf_source(Path(sys.argv[2]), job, settings).key)
"""


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the generator package, to change, and a site with one print page."""
    shutil.copytree(REPO / "generator", tmp_path / "code" / "generator")
    site = tmp_path / "site" / "print"
    site.mkdir(parents=True)
    page = '<html><body><article><h1>Title</h1><textarea name="a"></textarea></article></body>'
    (site / "page.html").write_text(f"<!doctype html>{page}</html>", encoding="utf-8")
    return tmp_path


def _key(root: Path) -> str:
    """The PDF's cache key as the generator in ``root``/code computes it (in a process of
    its own: the package is imported from the copy)."""
    result = subprocess.run(
        [sys.executable, "-c", KEY, str(root / "code"), str(root / "site")],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
    )
    return result.stdout.strip()


def _append(path: str, text: str) -> Callable[[Path], None]:
    def change(package: Path) -> None:
        with (package / path).open("a", encoding="utf-8") as file:
            file.write(text)

    return change


def _comment_in_template(package: Path) -> None:
    """A Jinja comment: the HTML the template renders is the same, the template is not."""
    template = package / "templates" / "pdf.html.j2"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("<head>", "<head>{# a comment #}"), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "made_again"),
    [
        (_comment_in_template, True),
        (_append("templates/pdf.css", "/* a new rule */\n"), True),
        (_append("pdf_finish.py", "# a change to what is added to the PDF\n"), True),
        (_append("pdf_form.py", "# a change to how radio buttons are drawn\n"), True),
        (_append("pdf.py", "# a change to how WeasyPrint is called\n"), True),
        (_append("checks.py", "# a change to content checks\n"), False),
    ],
    ids=["pdf.html.j2", "pdf.css", "pdf_finish.py", "pdf_form.py", "pdf.py", "checks.py"],
)
def test_a_change_to_the_pdf_code_makes_the_pdfs_again(
    copy: Path, change: Callable[[Path], None], made_again: bool
) -> None:
    before = _key(copy)
    change(copy / "code" / "generator")
    assert (_key(copy) != before) == made_again


@pytest.fixture
def fresh_recipe() -> Iterator[None]:
    """The recipe is worked out once a process: again for this test, and after it."""
    recipe.cache_clear()
    yield
    recipe.cache_clear()


def _site(root: Path, stylesheet: str = "") -> tuple[Path, PdfSettings]:
    (root / "print").mkdir(parents=True)
    (root / "assets").mkdir()
    (root / "assets" / "style.css").write_text(stylesheet, encoding="utf-8")
    page = "<!doctype html><html><body><article><h1>Title</h1></article></body></html>"
    (root / "print" / "page.html").write_text(page, encoding="utf-8")
    return root, PdfSettings("Org", "Toolkit", "en-GB", ("assets/style.css",))


def _source_key(site: Path, settings: PdfSettings) -> str:
    job = PdfJob("print/page.html", "Title", "downloads/page.pdf", fillable=False)
    return pdf_source(site, job, settings).key


def test_another_release_of_a_library_makes_the_pdfs_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_recipe: None
) -> None:
    site, settings = _site(tmp_path)
    before = _source_key(site, settings)
    installed = importlib.metadata.version
    for library in ("pydyf", "weasyprint", "tinycss2", "fonttools"):
        monkeypatch.setattr(
            importlib.metadata,
            "version",
            lambda name, library=library: "99.0" if name == library else installed(name),
        )
        recipe.cache_clear()
        assert _source_key(site, settings) != before, library


def test_a_font_installed_or_changed_makes_the_pdfs_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_recipe: None
) -> None:
    fonts = tmp_path / "fonts"
    (fonts / "truetype").mkdir(parents=True)
    monkeypatch.setattr(pdf_recipe, "FONT_FOLDERS", (str(fonts),))
    site, settings = _site(tmp_path / "site")
    keys = [_source_key(site, settings)]
    (fonts / "truetype" / "Sans.ttf").write_bytes(b"a font")
    recipe.cache_clear()
    keys.append(_source_key(site, settings))
    (fonts / "truetype" / "Sans.ttf").write_bytes(b"a font, updated")
    recipe.cache_clear()
    keys.append(_source_key(site, settings))
    assert len(set(keys)) == 3


def test_a_file_a_stylesheet_names_is_part_of_the_key(tmp_path: Path) -> None:
    """A font or picture of the site, named by url() in a stylesheet, is read by WeasyPrint:
    a new one makes the PDF again."""
    stylesheet = '@font-face { font-family: Brand; src: url("brand.woff2") }'
    site, settings = _site(tmp_path, stylesheet)
    (site / "assets" / "brand.woff2").write_bytes(b"a font")
    before = _source_key(site, settings)
    (site / "assets" / "brand.woff2").write_bytes(b"another font")
    assert _source_key(site, settings) != before
