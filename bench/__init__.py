"""Benchmarks: `make bench` prints figures and their ratios to targets."""
