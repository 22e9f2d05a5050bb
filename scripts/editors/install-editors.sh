#!/usr/bin/env bash
# Installs what the real-editor tests need on a Debian machine that reaches only the npm registry and Debian:
# code-server 4.100.3 (VS Code 1.100's workbench, the newest that runs on Node 20), Debian's Chromium (driven by
# playwright-core), Neovim 0.7, and Emacs 28 with eglot 1.9 (emacs-nox, elpa-eglot). code-server goes into a cache
# folder, outside the project's dependencies.
# Idempotent: a second run only checks. See test/editors/README.md.
set -euo pipefail

# `npm test` runs this after the unit and protocol tests: when it fails, say plainly what failed and what did not.
on_failure() {
  local status=$?
  {
    echo
    echo "install-editors: FAILED (exit $status) while installing the editors for the real-editor tests (see the lines above)."
    echo "The unit and protocol tests ran before this step; their summary is above. The real-editor tests (VS Code, Neovim,"
    echo "Emacs) did not run. To run only the unit and protocol tests: npm run test:unit"
    echo "To install the editors yourself (Debian, as root): bash scripts/editors/install-editors.sh"
  } >&2
  exit "$status"
}
trap on_failure ERR

CODE_SERVER_VERSION=4.100.3
CACHE_DIR="${PRIVACY_LINT_EDITOR_CACHE:-$HOME/.cache/privacy-lint-editors}"
PREFIX="$CACHE_DIR/code-server-$CODE_SERVER_VERSION"

need_apt=()
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v nvim >/dev/null || need_apt+=(neovim)
command -v emacs >/dev/null || need_apt+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || need_apt+=(elpa-eglot)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
# A Japanese font, so the screenshots of the Japanese HTML record (test/editors/report) show text, not boxes.
{ command -v fc-list >/dev/null && [ -n "$(fc-list :lang=ja family)" ]; } || need_apt+=(fonts-ipafont-gothic)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "install-editors: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" != 0 ]; then
    echo "install-editors: apt-get needs root: run as root, or install ${need_apt[*]} yourself" >&2
    false
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ -x "$PREFIX/node_modules/.bin/code-server" ]; then
  echo "install-editors: code-server $CODE_SERVER_VERSION already in $PREFIX"
  exit 0
fi

# @vscode/ripgrep downloads rg from GitHub at install unless its cache already holds the archive: give it Debian's.
RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE"
if [ ! -f "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
  tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$tmp/rg"
  tar -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp" rg
  rm -rf "$tmp"
fi

mkdir -p "$PREFIX"
cd "$PREFIX"
[ -f package.json ] || echo '{"name":"code-server-cache","private":true}' > package.json
echo "install-editors: npm install code-server@$CODE_SERVER_VERSION into $PREFIX (2-3 minutes)"
npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null
# --version writes a default ~/.config/code-server/config.yaml unless it has config folders of its own.
version_home="$(mktemp -d)"
XDG_CONFIG_HOME="$version_home" XDG_DATA_HOME="$version_home" "$PREFIX/node_modules/.bin/code-server" --version
rm -rf "$version_home"
