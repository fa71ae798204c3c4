"""Benchmark harness and generated corpus (not part of the library)."""
