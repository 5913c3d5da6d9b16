import { describe, expect, it } from "vitest";
import { parseLockedError, signInErrorMessage } from "@/lib/auth/sign-in-error";
import { getDictionary } from "@/lib/i18n/dictionary";

describe("the sign-in page's message for next-auth's error", () => {
  const text = getDictionary("vi").auth;

  it("shows the wait of a lock-out in whole minutes, rounded up", () => {
    expect(parseLockedError("locked:61")).toBe(61);
    expect(signInErrorMessage("locked:61", text)).toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 2 phút.");
    expect(signInErrorMessage("locked:900", text)).toContain("15 phút");
    expect(signInErrorMessage("locked:0", text)).toContain("1 phút");
  });

  it("shows 'wrong username or password' for anything else", () => {
    expect(signInErrorMessage("CredentialsSignin", text)).toBe(text.invalid);
    expect(signInErrorMessage(undefined, text)).toBe(text.invalid);
    expect(parseLockedError("locked:abc")).toBeNull();
  });
});
