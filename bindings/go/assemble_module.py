#!/usr/bin/env python3
"""Assemble the Go module from its parts.

    assemble_module.py MODULE_PATH MODULE_DIR AMALGAMATION_DIR GENERATED_DIR
                       SOURCE_DIR FILE...

empties MODULE_DIR, then writes into it:
  FILE...                    each Go file (relative to SOURCE_DIR), its
                             imports of the module under MODULE_PATH
  every file of GENERATED_DIR, at the same place
  internal/swig/httpstatus.c the amalgamation, compiled by cgo unless the
  internal/swig/httpstatus.h build tag libhttpstatus asks for the system's
                             library instead
  go.mod                     naming the module MODULE_PATH (last)

The sources import the module by the in-tree path "httpstatus", so the
module path is set in one place, the build's HTTPSTATUS_GO_MODULE.
"""
import re
import shutil
import sys
from pathlib import Path

IN_TREE_PATH = "httpstatus"
GO_VERSION = "1.19"
# An import spec's path: "httpstatus" or "httpstatus/...", alone or after
# `import` and/or a package name.
IMPORT = re.compile(r'^(\s*(?:import\s+)?(?:[\w.]+\s+)?")' + IN_TREE_PATH + r'(?=["/])')
# Imports precede every other declaration.
DECLARATION = re.compile(r"^(func|var|const|type)\b")
# go/build reads build constraints in C files too: with the tag, cgo
# compiles no copy of the library and links the one pkg-config names.
C_CONSTRAINT = "//go:build !libhttpstatus\n\n"


def rewrite_imports(text, module_path):
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if DECLARATION.match(line):
            break
        lines[i] = IMPORT.sub(lambda m: m.group(1) + module_path, line)
    return "".join(lines)


def main(module_path, module_dir, amalgamation_dir, generated_dir, source_dir, *files):
    if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+(/[\w.~-]+)+", module_path):
        sys.exit(f"assemble_module.py: {module_path!r} is not a module path the go tool "
                 "accepts (host with a dot, then a path: example.com/httpstatus)")
    module, source, generated = Path(module_dir), Path(source_dir), Path(generated_dir)
    # Empty first, so that no file of an earlier layout stays in the package.
    shutil.rmtree(module, ignore_errors=True)
    shutil.copytree(generated, module)
    for name in files:
        target = module / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rewrite_imports((source / name).read_text(), module_path))
    amalgamation = Path(amalgamation_dir)
    swig = module / "internal/swig"
    swig.mkdir(parents=True, exist_ok=True)
    (swig / "httpstatus.c").write_text(C_CONSTRAINT + (amalgamation / "httpstatus.c").read_text())
    shutil.copyfile(amalgamation / "httpstatus.h", swig / "httpstatus.h")
    (module / "go.mod").write_text(f"module {module_path}\n\ngo {GO_VERSION}\n")


if __name__ == "__main__":
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
