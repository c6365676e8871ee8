"""Fixtures for the access tests; defined in access_env so tests can import its helpers by a
unique module name (a second module called conftest would clash with tests/conftest.py)."""

from tests.access.access_env import fresh, indexed, postgres_url

__all__ = ["fresh", "indexed", "postgres_url"]
