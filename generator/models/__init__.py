"""Pydantic models of every content file."""
