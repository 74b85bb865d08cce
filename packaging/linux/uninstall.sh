#!/usr/bin/env bash
# Remove the program installed by install.sh. Your binders (your data) are NOT touched.
set -euo pipefail
data="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -rf "$HOME/.local/lib/iepbinder" "$HOME/.local/bin/iepbinder" "$data/applications/iepbinder.desktop"
find "$data/icons/hicolor" -name 'iepbinder.*' -delete 2>/dev/null || true
echo "IEP Binder was removed. Your binders are still in your user data folder."
