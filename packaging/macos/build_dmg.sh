#!/usr/bin/env bash
# Pack "RareEarth Desk.app" (made by packaging/rareearth-desk.spec on macOS) into a .dmg.
#
#   packaging/macos/build_dmg.sh [DIST_DIR] [OUT_DIR]
#
# DIST_DIR holds the .app (default: dist), OUT_DIR gets
# RareEarthDesk-<version>-macos-<arch>.dmg (default: DIST_DIR). The disk image shows the
# app beside a link to /Applications, so the analyst drags one onto the other.
# Signing: with CODESIGN_IDENTITY set the app is signed with it (hardened runtime), else
# ad hoc (enough to run on the machine that downloads it after "Open" in the Finder's
# context menu). With NOTARY_PROFILE set (a `xcrun notarytool store-credentials` profile)
# the image is notarised and stapled.
set -euo pipefail

dist="${1:-dist}"
out="${2:-$dist}"
app="$dist/RareEarth Desk.app"
[ -d "$app" ] || { echo "build_dmg.sh: no app at $app" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || { echo "build_dmg.sh: needs macOS (hdiutil)" >&2; exit 2; }
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
arch="$(uname -m)"
mkdir -p "$out"
dmg="$out/RareEarthDesk-$version-macos-$arch.dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
else
    codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

staging="$(mktemp -d "${TMPDIR:-/tmp}/redesk-dmg.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "RareEarth Desk $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"

if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "$dmg ($(du -k "$dmg" | cut -f1) KB)"
