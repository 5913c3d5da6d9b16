import type { PGlite } from "@electric-sql/pglite";
import { endsWithReadyForQueryIdle, readyForQueryLength } from "./embedded-protocol";

/** One client connection as the shared session sees it. */
export interface SessionClient {
  send(data: Uint8Array): void;
  /** Ends the connection (it then leaves the session). */
  terminate(sqlState: string, text: string): void;
}

/** A client idle inside a transaction for this long loses it when another client is waiting. */
export const idleInTransactionLimitMs = 5_000;

const sync = new Uint8Array([0x53, 0, 0, 0, 4]); // Sync ('S', length 4): ends an unfinished batch

/** A query ('Q') or a statement to prepare ('P') whose text may change the session's settings. */
function mayChangeSettings(message: Buffer): boolean {
  return (message[0] === 0x51 || message[0] === 0x50) && /\b(set|reset|discard)\b|set_config/i.test(message.toString("latin1"));
}

/**
 * PGlite is one PostgreSQL session; this shares it between connections by turns. A client holds
 * the session from its first message until the database is idle again (ReadyForQuery 'I': its
 * batch or transaction is over), so batches and transactions of different clients never mix;
 * waiting clients then go in order. Each client has its own settings (search_path, TimeZone,
 * client_encoding...): they are saved and restored when the session passes to another client, so
 * a `SET` of one client (`pg_dump` empties search_path) never reaches the others. Reading the
 * settings costs about 5 ms in PGlite, so they are read only after a statement that may have
 * changed them. Prepared statements, temporary tables and session locks stay shared.
 */
export class SharedSession {
  private owner: SessionClient | null = null;
  private waiting: { client: SessionClient; resume: () => void }[] = [];
  /** The client whose settings are in the database now, those settings, and whether it may have changed them since. */
  private settingsOf: SessionClient | null = null;
  private current = "[]";
  private changed = false;
  private settings = new Map<SessionClient, string>();
  private idleSince = new Map<SessionClient, number>();
  private evictionTimer: NodeJS.Timeout | undefined;

  constructor(private readonly db: PGlite) {}

  /** Runs one message (or the startup packet) of a client and streams PGlite's answer back to it. */
  async execute(client: SessionClient, message: Buffer): Promise<void> {
    this.idleSince.delete(client);
    await this.acquire(client);
    await this.restoreSettings(client);
    if (mayChangeSettings(message)) this.changed = true;
    let tail = Buffer.alloc(0);
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(message, {
        onRawData: (data) => {
          client.send(data);
          tail = Buffer.concat([tail, data.subarray(-readyForQueryLength)]).subarray(-readyForQueryLength);
        },
      }),
    );
    if (endsWithReadyForQueryIdle(tail)) this.release(client);
  }

  /** The client has no message to run now: if it still holds the session, it is idle in a transaction. */
  waitsForClient(client: SessionClient): void {
    if (this.owner !== client) return;
    this.idleSince.set(client, Date.now());
    this.scheduleEviction();
  }

  /** The client has gone: its unfinished batch is closed and its open transaction rolled back. */
  async leave(client: SessionClient): Promise<void> {
    this.waiting = this.waiting.filter((w) => w.client !== client);
    this.settings.delete(client);
    this.idleSince.delete(client);
    if (this.owner !== client) return;
    try {
      await this.db.runExclusive(() => this.db.execProtocolRawStream(sync, { onRawData: () => {} }));
      if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    } finally {
      this.release(client);
    }
  }

  private acquire(client: SessionClient): Promise<void> | void {
    if (this.owner === client) return;
    if (!this.owner) {
      this.owner = client;
      return;
    }
    const turn = new Promise<void>((resume) => this.waiting.push({ client, resume }));
    this.scheduleEviction();
    return turn;
  }

  private release(client: SessionClient): void {
    if (this.owner !== client) return;
    const next = this.waiting.shift();
    this.owner = next?.client ?? null;
    next?.resume();
  }

  /** A client idle in its transaction past the limit while others wait is ended, as PostgreSQL's idle_in_transaction_session_timeout does. */
  private scheduleEviction(): void {
    clearTimeout(this.evictionTimer);
    const owner = this.owner;
    const since = owner && this.idleSince.get(owner);
    if (!owner || !since || !this.waiting.length) return;
    this.evictionTimer = setTimeout(() => {
      if (this.owner === owner && this.idleSince.get(owner) === since && this.waiting.length) {
        owner.terminate("25P03", "terminating connection due to idle-in-transaction timeout");
      }
    }, since + idleInTransactionLimitMs - Date.now()).unref();
  }

  private async restoreSettings(client: SessionClient): Promise<void> {
    if (this.settingsOf === client) return;
    if (this.changed) this.current = await this.sessionSettings();
    this.changed = false;
    if (this.settingsOf && this.settings.has(this.settingsOf)) this.settings.set(this.settingsOf, this.current);
    this.settingsOf = client;
    const wanted = this.settings.get(client) ?? "[]";
    this.settings.set(client, wanted);
    if (wanted === this.current) return;
    await this.db.exec("RESET ALL");
    for (const { name, setting } of JSON.parse(wanted) as { name: string; setting: string }[]) {
      await this.db.query("SELECT set_config($1, $2, false)", [name, setting]).catch(() => (this.changed = true));
    }
    this.current = wanted;
  }

  /** The settings a client changed in the session (SET, set_config), as comparable text. */
  private async sessionSettings(): Promise<string> {
    const { rows } = await this.db.query<{ name: string; setting: string }>("SELECT name, setting FROM pg_catalog.pg_settings WHERE source = 'session' ORDER BY name");
    return JSON.stringify(rows);
  }
}
