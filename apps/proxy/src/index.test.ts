import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { composeBackendsOptions, findVarnishd, MAIN_VCL, renderBackendsVcl, startVarnish, VCL_DIR } from "./index";
import { proxyEnv } from "./env";

const varnishd = findVarnishd();
const scratch = mkdtempSync(join(tmpdir(), "newsroom-proxy-test-"));
after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("not listening on TCP");
  return address.port;
}

/** Compile newsroom.vcl with this backends.vcl (varnishd -C); returns the compiler's complaint, if any. */
function compile(backendsVcl: string): string | undefined {
  if (!varnishd) return undefined;
  const dir = mkdtempSync(join(scratch, "compile-"));
  writeFileSync(join(dir, "backends.vcl"), backendsVcl);
  // As root, varnishd's default jail compiles as user "varnish", who cannot read a mkdtemp folder.
  const jail = process.getuid?.() === 0 ? ["-j", "none"] : [];
  const result = spawnSync(varnishd, ["-C", ...jail, "-n", join(dir, "n"), "-p", `vcl_path=${dir}:${VCL_DIR}`, "-f", MAIN_VCL], {
    encoding: "utf8",
  });
  return result.status === 0 ? undefined : result.stderr || result.stdout;
}

void describe("renderBackendsVcl", () => {
  const vcl = renderBackendsVcl({
    backends: [
      { host: "10.0.0.11", port: 3000 },
      { name: "canary", host: "web-canary.internal", port: 8080 },
    ],
    purgers: ["127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8", "cms.internal"],
    graceSeconds: 86_400,
  });

  void it("probes GET /api/health every second, 2 good of 3, 2 s timeout", () => {
    assert.match(
      vcl,
      /probe web_health \{\n {4}\.url = "\/api\/health";\n {4}\.expected_response = 200;\n {4}\.interval = 1s;\n {4}\.timeout = 2s;\n {4}\.window = 3;\n {4}\.threshold = 2;\n\}/,
    );
  });

  void it("declares each backend with the probe and adds it to the round-robin director `web`", () => {
    assert.match(vcl, /backend web_1 \{\n {4}\.host = "10\.0\.0\.11";\n {4}\.port = "3000";\n {4}\.probe = web_health;\n\}/);
    assert.match(vcl, /backend canary \{\n {4}\.host = "web-canary\.internal";\n {4}\.port = "8080";/);
    assert.match(vcl, /new web = directors\.round_robin\(\);\n {4}web\.add_backend\(web_1\);\n {4}web\.add_backend\(canary\);/);
    assert.match(vcl, /^import directors;$/m);
  });

  void it("writes acl purgers from addresses, CIDR ranges and host names", () => {
    assert.match(vcl, /acl purgers \{\n {4}"127\.0\.0\.1";\n {4}"::1";\n {4}"10\.0\.0\.0"\/8;\n {4}"fd00::"\/8;\n {4}"cms\.internal";\n\}/);
  });

  void it("sets the grace in sub newsroom_grace", () => {
    assert.match(vcl, /sub newsroom_grace \{\n {4}set beresp\.grace = 86400s;\n\}/);
    assert.match(
      renderBackendsVcl({ backends: [{ host: "127.0.0.1", port: 1 }], purgers: ["127.0.0.1"], graceSeconds: 1.5 }),
      /beresp\.grace = 1\.5s;/,
    );
  });

  void it("leaves the probe out on request, and sets timeouts when given", () => {
    const plain = renderBackendsVcl({
      backends: [{ host: "127.0.0.1", port: 3000 }],
      purgers: ["127.0.0.1"],
      graceSeconds: 60,
      probe: false,
      connectTimeoutSeconds: 1,
      firstByteTimeoutSeconds: 15,
      betweenBytesTimeoutSeconds: 10,
    });
    assert.doesNotMatch(plain, /probe/);
    assert.match(plain, /\.connect_timeout = 1s;\n {4}\.first_byte_timeout = 15s;\n {4}\.between_bytes_timeout = 10s;/);
  });

  void it("rejects what could break or inject VCL", () => {
    const base = { purgers: ["127.0.0.1"], graceSeconds: 60 };
    assert.throws(() => renderBackendsVcl({ ...base, backends: [] }), /at least one backend/);
    assert.throws(
      () => renderBackendsVcl({ ...base, backends: [{ host: 'x"; } sub vcl_recv { return (synth(200)); } #', port: 80 }] }),
      /invalid backend host/,
    );
    assert.throws(() => renderBackendsVcl({ ...base, backends: [{ host: "web", port: 0 }] }), /invalid port/);
    assert.throws(() => renderBackendsVcl({ ...base, backends: [{ host: "web", port: 3000.5 }] }), /invalid port/);
    assert.throws(() => renderBackendsVcl({ ...base, backends: [{ name: "web", host: "a", port: 1 }] }), /invalid backend name/);
    assert.throws(
      () =>
        renderBackendsVcl({
          ...base,
          backends: [
            { name: "a", host: "a", port: 1 },
            { name: "a", host: "b", port: 1 },
          ],
        }),
      /duplicate/,
    );
    assert.throws(() => renderBackendsVcl({ ...base, purgers: ["10.0.0.0/40"], backends: [{ host: "a", port: 1 }] }), /prefix/);
    assert.throws(() => renderBackendsVcl({ ...base, purgers: ['1.2.3.4"; }'], backends: [{ host: "a", port: 1 }] }), /invalid purger/);
    assert.throws(() => renderBackendsVcl({ ...base, purgers: [], backends: [{ host: "a", port: 1 }] }), /at least one purger/);
    assert.throws(() => renderBackendsVcl({ ...base, graceSeconds: -1, backends: [{ host: "a", port: 1 }] }), /graceSeconds/);
    assert.throws(
      () => renderBackendsVcl({ ...base, backends: [{ host: "a", port: 1 }], probe: { threshold: 4, window: 3 } }),
      /threshold/,
    );
  });

  void it("is what vcl/compose/backends.vcl holds (npm run render:compose)", () => {
    assert.equal(readFileSync(join(VCL_DIR, "compose", "backends.vcl"), "utf8"), renderBackendsVcl(composeBackendsOptions));
  });

  void it("compiles with newsroom.vcl", { skip: varnishd ? false : "varnishd not installed" }, () => {
    assert.equal(compile(vcl.replace("web-canary.internal", "127.0.0.1").replace('"cms.internal"', '"localhost"')), undefined);
    // The compose file, with its host names swapped for resolvable ones
    assert.equal(compile(renderBackendsVcl(composeBackendsOptions).replaceAll(/"web-\d"/g, '"127.0.0.1"')), undefined);
  });

  void it(
    "documents a template that compiles too (vcl/backends.example.vcl)",
    { skip: varnishd ? false : "varnishd not installed" },
    () => {
      assert.equal(compile(readFileSync(join(VCL_DIR, "backends.example.vcl"), "utf8")), undefined);
    },
  );
});

void describe("startVarnish", { skip: varnishd ? false : "varnishd not installed" }, () => {
  void it("serves from cache, purges by xkey and stops", async () => {
    let hits = 0;
    const site: Server = createServer((req, res) => {
      if (req.url === "/api/health") {
        res.end("ok");
        return;
      }
      hits++;
      res.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "s-maxage=3600",
        xkey: "newsroom release-address:en:peru-day",
      });
      res.end(`<html>render ${String(hits)}</html>`);
    });
    await new Promise<void>((done) => site.listen(0, "127.0.0.1", done));
    const sitePort = portOf(site);

    // A free port for Varnish
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
    const port = portOf(probe);
    await new Promise<void>((done) =>
      probe.close(() => {
        done();
      }),
    );

    const workDir = join(scratch, "varnish");
    const varnish = await startVarnish({
      listen: `127.0.0.1:${String(port)}`,
      backends: [{ host: "127.0.0.1", port: sitePort }],
      purgers: ["127.0.0.1"],
      graceSeconds: 60,
      workDir,
      storage: "malloc,32m",
      logFile: join(scratch, "varnishd.log"),
    });
    try {
      assert.equal(readFileSync(join(workDir, "backends.vcl"), "utf8"), varnish.backendsVcl);
      assert.ok(varnish.pid > 0);
      // The probe needs one good answer before the backend counts as healthy
      for (let i = 0; i < 50; i++) {
        const res = await fetch(`${varnish.url}/en/news/peru-day`);
        if (res.status === 200) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      const first = await fetch(`${varnish.url}/en/news/peru-day`);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get("xkey"), null);
      const body = await first.text();
      const second = await fetch(`${varnish.url}/en/news/peru-day`);
      assert.equal(second.headers.get("x-cache"), "HIT");
      assert.equal(await second.text(), body);

      const purge = await fetch(`${varnish.url}/`, {
        method: "PURGE",
        headers: { "xkey-softpurge": ["release-address:en:peru-day"].join(" ") },
      });
      assert.equal(purge.status, 200);
      assert.equal(purge.headers.get("x-purged"), "1");
      assert.deepEqual(await purge.json(), { purged: 1 });

      const fresh = await fetch(`${varnish.url}/en/news/peru-day`);
      assert.equal(fresh.headers.get("x-cache"), "MISS");
      assert.notEqual(await fresh.text(), body);
    } finally {
      await varnish.stop();
      await new Promise<void>((done) =>
        site.close(() => {
          done();
        }),
      );
    }
    assert.throws(() => process.kill(varnish.pid, 0), /ESRCH/);
  });

  void it("fails clearly when varnishd cannot start", async () => {
    await assert.rejects(
      startVarnish({
        listen: "127.0.0.1:1",
        backends: [{ host: "127.0.0.1", port: 9 }],
        purgers: ["127.0.0.1"],
        graceSeconds: 60,
        workDir: join(scratch, "broken"),
        varnishd: "/nonexistent/varnishd",
      }),
      /varnishd|ENOENT|could not start/,
    );
  });
});

void describe("findVarnishd", () => {
  void it("honours $VARNISHD", () => {
    const path = proxyEnv().PATH;
    assert.equal(findVarnishd({ VARNISHD: "/nonexistent/varnishd", PATH: path }), undefined);
    if (varnishd) assert.equal(findVarnishd({ VARNISHD: varnishd, PATH: path }), varnishd);
  });
});
