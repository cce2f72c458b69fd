#!/usr/bin/env bash
# A throwaway PostgreSQL for the storage tests: Debian's package (installed when missing),
# a fresh cluster in a temp dir owned by the postgres user, listening on 127.0.0.1 only,
# on a free port, with one database.
#
#   source .ci/postgres.sh          # exports CAREDRAFT_TEST_POSTGRES_URL; stops the server on exit
#   eval "$(.ci/postgres.sh)"       # prints the export line; the server keeps running
#                                   # (stop: pg_ctl -D "$CAREDRAFT_TEST_POSTGRES_DIR" stop, as postgres)

_pg_main() {
  set -eu
  local log=/dev/stderr

  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "postgres.sh: installing Debian's postgresql package" >"$log"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >"$log"
    apt-get install -y -qq postgresql >"$log"
  fi
  local bindir
  bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  local dir
  dir="$(mktemp -d /tmp/caredraft-pg.XXXXXX)"
  chown postgres "$dir"
  chmod 700 "$dir"

  local port
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

  _pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  (cd /tmp && _pg "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log")
  (cd /tmp && _pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >"$log")
  (cd /tmp && _pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres caredraft_test)

  CAREDRAFT_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/caredraft_test"
  CAREDRAFT_TEST_POSTGRES_DIR="$dir/data"
  _PG_CTL="$bindir/pg_ctl"
  export CAREDRAFT_TEST_POSTGRES_URL CAREDRAFT_TEST_POSTGRES_DIR
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced (from .ci/run): keep the caller's shell options, stop the server when it exits.
  _pg_saved_flags="$-"  # not "$(set +o)": command substitution drops errexit
  _pg_main
  case "$_pg_saved_flags" in *e*) set -e ;; *) set +e ;; esac
  case "$_pg_saved_flags" in *u*) set -u ;; *) set +u ;; esac
  _pg_stop() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$_PG_CTL" -D "$CAREDRAFT_TEST_POSTGRES_DIR" -m fast stop >/dev/null 2>&1 || true
    else "$_PG_CTL" -D "$CAREDRAFT_TEST_POSTGRES_DIR" -m fast stop >/dev/null 2>&1 || true; fi
  }
  trap _pg_stop EXIT
  echo "postgres.sh: CAREDRAFT_TEST_POSTGRES_URL=$CAREDRAFT_TEST_POSTGRES_URL" >&2
else
  set -euo pipefail
  _pg_main
  echo "export CAREDRAFT_TEST_POSTGRES_URL='$CAREDRAFT_TEST_POSTGRES_URL'"
  echo "export CAREDRAFT_TEST_POSTGRES_DIR='$CAREDRAFT_TEST_POSTGRES_DIR'"
fi
