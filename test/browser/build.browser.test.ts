/**
 * What the production build emits: every script parses as ES2017 (the newest syntax older
 * Windows Office can run), every page is there, and a build without LKE_PUBLIC_URL names
 * the development server, never a placeholder domain.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "acorn";
import { builtWeb } from "./webBuild";

let web: string;

beforeAll(async () => {
  web = await builtWeb();
});

function files(ext: string): string[] {
  return fs.readdirSync(web).filter((f) => f.endsWith(ext));
}

test("every script of the build parses as ES2017", () => {
  const scripts = files(".js");
  // The pane, the dialog and the browser check, and no lazily loaded chunk: picked workbooks are
  // read by the pane's own lean reader, so no ExcelJS chunk is built.
  expect(scripts.map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, ".js")).sort()).toEqual(["browser-check.js", "notice.js", "taskpane.js"]);
  const failures: string[] = [];
  for (const file of scripts) {
    const text = fs.readFileSync(path.join(web, file), "utf8");
    try {
      parse(text, { ecmaVersion: 2017, sourceType: "script" });
    } catch (error) {
      const at = (error as { pos?: number }).pos ?? 0;
      failures.push(`${file}: ${(error as Error).message} near ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`);
    }
  }
  expect(failures).toEqual([]);
});

test("the parser used here does refuse newer syntax", () => {
  for (const newer of ["a?.b", "a ?? b", "({ ...a })", "try {} catch {}", "10n"]) {
    expect(() => parse(newer, { ecmaVersion: 2017 })).toThrow();
  }
});

test("the browser check, which must run in Internet Explorer, parses as ES5", () => {
  const check = fs.readFileSync(path.join(web, "browser-check.js"), "utf8");
  expect(() => parse(check, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  expect(fs.readFileSync(path.join(web, "taskpane.html"), "utf8")).toMatch(/<script src="?browser-check\.js"?><\/script>/);
});

test("the pages the manifest names are all built", () => {
  for (const page of ["taskpane.html", "notice.html", "bantuan.html", "help.html", "manifest.xml"]) {
    expect(fs.existsSync(path.join(web, page))).toBe(true);
  }
});

test("without LKE_PUBLIC_URL: the manifest points at https://localhost:3000 and no file names a placeholder domain", () => {
  const manifest = fs.readFileSync(path.join(web, "manifest.xml"), "utf8");
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  expect(urls.filter((u) => !u.startsWith("https://localhost:3000/"))).toEqual([]);
  const offenders = fs
    .readdirSync(web)
    .filter((f) => /\.(html|xml|js|css)$/.test(f))
    .filter((f) => /\bexample\.(id|com|org|net)\b|lke\.example/i.test(fs.readFileSync(path.join(web, f), "utf8")));
  expect(offenders).toEqual([]);
});
