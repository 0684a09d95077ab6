# Make PostgreSQL's server binaries present for the PostgreSQL store tests. Sourced by .ci/run,
# so it never exits: it only installs Debian's postgresql when no server binaries are found. The
# tests start their own throwaway server in a temporary folder (or use $DATABASE_URL when set),
# so nothing is started here. Idempotent; needs root and apt-get to install.
pg_setup_found() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v pg_config >/dev/null 2>&1
}
if [ -n "${DATABASE_URL:-}" ]; then
  echo "pg-setup: DATABASE_URL is set; the PostgreSQL tests use that server"
elif pg_setup_found; then
  echo "pg-setup: PostgreSQL binaries present ($(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tr '\n' ' '))"
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null
  echo "pg-setup: installed $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tr '\n' ' ')"
else
  echo "pg-setup: no PostgreSQL binaries and apt-get not usable here; the PostgreSQL tests will skip" >&2
fi
unset -f pg_setup_found
