import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { supervise } from "@/lib/cli/supervise";

const node = (code: string) => () => spawn(process.execPath, ["-e", code], { stdio: "ignore" });
const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe("the web server kept running", () => {
  it("starts a server that dies again, with a growing pause, and says so", async () => {
    const lines: string[] = [];
    const supervisor = supervise({
      start: node("process.exit(3)"),
      log: (line) => lines.push(line),
      firstDelayMs: 20,
      maxDelayMs: 80,
    });
    await until(() => supervisor.restarts >= 3);
    await supervisor.stop();
    expect(supervisor.restarts).toBeGreaterThanOrEqual(3);
    expect(lines[0]).toMatch(/web server stopped \(exit code 3\); starting it again in 0\.02 s/);
    expect(lines[1]).toMatch(/again in 0\.04 s/);
    expect(lines[3] ?? lines[2]).toMatch(/again in 0\.08 s/);
  });

  it("names the signal of a killed server, and stops a running one for good", async () => {
    const lines: string[] = [];
    const started: number[] = [];
    const supervisor = supervise({
      start: () => {
        const child = node("setInterval(() => {}, 1000)")();
        started.push(child.pid!);
        return child;
      },
      log: (line) => lines.push(line),
      firstDelayMs: 20,
    });
    await until(() => started.length === 1);
    process.kill(started[0], "SIGKILL");
    await until(() => started.length === 2);
    expect(lines).toEqual([expect.stringMatching(/stopped \(signal SIGKILL\)/)]);
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(started).toHaveLength(2);
    expect(() => process.kill(started[1], 0)).toThrow();
  });
});
