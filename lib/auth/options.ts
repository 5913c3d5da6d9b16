import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { safeRedirect } from "@/lib/security/redirect";
import { endSessions } from "./data";
import { recordAuthEvent } from "./events";
import { clientAddress } from "@/lib/security/client-address";
import { lockedErrorCode, signInWithPassword } from "./sign-in";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    /** The user's sessionVersion at sign-in; the session ends once the user's moves on. */
    sv?: number;
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(input, req) {
        const result = await signInWithPassword(input, clientAddress(req?.headers));
        if (result.ok) return { id: result.id, sessionVersion: result.sessionVersion };
        // next-auth passes a thrown message on to the sign-in page as `?error=`.
        if (result.reason === "locked") throw new Error(lockedErrorCode(result.retryAfter));
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sv ?? 0 };
    },
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
  events: {
    // Signing out ends the session on the server too: its JWT carries a version no longer current.
    async signOut({ token }) {
      if (!token?.sub) return;
      const user = await endSessions(token.sub, token.sv ?? 0);
      // The event runs inside next-auth's route handler, whose request headers give the address.
      if (user)
        await recordAuthEvent({
          kind: "signOut",
          username: user.username,
          userId: token.sub,
          organisationId: user.organisationId,
          ip: clientAddress(await headers()),
        });
    },
  },
};
