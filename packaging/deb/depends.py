"""The Depends line of the .deb: the system libraries the bundle needs and does not carry.

    python3 packaging/deb/depends.py STAGE PACKAGE_ROOT

STAGE holds debian/control and debian/shlibs.local (written here) and PACKAGE_ROOT (= STAGE/debian/<name>) the
staged package. Every ELF file of the bundle is read for DT_NEEDED; dpkg-shlibdeps turns
the needs into versioned package dependencies (with the bundle's own folders searched
first, so bundled libraries are not dependencies). A library that this build host does
not have (dpkg-shlibdeps cannot look it up) is mapped to its package by ``sonames.txt``;
its users are left out of the dpkg-shlibdeps run, and any other need that only they
have is added by ``dpkg -S``. Prints the Depends value; notes go to stderr.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import elfdeps  # noqa: E402


def host_libraries() -> dict[str, str]:
    """soname -> path of the libraries the dynamic linker knows on this host."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        m = re.match(r"\s*(\S+) \((.*?)\) => (\S+)", line)
        if m and ("x86-64" in m.group(2) or "64" in m.group(2) or "," not in m.group(2)):
            found.setdefault(m.group(1), m.group(3))
    return found


def soname_map() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (HERE / "sonames.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            soname, package = line.split()
            table[soname] = package
    return table


def owning_package(path: str) -> str:
    out = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
    if out.returncode != 0:
        real = str(Path(path).resolve())
        out = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"depends.py: no package owns {path}")
    return out.stdout.split(":", 1)[0].strip()


def main(stage: Path, root: Path) -> str:
    elves = elfdeps.bundle_elves(root)
    bundled = {p.name for p in root.rglob("*")}
    needs = {p: [s for s in elfdeps.needed(p) if s not in bundled] for p in elves}
    host = host_libraries()
    absent = {s for ext in needs.values() for s in ext if s not in host}
    analysed = [p for p, ext in needs.items() if not absent.intersection(ext)]
    covered = {s for p in analysed for s in needs[p]}
    left = sorted({s for ext in needs.values() for s in ext} - covered)

    (stage / "debian").mkdir(parents=True, exist_ok=True)
    (stage / "debian" / "control").write_text(
        "Source: rareearth-desk\n\nPackage: rareearth-desk\nArchitecture: any\n", encoding="utf-8"
    )
    # the bundle's own libraries depend on nothing: without this, dpkg-shlibdeps falls
    # through to the host's copy of the same soname and adds its package
    local = []
    for name in sorted(bundled):
        m = re.match(r"^(.+)\.so\.(\d[\w.]*)$", name) or re.match(r"^(.+)-(\d[\d.]*)\.so$", name)
        if m:
            local.append(f"{m.group(1)} {m.group(2)}\n")
    (stage / "debian" / "shlibs.local").write_text("".join(local), encoding="utf-8")
    libdirs = sorted({f"-l{p.parent}" for p in elves})
    run = subprocess.run(
        ["dpkg-shlibdeps", "-O", "--ignore-missing-info", *libdirs, *(f"-e{p}" for p in analysed)],
        cwd=stage,
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise SystemExit("depends.py: dpkg-shlibdeps failed:\n" + run.stderr[-3000:])
    m = re.search(r"^shlibs:Depends=(.*)$", run.stdout, re.M)
    depends = [d.strip() for d in (m.group(1) if m else "").split(",") if d.strip()]

    table = soname_map()
    extra: list[str] = []
    for soname in left:
        if soname in host:
            package = owning_package(host[soname])
            how = f"dpkg -S {host[soname]}"
        elif soname in table:
            package, how = table[soname], "sonames.txt (not on this build host)"
        else:
            raise SystemExit(
                f"depends.py: {soname} is not on this host and not in sonames.txt: add its package"
            )
        print(f"depends.py: {soname} -> {package} ({how})", file=sys.stderr)
        names = {re.split(r"[\s(]", d, maxsplit=1)[0] for d in depends + extra}
        if package not in names:
            extra.append(package)
    return ", ".join(depends + extra)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    print(main(Path(sys.argv[1]), Path(sys.argv[2])))
