import { db } from "@/lib/db/client";
import { clientAddressHeader } from "@/lib/security/client-address";
import { createToken } from "@/lib/tokens/mutations";

/** A bearer token for a user, made the way the admin page makes one. */
export async function tokenFor(username: string): Promise<string> {
  const user = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true, organisationId: true } });
  return createToken({ organisationId: user.organisationId, userId: user.id, name: "test" });
}

export function apiRequest(
  path: string,
  {
    token,
    method = "GET",
    body,
    language,
  }: { token?: string; method?: string; body?: unknown; language?: string } = {},
): Request {
  const headers = new Headers({ "content-type": "application/json" });
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (language) headers.set("accept-language", language);
  return new Request(`http://localhost${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The request as the web server hands it on from a caller at `address` (lib/cli/serve.ts). */
export function fromAddress(request: Request, address: string): Request {
  request.headers.set(clientAddressHeader, address);
  return request;
}
