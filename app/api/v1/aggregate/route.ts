import { z } from "zod";
import { authenticateRequest } from "@/lib/api/authenticate";
import { parseQuery } from "@/lib/api/input";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { getAggregate } from "@/lib/values/queries";

export const dynamic = "force-dynamic";

const query = z.object({
  org: z.string().min(1).max(60),
  period: z.string().min(4).max(10),
  indicators: z.string().min(1).max(4000).transform((s) => [...new Set(s.split(",").map((c) => c.trim()).filter(Boolean))]),
});

export const GET = apiRoute(async (request) => {
  const actor = await authenticateRequest(request);
  const { org, period, indicators } = parseQuery(request, query);
  return Response.json(await getAggregate({ actor, org, period, indicatorCodes: indicators }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
