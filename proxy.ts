import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { refuseMalformedApiRequest } from "@/lib/api/request-guard";
import {
  apiContentSecurityPolicy,
  contentSecurityPolicy,
  createNonce,
  servedOverHttps,
  strictTransportSecurity,
} from "@/lib/security/headers";

const publicPaths = /^\/(login|setup|forbidden|api)(\/|$)/;

// A courtesy redirect to the sign-in page; every page, action and route checks the user itself.
const requireSignIn = withAuth({
  pages: { signIn: "/login" },
  callbacks: { authorized: ({ req, token }) => publicPaths.test(req.nextUrl.pathname) || !!token },
});

/**
 * Every page gets a fresh script nonce: Next reads it from the request's Content-Security-Policy
 * and puts it on its own scripts (pages render per request). HSTS only when served over https.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refused = refuseMalformedApiRequest(request);
  if (refused) return refused;
  // The API answers data, not pages: no sign-in redirect (routes authenticate), no script nonce.
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", apiContentSecurityPolicy);
    return withTransportSecurity(request, response);
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const redirect = await requireSignIn(request as NextRequestWithAuth, event);
  let response: Response;
  if (redirect) {
    response = redirect;
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  return withTransportSecurity(request, response);
}

function withTransportSecurity(request: NextRequest, response: Response): Response {
  if (servedOverHttps(request)) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
