#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: installs what is missing (npm packages, Debian's
# Chromium, a PostgreSQL server, a Redis server), then checks package boundaries and types, runs
# the unit and API tests (the workspace packages' own included) on SQLite and on PostgreSQL,
# installs both plugins into a throw-away app from their packed tarballs, and runs the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# npm packages: a clean install when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Debian's Chromium for the browser tests (browsers are never downloaded by npm here).
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || apt_install chromium

# PostgreSQL on 127.0.0.1:5432 with trust authentication for local connections.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  pg_isready -h 127.0.0.1 -p 5432
fi

# Redis on 127.0.0.1:6379 for the shared response cache and rate limits (tests that take Redis
# away start a server of their own), without persistence: test keys are thrown away with it.
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
  redis-cli -h 127.0.0.1 -p 6379 ping
fi

echo "== Package boundaries (no relative import crosses into another package)"
npm run check:boundaries
echo "== Type checks (app server, admin, tests, and each workspace package)"
npm run typecheck
echo "== Unit and API tests on SQLite"
DATABASE_CLIENT=sqlite npx jest
echo "== Unit and API tests on PostgreSQL"
DATABASE_CLIENT=postgres npx jest
echo "== Install test: both plugins from npm pack tarballs in a throw-away Strapi app"
npx jest --config tests/install/jest.config.js
echo "== Browser tests of the admin panel"
npx jest --config tests/e2e/jest.config.js
