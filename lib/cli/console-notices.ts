// What `npm start` and `npm run setup:code` tell the operator in a frame that stands out among the server's log.

/** Lines in a double-lined frame. */
export function framed(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const bar = "═".repeat(width + 2);
  return [`╔${bar}╗`, ...lines.map((line) => `║ ${line.padEnd(width)} ║`), `╚${bar}╝`].join("\n");
}

/** Where the set-up page is: NEXTAUTH_URL's origin when set, else this machine's port. */
export function setupUrl(env: Record<string, string | undefined> = process.env): string {
  return new URL("/setup", env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? "3000"}`).toString();
}

export function setupCodeNotice(code: string, url: string): string {
  return framed([
    "No organisation yet. Set up this installation at",
    `    ${url}`,
    "with this one-time set-up code:",
    `    ${code}`,
    "A new code replaces it at each start while there is no organisation,",
    "and `npm run setup:code` prints a fresh one.",
  ]);
}

export function demoInProductionWarning(usernames: string[], password: string): string {
  return framed([
    "WARNING: NODE_ENV=production, and this database holds the DEMO accounts:",
    `    ${usernames.join(", ")}`,
    `all with the password ${password}. Anyone who knows it can sign in.`,
    "A real installation starts on a database without the demo: DEMO=0 npm start.",
  ]);
}
