# Shell functions shared by bench/run and bench/ab (sourced, not run). They read the caller's
# globals: work (the temporary directory), began (epoch seconds), java_opts, password, auth, dur,
# and append the pids they start to the array pids.

log() { printf '[%4ss] %s\n' "$(( $(date +%s) - began ))" "$*" >&2; }
# install_needed: wrk, nginx and PostgreSQL 15 (pgbench included) from Debian's packages when
# missing; sets pgbin to the newest PostgreSQL's bin directory
install_needed() {
  local need=()
  command -v wrk >/dev/null || need+=(wrk)
  command -v nginx >/dev/null || need+=(nginx)
  command -v pgbench >/dev/null || need+=(postgresql-contrib)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql-15)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

# pg_cluster DIR PORT: a throwaway cluster (initdb as postgres, trust on loopback), started
pg_cluster() {
  mkdir -p "$1" && chown postgres "$1"
  runuser -u postgres -- "$pgbin/initdb" -D "$1" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$1" -o "-p $2 -k $1 -c listen_addresses=127.0.0.1" -l "$1/server.log" -w start >/dev/null
}

freeport() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start NAME APPDIR PORT ENV...: starts java -jar, waits for /q/health/ready, sets app_pid and startup_ms
start() {
  local name=$1 dir=$2 port=$3; shift 3
  mkdir -p "$work/run-$name"
  local t0; t0=$(date +%s%N)
  (cd "$work/run-$name" && exec env "$@" QUARKUS_HTTP_PORT="$port" RTP_ADMIN_PASSWORD="$password" \
    java $java_opts -jar "$dir/quarkus-run.jar" >>"$work/run-$name/app.log" 2>&1) &
  app_pid=$!
  pids+=("$app_pid")
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
      startup_ms=$(( ($(date +%s%N) - t0) / 1000000 )); ready_rss=$(rss_mb "$app_pid"); return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "bench: $name did not become ready" >&2; tail -n 30 "$work/run-$name/app.log" >&2; exit 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
# heap_mb PID: the Java heap the JVM has committed (jcmd GC.heap_info, "total ...K")
heap_mb() { jcmd "$1" GC.heap_info 2>/dev/null | awk '/ total [0-9]+K/ { for (i = 1; i <= NF; i++) if ($i == "total") { v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit } }'; }

# steps NAME APPDIR PORT ENV...: one more start with Quarkus's per-step startup times logged
# (-Dquarkus.debug.print-startup-times); writes "ms step" lines to $work/steps-NAME.txt
steps() {
  local name=$1; shift
  java_opts="$java_opts -Dquarkus.debug.print-startup-times=true" start "$name-steps" "$@"
  stop "$app_pid"
  sed -nE 's/.*Build step (.*) completed in: ([0-9]+)ms.*/\2 \1/p' "$work/run-$name-steps/app.log" >"$work/steps-$name.txt"
}

# wrk_run CONNECTIONS URL [HEADER...]: prints "rps p50_ms p99_ms non2xx"
wrk_run() {
  local c=$1 url=$2; shift 2
  local hs=(-H "$auth"); for h in "$@"; do hs+=(-H "$h"); done
  wrk -t2 -c"$c" -d"${dur}s" --timeout 30s --latency "${hs[@]}" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; if (v ~ /m$/) return v * 60000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
    END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, bad }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
