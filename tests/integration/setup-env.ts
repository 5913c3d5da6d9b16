import { inject } from "vitest";

process.env.TEST_POSTGRES_URL = inject("postgresUrl");
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = inject("databaseEmbedded") ? "1" : "5";
