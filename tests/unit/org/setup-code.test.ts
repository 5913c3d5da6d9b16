import { describe, expect, it } from "vitest";
import { generateSetupCode, hashSetupCode, normaliseSetupCode } from "@/lib/org/setup-code";

describe("set-up codes", () => {
  it("are three groups of four characters without I, L, O or U, 60 random bits", () => {
    const codes = Array.from({ length: 200 }, generateSetupCode);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("read back in any case, with or without dashes and spaces, O as 0 and I or L as 1", () => {
    const code = "7K3Q-0M1X-9ZTB";
    for (const typed of [
      code,
      "7k3q0m1x9ztb",
      " 7k3q 0m1x 9ztb ",
      "7K3Q-OM1X-9ZTB",
      "7k3q-0mix-9ztb",
      "7k3q-0mlx-9ztb",
    ]) {
      expect(normaliseSetupCode(typed), typed).toBe("7K3Q0M1X9ZTB");
    }
  });

  it("refuse what cannot be a code", () => {
    for (const typed of ["", "7K3Q-0M1X", "7K3Q-0M1X-9ZTB-A", "7K3Q-0M1X-9ZTU", "7K3Q_0M1X_9ZTB", "７K3Q0M1X9ZTB"])
      expect(normaliseSetupCode(typed), typed).toBeNull();
  });

  it("are stored as a SHA-256 hash of the normalised code", () => {
    expect(hashSetupCode("7K3Q0M1X9ZTB")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSetupCode(normaliseSetupCode("7k3q-0m1x-9ztb")!)).toBe(hashSetupCode("7K3Q0M1X9ZTB"));
  });
});
