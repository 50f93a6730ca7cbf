/**
 * browser-check.js, the pane's ES5 script: in Internet Explorer, or a browser without BigInt,
 * it replaces the pane's content with one sentence naming the Office update needed, in the
 * user's language, and marks the page so the pane's script stays out of the way.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { parse } from "acorn";

const source = fs.readFileSync(path.resolve(__dirname, "../../src/addin/taskpane/browserCheck.js"), "utf8");
const ie11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const edgeHtml = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const webView2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

interface FakeNode {
  id?: string;
  className?: string;
  text?: string;
  attributes: Record<string, string>;
  children: FakeNode[];
}

function page(userAgent: string, language: string, withBigInt: boolean) {
  const node = (): FakeNode & { setAttribute(n: string, v: string): void; appendChild(c: FakeNode): void; removeChild(c: FakeNode): void; firstChild: FakeNode | null } => {
    const n = {
      attributes: {} as Record<string, string>,
      children: [] as FakeNode[],
      setAttribute(name: string, value: string) {
        n.attributes[name] = value;
      },
      appendChild(child: FakeNode) {
        n.children.push(child);
      },
      removeChild(child: FakeNode) {
        n.children.splice(n.children.indexOf(child), 1);
      },
      get firstChild() {
        return n.children[0] ?? null;
      },
    };
    return n;
  };
  const root = node();
  root.children.push({ text: "Memuat…", attributes: {}, children: [] });
  const html = node();
  const document = {
    readyState: "complete",
    documentElement: html,
    getElementById: (id: string) => (id === "app" ? root : null),
    createElement: () => node(),
    createTextNode: (text: string) => ({ text, attributes: {}, children: [] }),
    addEventListener: () => undefined,
  };
  const sandbox: Record<string, unknown> = { navigator: { userAgent, language }, document, Promise };
  // A new context has its own built-ins: BigInt is taken away explicitly for an old browser.
  sandbox.BigInt = withBigInt ? BigInt : undefined;
  vm.runInNewContext(source, sandbox);
  const shown = root.children.map((c) => c.children.map((t) => t.text).join("")).join("");
  return { marked: html.attributes["data-lke-unsupported"] ?? null, shown };
}

test("is ES5, so Internet Explorer can run it", () => {
  expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

test("Internet Explorer: one sentence naming the Office update, in Bahasa Indonesia", () => {
  const result = page(ie11, "id-ID", false);
  expect(result.marked).toBe("browser");
  expect(result.shown).toMatch(/^LKE membutuhkan Office yang lebih baru: perbarui ke Microsoft 365 versi 2101 atau lebih baru .*Excel di web\.$/);
});

test("Microsoft Edge Legacy (no BigInt): the same, in English for an English Office", () => {
  const result = page(edgeHtml, "en-US", false);
  expect(result.marked).toBe("browser");
  expect(result.shown).toMatch(/^LKE needs a newer Office: update to Microsoft 365 version 2101 or later/);
});

test("WebView2, Safari, Chrome: nothing happens, the pane starts", () => {
  expect(page(webView2, "id-ID", true)).toEqual({ marked: null, shown: "" });
});
