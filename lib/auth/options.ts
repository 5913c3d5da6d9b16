import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { findUserForSignIn } from "./data";
import { unknownUserHash, verifyPassword } from "./password";

const credentials = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

/** Checks a username and password; the answer never tells whether the account exists. */
export async function authenticate(input: unknown): Promise<{ id: string } | null> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const user = await findUserForSignIn(parsed.data.username);
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? unknownUserHash);
  return user && user.active && valid ? { id: user.id } : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      authorize: (input) => authenticate(input),
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
  },
};
