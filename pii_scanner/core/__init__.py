"""Shared types, configuration, errors and privacy helpers; imported by every stage."""
