import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// The Prisma CLI needs a native engine it cannot download here; the same engine ships as
// WebAssembly. Its package entry imports the .wasm as an ES module, which Node 20 rejects,
// so it is instantiated by hand (see TOOLCHAIN.md).

type EngineBindings = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  __wbindgen_start?: () => void;
  SchemaEngine: typeof SchemaEngine;
};

let bindings: Promise<EngineBindings> | undefined;

function loadBindings(): Promise<EngineBindings> {
  bindings ??= (async () => {
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        console.error(`schema engine panic: ${message}`);
      },
    };
    const dir = path.dirname(createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bg = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineBindings;
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start as (() => void) | undefined;
    start?.();
    return bg;
  })();
  return bindings;
}

type PerformIO = (query: unknown) => Promise<{ fieldTypes?: unknown; columnTypes?: unknown } & Record<string, unknown>>;

/**
 * @prisma/adapter-pg 7.10 rejects PostgreSQL's internal "char" type (OID 18) that the engine's
 * introspection selects; inside the migration tool only, such columns are read as text.
 */
function readCharAsText(adapter: Record<string, unknown>): void {
  const original = adapter.performIO as PerformIO | undefined;
  if (typeof original !== "function") return;
  adapter.performIO = async function (this: unknown, query: unknown) {
    const result = (await original.call(this, query)) as { fields?: { dataTypeID: number }[] };
    for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  } as PerformIO;
  const startTransaction = adapter.startTransaction as
    ((...args: unknown[]) => Promise<Record<string, unknown>>) | undefined;
  if (typeof startTransaction !== "function") return;
  adapter.startTransaction = async function (this: unknown, ...args: unknown[]) {
    const tx = await startTransaction.apply(this, args);
    readCharAsText(tx);
    return tx;
  };
}

/**
 * @prisma/adapter-pg 7.10 runs a migration script statement by statement, split at every ";",
 * which cuts a function body ($$ … $$) apart. PostgreSQL runs a whole script in one simple query,
 * as Prisma's native engine sends it (and all or nothing: one implicit transaction).
 */
function runScriptsWhole(adapter: Record<string, unknown>): void {
  const { client, onError } = adapter as { client?: { query(sql: string): Promise<unknown> }; onError?: unknown };
  if (typeof client?.query !== "function" || typeof onError !== "function") return;
  adapter.executeScript = async (script: string) => {
    try {
      await client.query(script);
    } catch (error) {
      onError.call(adapter, error);
    }
  };
}

type Connection = { dispose(): Promise<void> };

function adapterFactory(url: string, connections: Connection[]) {
  const pg = new PrismaPg({ connectionString: url, max: 1 });
  const connect = pg.connect.bind(pg);
  pg.connect = async () => {
    const adapter = await connect();
    readCharAsText(adapter as unknown as Record<string, unknown>);
    runScriptsWhole(adapter as unknown as Record<string, unknown>);
    connections.push(adapter);
    return adapter;
  };
  return bindMigrationAwareSqlAdapterFactory(pg);
}

const engineConnections = new WeakMap<SchemaEngine, Connection[]>();

export async function openSchemaEngine(schema: { path: string; content: string }, url: string): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  const connections: Connection[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    adapterFactory(url, connections),
  );
  engineConnections.set(engine, connections);
  return engine;
}

/** Frees the engine and closes its database connection, which free() alone leaves open until the pool's idle timeout. */
export async function closeSchemaEngine(engine: SchemaEngine): Promise<void> {
  engine.free();
  await Promise.all((engineConnections.get(engine) ?? []).map((connection) => connection.dispose()));
}
