"""Installers: the spec, scripts and metadata are sound, and the self-test passes.

Fast checks run always. The frozen build (PyInstaller bundle and .deb, several minutes)
runs in CI (CI set and the build tools installed) or with REDESK_PACKAGING_TEST=1, and
never with REDESK_PACKAGING_TEST=0: it self-tests the bundle from a read-only copy
and checks that nothing was written to the install folder or the temp folder, then
unpacks the .deb with dpkg-deb -x and self-tests that copy too.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
MIME_TYPE = "application/x-rareearth-desk-project"
SCRIPTS = [
    PACKAGING / "build.sh",
    PACKAGING / "smoke_test.sh",
    PACKAGING / "macos" / "build_dmg.sh",
    PACKAGING / "deb" / "postinst",
    PACKAGING / "deb" / "postrm",
]


def pyproject_version() -> str:
    return str(tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"])


# --- files and metadata -----------------------------------------------------------------


def test_build_version_equals_pyproject() -> None:
    from rareearth_desk._build_version import VERSION

    assert VERSION == pyproject_version()


def test_spec_parses_and_reads_the_version_from_pyproject() -> None:
    source = (PACKAGING / "rareearth-desk.spec").read_text("utf-8")
    ast.parse(source)
    assert "tomllib" in source and "pyproject.toml" in source
    assert "rareearth_desk._build_version" in source
    for plugin in ("xcb", "wayland", "offscreen"):
        assert plugin in source


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_scripts_are_executable_and_parse(script: Path) -> None:
    assert os.access(script, os.X_OK), f"{script} is not executable"
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    result = subprocess.run([bash, "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_build_tools_are_pinned() -> None:
    pins = {}
    for line in (PACKAGING / "requirements-build.txt").read_text("utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)$", line.strip())
        if m:
            pins[m.group(1).lower()] = m.group(2)
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?", pins["pyinstaller"])
    assert re.fullmatch(r"\d+(\.\d+)+", pins["pyinstaller-hooks-contrib"])


def test_desktop_entry_opens_projects() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "rareearth-desk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split() == ["rareearth-desk", "%f"]
    assert entry["Icon"] == "rareearth-desk"
    assert MIME_TYPE in entry["MimeType"].split(";")


def test_mime_type_claims_redesk_files() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "linux" / "rareearth-desk-mime.xml").getroot()
    kind = root.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == MIME_TYPE
    globs = [g.get("pattern") for g in kind.findall("m:glob", ns)]
    assert globs == ["*.redesk"]


def test_launcher_reads_a_bare_project_path_as_open() -> None:
    sys.path.insert(0, str(PACKAGING))
    try:
        import rareearth_desk_main as launcher
    finally:
        sys.path.remove(str(PACKAGING))
    assert launcher._arguments(["/x/Study.REDESK"]) == ["open", "/x/Study.REDESK"]
    assert launcher._arguments(["stats", "a.redesk"]) == ["stats", "a.redesk"]
    assert launcher._arguments([]) == []


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_in_every_size() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(PACKAGING / "icons" / f"rareearth-desk-{size}.png") == (size, size)
    ico = (PACKAGING / "windows" / "rareearth-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (PACKAGING / "macos" / "rareearth-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_macos_plist_declares_high_dpi_and_the_document_type() -> None:
    with open(PACKAGING / "macos" / "Info.plist", "rb") as fh:
        info = plistlib.load(fh)
    assert info["NSHighResolutionCapable"] is True
    doc = info["CFBundleDocumentTypes"][0]
    assert doc["CFBundleTypeExtensions"] == ["redesk"]
    uti = info["UTExportedTypeDeclarations"][0]
    assert uti["UTTypeIdentifier"] in doc["LSItemContentTypes"]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == MIME_TYPE


def test_inno_script_per_user_with_association_in_two_languages() -> None:
    raw = (PACKAGING / "windows" / "rareearth-desk.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads UTF-8 only with a byte-order mark"
    text = raw.decode("utf-8-sig")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r'^Name: "zh"', text, re.M) and re.search(r'^Name: "en"', text, re.M)
    assert "Software\\Classes\\.redesk" in text
    assert '""{app}\\{#AppExe}"" open ""%1""' in text
    custom = text.split("[CustomMessages]", 1)[1].split("\n[", 1)[0]
    keys = {lang: set(re.findall(rf"^{lang}\.(\w+)=", custom, re.M)) for lang in ("en", "zh")}
    assert keys["en"] and keys["en"] <= keys["zh"]
    messages = text.split("\n[Messages]", 1)[1].split("\n[", 1)[0]
    zh = dict(re.findall(r"^zh\.(\w+)=(.*)$", messages, re.M))
    assert zh["ButtonNext"].startswith("下一步") and "[name]" in zh["WelcomeLabel1"]


def test_nsis_script_compiles(tmp_path: Path) -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis (Debian package nsis) is not installed")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("RareEarthDesk.exe", "rareearth-desk.exe", "_internal/base_library.zip"):
        (bundle / name).write_bytes(b"stand-in")
    out = tmp_path / "RareEarthDesk-setup-nsis.exe"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            f"-DAPP_VERSION={pyproject_version()}",
            f"-DBUNDLE_DIR={bundle}",
            f"-DOUT_FILE={out}",
            str(PACKAGING / "windows" / "rareearth-desk.nsi"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_release_workflow_builds_on_three_systems() -> None:
    text = (REPO / ".github" / "workflows" / "release.yml").read_text("utf-8")
    try:
        import yaml
    except ImportError:  # PyYAML is not a dependency: check the text instead
        runners = set(re.findall(r"os: (ubuntu|windows|macos)-", text))
        assert runners == {"ubuntu", "windows", "macos"}
        assert re.search(r"^    needs: build$", text, re.M)
        return
    flow = yaml.safe_load(text)
    include = flow["jobs"]["build"]["strategy"]["matrix"]["include"]
    assert {item["os"].split("-")[0] for item in include} == {"ubuntu", "windows", "macos"}
    assert flow["jobs"]["release"]["needs"] == "build"


def test_elfdeps_reads_needed_libraries() -> None:
    sys.path.insert(0, str(PACKAGING))
    try:
        import elfdeps
    finally:
        sys.path.remove(str(PACKAGING))
    target = Path(sys.executable).resolve()
    if not elfdeps.is_elf(target):
        pytest.skip("not an ELF system")
    needed = elfdeps.needed(target)
    assert any(n.startswith("libc.so") or n.startswith("libpython") for n in needed), needed


# --- the self-test in this process -----------------------------------------------------


def test_selftest_passes_offscreen(
    qapp: object, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # qapp: the test suite's QApplication, so the self-test does not install the app's
    # error handling into this process
    from rareearth_desk import paths
    from rareearth_desk.commands.selftest import PARTS, check_installation

    report = tmp_path / "report.txt"
    assert check_installation("offscreen", str(report)) == 0
    lines = capsys.readouterr().out.splitlines()
    for name, _part in PARTS:
        assert any(re.fullmatch(rf"ok {name} \d+\.\d\d s.*", line) for line in lines), name
    assert lines[-1].startswith("selftest passed")
    assert report.read_text("utf-8").splitlines() == lines
    assert not list(paths.cache_dir().glob("selftest-*")), "the self-test left its folder"
    assert "offscreen" in next(line for line in lines if line.startswith("ok window"))


def test_selftest_names_the_failed_part_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from rareearth_desk.commands import selftest

    def missing(run: object) -> str:
        import rareearth_desk.nlp.no_such_module  # type: ignore[import-not-found]  # noqa: F401

        return ""

    monkeypatch.setattr(selftest, "PARTS", [selftest.PARTS[0], ("entities", missing)])
    report = tmp_path / "report.txt"
    assert selftest.check_installation("none", str(report)) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "selftest failed: entities: part missing from this installation "
        "(No module named 'rareearth_desk.nlp.no_such_module')"
    ]
    assert report.read_text("utf-8").splitlines()[-1] == captured.err.strip()


def test_selftest_command_line() -> None:
    from rareearth_desk.cli import build_parser

    args = build_parser().parse_args(["selftest", "--no-gui", "--report", "r.txt"])
    assert (args.window, args.report) == ("none", "r.txt")
    assert build_parser().parse_args(["selftest", "--gui"]).window == "screen"
    assert build_parser().parse_args(["selftest"]).window == "offscreen"


# --- the frozen build (slow: REDESK_PACKAGING_TEST=1) -----------------------------------

def _build_wanted() -> bool:
    """REDESK_PACKAGING_TEST=1 asks for the build; CI runs it whenever the build tools are
    installed (the README's test command installs them); 0 turns it off everywhere."""
    wanted = os.environ.get("REDESK_PACKAGING_TEST")
    if wanted is not None:
        return wanted == "1"
    has_tools = importlib.util.find_spec("PyInstaller") is not None and bool(
        shutil.which("dpkg-deb")
    )
    return bool(os.environ.get("CI")) and has_tools


frozen = pytest.mark.skipif(
    not _build_wanted() or not sys.platform.startswith("linux"),
    reason="builds the installer (minutes): set REDESK_PACKAGING_TEST=1",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """packaging/build.sh's output: REDESK_PACKAGING_OUT when set (a finished build), else
    a fresh build (about 3 minutes on 2 busy cores)."""
    given = os.environ.get("REDESK_PACKAGING_OUT")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("packaging-out")
    env = dict(os.environ, PYTHON=sys.executable)
    env.pop("REDESK_HOME", None)
    result = subprocess.run(
        [str(PACKAGING / "build.sh"), "--out", str(out)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def _selftest_isolated(program: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the frozen selftest with a read-only install folder and a private temp folder.

    As root: in a mount namespace, the install folder made read-only and a private,
    empty /tmp (tmpfs). Otherwise: a read-only copy (mode bits) and TMPDIR pointing at an
    empty folder. Either way the run fails if anything is left in the temp folder.
    """
    root = program.parent
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    if os.geteuid() == 0 and shutil.which("unshare") and Path("/mnt").is_dir():
        # The install folder becomes read-only; the old /tmp (where pytest keeps both
        # folders) stays reachable as /mnt; a fresh tmpfs becomes /tmp.
        def seen(path: Path) -> str:
            text = str(path)
            return "/mnt" + text[4:] if text.startswith("/tmp/") else text

        script = (
            'set -e; mount --bind "$1" "$1"; mount -o remount,bind,ro "$1"; '
            "mount --rbind /tmp /mnt; mount -t tmpfs tmpfs /tmp; "
            'status=0; HOME="$3" "$2" selftest || status=$?; '
            'left="$(ls -A /tmp)"; [ -z "$left" ] || { echo "left in /tmp: $left"; exit 3; }; '
            "exit $status"
        )
        cmd = ["unshare", "--mount", "--propagation", "private", "bash", "-c", script, "-"]
        return subprocess.run(
            [*cmd, str(root), seen(program), seen(home)], env=env, capture_output=True, text=True
        )
    tmpdir = home / "tmp"
    tmpdir.mkdir()
    subprocess.run(["chmod", "-R", "a-w", str(root)], check=True)
    try:
        result = subprocess.run(
            [str(program), "selftest"],
            env=dict(env, TMPDIR=str(tmpdir)),
            capture_output=True,
            text=True,
        )
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(root)], check=True)
    left = list(tmpdir.iterdir())
    assert not left, f"left in the temp folder: {left}"
    return result


def _tree(root: Path) -> list[tuple[str, int, int]]:
    return sorted(
        (str(p.relative_to(root)), p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in root.rglob("*")
    )


@frozen
def test_frozen_bundle_selftest_writes_nothing_outside_the_user_folders(
    built: Path, tmp_path: Path
) -> None:
    bundle = built / "bundle" / "rareearth-desk"
    copy = tmp_path / "rareearth-desk"
    shutil.copytree(bundle, copy, symlinks=True)
    before = _tree(copy)
    home = tmp_path / "home"
    home.mkdir()
    result = _selftest_isolated(copy / "rareearth-desk", home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest passed" in result.stdout
    assert "version " + pyproject_version() + " frozen" in result.stdout
    assert _tree(copy) == before, "the self-test changed the install folder"
    assert not list(home.rglob("selftest-*")), "the self-test left its folder"
    # jieba's cache went to the user's cache folder of that run, which is gone
    assert not list(copy.rglob("jieba.cache"))


@frozen
def test_frozen_bundle_is_trimmed(built: Path) -> None:
    internal = built / "bundle" / "rareearth-desk" / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    platforms = {n.rsplit("/", 1)[-1] for n in names if "/plugins/platforms/" in n}
    assert (
        {"libqxcb.so", "libqoffscreen.so"}
        <= platforms
        <= {
            "libqxcb.so",
            "libqoffscreen.so",
            "libqwayland.so",
        }
    )
    jieba = {n for n in names if n.startswith("jieba/") and not n.endswith("/")}
    assert "jieba/dict.txt" in jieba
    assert not [n for n in jieba if "lac_small" in n or n.endswith(".p")]
    for unwanted in (
        "QtNetwork",
        "Qt6Network",
        "Qt6Qml",
        "Qt6Quick",
        "Qt6Pdf",
        "WebEngine",
        "tkinter",
    ):
        assert not [n for n in names if unwanted in n], unwanted
    # Python modules live in the PYZ archive: its table of contents lists them
    toc = (built / "work" / "rareearth-desk" / "PYZ-00.toc").read_text("utf-8")
    modules = set(re.findall(r"\(\s*'([\w.]+)'", toc))
    assert "sqlalchemy.dialects.sqlite" in modules and "rareearth_desk.ui.app" in modules
    for prefix in ("sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.mysql", "tkinter"):
        assert not [m for m in modules if m.startswith(prefix)], prefix


@frozen
def test_deb_unpacked_runs_its_selftest(built: Path, tmp_path: Path) -> None:
    debs = list(built.glob("rareearth-desk_*.deb"))
    assert len(debs) == 1
    deb = debs[0]
    assert deb.stat().st_size <= 60 * 1024 * 1024
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True
    )
    assert f"Version: {pyproject_version()}" in fields.stdout
    assert "libxcb-cursor0" in fields.stdout and "Recommends: fonts-noto-cjk" in fields.stdout
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert (root / "usr/share/applications/rareearth-desk.desktop").is_file()
    assert (root / "usr/share/mime/packages/rareearth-desk.xml").is_file()
    assert os.readlink(root / "usr/bin/rareearth-desk") == "/opt/rareearth-desk/rareearth-desk"
    home = tmp_path / "home"
    home.mkdir()
    result = _selftest_isolated(root / "opt" / "rareearth-desk" / "rareearth-desk", home)
    assert result.returncode == 0, result.stdout + result.stderr
