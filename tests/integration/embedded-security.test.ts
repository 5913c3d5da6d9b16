import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAggregate } from "@/app/api/v1/aggregate/route";
import { getSessionUserById } from "@/lib/auth/data";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, disconnectDb } from "@/lib/db/client";
import { type EmbeddedServer, runningPort, startEmbedded } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

/** A client that sends its startup packet and then a query, ignoring the request for a password: the types of the messages it gets. */
function skipAuthentication(port: number): Promise<string[]> {
  const startupBody = Buffer.from("\0\x03\0\0user\0postgres\0database\0postgres\0\0", "latin1");
  const startup = Buffer.concat([Buffer.alloc(4), startupBody]);
  startup.writeInt32BE(startup.length);
  const query = Buffer.from("Q\0\0\0\x0eSELECT 42;\0", "latin1");
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(Buffer.concat([startup, query])));
    let answer = Buffer.alloc(0);
    socket.on("data", (chunk) => (answer = Buffer.concat([answer, chunk])));
    socket.on("error", reject);
    socket.on("close", () => {
      const types: string[] = [];
      for (let at = 0; at < answer.length; at += 1 + answer.readInt32BE(at + 1))
        types.push(String.fromCharCode(answer[at]));
      resolve(types);
    });
  });
}

function withPassword(url: string, password: string): string {
  const changed = new URL(url);
  changed.password = password;
  return changed.toString();
}

// Always the embedded server on its own data directory, as `npm start` runs it (even in CI).
describe("embedded database: a PostgreSQL server of its own that only the app's clients get into", () => {
  let root: string;
  let dataDir: string;
  let server: EmbeddedServer;
  const outsiders: pg.Client[] = [];
  const saved = { url: process.env.DATABASE_URL };

  async function outsider(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: server.url });
    client.on("error", () => {});
    await client.connect();
    outsiders.push(client);
    return client;
  }

  /** What the app does on every request and sign-in: the session user, an aggregate, the sign-in limits. */
  async function appAnswers(token: string): Promise<void> {
    const admin = await db().user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
    expect(await getSessionUserById(admin.id)).toMatchObject({ username: "admin", organisationCode: "tra-vinh-stttt" });
    const response = await getAggregate(
      apiRequest("/api/v1/aggregate?org=tra-vinh-stttt&period=2023-Q2&indicators=tel.bts", { token }),
      {},
    );
    expect(response.status).toBe(200);
    expect((await response.json())[0]).toMatchObject({ indicator: "tel.bts" });
    expect(await signInWithPassword({ username: "cntt", password: "not-the-password" }, "10.9.9.9")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signInWithPassword({ username: "cntt", password: "demo1234" }, "10.9.9.9")).toMatchObject({
      ok: true,
    });
  }

  beforeAll(async () => {
    await disconnectDb();
    root = mkdtempSync(path.join(os.tmpdir(), "ict-embedded-"));
    chmodSync(root, 0o755); // as a project's folder
    dataDir = path.join(root, "data");
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755); // as an older version left .data/
    server = await startEmbedded(path.join(dataDir, "postgres"));
    await applyMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    await seedDatabase({ demo: true });
  });

  afterAll(async () => {
    await Promise.all(outsiders.map((c) => c.end().catch(() => {})));
    await disconnectDb();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
    process.env.DATABASE_URL = saved.url;
  });

  it("runs as a process of its own, PostgreSQL 15, on 127.0.0.1 only, found by a second process from its data directory", async () => {
    const dir = path.join(dataDir, "postgres");
    const pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    expect(pid).not.toBe(process.pid);
    expect(readFileSync(`/proc/${pid}/comm`, "utf8").trim()).toBe("postgres");
    expect(runningPort(dir)).toBe(Number(new URL(server.url).port));
    const client = await outsider();
    const { rows } = await client.query(
      "SELECT current_setting('server_version_num')::int / 10000 AS major, current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets",
    );
    expect(rows[0]).toEqual({ major: 15, listen: "127.0.0.1", sockets: "" });
    // A command run beside the app finds the running server rather than starting a second one.
    const again = await startEmbedded(dir);
    expect(again).toMatchObject({ url: server.url, owned: false });
  });

  it("keeps its folder private and its password in a file only the owner reads", () => {
    // Run as root, PostgreSQL runs as the system user postgres, which may pass through the folder (not list it).
    expect(statSync(dataDir).mode & 0o777).toBe(process.getuid?.() === 0 ? 0o711 : 0o700);
    const passwordFile = path.join(dataDir, "db-password");
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(new URL(server.url).password).toBe(readFileSync(passwordFile, "utf8").trim());
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
  });

  it("refuses a client without the password or with a wrong one, and the app keeps answering", async () => {
    const token = await tokenFor("giamdoc");
    const { port } = new URL(server.url);
    expect(await skipAuthentication(Number(port))).toEqual(["R", "E"]); // the password request, then the refusal; no rows

    const wrong = new pg.Client({ connectionString: withPassword(server.url, "guessed") });
    await expect(wrong.connect()).rejects.toMatchObject({
      code: "28P01",
      message: 'password authentication failed for user "postgres"',
    });

    await appAnswers(token);
  });

  it("keeps an outside client's settings (pg_dump's empty search_path) and DEALLOCATE ALL from the app's sessions", async () => {
    const token = await tokenFor("giamdoc");
    await appAnswers(token); // the session user's statement is prepared now
    const dump = await outsider();
    await dump.query("SELECT pg_catalog.set_config('search_path', '', false)"); // what pg_dump runs first
    await dump.query(
      "SET TimeZone = 'Asia/Ho_Chi_Minh'; SET DateStyle = 'SQL, DMY'; SET default_transaction_read_only = on",
    );
    await dump.query("DEALLOCATE ALL");

    await appAnswers(token);
    const [appSettings] = await db().$queryRaw<
      unknown[]
    >`SELECT current_setting('search_path') AS s, current_setting('TimeZone') AS tz, current_setting('DateStyle') AS ds`;
    expect(appSettings).toEqual({ s: '"$user", public', tz: "UTC", ds: "ISO, MDY" });
    expect(
      (await dump.query("SELECT current_setting('search_path') AS s, current_setting('TimeZone') AS tz")).rows[0],
    ).toEqual({ s: "", tz: "Asia/Ho_Chi_Minh" });
  });
});
