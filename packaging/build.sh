#!/usr/bin/env bash
# Build RareEarth Desk for Linux: the PyInstaller one-folder bundle, its self-test, and a .deb.
#
#   packaging/build.sh [--out DIR] [--from-git REV] [--skip-freeze] [--no-deb] [--zstd]
#
#   --out DIR       where the bundle, the .deb and build-info.txt go (default: packaging/out)
#   --from-git REV  build the committed tree REV (e.g. HEAD), exported to DIR/src, instead
#                   of the working tree
#   --skip-freeze   reuse DIR/bundle/rareearth-desk from an earlier run
#   --no-deb        stop after the bundle and its self-test
#   --zstd          compress the .deb with zstd (faster, bigger) instead of xz
#
# Python: $PYTHON, else .venv/bin/python of the repository, else python3. It needs the
# app's dependencies and packaging/requirements-build.txt installed.
# The .deb's Depends come from dpkg-shlibdeps over every ELF file of the bundle: the
# libraries the bundle needs and does not carry.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
freeze=1
deb=1
compression=xz
from_git=""
pass_on=()
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        --from-git) from_git="$2"; shift 2 ;;
        --skip-freeze) freeze=0; pass_on+=("$1"); shift ;;
        --no-deb) deb=0; pass_on+=("$1"); shift ;;
        --zstd) compression=zstd; pass_on+=("$1"); shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option: $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if [ -z "${PYTHON:-}" ]; then
    if [ -x "$root/.venv/bin/python" ]; then PYTHON="$root/.venv/bin/python"; else PYTHON=python3; fi
fi
if [ -n "$from_git" ]; then
    rm -rf "$out/src"
    mkdir -p "$out/src"
    git -C "$root" archive --format=tar "$from_git" | tar -x -C "$out/src"
    echo "build.sh: building $(git -C "$root" rev-parse --short "$from_git") exported to $out/src" >&2
    REDESK_BUILD_COMMIT="$(git -C "$root" rev-parse --short "$from_git")" PYTHON="$PYTHON" \
        exec "$out/src/packaging/build.sh" --out "$out" "${pass_on[@]}"
fi
version="$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$root/pyproject.toml")"
arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
bundle="$out/bundle/rareearth-desk"
info="$out/build-info.txt"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { echo "build.sh: $*" | tee -a "$info" >&2; }

: > "$info"
commit="${REDESK_BUILD_COMMIT:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown) plus working-tree changes}"
log "RareEarth Desk $version ($commit) for $arch, python $("$PYTHON" -c 'import sys; print(sys.version.split()[0])'), pyinstaller $("$PYTHON" -m PyInstaller --version)"

# --- the bundle ---------------------------------------------------------------------------
if [ "$freeze" = 1 ]; then
    t0="$(now)"
    rm -rf "$out/bundle" "$out/work"
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --workpath "$out/work" --distpath "$out/bundle" "$here/rareearth-desk.spec" \
        > "$out/pyinstaller.log" 2>&1 || { tail -30 "$out/pyinstaller.log" >&2; exit 1; }
    grep 'pruned' "$out/pyinstaller.log" >> "$info" || true
    log "freeze: $(elapsed "$t0") s, bundle $(du -sm "$bundle" | cut -f1) MB, $(find "$bundle" -type f | wc -l) files"
fi
[ -x "$bundle/rareearth-desk" ] || { echo "build.sh: no bundle at $bundle" >&2; exit 1; }

# The self-test runs from the bundle with its own user folders, like an installed copy.
t0="$(now)"
selftest_home="$(mktemp -d "$out/selftest-home.XXXXXX")"
if ! env -i HOME="$selftest_home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
        "$bundle/rareearth-desk" selftest > "$out/selftest.txt" 2>&1; then
    cat "$out/selftest.txt" >&2
    log "selftest of the bundle FAILED"
    exit 1
fi
rm -rf "$selftest_home"
log "bundle selftest: $(elapsed "$t0") s"
cat "$out/selftest.txt" >> "$info"

[ "$deb" = 1 ] || exit 0

# --- the .deb -------------------------------------------------------------------------------
t0="$(now)"
stage="$out/deb"
pkg="$stage/debian/rareearth-desk"
rm -rf "$stage"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
    "$pkg/usr/share/mime/packages" "$pkg/usr/share/doc/rareearth-desk" \
    "$pkg/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$pkg/opt/rareearth-desk"
ln -s /opt/rareearth-desk/rareearth-desk "$pkg/usr/bin/rareearth-desk"
install -m 644 "$here/linux/rareearth-desk.desktop" "$pkg/usr/share/applications/"
install -m 644 "$here/linux/rareearth-desk-mime.xml" "$pkg/usr/share/mime/packages/rareearth-desk.xml"
install -m 644 "$here/deb/copyright" "$pkg/usr/share/doc/rareearth-desk/copyright"
for png in "$here"/icons/rareearth-desk-*.png; do
    size="${png##*-}"; size="${size%.png}"
    mkdir -p "$pkg/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/rareearth-desk.png"
done
install -m 644 "$here/icons/rareearth-desk.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/rareearth-desk.svg"
install -m 755 "$here/deb/postinst" "$here/deb/postrm" "$pkg/DEBIAN/"
# files 644, folders and programs 755, owned by root (dpkg-deb --root-owner-group)
chmod -R u+rwX,go+rX,go-w "$pkg"

# Depends: the libraries the bundle needs and does not carry (dpkg-shlibdeps; see deb/depends.py)
depends="$("$PYTHON" "$here/deb/depends.py" "$stage" "$pkg" 2>"$out/depends.log")" \
    || { cat "$out/depends.log" >&2; log "cannot work out the Depends"; exit 1; }
grep '^depends.py' "$out/depends.log" >> "$info" || true
external="$(cd "$here" && "$PYTHON" elfdeps.py external "$pkg/opt/rareearth-desk" | tr '\n' ' ')"
log "libraries the bundle needs from the system: $external"
log "Depends: $depends"

installed_size="$(du -sk --apparent-size "$pkg" | cut -f1)"
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" \
    -e "s|@MAINTAINER@|${DEB_MAINTAINER:-RareEarth Desk developers <maintainers@rareearth-desk.invalid>}|" \
    -e "s|@INSTALLED_SIZE@|$installed_size|" -e "s|@DEPENDS@|$depends|" \
    "$here/deb/control.in" > "$pkg/DEBIAN/control"
chmod 644 "$pkg/DEBIAN/control"

debfile="$out/rareearth-desk_${version}_${arch}.deb"
rm -f "$debfile"
t1="$(now)"
dpkg-deb --root-owner-group -Z"$compression" --build "$pkg" "$debfile" >/dev/null
log "deb: staged in $(elapsed "$t0") s, compressed ($compression) in $(elapsed "$t1") s, $(du -k "$debfile" | cut -f1) KB: $debfile"
echo "$debfile"
