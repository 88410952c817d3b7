#
# backends.vcl: the environment-specific part of newsroom.vcl (template).
#
# newsroom.vcl does `include "backends.vcl";`, searched on varnishd's vcl_path. Copy this file
# to a folder of its own as backends.vcl and start Varnish with that folder first:
#
#   varnishd -F -a :80 -f /path/to/apps/proxy/vcl/newsroom.vcl \
#       -p vcl_path=/etc/newsroom-proxy:/path/to/apps/proxy/vcl -s malloc,1g
#
# or let renderBackendsVcl() / startVarnish() from @newsroom/proxy write it
# (`npx tsx apps/proxy/src/cli.ts render-backends --backend HOST:PORT … --out backends.vcl`).
# vcl/compose/backends.vcl is the docker compose one.
#
# It must define:
#   - the web (Next.js) backends, with the health probe;
#   - a director object named `web` (newsroom.vcl calls web.backend());
#   - `acl purgers`: who may send PURGE;
#   - `sub newsroom_grace`: sets beresp.grace, how long past its lifetime an object is kept and
#     served when the site is down, unreachable or answers 5xx.
#
# Host names are resolved once, when the VCL is loaded.

vcl 4.1;

import directors;

# Every web instance answers 200 on GET /api/health while it can serve. A backend is healthy
# while 2 of the last 3 probes (one a second, 2 s to answer) were good; a sick one gets no
# request, and when none is healthy readers get stale copies (or a 503 page).
probe web_health {
    .url = "/api/health";
    .expected_response = 200;
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

# Two or more Next.js instances.
backend web_1 {
    .host = "127.0.0.1";
    .port = "3001";
    .connect_timeout = 1s;
    # How long a page may take to render before the reader gets the stale copy instead.
    .first_byte_timeout = 15s;
    .between_bytes_timeout = 10s;
    .probe = web_health;
}

backend web_2 {
    .host = "127.0.0.1";
    .port = "3002";
    .connect_timeout = 1s;
    .first_byte_timeout = 15s;
    .between_bytes_timeout = 10s;
    .probe = web_health;
}

# Who may PURGE: the web instances (they purge after a publish) and the host itself. Keep it to
# addresses the public cannot have: behind a load balancer on a private network, name the web
# instances rather than the whole network, or give Varnish the PROXY protocol (client.ip is
# then the real client).
acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_init {
    new web = directors.round_robin();
    web.add_backend(web_1);
    web.add_backend(web_2);
}

# Stale-if-error window: 24 h.
sub newsroom_grace {
    set beresp.grace = 24h;
}
