"""Placeholder until the build benchmark lands."""
