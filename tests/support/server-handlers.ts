import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Every entry point a browser or an API client can call on the server, found by walking the
// sources: route handlers (each exported HTTP method of app/**/route.ts) and server actions (each
// exported function of a file whose first statement is "use server").

const root = path.resolve(import.meta.dirname, "../..");
const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, unknown>> },
) => Promise<Response>;
export type ServerAction = (...args: never[]) => Promise<unknown>;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .map((file) => `${dir}/${file.split(path.sep).join("/")}`)
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("lib/generated/"))
    .sort();
}

/** `app/(app)/reports/[id]/signed/route.ts` answers at `/reports/[id]/signed`: route groups are not in the URL. */
function urlOf(routeFile: string): string {
  return `/${routeFile
    .split("/")
    .slice(1, -1)
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .join("/")}`;
}

/** Route handlers keyed `GET /api/v1/values`. */
export async function findRouteHandlers(): Promise<Map<string, RouteHandler>> {
  const handlers = new Map<string, RouteHandler>();
  for (const file of sourceFiles("app").filter((f) => /\/route\.tsx?$/.test(f))) {
    const loaded: Record<string, unknown> = await import(path.join(root, file));
    for (const method of httpMethods)
      if (typeof loaded[method] === "function")
        handlers.set(`${method} ${urlOf(file)}`, loaded[method] as RouteHandler);
  }
  return handlers;
}

const useServerFirst = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use server\1/;

/** Server actions keyed `lib/org/actions#saveUnitAction`. */
export async function findServerActions(): Promise<Map<string, ServerAction>> {
  const actions = new Map<string, ServerAction>();
  const files = ["app", "components", "lib"]
    .flatMap(sourceFiles)
    .filter((file) => useServerFirst.test(readFileSync(path.join(root, file), "utf8")));
  for (const file of files) {
    const loaded: Record<string, unknown> = await import(path.join(root, file));
    for (const [name, value] of Object.entries(loaded))
      if (typeof value === "function") actions.set(`${file.replace(/\.tsx?$/, "")}#${name}`, value as ServerAction);
  }
  return actions;
}
