/**
 * manifest.xml: the schema check (xmllint against Microsoft's OfficeApp 1.1 schemas in
 * ../shared/manifest-xsd/, when both are present) and the invariants no schema knows, which
 * always run: a GUID id, every resid defined (with the right kind), the ribbon's function
 * name registered by the commands page, and every icon URL backed by a PNG in assets/.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DEV_URL, publicUrl, rewriteManifest } from "../../scripts/public-url";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const COMMANDS_TS = path.join(ROOT, "src/addin/commands/commands.ts");
const XSD_DIR = path.resolve(ROOT, "../shared/manifest-xsd");
const XSD = path.join(XSD_DIR, "OfficeAppManifestV1_1.xsd");
const IN_CI = /^(1|true|yes)$/i.test(process.env.CI ?? "");

const manifest = fs.readFileSync(MANIFEST_PATH, "utf8");

// ---------------------------------------------------------------------------------------
// A minimal reader for the manifest's own, regular markup (no XML package needed).

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every start or empty-element tag, comments removed. */
function tags(xml: string): Tag[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  const out: Tag[] = [];
  for (const match of body.matchAll(/<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const attr of match[2].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[attr[1]] = decodeEntities(attr[2] ?? attr[3]);
    }
    out.push({ name: match[1], attrs });
  }
  return out;
}

function elementTexts(xml: string, name: string): string[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  const re = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`, "g");
  return [...body.matchAll(re)].map((m) => decodeEntities(m[1]).trim());
}

/** The text between <tag ...> and </tag> (first occurrence), or "" when absent. */
function section(xml: string, name: string): string {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? match[1] : "";
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

function resources(xml: string): Map<string, { kind: ResourceKind; value: string; overrides: string[] }> {
  const resourcesXml = section(xml, "Resources");
  const out = new Map<string, { kind: ResourceKind; value: string; overrides: string[] }>();
  for (const kind of RESOURCE_KINDS) {
    const kindXml = section(resourcesXml, `bt:${kind}`);
    const entries = kindXml.matchAll(/<bt:(?:Image|Url|String)\s([^>]*?)(\/>|>([\s\S]*?)<\/bt:(?:Image|Url|String)>)/g);
    for (const entry of entries) {
      const [own] = tags(`<x ${entry[1]}/>`);
      const overrides = tags(entry[3] ?? "")
        .filter((t) => t.name === "bt:Override")
        .map((t) => t.attrs.Value);
      if (out.has(own.attrs.id)) throw new Error(`resource id defined twice: ${own.attrs.id}`);
      out.set(own.attrs.id, { kind, value: own.attrs.DefaultValue, overrides });
    }
  }
  return out;
}

/** The kind of resource a resid must name, by the referring element. */
function expectedKind(tagName: string): ResourceKind {
  switch (tagName) {
    case "bt:Image":
      return "Images";
    case "FunctionFile":
    case "Runtime":
    case "SourceLocation":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      throw new Error(`unexpected element with a resid: <${tagName}>`);
  }
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${path.relative(ROOT, file)} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in the repository that a development URL is served from. */
function localFileOf(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

// ---------------------------------------------------------------------------------------

describe("manifest.xml invariants", () => {
  const allTags = tags(manifest);
  const defined = resources(manifest);

  test("Id is a GUID", () => {
    const ids = elementTexts(manifest, "Id");
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test("is an Excel task-pane add-in with ReadWriteDocument", () => {
    expect(allTags.find((t) => t.name === "OfficeApp")?.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(allTags.filter((t) => t.name === "Host" && t.attrs.Name).map((t) => t.attrs.Name)).toEqual(["Workbook"]);
    expect(allTags.filter((t) => t.name === "Host" && t.attrs["xsi:type"]).map((t) => t.attrs["xsi:type"])).toEqual([
      "Workbook",
    ]);
    expect(elementTexts(manifest, "Permissions")).toEqual(["ReadWriteDocument"]);
    expect(elementTexts(manifest, "DefaultLocale")).toEqual(["id-ID"]);
  });

  test("every resid resolves to a defined resource of the right kind", () => {
    const references = allTags.filter((t) => t.attrs.resid !== undefined);
    expect(references.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const ref of references) {
      const resource = defined.get(ref.attrs.resid);
      if (!resource) problems.push(`<${ref.name} resid="${ref.attrs.resid}"> names no resource`);
      else if (resource.kind !== expectedKind(ref.name)) {
        problems.push(`<${ref.name} resid="${ref.attrs.resid}"> names a ${resource.kind} resource`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("every resource is used, and ids fit the schema's 32 characters", () => {
    const used = new Set(allTags.map((t) => t.attrs.resid).filter((id): id is string => id !== undefined));
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
    expect([...defined.keys()].filter((id) => id.length > 32)).toEqual([]);
  });

  test("the ExecuteFunction names equal the ids the commands page registers", () => {
    const functionNames = elementTexts(manifest, "FunctionName");
    expect(functionNames).toContain("hitungPredikat");
    const commandsSource = fs.readFileSync(COMMANDS_TS, "utf8");
    const associated = [...commandsSource.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)].map(
      (m) => m[1],
    );
    expect(associated.sort()).toEqual([...new Set(functionNames)].sort());
  });

  test("the function file and task pane are pages the build produces", () => {
    const urlOf = (tagName: string) =>
      allTags.filter((t) => t.name === tagName && t.attrs.resid).map((t) => defined.get(t.attrs.resid)?.value);
    expect(urlOf("FunctionFile")).toEqual([`${DEV_URL}taskpane.html`]);
    expect(urlOf("SourceLocation")).toEqual([`${DEV_URL}taskpane.html`]);
    const defaultSource = allTags.filter((t) => t.name === "SourceLocation" && t.attrs.DefaultValue);
    expect(defaultSource.map((t) => t.attrs.DefaultValue)).toEqual([`${DEV_URL}taskpane.html`]);
    expect(fs.existsSync(path.join(ROOT, "src/addin/taskpane/taskpane.html"))).toBe(true);
  });

  test("ribbon and pane share one runtime: the pane's page is the function file and registers the command", () => {
    const runtimes = allTags.filter((t) => t.name === "Runtime");
    expect(runtimes.map((t) => [defined.get(t.attrs.resid)?.value, t.attrs.lifetime])).toEqual([[`${DEV_URL}taskpane.html`, "long"]]);
    // Runtimes sits in the Workbook host, before its form factor (the order the schema asks for).
    const host = section(manifest, "Host");
    expect(host.indexOf("<Runtimes>")).toBeGreaterThanOrEqual(0);
    expect(host.indexOf("<Runtimes>")).toBeLessThan(host.indexOf("<DesktopFormFactor>"));
    const entry = fs.readFileSync(path.join(ROOT, "src/addin/taskpane/taskpane.ts"), "utf8");
    expect(entry).toMatch(/import \{[^}]*registerRibbonCommands[^}]*\} from "\.\.\/commands\/commands"/);
    expect(entry).toMatch(/isSetSupported\("SharedRuntime", "1\.1"\)/);
    const webpackConfig = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(webpackConfig).not.toMatch(/commands\.ts|commands\.html/);
  });

  test("every URL is https under the development base, so a production build rewrites all", () => {
    const urls = allTags.flatMap((t) =>
      Object.entries(t.attrs)
        .filter(([name, value]) => (name === "DefaultValue" || name === "Value") && /^[a-z]+:\/\//i.test(value))
        .map(([, value]) => value),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(DEV_URL))).toEqual([]);
  });

  test("every icon URL points at a PNG in assets/ of the declared size", () => {
    const problems: string[] = [];
    const check = (url: string, sizes: number[], what: string) => {
      const file = localFileOf(url);
      if (!file.startsWith(path.join(ROOT, "assets") + path.sep)) problems.push(`${what}: ${url} is not in assets/`);
      else if (!fs.existsSync(file)) problems.push(`${what}: ${url} has no file ${path.relative(ROOT, file)}`);
      else {
        const { width, height } = pngSize(file);
        if (width !== height || !sizes.includes(width)) {
          problems.push(`${what}: ${path.relative(ROOT, file)} is ${width}x${height}, expected ${sizes.join(" or ")}`);
        }
      }
    };
    // The manifest reference: IconUrl 32x32, HighResolutionIconUrl 64x64.
    for (const [name, sizes] of [
      ["IconUrl", [32]],
      ["HighResolutionIconUrl", [64]],
    ] as const) {
      const own = allTags.filter((t) => t.name === name);
      expect(own).toHaveLength(1);
      check(own[0].attrs.DefaultValue, [...sizes], name);
    }
    for (const [id, resource] of defined) {
      if (resource.kind !== "Images") continue;
      const declared = allTags
        .filter((t) => t.name === "bt:Image" && t.attrs.resid === id)
        .map((t) => Number(t.attrs.size));
      for (const url of [resource.value, ...resource.overrides]) check(url, [...new Set(declared)], id);
    }
    expect(problems).toEqual([]);
  });

  test("a SupportUrl, in both languages, naming pages the build serves", () => {
    const support = allTags.find((t) => t.name === "SupportUrl");
    expect(support?.attrs.DefaultValue).toBe(`${DEV_URL}bantuan.html`);
    const english = allTags.filter((t) => t.name === "Override" && t.attrs.Value?.endsWith("help.html"));
    expect(english.map((t) => [t.attrs.Locale, t.attrs.Value])).toEqual([["en-US", `${DEV_URL}help.html`]]);
    for (const page of ["bantuan.html", "help.html"]) expect(fs.existsSync(path.join(ROOT, "src/addin/support", page))).toBe(true);
    const webpackConfig = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(webpackConfig).toContain('from: "src/addin/support/*.{html,css}"');
  });

  test("the ribbon group sits on the Home tab with both buttons", () => {
    expect(allTags.filter((t) => t.name === "OfficeTab").map((t) => t.attrs.id)).toEqual(["TabHome"]);
    const actions = allTags.filter((t) => t.name === "Action").map((t) => t.attrs["xsi:type"]);
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    const labels = allTags
      .filter((t) => t.name === "Label" && t.attrs.resid)
      .map((t) => defined.get(t.attrs.resid)?.value);
    expect(labels).toEqual(expect.arrayContaining(["LKE", "Buka LKE", "Hitung Predikat"]));
  });

  test("the production rewrite leaves no development URL", () => {
    const production = rewriteManifest(manifest, publicUrl("https://evaluasi.example.go.id/lke"));
    const attributeValues = tags(production).flatMap((t) => Object.values(t.attrs));
    expect(attributeValues.filter((v) => v.includes("localhost"))).toEqual([]);
    expect(production).toContain('DefaultValue="https://evaluasi.example.go.id/lke/taskpane.html"');
    expect(() => publicUrl("http://insecure.example")).toThrow(/https/);
  });
});

// ---------------------------------------------------------------------------------------

function findXmllint(): string | null {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return probe.error ? null : "xmllint";
}

/**
 * The 2020 schemas predate <Runtimes> (SharedRuntime 1.1); the invariant tests above check it,
 * and it is taken out before the schema check of everything else.
 */
function withoutRuntimes(xml: string): string {
  return xml.replace(/<Runtimes>[\s\S]*?<\/Runtimes>/g, "");
}

function xmllint(xml: string): { ok: boolean; output: string } {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", XSD, "-"], {
    input: withoutRuntimes(xml),
    encoding: "utf8",
    cwd: ROOT,
  });
  return { ok: run.status === 0, output: `${run.stdout ?? ""}${run.stderr ?? ""}`.trim() };
}

const haveXmllint = findXmllint() !== null;
const haveXsd = fs.existsSync(XSD);

if (haveXmllint && haveXsd) {
  describe("manifest.xml schema (xmllint, OfficeApp 1.1 + TaskPaneApp VersionOverrides 1.0)", () => {
    test("manifest.xml validates", () => {
      const result = xmllint(manifest);
      expect(result.output).toMatch(/validates/);
      expect(result.ok).toBe(true);
    });

    test("the production manifest validates", () => {
      const result = xmllint(rewriteManifest(manifest, publicUrl()));
      expect(result.output).toMatch(/validates/);
      expect(result.ok).toBe(true);
    });
  });
} else if (!haveXmllint && IN_CI) {
  describe("manifest.xml schema (xmllint)", () => {
    test("xmllint is required under CI", () => {
      throw new Error("xmllint not found on PATH; install libxml2-utils (CI must run the schema check)");
    });
  });
} else {
  const reason = !haveXmllint
    ? "xmllint not found on PATH (install libxml2-utils)"
    : `no schemas at ${path.relative(ROOT, XSD_DIR)} (../shared/ is not part of a fresh clone)`;
  describe("manifest.xml schema (xmllint)", () => {
    test(`SKIPPED: ${reason}`, () => {
      console.warn(`manifest schema check SKIPPED: ${reason}`);
    });
  });
}
