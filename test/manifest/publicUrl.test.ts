/** Where the built add-in says it is served from: the dev server by default, a real https address for a release. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DEV_URL, publicUrl, releaseUrl } from "../../scripts/public-url";

const ROOT = path.resolve(__dirname, "../..");

describe("publicUrl (npm run build)", () => {
  test("without LKE_PUBLIC_URL the build keeps the development server's address, never a placeholder", () => {
    expect([publicUrl(undefined), publicUrl(""), publicUrl("  ")]).toEqual([DEV_URL, DEV_URL, DEV_URL]);
    expect(DEV_URL).toBe("https://localhost:3000/");
  });

  test("a given address must be https, and gets its trailing slash", () => {
    expect(publicUrl("https://evaluasi.trenggalekkab.go.id/lke")).toBe("https://evaluasi.trenggalekkab.go.id/lke/");
    expect(() => publicUrl("http://evaluasi.trenggalekkab.go.id/")).toThrow(/https/);
    expect(() => publicUrl("https://evaluasi.trenggalekkab.go.id/?x=1")).toThrow(/query/);
    expect(() => publicUrl("not a url")).toThrow(/not a URL/);
  });
});

describe("releaseUrl (npm run build:release)", () => {
  test("accepts a real https address", () => {
    expect(releaseUrl("https://evaluasi.trenggalekkab.go.id/lke/")).toBe("https://evaluasi.trenggalekkab.go.id/lke/");
  });

  test.each([undefined, "", "https://localhost:3000/", "https://127.0.0.1/lke/", "https://lke.example.id/", "https://example.com/", "https://lke.test/", "http://evaluasi.trenggalekkab.go.id/"])(
    "refuses %p",
    (raw) => {
      expect(() => releaseUrl(raw)).toThrow(/LKE_PUBLIC_URL/);
    },
  );

  test("npm run build:release stops before building when LKE_PUBLIC_URL is missing", () => {
    const env = { ...process.env };
    delete env.LKE_PUBLIC_URL;
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/check-release-url.js")], { cwd: ROOT, env, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/A release needs LKE_PUBLIC_URL/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["build:release"]).toMatch(/^node scripts\/check-release-url\.js && webpack --mode production$/);
  });
});
