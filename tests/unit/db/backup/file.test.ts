import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  backupFileName,
  backupsDirFor,
  latestBackup,
  pruneBackups,
  readBackupKind,
  readPgVersion,
} from "@/lib/db/backup/file";

/** A tar entry as PGlite's dumpDataDir wrote them (ustar, names from the root). */
function tarEntry(name: string, content: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write(content.length.toString(8).padStart(11, "0"), 124);
  header.write("ustar", 257);
  const body = Buffer.alloc(Math.ceil(content.length / 512) * 512);
  body.write(content);
  return Buffer.concat([header, body]);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "ict-backup-file-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("backup files", () => {
  it("are named by label and UTC time, so names sort in time order, beside the data directory", () => {
    expect(backupFileName("before-migration", "embedded", new Date("2026-11-23T16:05:09.123Z"))).toBe(
      "before-migration-2026-11-23T16-05-09Z.tar.gz",
    );
    expect(backupFileName("backup", "server", new Date("2026-01-02T03:04:05Z"))).toBe(
      "backup-2026-01-02T03-04-05Z.dump",
    );
    expect(backupsDirFor("/srv/app/.data/postgres")).toBe("/srv/app/.data/backups");
  });

  it("keeps the newest automatic backups, never the others, and finds the latest of a kind", async () => {
    const names = [1, 2, 3, 4, 5, 6, 7].map((day) =>
      backupFileName("before-migration", "embedded", new Date(`2026-01-0${day}T00:00:00Z`)),
    );
    for (const name of [...names, "backup-2026-01-09T00-00-00Z.tar.gz", "backup-2026-01-08T00-00-00Z.dump"])
      await writeFile(path.join(dir, name), "");
    await pruneBackups(dir, "before-migration", 5);
    expect((await readdir(dir)).sort()).toEqual(
      ["backup-2026-01-08T00-00-00Z.dump", "backup-2026-01-09T00-00-00Z.tar.gz", ...names.slice(2)].sort(),
    );
    expect(await latestBackup(dir, "embedded")).toBe(path.join(dir, "backup-2026-01-09T00-00-00Z.tar.gz"));
    expect(await latestBackup(dir, "server")).toBe(path.join(dir, "backup-2026-01-08T00-00-00Z.dump"));
    expect(await latestBackup(path.join(dir, "none"), "server")).toBeNull();
  });

  it("are told by their first bytes; anything else is refused", async () => {
    const file = (name: string, content: Buffer | string) =>
      writeFile(path.join(dir, name), content).then(() => path.join(dir, name));
    const dataDir = Buffer.concat([
      tarEntry("/base/1/112", "x".repeat(2000)),
      tarEntry("/PG_VERSION", "18\n"),
      Buffer.alloc(1024),
    ]);
    expect(await readBackupKind(await file("a.tar.gz", gzipSync(dataDir)))).toBe("embedded");
    expect(await readPgVersion(path.join(dir, "a.tar.gz"))).toBe("18");
    expect(await readBackupKind(await file("b.dump", "PGDMP\x01\x0e\x00"))).toBe("server");
    for (const [name, content] of [
      ["c.txt", "hello"],
      ["d.gz", gzipSync("hello")],
      ["e.tar.gz", gzipSync(tarEntry("/other", "x"))],
      ["f", ""],
    ] as const) {
      await expect(readBackupKind(await file(name, content))).rejects.toThrow(
        /is not a backup made by npm run db:backup/,
      );
    }
    await expect(readBackupKind(path.join(dir, "missing"))).rejects.toThrow(/no such file/);
  });
});
