"""Bundled demo data and the synthetic text generator used by benchmarks and notebooks."""
