import { z } from "zod";
import { maxPasswordLength, minPasswordLength, passwordProblem } from "@/lib/auth/password-policy";
import { roles } from "@/lib/auth/roles";
import { moneyWordings } from "@/lib/format/number";
import { dictionaries } from "@/lib/i18n/dictionary";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)));
const line = z.string().trim().min(1).max(300);
const spelled = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleUpperCase("vi");

/** Names and document settings in force from a date. */
export const profileInput = z.object({
  effectiveFrom: isoDate,
  name: line,
  parentAuthority: line,
  place: z.string().trim().min(1).max(100),
  documentCode: z.string().trim().regex(/^[A-ZĐ0-9&-]{1,20}$/u, "VD: STTTT"),
  signerName: z.string().trim().max(100).default(""),
  signerIsDeputy: z.boolean().default(false),
  recipients: z.array(line).max(40).default([]),
  archiveUnit: z.string().trim().min(1).max(20).default("VP"),
  /** Where the name breaks in the report header, line by line; none: automatic (lib/reports/header-lines.ts). */
  headerNameLines: z.array(line).max(6).default([]),
  moneyWording: z.enum(moneyWordings).default("dong"),
}).refine((p) => p.headerNameLines.length === 0 || spelled(p.headerNameLines.join(" ")) === spelled(p.name), {
  path: ["headerNameLines"],
  message: dictionaries.vi.admin.headerNameLinesMismatch,
});
export type ProfileInput = z.infer<typeof profileInput>;

export const organisationCode = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, "chữ thường, số và dấu -");
export const username = z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{2,40}$/, "chữ thường, số, . _ -");
const policy = dictionaries.vi.passwordPolicy;
export const password = z.string().min(minPasswordLength, policy.short).max(maxPasswordLength, policy.long);

/** The password rules that need the account's username too (not the username, not a common password). */
function passwordFitsAccount(account: { username: string; password?: string }, ctx: z.RefinementCtx) {
  if (!account.password) return;
  const problem = passwordProblem(account.password, account.username);
  if (problem === "username" || problem === "common") ctx.addIssue({ code: "custom", path: ["password"], message: policy[problem] });
}

export const createOrganisationInput = z.object({
  code: organisationCode,
  profile: profileInput,
  admin: z.object({ username, password, displayName: z.string().trim().min(1).max(100) }).superRefine(passwordFitsAccount),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationInput>;

export const unitInput = z.object({
  id: z.string().optional(),
  code: z.string().trim().regex(/^[A-Za-z0-9&-]{1,20}$/),
  name: z.string().trim().min(1).max(200),
  fieldCodes: z.array(z.string()).default([]),
});

export const userInput = z.object({
  id: z.string().optional(),
  username,
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(roles),
  unitId: z.string().nullable(),
  password: z.union([password, z.literal("")]).optional(),
  active: z.boolean().default(true),
}).superRefine(passwordFitsAccount);

export const settingsInput = z.object({ dueDay: z.coerce.number().int().min(1).max(28) });
