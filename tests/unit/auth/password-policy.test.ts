import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { createOrganisationInput, userInput } from "@/lib/org/schema";

describe("the password policy", () => {
  it("wants 10 characters, not the username, not a common password", () => {
    expect(passwordProblem("demo1234", "admin")).toBe("short");
    expect(passwordProblem("vanphong2026", "vanphong2026")).toBe("username");
    expect(passwordProblem("VanPhong12", "vanphong")).toBe("username");
    expect(passwordProblem("Password123", "admin")).toBe("common");
    expect(passwordProblem("matkhau123", "admin")).toBe("common");
    expect(passwordProblem("x".repeat(201), "admin")).toBe("long");
    expect(passwordProblem("lúa-chín-vàng-2026", "vanphong")).toBeNull();
  });

  it("is part of the user form's and the first administrator's schema, its messages named by their dictionary key", () => {
    const user = { username: "cntt.moi", displayName: "Mới", role: "editor", unitId: null, active: true };
    expect(userInput.safeParse({ ...user, password: "" }).success).toBe(true);
    expect(userInput.safeParse({ ...user, password: "mat-khau-dai-du" }).success).toBe(true);
    const short = userInput.safeParse({ ...user, password: "demo1234" });
    expect(short.success ? [] : short.error.issues.map((i) => i.message)).toEqual(["passwordShort"]);
    const same = userInput.safeParse({ ...user, password: "cntt.moi12" });
    expect(same.success ? [] : same.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["password", "passwordIsUsername"],
    ]);

    const profile = {
      effectiveFrom: "2026-01-01",
      name: "Sở X",
      parentAuthority: "UBND tỉnh X",
      place: "X",
      documentCode: "SX",
    };
    const common = createOrganisationInput.safeParse({
      code: "so-x",
      profile,
      admin: { username: "quantri", password: "qwertyuiop", displayName: "Quản trị" },
    });
    expect(common.success ? [] : common.error.issues.map((i) => i.path.join("."))).toEqual(["admin.password"]);
  });
});
