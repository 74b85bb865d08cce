#!/usr/bin/env bash
# Install IEP Binder for this user: the program under ~/.local/lib, a command in ~/.local/bin,
# the menu entry and the icons. Run it from the unpacked archive: ./install.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
lib="$HOME/.local/lib/iepbinder"
bin="$HOME/.local/bin"
rm -rf "$lib"
mkdir -p "$lib" "$bin" "$data/applications"
cp -a "$here/iepbinder/." "$lib/"
ln -sf "$lib/iepbinder" "$bin/iepbinder"
sed "s|@BINDIR@|$lib|" "$here/iepbinder.desktop" > "$data/applications/iepbinder.desktop"
for size in 16 32 48 64 128 256; do
  dir="$data/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$here/icons/iepbinder-$size.png" "$dir/iepbinder.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/icons/iepbinder.svg" "$data/icons/hicolor/scalable/apps/iepbinder.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" || true
echo "IEP Binder is installed: find it in your applications menu, or run $bin/iepbinder"
