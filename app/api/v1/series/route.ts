import { z } from "zod";
import { parseQuery } from "@/lib/api/input";
import { everyRole } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { periodKinds } from "@/lib/periods/period";
import { getSeries } from "@/lib/values/queries";

export const dynamic = "force-dynamic";

// The API names grains `half`, `nine` like period kinds, plus `ytd`.
const query = z.object({
  org: z.string().min(1).max(60),
  indicator: z.string().min(1).max(100),
  from: z.string().min(4).max(10),
  to: z.string().min(4).max(10),
  grain: z.enum([...periodKinds, "ytd"]).default("month"),
});

export const GET = apiRoute({ roles: everyRole }, async ({ request, actor }) => {
  const params = parseQuery(request, query);
  return Response.json(await getSeries({ actor, ...params }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
