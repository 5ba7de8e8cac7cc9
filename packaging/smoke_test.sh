#!/usr/bin/env bash
# Install the .deb, check the installed app, start its window, then purge it.
#
#   sudo packaging/smoke_test.sh PACKAGE.deb [OUT_DIR]
#
# 1. dpkg -i (then apt-get -f install -y when dependencies are missing)
# 2. the installed `rareearth-desk selftest` from a clean environment (env -i, a fresh
#    HOME), in a private /tmp and with /opt/rareearth-desk mounted read-only: it must
#    pass and leave /tmp empty and the install folder unchanged
# 3. the real window under Xvfb: first start (builds the sample project), then three
#    starts timed until `xdotool search --onlyvisible --name RareEarth` finds the window
#    (median reported); a screenshot of the first start goes to OUT_DIR
# 4. .redesk file type and desktop entry registered; a project opened by `rareearth-desk
#    PATH.redesk` (what the desktop entry runs)
# 5. dpkg --purge, and nothing of the package left
# Results go to stdout and OUT_DIR/smoke.txt (OUT_DIR defaults to ./smoke-out).
set -euo pipefail

deb="${1:?usage: smoke_test.sh PACKAGE.deb [OUT_DIR]}"
out="${2:-smoke-out}"
[ "$(id -u)" = 0 ] || { echo "smoke_test.sh: run as root (dpkg -i, mounts)" >&2; exit 2; }
for tool in Xvfb xdotool import unshare dpkg-deb flock; do
    command -v "$tool" >/dev/null || { echo "smoke_test.sh: $tool is missing" >&2; exit 2; }
done
# one smoke test at a time: two would install and purge the same system package under each other
exec 9>/var/lock/rareearth-desk-smoke-test.lock
flock 9
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
report="$out/smoke.txt"
: > "$report"
work="$(mktemp -d "$out/work.XXXXXX")"
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
say() { echo "$*" | tee -a "$report"; }
fail() { say "FAIL: $*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
clean_env() { env -i HOME="$1" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "${@:2}"; }

say "package: $deb ($(du -k "$deb" | cut -f1) KB)"
dpkg-deb -f "$deb" Depends | sed 's/^/depends: /' | tee -a "$report"

# --- 1. install ------------------------------------------------------------------------
t0="$(now)"
if ! dpkg -i "$deb" > "$work/dpkg-i.log" 2>&1; then
    say "dpkg -i left dependencies missing; apt-get -f install -y"
    DEBIAN_FRONTEND=noninteractive apt-get -f install -y > "$work/apt.log" 2>&1 \
        || { cat "$work/apt.log"; fail "apt-get -f install"; }
fi
[ "$(dpkg-query -W -f='${Status}' rareearth-desk)" = "install ok installed" ] || fail "package not installed"
say "installed in $(since "$t0") s: $(dpkg-query -W -f='${Version} ${Installed-Size} KB' rareearth-desk)"
dpkg -L rareearth-desk | sort > "$work/files.txt"
[ -x /opt/rareearth-desk/rareearth-desk ] || fail "/opt/rareearth-desk/rareearth-desk missing"
[ "$(command -v rareearth-desk)" = /usr/bin/rareearth-desk ] || fail "rareearth-desk is not on PATH"
say "version: $(clean_env "$work" rareearth-desk --version)"

# --- 2. selftest: clean environment, private /tmp, read-only install folder ---------------
home="$work/home-selftest"
mkdir -p "$home"
find /opt/rareearth-desk -printf '%p %s %T@\n' | sort > "$work/opt-before.txt"
t0="$(now)"
unshare --mount --propagation private bash -c '
    set -e
    mount -t tmpfs -o size=64m tmpfs /tmp
    mount --bind /opt/rareearth-desk /opt/rareearth-desk
    mount -o remount,bind,ro /opt/rareearth-desk
    status=0
    env -i HOME="$1" PATH=/usr/bin:/bin LANG=C.UTF-8 rareearth-desk selftest --report "$1/report.txt" || status=$?
    left="$(ls -A /tmp)"
    if [ -n "$left" ]; then echo "left in /tmp: $left"; status=3; fi
    exit $status
' selftest "$home" > "$work/selftest.txt" 2>&1 || { cat "$work/selftest.txt"; fail "installed selftest"; }
selftest_time="$(since "$t0")"
sed 's/^/  /' "$work/selftest.txt" | tee -a "$report"
find /opt/rareearth-desk -printf '%p %s %T@\n' | sort > "$work/opt-after.txt"
cmp -s "$work/opt-before.txt" "$work/opt-after.txt" || fail "the install folder changed during the selftest"
grep -q '^selftest passed' "$home/report.txt" || fail "--report file without the result"
leftover="$(find "$home" -path '*selftest-*' | head -1)"
[ -z "$leftover" ] || fail "selftest left its folder behind: $leftover"
say "selftest: passed in $selftest_time s (private /tmp stayed empty, /opt read-only and unchanged, report file written)"

# --- 3. the window under Xvfb ------------------------------------------------------------
display=""
for n in $(seq 120 160); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || fail "no free X display number"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do xdotool getmouselocation --display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

gui_home="$work/home-gui"
mkdir -p "$gui_home"
# start the app and wait for its window: sets app_pid and took (seconds until it is visible)
app_pid=""
took=""
start_window() {
    local t0 id=""
    t0="$(now)"
    (exec env -i HOME="$gui_home" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" \
        rareearth-desk "$@" > "$work/app.log" 2>&1) &
    app_pid=$!
    for _ in $(seq 3000); do
        id="$(DISPLAY="$display" xdotool search --all --onlyvisible --pid "$app_pid" --name 'RareEarth' 2>/dev/null | head -1 || true)"
        [ -n "$id" ] && break
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; return 1; }
        sleep 0.01
    done
    [ -n "$id" ] || return 1
    took="$(since "$t0")"
}
window_title() {
    DISPLAY="$display" xdotool search --all --onlyvisible --pid "$app_pid" --name 'RareEarth' getwindowname 2>/dev/null | head -1
}
stop_window() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

start_window || fail "no window at the first start"
first="$took"
sleep 3  # let the highlighter finish so the screenshot shows entities
DISPLAY="$display" import -window root "$out/rareearth-desk-first-start.png"
title="$(window_title)"
stop_window
say "first start (sample project built): window after $first s: \"$title\"; screenshot $out/rareearth-desk-first-start.png"

times=()
for i in 1 2 3; do
    start_window || fail "no window at start $i"
    times+=("$took")
    sleep 1
    stop_window
done
median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)"
say "cold start to a visible window (last project reopened): ${times[*]} s, median $median s"

# --- 4. file type, desktop entry, opening a project by its path ----------------------------
grep -q 'application/x-rareearth-desk-project:\*\.redesk' /usr/share/mime/globs2 \
    || fail ".redesk is not in the MIME database"
grep -q '^MimeType=application/x-rareearth-desk-project;' /usr/share/applications/rareearth-desk.desktop \
    || fail "desktop entry without the MIME type"
if [ -f /usr/share/applications/mimeinfo.cache ]; then
    grep -q 'x-rareearth-desk-project=rareearth-desk.desktop' /usr/share/applications/mimeinfo.cache \
        || fail "mimeinfo.cache does not name the desktop entry"
fi
clean_env "$gui_home" rareearth-desk new "$gui_home/double-click.redesk" > /dev/null
start_window "$gui_home/double-click.redesk" || fail "'rareearth-desk PATH.redesk' opened no window"
t="$took"
title="$(window_title)"
stop_window
case "$title" in double-click*) ;; *) fail "opening a .redesk showed \"$title\"" ;; esac
say "file type: *.redesk registered; 'rareearth-desk double-click.redesk' opened \"$title\" in $t s"
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
find /opt/rareearth-desk -printf '%p %s %T@\n' | sort > "$work/opt-after-gui.txt"
cmp -s "$work/opt-before.txt" "$work/opt-after-gui.txt" || fail "the window runs changed the install folder"
say "install folder unchanged after $((${#times[@]} + 2)) window starts"

# --- 5. purge ---------------------------------------------------------------------------
dpkg --purge rareearth-desk > "$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "dpkg --purge"; }
[ ! -e /opt/rareearth-desk ] || fail "/opt/rareearth-desk is still there"
left=0
while IFS= read -r f; do
    if [ -e "$f" ] && [ ! -d "$f" ]; then say "left behind: $f"; left=$((left + 1)); fi
    case "$f" in /opt/rareearth-desk*) [ ! -e "$f" ] || { say "left behind: $f"; left=$((left + 1)); } ;; esac
done < "$work/files.txt"
[ "$left" = 0 ] || fail "$left files of the package are left"
! grep -q 'x-rareearth-desk-project' /usr/share/mime/globs2 || fail ".redesk is still in the MIME database"
dpkg-query -W rareearth-desk >/dev/null 2>&1 && fail "dpkg still knows rareearth-desk"
say "purged: no file of the package left, .redesk type gone"
say "smoke test passed"
