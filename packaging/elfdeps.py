"""Read the DT_NEEDED entries of ELF files, and prune a bundle to what its roots need.

Used by the PyInstaller spec (which libraries of the bundle are still reachable once
unused Qt plugins and modules are gone) and by build.sh (which libraries the bundle
needs from the system, for the .deb's Depends). Standard library only.

    python3 packaging/elfdeps.py needed FILE...        DT_NEEDED of each file
    python3 packaging/elfdeps.py external BUNDLE_DIR   sonames needed but not bundled
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
PT_LOAD = 1
PT_DYNAMIC = 2
DT_NULL = 0
DT_NEEDED = 1
DT_STRTAB = 5


def is_elf(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == ELF_MAGIC
    except OSError:
        return False


def needed(path: str | os.PathLike[str]) -> list[str]:
    """The sonames a shared library or executable names in DT_NEEDED (empty if not ELF)."""
    with open(path, "rb") as fh:
        data = fh.read()
    if data[:4] != ELF_MAGIC:
        return []
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        (phoff,) = struct.unpack_from(end + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 0x36)
        ph_fmt, dyn_fmt = end + "IIQQQQQQ", end + "qQ"
    else:
        (phoff,) = struct.unpack_from(end + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 0x2A)
        ph_fmt, dyn_fmt = end + "IIIIIIII", end + "iI"
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
    dynamic: tuple[int, int] | None = None
    for i in range(phnum):
        fields = struct.unpack_from(ph_fmt, data, phoff + i * phentsize)
        if is64:
            p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = fields[:6]
        else:
            p_type, p_offset, p_vaddr, _paddr, p_filesz = fields[:5]
        if p_type == PT_LOAD:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []
    entries: list[tuple[int, int]] = []
    size = struct.calcsize(dyn_fmt)
    offset, length = dynamic
    for pos in range(offset, offset + length, size):
        tag, value = struct.unpack_from(dyn_fmt, data, pos)
        if tag == DT_NULL:
            break
        entries.append((tag, value))
    strtab = next((v for t, v in entries if t == DT_STRTAB), None)
    if strtab is None:
        return []
    base = next((off + strtab - va for va, off, sz in loads if va <= strtab < va + sz), strtab)
    out = []
    for tag, value in entries:
        if tag == DT_NEEDED:
            start = base + value
            out.append(data[start : data.index(b"\0", start)].decode())
    return out


def reachable(roots: Iterable[str], libraries: dict[str, str]) -> set[str]:
    """Sonames reachable from ``roots`` (file paths) through ``libraries`` (soname -> path)."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        for soname in needed(todo.pop()):
            if soname in libraries and soname not in seen:
                seen.add(soname)
                todo.append(libraries[soname])
    return seen


def bundle_elves(bundle: Path) -> list[Path]:
    return [
        p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink() and is_elf(p)
    ]


def external(bundle: Path) -> list[str]:
    """Sonames that the bundle's ELF files need and that the bundle does not carry."""
    elves = bundle_elves(bundle)
    names = {p.name for p in bundle.rglob("*") if p.is_file()}
    wanted = {s for p in elves for s in needed(p)}
    return sorted(wanted - names)


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "needed":
        for name in argv[1:]:
            print(name + ": " + " ".join(needed(name)))
        return 0
    if len(argv) == 2 and argv[0] == "external":
        print("\n".join(external(Path(argv[1]))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
