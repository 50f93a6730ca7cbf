/**
 * The add-in's HTML pages (templates of the webpack build): office.js from Microsoft's CDN in
 * the head, and a Content-Security-Policy that allows scripts only from the add-in itself
 * and that CDN (no inline scripts, no eval).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PAGES = ["src/addin/taskpane/taskpane.html", "src/addin/commands/notice.html"];

function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv\s*=\s*"Content-Security-Policy"\s+content\s*=\s*"([^"]*)"/i.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta tag");
  const directives = new Map<string, string[]>();
  for (const part of meta[1].split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe.each(PAGES)("%s", (page) => {
  const html = fs.readFileSync(path.join(ROOT, page), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? "";

  test("loads office.js from Microsoft's CDN in the head, before any other script", () => {
    const scripts = [...head.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts[0]).toContain(`src="${OFFICE_JS}"`);
    expect(html.indexOf(OFFICE_JS)).toBe(html.lastIndexOf(OFFICE_JS));
  });

  test("has no inline script or inline event handler", () => {
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(match[1]).toMatch(/\ssrc=/);
      expect(match[2].trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  test("its CSP allows scripts only from 'self' and the Office CDN", () => {
    const csp = cspOf(html);
    const scriptSrc = csp.get("script-src") ?? csp.get("default-src");
    expect(scriptSrc?.sort()).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    const everything = [...csp.values()].flat();
    expect(everything).not.toContain("'unsafe-eval'");
    expect(csp.get("script-src") ?? []).not.toContain("'unsafe-inline'");
  });
});
