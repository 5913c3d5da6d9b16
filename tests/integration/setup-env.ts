import { inject } from "vitest";
import { markClientAddressSet } from "@/lib/security/client-address";

process.env.TEST_POSTGRES_URL = inject("postgresUrl");
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = "5";
// As lib/cli/serve.ts does: tests set the caller's address in its header (tests/support/api.ts).
markClientAddressSet();
