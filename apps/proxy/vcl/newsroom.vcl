#
# The newsroom's caching reverse proxy (Varnish 7.1, vmod xkey from varnish-modules).
#
# What readers get (apps/proxy/README.md explains why):
#   - Pages and feeds from cache, keyed on URL + host + the React Server Components request
#     headers, so an RSC payload is never served for an HTML request or the other way round.
#   - Never anything private: only GET/HEAD are cached, /api/*, draft previews (Next's
#     draft-mode cookie) and journalists' embargoed links always go to the site, every other request cookie is dropped, and a
#     response with Set-Cookie or Cache-Control private/no-store/no-cache is never stored.
#   - Publish is live on the first request: the site purges by cache tag (PURGE +
#     xkey-softpurge), and while the site is healthy a purged or expired object is never served
#     stale; the next reader fetches it synchronously (the others wait for that one fetch).
#   - Outages are invisible for pages already cached: objects are kept for the grace period
#     (24 h by default) past their lifetime and served when the site is down, unreachable or
#     answers 5xx. A 5xx is never stored.
#
# Environment-specific parts live in "backends.vcl" (searched on vcl_path; see
# backends.example.vcl), which must define:
#   - the web backends and a director object named `web` (directors.round_robin in vcl_init),
#   - `acl purgers` (who may send PURGE),
#   - `sub newsroom_grace` (sets beresp.grace: the stale-if-error window).
#
# Internal request headers (x-newsroom-*) are never taken from clients and never reach the site.

vcl 4.1;

import std;
import var;
import xkey;

include "backends.vcl";

# ---------------------------------------------------------------------------------------------
# Client side

sub vcl_recv {
    if (req.restarts == 0) {
        # State carried across restarts; a client must not be able to set it.
        unset req.http.x-newsroom-has-stale;
        unset req.http.x-newsroom-stale-ok;
        unset req.http.x-newsroom-cache;
        unset req.http.x-newsroom-purged;
    }
    set req.backend_hint = web.backend();

    if (req.method == "PURGE") {
        call newsroom_purge;
    }

    # Methods the site has no use for are answered here (405), not piped to it as the
    # built-in vcl_req_method would: a pipe is a raw tunnel past every rule of this file, and
    # Node answers a method it cannot parse with a 400 and a reset connection, which the client
    # can lose while it is still sending a body. The body is read first (up to 1 MB), so the
    # connection closes cleanly after the answer.
    if (req.method !~ "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE|PURGE)$") {
        std.cache_req_body(1MB);
        return (synth(405, "Method Not Allowed"));
    }

    # Built-in checks: lower-case Host, 400 without Host on HTTP/1.1, pass for anything but
    # GET/HEAD, pass with Authorization.
    call vcl_req_host;
    call vcl_req_method;
    call vcl_req_authorization;

    # The site's own endpoints (health, preview, revalidation webhook) are never cached.
    if (req.url ~ "^/api(/|\?|$)") {
        return (pass);
    }

    # Draft mode (Next's preview cookies): the editor sees the draft, straight from the site,
    # and nothing of it is stored or served to anyone else.
    if (req.http.Cookie ~ "(^|;)\s*(__prerender_bypass|__next_preview_data)=") {
        return (pass);
    }
    # A journalist's embargoed link: for the browser holding its key cookie only, never stored.
    if (req.url ~ "^/[a-z]{2}/embargoed(/|\?|$)") {
        return (pass);
    }
    # The site sets no cookies for readers: any other cookie is noise for the cache.
    unset req.http.Cookie;

    call newsroom_strip_tracking_params;

    # Grace. A first lookup uses the object's full grace, so vcl_hit learns whether a stale
    # copy exists. While the site is healthy vcl_hit restarts with x-newsroom-has-stale: that
    # lookup gets no grace, so the reader waits for a fresh copy. If that fetch fails,
    # the backend side abandons it, vcl_synth restarts with x-newsroom-stale-ok and the full
    # grace applies again.
    if (req.http.x-newsroom-stale-ok) {
        # req.grace survives restarts: lift the limit set below (the object's own grace applies).
        set req.grace = 10y;
    } elsif (req.http.x-newsroom-has-stale) {
        set req.grace = 0s;
    }
    return (hash);
}

# Drop marketing parameters from the URL (and so from the cache key and the site's view);
# the order of the remaining parameters is kept.
sub newsroom_strip_tracking_params {
    if (req.url ~ "(?i)[?&](utm_[a-z0-9_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid)=") {
        set req.url = regsuball(req.url,
            "(?i)(?<=[?&])(utm_[a-z0-9_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid)=[^&#]*(&|$)",
            "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
}

# PURGE with "xkey-softpurge: tag1 tag2" (objects become stale: refetched on the next request
# while the site is healthy, still there for grace) and/or "xkey-purge: tag1 tag2" (objects
# removed). Answers 200 with "x-purged: N", 400 without either header, 403 outside `purgers`.
sub newsroom_purge {
    if (client.ip !~ purgers) {
        return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-softpurge && !req.http.xkey-purge) {
        return (synth(400, "PURGE needs an xkey-softpurge or xkey-purge header"));
    }
    set req.http.x-newsroom-purged = 0;
    if (req.http.xkey-purge) {
        set req.http.x-newsroom-purged = xkey.purge(req.http.xkey-purge);
    }
    if (req.http.xkey-softpurge) {
        set req.http.x-newsroom-purged = std.integer(req.http.x-newsroom-purged, 0)
            + xkey.softpurge(req.http.xkey-softpurge);
    }
    return (synth(200, "Purged"));
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # React Server Components: the App Router asks for the same URL with these headers and gets
    # text/x-component instead of HTML. The site also sends them in Vary; hashing them keeps the
    # two kinds apart even if a Vary header were lost on the way.
    hash_data("rsc:" + req.http.RSC);
    hash_data("state-tree:" + req.http.Next-Router-State-Tree);
    hash_data("prefetch:" + req.http.Next-Router-Prefetch);
    hash_data("segment-prefetch:" + req.http.Next-Router-Segment-Prefetch);
    return (lookup);
}

sub vcl_hit {
    if (obj.ttl <= 0s) {
        # A stale object (expired or soft-purged), still within grace.
        if (!req.http.x-newsroom-has-stale && std.healthy(req.backend_hint)) {
            # The site is up: fetch now rather than serve stale (Varnish 7.1 has no
            # return (miss) in vcl_hit). Restart with no grace: the lookup misses, or waits
            # for the fetch another reader already started (request coalescing).
            set req.http.x-newsroom-has-stale = "1";
            return (restart);
        }
        set req.http.x-newsroom-cache = "STALE";
        return (deliver);
    }
    set req.http.x-newsroom-cache = "HIT";
    return (deliver);
}

sub vcl_miss {
    set req.http.x-newsroom-cache = "MISS";
    return (fetch);
}

sub vcl_pass {
    set req.http.x-newsroom-cache = "PASS";
    return (fetch);
}

# The site sets its own security headers (apps/web/src/lib/security-headers.ts); answers made
# here (Varnish's 503 page, PURGE replies, its built-in 400/405) get the strictest set, as the
# site gives answers that run nothing: no script, no framing, no sniffing.
sub newsroom_security_headers {
    if (!resp.http.Content-Security-Policy) {
        set resp.http.Content-Security-Policy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }
    if (!resp.http.X-Content-Type-Options) {
        set resp.http.X-Content-Type-Options = "nosniff";
    }
    if (!resp.http.Referrer-Policy) {
        set resp.http.Referrer-Policy = "strict-origin-when-cross-origin";
    }
}

sub vcl_deliver {
    call newsroom_security_headers;
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Powered-By;
    set resp.http.X-Cache = req.http.x-newsroom-cache;
    return (deliver);
}

sub vcl_synth {
    if (resp.status == 503 && req.http.x-newsroom-has-stale && !req.http.x-newsroom-stale-ok) {
        # The synchronous fetch failed (5xx, connection refused, timeout: the backend side
        # abandoned it) but a stale copy exists: look it up again with its full grace.
        set req.http.x-newsroom-stale-ok = "1";
        return (restart);
    }
    call newsroom_security_headers;
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "application/json";
        set resp.http.Cache-Control = "no-store";
        if (resp.status == 200) {
            set resp.http.x-purged = req.http.x-newsroom-purged;
            set resp.body = {"{"purged":"} + req.http.x-newsroom-purged + "}";
        } else {
            set resp.body = {"{"error":""} + resp.reason + {"""} + "}";
        }
        return (deliver);
    }
    if (resp.status == 405) {
        set resp.http.Allow = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE";
        set resp.http.Cache-Control = "no-store";
    }
    if (resp.status == 503) {
        # A fetch that failed with no stale copy to fall back on (e.g. it expired meanwhile).
        call newsroom_unavailable_synth;
        return (deliver);
    }
}

sub newsroom_unavailable_synth {
    set resp.http.Content-Type = "text/html; charset=utf-8";
    set resp.http.Retry-After = "30";
    set resp.http.Cache-Control = "no-store";
    set resp.body = {"<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Temporarily unavailable</title></head>
<body>
<h1>The news service is temporarily unavailable</h1>
<p>Please try again in a minute.</p>
</body>
</html>
"};
}

# ---------------------------------------------------------------------------------------------
# Backend side

sub vcl_backend_fetch {
    if (bereq.is_bgfetch && bereq.http.x-newsroom-stale-ok) {
        # This reader is being served stale because a fetch just failed: don't try again.
        return (abandon);
    }
    # Remembered for vcl_backend_response / vcl_backend_error (vmod var: this backend task only).
    if (bereq.http.x-newsroom-has-stale && !bereq.http.x-newsroom-stale-ok) {
        var.set("has_stale", "1");
    }
    unset bereq.http.x-newsroom-has-stale;
    unset bereq.http.x-newsroom-stale-ok;
    unset bereq.http.x-newsroom-cache;
    unset bereq.http.x-newsroom-purged;
    return (fetch);
}

sub vcl_backend_response {
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch || var.get("has_stale") == "1") {
            # A stale copy exists: keep it and insert nothing (even an expired hit-for-miss
            # object would hide it from the next lookup). The reader is restarted to get the
            # stale copy (vcl_synth); a background fetch just ends.
            return (abandon);
        }
        # No stale copy: the site's own error page reaches the reader, and is never stored.
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.keep = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }

    # Varnish computes the TTL from s-maxage / max-age / Expires for 200, 203, 204, 300, 301,
    # 304, 404, 410 and 414 only; a 308 (changed slug) is cached here with the same rules.
    if (beresp.status == 308 && beresp.ttl <= 0s && !beresp.http.Set-Cookie) {
        call newsroom_ttl_from_cache_control;
    }

    call newsroom_grace;

    if (beresp.http.Content-Type ~ "(?i)^(text/|application/([a-z0-9.+-]*\+)?(json|xml|javascript|x-javascript|ecmascript|manifest\+json)\s*(;|$)|image/svg\+xml|application/(rss|atom)\+xml|application/x-component)"
        && !beresp.http.Content-Encoding) {
        set beresp.do_gzip = true;
    }

    # Built-in rules: nothing stored for a pass, a TTL <= 0, Set-Cookie,
    # Surrogate-Control: no-store, Cache-Control no-cache/no-store/private, or Vary: * (those
    # become hit-for-miss for 2 minutes, delivered as they are).
    call vcl_builtin_backend_response;
    return (deliver);
}

# TTL from Cache-Control s-maxage, else max-age (for statuses Varnish doesn't cache by itself).
sub newsroom_ttl_from_cache_control {
    if (beresp.http.Cache-Control ~ "(?i)(^|[,\s])s-maxage=\d+") {
        set beresp.ttl = std.duration(
            regsub(beresp.http.Cache-Control, "(?i)^.*(?:^|[,\s])s-maxage=(\d+).*$", "\1s"), 0s);
    } elsif (beresp.http.Cache-Control ~ "(?i)(^|[,\s])max-age=\d+") {
        set beresp.ttl = std.duration(
            regsub(beresp.http.Cache-Control, "(?i)^.*(?:^|[,\s])max-age=(\d+).*$", "\1s"), 0s);
    }
}

sub vcl_backend_error {
    if (bereq.is_bgfetch || var.get("has_stale") == "1") {
        # As for a 5xx: the reader gets the stale copy (vcl_synth restarts).
        return (abandon);
    }
    # No backend could be reached (all unhealthy, connection refused, timeout) and there is no
    # stale copy.
    set beresp.status = 503;
    set beresp.reason = "Service Unavailable";
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    set beresp.keep = 0s;
    set beresp.uncacheable = true;
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "no-store";
    set beresp.body = {"<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Temporarily unavailable</title></head>
<body>
<h1>The news service is temporarily unavailable</h1>
<p>Please try again in a minute.</p>
</body>
</html>
"};
    return (deliver);
}
