import { z } from "zod";
import { trustedProxiesProblem } from "./security/socket-address.ts";

// The environment variables the product reads (README, "Configuration"). All are optional: without
// any, `npm start` runs the demo on an embedded database at http://localhost:3000.

const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: "expected a PostgreSQL URL such as postgresql://user:password@host:5432/database",
});
const httpUrl = z.url({
  protocol: /^https?$/,
  error: "expected an http(s) URL such as https://reports.example.gov.vn",
});
const port = z.coerce
  .number({ error: "expected a port number" })
  .int("expected a port number")
  .min(1, "expected a port from 1 to 65535")
  .max(65535, "expected a port from 1 to 65535");
const milliseconds = z.coerce
  .number({ error: "expected milliseconds" })
  .int("expected a whole number of milliseconds")
  .min(100, "expected 100 to 600000 ms")
  .max(600_000, "expected 100 to 600000 ms");

export const environmentSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "expected a number of connections" })
    .int("expected a whole number")
    .min(1, "expected 1 to 100")
    .max(100, "expected 1 to 100")
    .optional(),
  DATABASE_TRANSACTION_WAIT_MS: milliseconds.optional(),
  DATABASE_TRANSACTION_TIMEOUT_MS: milliseconds.optional(),
  PORT: port.optional(),
  WEB_CONCURRENCY: z.coerce
    .number({ error: "expected a number of processes" })
    .int("expected a whole number")
    .min(1, "expected 1 to 64")
    .max(64, "expected 1 to 64")
    .optional(),
  NEXTAUTH_URL: httpUrl.optional(),
  NEXTAUTH_SECRET: z.string().optional(),
  TRUSTED_PROXIES: z
    .string()
    .superRefine((value, context) => {
      const problem = trustedProxiesProblem(value);
      if (problem)
        context.addIssue({
          code: "custom",
          message: `expected addresses, CIDR ranges or loopback, linklocal, uniquelocal, separated by commas (${problem})`,
        });
    })
    .optional(),
  DEMO: z.enum(["0", "1", "false", "true"], { error: "expected 0 (no demo organisation) or 1" }).optional(),
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "expected development, production or test" })
    .optional(),
  // Tests only.
  TEST_POSTGRES_URL: postgresUrl.optional(),
  E2E_PORT: port.optional(),
  CHROMIUM_PATH: z.string().optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

/** Checks the environment: null when it is fine, else one line per bad variable, naming it. */
export function environmentProblems(env: Record<string, string | undefined>): string | null {
  // `NAME=` in .env means "not set", as when the line is absent.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = environmentSchema.safeParse(given);
  if (result.success) return null;
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n");
}
