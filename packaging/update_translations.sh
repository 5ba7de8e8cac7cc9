#!/bin/sh
# Refresh the interface translations from the code and compile them.
#
#   packaging/update_translations.sh          update .ts from rareearth_desk/ui, compile .qm
#   packaging/update_translations.sh --check  also fail when a message is untranslated
#
# New strings appear in resources/i18n/rareearth_desk_zh_CN.ts as unfinished: translate
# them there (by hand or in pyside6-linguist) and run this again. English is the source
# language; its file is filled with the source texts.
set -eu
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-.venv/bin}"
PY="${PYTHON:-.venv/bin/python}"
OUT=resources/i18n
mkdir -p "$OUT"
SOURCES=$(find rareearth_desk/ui -name '*.py' | sort)
for locale in zh_CN en; do
    # shellcheck disable=SC2086 # one argument per source file
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en \
        -target-language "$locale" $SOURCES -ts "$OUT/rareearth_desk_$locale.ts"
done
"$PY" -m rareearth_desk.ui.i18n_tools fill-en "$OUT/rareearth_desk_en.ts"
for locale in zh_CN en; do
    "$BIN/pyside6-lrelease" -silent "$OUT/rareearth_desk_$locale.ts" -qm "$OUT/rareearth_desk_$locale.qm"
done
if [ "${1:-}" = "--check" ]; then
    "$PY" -m rareearth_desk.ui.i18n_tools check "$OUT/rareearth_desk_zh_CN.ts" "$OUT/rareearth_desk_en.ts"
fi
