"""The extension of the httpstatus package (pyproject.toml holds the rest):
SWIG's wrapper and the library's amalgamation, compiled together, so the
package needs no libhttpstatus."""
from setuptools import Extension, setup

setup(ext_modules=[Extension(
    "httpstatus._httpstatus_core",
    sources=["src/httpstatus_wrap.c", "src/httpstatus.c"],
    include_dirs=["src"])])
