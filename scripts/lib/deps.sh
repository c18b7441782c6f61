#!/usr/bin/env bash
# Sourced by scripts/demo, scripts/test and friends: makes sure the build dependencies are
# present. On Debian/Ubuntu it installs what is missing with apt-get (through sudo when not
# root); on macOS and Windows it prints what to install, because there is no one right way.

# Everything the build, the tests and the scripts need, as Debian/Ubuntu package names.
DISCUE_DEB_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsimdjson-dev libgl-dev libfontconfig-dev
    libqt6svg6 qt6-qpa-plugins
    curl jq xvfb xauth
    # package_install: cpack's shlibdeps needs file, the clean root needs debootstrap
    file debootstrap
)

discue_print_other_platforms() {
    cat <<'TXT'
This script installs dependencies on Debian and Ubuntu only. On other systems:

macOS (Homebrew):
    brew install cmake ninja qt qtkeychain simdjson
    cmake --preset release -DCMAKE_PREFIX_PATH="$(brew --prefix qt)"
    cmake --build --preset release
    open build/release/app/discue-keys.app --args --demo

Windows (Qt online installer with Qt 6.4+ for MSVC, plus vcpkg):
    vcpkg install qtkeychain-qt6 simdjson
    cmake --preset release -DCMAKE_PREFIX_PATH=C:\Qt\6.x\msvc2019_64 ^
          -DCMAKE_TOOLCHAIN_FILE=%VCPKG_ROOT%\scripts\buildsystems\vcpkg.cmake
    cmake --build --preset release
    build\release\app\discue-keys.exe --demo
TXT
}

discue_install_deps() {
    if [[ "$(uname -s)" != Linux ]] || ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        discue_print_other_platforms
        return 1
    fi
    local missing=()
    local pkg
    for pkg in "${DISCUE_DEB_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to install ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" || return 1
}

# Configures and builds one preset; the build directory is build/<preset>.
discue_build() {
    local preset=$1
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake --preset "$preset" "${launcher[@]}" >/dev/null || return 1
    cmake --build --preset "$preset" -j "$(nproc 2>/dev/null || echo 2)"
}
