#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's contract tests.
#
#   tools/postgres-cluster.sh start DIR   installs PostgreSQL from Debian's packages when missing,
#                                         creates a cluster in DIR on a free loopback port and
#                                         prints its address (postgres://marshrut@127.0.0.1:PORT/postgres)
#   tools/postgres-cluster.sh stop DIR    stops it and removes DIR
#
# PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user the
# Debian package creates. It listens on 127.0.0.1 only and trusts local connections: it
# holds test data for the length of one test run and nothing else.
set -euo pipefail

command=${1:?usage: postgres-cluster.sh start|stop DIR}
dir=${2:?usage: postgres-cluster.sh start|stop DIR}

bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    echo "$found"
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    if [ -z "$(bin)" ] || [ ! -x "$(bin)/initdb" ]; then
        echo "Installing postgresql (the store's contract tests run against a throwaway cluster)…" >&2
        SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
        $SUDO apt-get update -qq >&2
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        # The package starts a cluster of its own; the tests do not use it.
        $SUDO service postgresql stop >/dev/null 2>&1 || true
    fi
    pg=$(bin)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_owner "$pg/initdb" -D "$dir/data" -U marshrut -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$pg/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://marshrut@127.0.0.1:$port/postgres"
    ;;
stop)
    pg=$(bin)
    if [ -n "$pg" ] && [ -d "$dir/data" ]; then
        as_owner "$pg/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
