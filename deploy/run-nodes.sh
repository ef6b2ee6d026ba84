#!/usr/bin/env bash
# Runs CarePortal as in production, on this machine: two identical nodes on loopback behind Debian's nginx, on one
# PostgreSQL. Publishes the app once, starts node 1 (it applies the migrations), waits until it is ready, starts
# node 2, writes and starts nginx (non-root prefix in the work folder), and stops everything on exit or Ctrl-C.
#
#   deploy/run-nodes.sh [options]               runs until Enter, Ctrl-C or the end of standard input
#   deploy/run-nodes.sh [options] -- CMD ARGS   runs CMD once everything is ready, then stops; exits with CMD's status
#
# Options:
#   --port N          nginx listens on 127.0.0.1:N (default 8080); the nodes on two free ports; 0 = a free port
#   --postgres CONN   the Npgsql connection string of an existing database (or set CAREPORTAL_DATABASE);
#                     without it a throwaway PostgreSQL cluster is made in the work folder and removed afterwards
#   --demo            seed the demo people and requests (Demo__Seed=true; password CarePortal-demo-1): never in real use
#   --smtp HOST:PORT  send email through this SMTP server (no TLS); default: .eml files in WORK/data/mail
#   --work DIR        the work folder (default: a new /tmp/careportal-deploy.XXXXXX, removed afterwards)
#   --app DIR         an already published app (skips the publish)
#   --no-build        publish without building (after `dotnet build -c Release`)
#   --configuration C the build configuration to publish (default Release)
#   --node2-env "K=V …" extra environment for node 2 only: compares a setting under the same traffic (nginx alternates
#                     between the nodes), for example --node2-env "DOTNET_TieredPGO=0"
#   --node2-app DIR   node 2 runs the app published in DIR: compares two builds under the same traffic (no schema change
#                     between them: node 1 migrates)
#
# Every other setting reaches the nodes from the environment (docs/production.md lists them), for example
#   Mail__PollInterval=00:00:01 deploy/run-nodes.sh --demo
# Once ready it prints the addresses and writes them to WORK/env (CAREPORTAL_URL, CAREPORTAL_NODE1_URL,
# CAREPORTAL_NODE1_PID, …), which CMD also gets in its environment.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/lib.sh"

work="" app="" app2="" no_build="" configuration=Release node2_env="" database=${CAREPORTAL_DATABASE:-} port=8080 demo="" smtp="" keep_work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --postgres) database=$2; shift 2 ;;
    --demo) demo=1; shift ;;
    --smtp) smtp=$2; shift 2 ;;
    --work) work=$2; keep_work=1; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --no-build) no_build=--no-build; shift ;;
    --configuration) configuration=$2; shift 2 ;;
    --node2-env) node2_env=$2; shift 2 ;;
    --node2-app) app2=$(realpath "$2"); shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
    *) echo "run-nodes.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v nginx >/dev/null || { echo "run-nodes.sh: nginx is missing (apt-get install nginx)" >&2; exit 2; }

work=${work:-$(mktemp -d /tmp/careportal-deploy.XXXXXX)}
mkdir -p "$work/data" "$work/nginx/tmp"
# The postgres user (throwaway cluster) and nginx's workers must be able to reach their folders.
chmod 755 "$work" "$work/nginx"
pids=()
throwaway=""

stop_all() {
  trap - EXIT INT TERM
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "$throwaway" ] && "$here/postgres-throwaway.sh" stop "$throwaway"
  if [ -z "$keep_work" ]; then rm -rf "$work"; fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -z "$database" ]; then
  throwaway="$work/postgres"
  database="$("$here/postgres-throwaway.sh" start "$throwaway");Maximum Pool Size=50"
fi

if [ -z "$app" ]; then
  app="$work/app"
  echo "Publishing to $app …"
  dotnet publish "$root/src/CarePortal.Web" -c "$configuration" -o "$app" $no_build --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
fi

[ "$port" = "0" ] && port=$(free_port)
node_ports=("$(free_port)" "$(free_port)")
while [ "${node_ports[1]}" = "${node_ports[0]}" ] || [ "${node_ports[1]}" = "$port" ]; do node_ports[1]=$(free_port); done

start_node() {
  local n=$1 node_port=$2 node_app=$app
  if [ "$n" = 2 ] && [ -n "$app2" ]; then node_app=$app2; fi
  (
    cd "$node_app"
    export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
    export ASPNETCORE_URLS="http://127.0.0.1:$node_port"
    # X-Forwarded-For/-Proto are believed from nginx alone (it connects from loopback); AllowedHosts as the clients call it.
    export Proxy__KnownProxies__0=127.0.0.1 AllowedHosts="${AllowedHosts:-localhost;127.0.0.1}"
    # Memory (docs/production.md): the workstation GC, and no double-mapped code pages (W^X), keep a node near 250 MB.
    export DOTNET_gcServer=${DOTNET_gcServer:-0} DOTNET_EnableWriteXorExecute=${DOTNET_EnableWriteXorExecute:-0}
    export Database__Provider=Postgres Database__ConnectionString="$database"
    export Storage__DataDirectory="$work/data"
    export Mail__SiteUrl="http://127.0.0.1:$port"
    if [ -n "$demo" ]; then export Demo__Seed=true; fi
    if [ "$n" = 2 ] && [ -n "$node2_env" ]; then
      local setting
      for setting in $node2_env; do export "${setting?}"; done
    fi
    if [ -n "$smtp" ]; then
      export Mail__Delivery=Smtp Mail__Smtp__Host="${smtp%:*}" Mail__Smtp__Port="${smtp##*:}" Mail__Smtp__Security=None
    fi
    exec dotnet CarePortal.Web.dll
  ) >"$work/node$n.log" 2>&1 &
  pids+=("$!")
  if ! wait_for_200 "http://127.0.0.1:$node_port/health/ready" 120; then
    echo "run-nodes.sh: node $n did not become ready; its log:" >&2
    tail -n 40 "$work/node$n.log" >&2
    exit 1
  fi
}

start_node 1 "${node_ports[0]}"
# The first page that needs a key makes the Data Protection key, once, before node 2 reads the key ring.
curl -s -o /dev/null "http://127.0.0.1:${node_ports[0]}/Accounts/Login"
start_node 2 "${node_ports[1]}"

user_line=""
if [ "$(id -u)" -eq 0 ]; then user_line="user nobody nogroup;"; fi
sed -e "s|@WORK@|$work|g" -e "s|@PORT@|$port|g" -e "s|@NODE1@|${node_ports[0]}|g" -e "s|@NODE2@|${node_ports[1]}|g" \
  -e "s|@USER@|$user_line|" "$here/nginx.conf.template" >"$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" -g 'daemon off;' &
pids+=("$!")
wait_for_200 "http://127.0.0.1:$port/health/ready" 30 || { echo "run-nodes.sh: nginx did not answer" >&2; cat "$work/nginx/error.log" >&2; exit 1; }

cat >"$work/env" <<ENV
CAREPORTAL_URL='http://127.0.0.1:$port'
CAREPORTAL_NODE1_URL='http://127.0.0.1:${node_ports[0]}'
CAREPORTAL_NODE2_URL='http://127.0.0.1:${node_ports[1]}'
CAREPORTAL_NODE1_PID='${pids[0]}'
CAREPORTAL_NODE2_PID='${pids[1]}'
CAREPORTAL_NGINX_PID='${pids[2]}'
CAREPORTAL_POSTGRES_PID='$( [ -n "$throwaway" ] && head -1 "$throwaway/data/postmaster.pid" )'
CAREPORTAL_DATABASE='$database'
CAREPORTAL_DATA='$work/data'
CAREPORTAL_POSTGRES_DIR='$throwaway'
CAREPORTAL_WORK='$work'
ENV
set -a
source "$work/env"
set +a

if [ $# -gt 0 ]; then
  set +e
  "$@"
  status=$?
  set -e
  exit "$status"
fi

echo "CarePortal: $CAREPORTAL_URL (nodes $CAREPORTAL_NODE1_URL pid $CAREPORTAL_NODE1_PID, $CAREPORTAL_NODE2_URL pid $CAREPORTAL_NODE2_PID)"
echo "Logs: $work/node1.log, $work/node2.log, $work/nginx/"
echo "ready $work"
echo "Press Enter or Ctrl-C to stop."
read -r _ || true
