#!/usr/bin/env bash
# Checks the Debian package end to end (run as root): cpack -G DEB in BUILD_DIR, apt-get install the .deb, run
# the installed program, check the files it brings, apt-get remove it again. Any failing step ends the script
# with "package-check: FAIL" and a non-zero exit; the package is removed on the way out either way.
# Usage: scripts/package-check.sh BUILD_DIR   (any configured build directory; what is not built yet is built:
# cpack itself only packs what the build made, the PNG icons included)
set -euo pipefail

pkg=ocpi-session-monitor
app_id=io.example.OcpiSessionMonitor
apt=(apt-get -y -q -o DPkg::Lock::Timeout=300) # other builds on the machine may hold the dpkg lock a while

say() { echo "package-check: $*"; }
fail() { echo "package-check: FAIL: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || fail "installing the package needs root"
build=$(cd "$1" && pwd) || fail "no build directory $1"
[[ -f $build/CPackConfig.cmake ]] || fail "$build has no CPackConfig.cmake: configure it first (cmake --preset ...)"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[[ -n $version ]] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
export DEBIAN_FRONTEND=noninteractive

say "cmake --build $build, then cpack -G DEB there (version $version)"
cmake --build "$build" || fail "cmake --build $build"
rm -f "$build/${pkg}"_*.deb
(cd "$build" && cpack -G DEB) || fail "cpack -G DEB"
debs=("$build/${pkg}_${version}"_*.deb)
[[ -f ${debs[0]} && ${#debs[@]} -eq 1 ]] || fail "expected one ${pkg}_${version}_*.deb in $build, found: ${debs[*]}"
deb=${debs[0]}

depends=$(dpkg-deb -f "$deb" Depends)
say "Depends: $depends"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6network6 libqt6httpserver6 libsimdjson \
    libstdc++6 libc6 qt6-qpa-plugins libqt6svg6; do
    [[ $depends == *"$dep"* ]] || fail "Depends lacks $dep"
done

# apt's download user (_apt) must be able to read the .deb, which a build directory under /root may not allow.
tmp=$(mktemp -d)
chmod 755 "$tmp"
cp "$deb" "$tmp/"
chmod 644 "$tmp/${deb##*/}"
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    say "note: $pkg was installed already; it is replaced by this build's package and removed at the end"
fi
cleanup() {
    rm -rf "$tmp"
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        say "apt-get remove $pkg (after a failure)"
        "${apt[@]}" remove "$pkg" >/dev/null || true
    fi
}
trap cleanup EXIT

say "apt-get install ${deb##*/}"
(cd "$tmp" && "${apt[@]}" install "./${deb##*/}") || fail "apt-get install ./${deb##*/}"

bin=/usr/bin/$pkg
[[ -x $bin ]] || fail "$bin is not installed"
out=$("$bin" --version) || fail "$bin --version failed"
say "--version: $out"
[[ $out == *"$version"* ]] || fail "--version does not print $version"

examples=/usr/share/doc/$pkg/examples
say "validate $examples/session_example_1_simple_start.json (expects exit 0)"
rc=0
"$bin" validate "$examples/session_example_1_simple_start.json" || rc=$?
[[ $rc -eq 0 ]] || fail "validate on example 1 exited $rc, expected 0"
say "validate $examples/session_example_2_short_finished.json (has a known error: expects exit 1)"
rc=0
"$bin" validate "$examples/session_example_2_short_finished.json" || rc=$?
[[ $rc -eq 1 ]] || fail "validate on example 2 exited $rc, expected 1"
# The translations travel inside the binary: the installed program answers in German, Dutch and French.
for lang in de:Zusammenfassung nl:samenvatting fr:"résumé"; do
    out=$(LC_ALL= LANG=${lang%%:*}_XX.UTF-8 OSM_LANGUAGE= "$bin" validate "$examples/session_example_1_simple_start.json") ||
        fail "validate in ${lang%%:*} failed"
    needle=${lang#*:}; [[ ${out,,} == *"${needle,,}"* ]] || fail "validate with LANG=${lang%%:*}: no \"${lang#*:}\" in: $out"
    say "LANG=${lang%%:*}: $(tail -1 <<<"$out")"
done

files=$(dpkg -L "$pkg")
expected=(
    "$bin"
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "/usr/share/doc/$pkg/copyright"
    "/usr/share/doc/$pkg/changelog.gz"
    "/usr/share/man/man1/$pkg.1.gz"
    "$examples/COPYRIGHT-OCPI.asciidoc"
)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$files" || fail "dpkg -L $pkg does not list $f"
    [[ -f $f ]] || fail "$f is listed but not on disk"
done
for size in 16 32 48 64 128 256; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    file -b "$png" | grep -q "^PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done
say "dpkg -L lists the program, .desktop, metainfo, icons, copyright, changelog, manual page, examples: ${#expected[@]} files"

# The installed desktop files, checked with the tools setup-debian.sh installs (skipped where missing).
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
    say "desktop-file-validate: ok"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
    say "appstreamcli validate --no-net: ok"
fi

say "apt-get remove $pkg"
"${apt[@]}" remove "$pkg" || fail "apt-get remove $pkg"
! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || fail "$pkg is still installed"
[[ ! -e $bin ]] || fail "$bin is still there after the removal"
say "ok: ${deb##*/} builds, installs, runs and removes cleanly"
