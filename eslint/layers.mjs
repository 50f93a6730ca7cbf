// The layer rule: an import is resolved against the importing file's folder and refused when it
// lands in a folder (or names a package) the file's layer must not reach. Resolving matters:
// "./commands/check" in src/cli is the CLI's own folder, "../commands/ribbon" the add-in's.
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function importTarget(filename, source) {
  if (!source.startsWith(".")) return { package: source.startsWith("node:") ? "node:" : source.split("/")[0] };
  const resolved = path.relative(root, path.resolve(path.dirname(filename), source)).split(path.sep).join("/");
  return { folder: resolved };
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Keep imports inside the layers a file may reach" },
    schema: [
      {
        type: "object",
        properties: {
          folders: { type: "array", items: { type: "string" } },
          packages: { type: "array", items: { type: "string" } },
          why: { type: "string" },
          doors: { type: "array", items: { type: "string" } },
          doorWhy: { type: "string" },
        },
        additionalProperties: false,
      },
    ],
    messages: { wrongLayer: "{{target}}: {{why}}", backDoor: "{{target}}: {{why}}" },
  },
  create(context) {
    const { folders = [], packages = [], why = "", doors = [], doorWhy = "" } = context.options[0] ?? {};
    const check = (node, source) => {
      if (typeof source !== "string") return;
      const target = importTarget(context.filename, source);
      const wrong = target.folder !== undefined ? folders.some((f) => target.folder === f || target.folder.startsWith(`${f}/`)) : packages.includes(target.package);
      if (wrong) return context.report({ node, messageId: "wrongLayer", data: { target: source, why } });
      // A layer with a front door is entered through it (its index), never by a deep path.
      const backDoor = target.folder !== undefined && doors.some((d) => target.folder.startsWith(`${d}/`) && target.folder !== `${d}/index`);
      if (backDoor) context.report({ node, messageId: "backDoor", data: { target: source, why: doorWhy } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments[0]?.type === "Literal") check(node, node.arguments[0].value);
      },
    };
  },
};

export const layersPlugin = { rules: { layers: rule } };
