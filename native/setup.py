"""Builds the one C extension module ``pii_scanner_native`` (plain CPython C API, no other tools)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "pii_scanner_native",
            sources=["pii_scanner_native.c"],
            extra_compile_args=["-O2"] if __import__("sys").platform != "win32" else [],
        )
    ],
)
