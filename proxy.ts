import { withAuth } from "next-auth/middleware";

// A courtesy redirect to the sign-in page; every page, action and route checks the user itself.
export const proxy = withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|setup|forbidden|api|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
