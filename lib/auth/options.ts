import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeRedirect } from "@/lib/security/redirect";
import { clientIp } from "./limits";
import { lockedErrorCode, signInWithPassword } from "./sign-in";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(input, req) {
        const result = await signInWithPassword(input, clientIp(req?.headers));
        if (result.ok) return { id: result.id };
        // next-auth passes a thrown message on to the sign-in page as `?error=`.
        if (result.reason === "locked") throw new Error(lockedErrorCode(result.retryAfter));
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
};
