import { describe, expect, it } from "vitest";
import { profileFields, setupField, setupFields } from "@/lib/org/form";
import { createOrganisationInput, profileInput } from "@/lib/org/schema";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const setup = {
  code: "vinh-long-skhcn",
  name: "Sở Khoa học và Công nghệ",
  parentAuthority: "UBND tỉnh Vĩnh Long",
  place: "Vĩnh Long",
  documentCode: "SKHCN",
  adminUsername: "QuanTri",
  adminPassword: "matkhau-2026",
};
const refusedPaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.path.join("."));

describe("organisation forms", () => {
  it("reads the first-run page, which has no date field, with today's date", () => {
    const fields = setupFields(form({ ...setup, setupCode: "ABCD-EFGH-JKMN" }), new Date("2026-11-22T08:00:00Z"));
    expect(fields.setupCode).toBe("ABCD-EFGH-JKMN");
    expect(createOrganisationInput.parse(fields)).toMatchObject({
      code: "vinh-long-skhcn",
      profile: { effectiveFrom: "2026-11-22", documentCode: "SKHCN", archiveUnit: "VP", recipients: [] },
      admin: { username: "quantri" },
    });
  });

  it("refuses a short password and a bad code, each named by the page's own field", () => {
    const short = createOrganisationInput.safeParse(
      setupFields(form({ ...setup, adminPassword: "short" }), new Date()),
    );
    expect(refusedPaths(short).map(setupField)).toEqual(["adminPassword"]);
    const code = createOrganisationInput.safeParse(setupFields(form({ ...setup, code: "Vĩnh Long" }), new Date()));
    expect(refusedPaths(code).map(setupField)).toEqual(["code"]);
    expect(["profile.name", "admin.username", "admin.displayName"].map(setupField)).toEqual([
      "name",
      "adminUsername",
      "adminUsername",
    ]);
  });

  it("reads the settings form with its date, deputy signer and recipients one per line", () => {
    const profile = profileInput.parse(
      profileFields(
        form({
          ...setup,
          effectiveFrom: "2025-07-01",
          signerName: "Nguyễn Văn A",
          signerIsDeputy: "on",
          recipients: "Bộ KH&CN (b/c);\n\n UBND tỉnh \n",
        }),
      ),
    );
    expect(profile).toMatchObject({
      effectiveFrom: "2025-07-01",
      signerIsDeputy: true,
      recipients: ["Bộ KH&CN (b/c);", "UBND tỉnh"],
    });
  });

  it("reads where the header name breaks, one line per row, and how money is written", () => {
    const profile = profileInput.parse(
      profileFields(
        form({
          ...setup,
          effectiveFrom: "2025-07-01",
          headerNameLines: " Sở Khoa học \n\n và Công nghệ\n",
          moneyWording: "million",
        }),
      ),
    );
    expect(profile).toMatchObject({ headerNameLines: ["Sở Khoa học", "và Công nghệ"], moneyWording: "million" });
    expect(profileInput.parse(profileFields(form({ ...setup, effectiveFrom: "2025-07-01" })))).toMatchObject({
      headerNameLines: [],
      moneyWording: "dong",
    });
    expect(createOrganisationInput.parse(setupFields(form(setup), new Date())).profile).toMatchObject({
      headerNameLines: [],
      moneyWording: "dong",
    });
  });

  it("refuses header lines that do not spell the name, and an unknown money wording", () => {
    const refused = (fields: Record<string, string>) =>
      refusedPaths(profileInput.safeParse(profileFields(form({ ...setup, effectiveFrom: "2025-07-01", ...fields }))));
    expect(refused({ headerNameLines: "Sở Khoa học\nCông nghệ" })).toEqual(["headerNameLines"]);
    expect(refused({ headerNameLines: "SỞ KHOA HỌC  VÀ\nCÔNG NGHỆ" })).toEqual([]);
    expect(refused({ moneyWording: "usd" })).toEqual(["moneyWording"]);
  });
});
