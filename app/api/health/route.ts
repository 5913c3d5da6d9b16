import { getDatabaseStatus } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Public: the error pages ask it whether the database is back (503 while it cannot be reached). */
export async function GET() {
  const database = await getDatabaseStatus();
  return Response.json(
    { database },
    { status: database === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
