"""The patch to pydyf (generator/pdf_pydyf.py) is for one release: it says so, and it gives
what pydyf itself gives."""

from __future__ import annotations

import importlib.metadata

import pydyf

from generator.pdf_pydyf import PATCHED_FOR, remember_page_references


def test_the_pydyf_patch_was_written_for_the_installed_pydyf() -> None:
    installed = importlib.metadata.version("pydyf")
    assert installed == PATCHED_FOR, (
        f"pydyf is {installed}, and generator/pdf_pydyf.py patches pydyf {PATCHED_FOR}: until"
        " it is looked at again, PDFs are made unpatched (slower). Look at PDF.page_references"
        " in pydyf/__init__.py: if it no longer builds the list of every page on each call,"
        " remove the patch; if it does, check that pages are still only added (add_page) and"
        " that pages['Kids'] still holds three items a page, then set PATCHED_FOR to"
        f" {installed} and measure the 900-page journal (python -m bench.content 100) with and"
        " without it."
    )


def test_the_patched_page_references_are_pydyfs_own() -> None:
    assert remember_page_references()
    original = pydyf.PDF.page_references.fget.original
    pdf = pydyf.PDF()
    assert pdf.page_references == original(pdf) == ()
    for _ in range(3):
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
        first = pdf.page_references
        assert first == original(pdf)
        assert pdf.page_references is first, "kept until a page is added"
    assert len(pdf.page_references) == 3
    assert remember_page_references(), "patched once"
    assert pydyf.PDF.page_references.fget.original is original
