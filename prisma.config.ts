import { defineConfig } from "prisma/config";

// Prisma 7 reads the URL here; env() would throw when it is unset and break `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
