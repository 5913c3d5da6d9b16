import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The browser loads only the messages its page uses: no module that runs in the browser ("use
// client", and whatever it imports for its values, dynamic imports included) reaches the whole
// dictionary. Client components get their page's strings as props, or import a small catalog of
// their own (the checks' messages, the error pages').

const root = path.resolve(import.meta.dirname, "../..");
const dictionary = "lib/i18n/dictionary.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (statSync(path.join(root, relative)).isDirectory())
      return relative === "lib/generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [relative] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : null;
  if (base === null) return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (/\.tsx?$/.test(candidate) && existsSync(path.join(root, candidate))) return candidate;
  return null;
}

/** The modules a file imports for their values (type-only imports are erased from the bundle). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          bindings &&
          ts.isNamedImports(bindings) &&
          bindings.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.flatMap((s) => resolve(file, s) ?? []);
}

const startsWith = (file: string, directive: string) =>
  new RegExp(`^\\s*["']${directive}["']`).test(readFileSync(path.join(root, file), "utf8"));

/**
 * Every module the entry loads, each with the chain of imports that reached it. A "use server"
 * module stays on the server: the browser gets references to its actions, not its imports.
 */
function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (file !== entry && startsWith(file, "use server")) continue;
    for (const next of valueImports(file))
      if (!chains.has(next)) {
        chains.set(next, [...chains.get(file)!, next]);
        queue.push(next);
      }
  }
  return chains;
}

const clientModules = ["app", "components", "lib"]
  .flatMap(sourceFiles)
  .filter((file) => startsWith(file, "use client"));

describe("messages in the browser", () => {
  it("finds the client modules and follows their imports", () => {
    expect(clientModules.length).toBeGreaterThan(40);
    const grid = reachable("app/(app)/entry/_components/entry-grid.tsx");
    expect(grid.has("lib/i18n/messages/vi/checks.ts")).toBe(true);
  });

  it("never reaches the whole dictionary from a module that runs in the browser", () => {
    const leaks = clientModules.flatMap((file) => {
      const chain = reachable(file).get(dictionary);
      return chain ? [chain.join(" → ")] : [];
    });
    expect(leaks).toEqual([]);
  });
});
