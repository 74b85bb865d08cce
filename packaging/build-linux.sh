#!/usr/bin/env bash
# Build the Linux one-folder program and an archive that installs into the user's menu.
#   packaging/build-linux.sh [OUT_DIR]     (default: dist/)
# Needs PyInstaller in the active Python (./dev setup installs it). Prints the archive's path.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/dist}")"
python="${PYTHON:-python3}"
version="$("$python" -c 'import sys; sys.path.insert(0, sys.argv[1]); import iepbinder; print(iepbinder.__version__)' "$root")"
name="iepbinder-$version-linux-$(uname -m)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$work/dist" \
  --workpath "$work/build" "$root/packaging/iepbinder.spec" >&2

stage="$work/$name"
mkdir -p "$stage/icons"
mv "$work/dist/iepbinder" "$stage/iepbinder"
cp "$root/packaging/linux/iepbinder.desktop" "$root/packaging/linux/install.sh" \
   "$root/packaging/linux/uninstall.sh" "$root/LICENSE" "$stage/"
cp "$root/resources/icons/iepbinder.svg" "$root"/resources/icons/iepbinder-*.png "$stage/icons/"
chmod +x "$stage/install.sh" "$stage/uninstall.sh"
mkdir -p "$out"
tar -C "$work" -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz"
