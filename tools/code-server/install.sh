#!/usr/bin/env bash
# Installs Node 24 and code-server into this folder (code-server 4.139 needs Node 24; the machine has 20).
# Idempotent: does nothing when both are already there.
set -euo pipefail
cd "$(dirname "$0")"
# Run from inside an npm script (npm test), the outer npm's npm_* variables would reach this npm as
# config: npm_config_user_agent says node v20, and code-server's postinstall rejects it. Start clean.
for v in $(env | grep -oE '^npm_[A-Za-z0-9_]+'); do unset "$v"; done
if [ -x node_modules/.bin/code-server ] && [ -x node_modules/node/bin/node ] && node_modules/.bin/code-server --version >/dev/null 2>&1; then
  echo "code-server already installed: $(node_modules/.bin/code-server --version | head -1)"; exit 0
fi
if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev pkg-config >/dev/null
fi
npm ci --no-audit --no-fund --ignore-scripts
# npm 11 blocks dependency install scripts unless approved: package.json's allowScripts approves them.
npm rebuild node
export PATH="$PWD/node_modules/node/bin:$PATH"
node --version
npm rebuild
node_modules/.bin/code-server --version
