#!/bin/sh
# PeerChallenge bootstrap: the engine behind the README's two commands.
#
#   sh cmake/bootstrap.sh demo   install what the build needs, build, open the demo engagement
#   sh cmake/bootstrap.sh test   install what the tests need, build, run every test (ctest)
#
# Works on a fresh Debian 12 machine as root or as a sudo user, from any directory.
# Idempotent: packages are installed and the build tree configured only when missing.
# In CI (CI=true) the "ci" preset (warnings are errors) is used instead of "default".
set -eu

BUILD_PACKAGES="qt6-base-dev libqt6opengl6-dev libsqlite3-dev sqlite3 catch2 cmake ninja-build g++
pkg-config qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev fonts-dejavu-core
libzip-dev fonts-crosextra-carlito libhunspell-dev hunspell-en-gb libxlsxwriter-dev"
TEST_PACKAGES="xvfb xauth xdotool imagemagick poppler-utils clang-format python3 python3-icalendar
python3-openpyxl python3-odf python3-docx python3-markdown"
DEMO_PACKAGES=""

DEMO_FILE=build/demo/northmoor.peerchallenge

usage() {
    echo "usage: sh cmake/bootstrap.sh demo|test" >&2
    echo "  demo  build the app and open the demo engagement" >&2
    echo "  test  build the app and run the whole test suite" >&2
}

say() {
    echo "bootstrap: $*"
}

die() {
    echo "bootstrap: $*" >&2
    exit 1
}

# Packages from the list given as arguments that are not installed.
missing_packages() {
    missing=""
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing="$missing $pkg"
        fi
    done
    echo "$missing"
}

install_packages() {
    missing=$(missing_packages "$@")
    [ -z "$missing" ] && return 0

    say "installing missing packages:$missing"
    command -v apt-get >/dev/null 2>&1 \
        || die "apt-get not found. This script targets Debian 12; install these packages yourself:$missing"
    if [ "$(id -u)" -eq 0 ]; then
        as_root=""
    elif command -v sudo >/dev/null 2>&1; then
        as_root="sudo"
    else
        die "not running as root and sudo is not installed; as root, run: apt-get install$missing"
    fi
    $as_root apt-get update
    # shellcheck disable=SC2086
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing

    # shellcheck disable=SC2086
    still=$(missing_packages $missing)
    [ -z "$still" ] || die "these packages could not be installed:$still"
}

configure_and_build() {
    if [ ! -f build/build.ninja ] || [ ! -f build/CMakeCache.txt ]; then
        say "configuring (preset $PRESET)"
        cmake --preset "$PRESET"
    fi
    say "building (preset $PRESET)"
    cmake --build --preset "$PRESET"
}

[ $# -eq 1 ] || {
    usage
    exit 2
}
MODE=$1
case $MODE in
    demo) PACKAGES="$BUILD_PACKAGES $DEMO_PACKAGES" ;;
    test) PACKAGES="$BUILD_PACKAGES $TEST_PACKAGES" ;;
    *)
        usage
        exit 2
        ;;
esac

ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"

case ${CI:-} in
    true | TRUE | True | 1) PRESET=ci ;;
    *) PRESET=default ;;
esac

# Word splitting of the package lists is intended.
# shellcheck disable=SC2086
install_packages $PACKAGES
configure_and_build

if [ "$MODE" = test ]; then
    if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
        XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/peerchallenge-runtime.XXXXXX")
        chmod 0700 "$XDG_RUNTIME_DIR"
        export XDG_RUNTIME_DIR
        trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
        trap 'exit 130' HUP INT TERM
    fi
    status=0
    ctest --preset "$PRESET" || status=$?
    exit "$status"
fi

# demo
if [ ! -f "$DEMO_FILE" ]; then
    say "creating the demo engagement $DEMO_FILE"
    mkdir -p "$(dirname "$DEMO_FILE")"
    # Create it aside and move it into place, so an interrupted run leaves no half-made file.
    tmp=$(mktemp -d "$(dirname "$DEMO_FILE")/.new.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    trap 'exit 130' HUP INT TERM
    build/bin/peerchallenge-cli demo "$tmp/$(basename "$DEMO_FILE")"
    mv "$tmp/$(basename "$DEMO_FILE")" "$DEMO_FILE"
    rm -rf "$tmp"
    trap - EXIT HUP INT TERM
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/bin/peerchallenge "$DEMO_FILE"
fi
echo "No display found: showing the demo engagement's summary instead." \
    "Run this command in a desktop session to open the app."
exec build/bin/peerchallenge-cli info "$DEMO_FILE"
