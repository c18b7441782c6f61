#!/usr/bin/env bash
# Installs the built .deb into a clean Debian root made with debootstrap in the build tree,
# runs the console there, removes the package and checks that nothing of it is left.
# Exit 77 (reported by CTest as skipped, never as passed) when the machine cannot do this.
set -uo pipefail

build_dir=$1    # the CMake build tree with CPackConfig.cmake
version=$2      # the project version the binaries must report
suite=${DISCUE_DEBOOTSTRAP_SUITE:-bookworm}
mirror=${DISCUE_DEBOOTSTRAP_MIRROR:-http://deb.debian.org/debian}
work="$build_dir/package-test"
root="$work/root-$suite"

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*"; exit 1; }

[[ $(id -u) -eq 0 ]] || skip "needs root for debootstrap and chroot"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
command -v cpack >/dev/null || skip "cpack is not on PATH"

mkdir -p "$work"
echo "== building the .deb"
rm -f "$work"/discue-keys_*.deb
(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >/dev/null) || fail "cpack could not build the .deb"
deb=$(ls "$work"/discue-keys_*.deb 2>/dev/null | head -1)
[[ -n $deb ]] || fail "cpack produced no .deb"

if [[ ! -f $root/.discue-complete ]]; then
    echo "== debootstrap $suite into $root (once per build tree)"
    rm -rf "$root"
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -5 "$work/debootstrap.log"; skip "debootstrap could not create a $suite root (see $work/debootstrap.log)"; }
    touch "$root/.discue-complete"
fi

cleanup() { umount "$root/proc" 2>/dev/null; umount "$root/dev" 2>/dev/null; }
trap cleanup EXIT
mount -t proc proc "$root/proc" || skip "cannot mount /proc in the chroot"
mount --bind /dev "$root/dev" || skip "cannot bind /dev into the chroot"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

cp "$deb" "$root/tmp/"
name=$(basename "$deb")
echo "== apt-get install ./$name"
in_root apt-get update -qq >/dev/null || fail "apt-get update failed in the chroot"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$name" >"$work/install.log" 2>&1 \
    || { tail -20 "$work/install.log"; fail "apt-get could not install $name"; }

in_root dpkg -L discue-keys >"$work/files.txt" || fail "dpkg does not know the package after installing it"

echo "== no library search path of their own in the installed programs"
for program in discue-keys discue-emulator; do
    # Qt's libraries are the system's: an RPATH or RUNPATH would only make the loader look
    # in other directories first.
    paths=$(readelf -d "$root/usr/bin/$program" | grep -E 'RPATH|RUNPATH')
    [[ -z $paths ]] || fail "$program has a library search path: $paths"
done

echo "== discue-keys --version"
out=$(in_root discue-keys --version 2>&1) || fail "discue-keys --version failed: $out"
echo "$out"
[[ $out == *"$version"* ]] || fail "--version printed '$out', expected $version"

echo "== discue-keys --demo --smoke (offscreen)"
out=$(in_root env QT_QPA_PLATFORM=offscreen timeout 60 discue-keys --demo --smoke 2>&1) \
    || fail "the demo start failed: $out"
echo "$out"
[[ $out =~ [0-9]+\ keys ]] || fail "the smoke run did not report a filled key table"

echo "== discue-emulator --help"
in_root discue-emulator --help >/dev/null 2>&1 || fail "discue-emulator --help failed"

echo "== apt-get purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq discue-keys >"$work/purge.log" 2>&1 \
    || { tail -20 "$work/purge.log"; fail "apt-get could not remove the package"; }
in_root dpkg -s discue-keys >/dev/null 2>&1 && fail "dpkg still lists discue-keys after purge"
left=0
while read -r path; do
    if [[ -f $root$path || -L $root$path ]]; then
        echo "left behind: $path"
        left=1
    fi
done <"$work/files.txt"
((left == 0)) || fail "files of the package are left after purge"
rm -f "$root/tmp/$name"
echo "installed, ran and removed $name cleanly"
