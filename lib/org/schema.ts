import { z } from "zod";
import type { ValidationKey } from "@/lib/actions/issues";
import {
  maxPasswordLength,
  minPasswordLength,
  passwordProblem,
  type PasswordProblem,
} from "@/lib/auth/password-policy";
import { roles } from "@/lib/auth/roles";
import { moneyWordings } from "@/lib/format/number";

// Messages are keys of the dictionary's `validation`, worded in the user's language by the actions
// (lib/actions/issues.ts) and the command line.

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(s)));
const line = z.string().trim().min(1).max(300);
const spelled = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleUpperCase("vi");

/** Names and document settings in force from a date. */
export const profileInput = z
  .object({
    effectiveFrom: isoDate,
    name: line,
    parentAuthority: line,
    place: z.string().trim().min(1).max(100),
    documentCode: z
      .string()
      .trim()
      .regex(/^[A-ZĐ0-9&-]{1,20}$/u, "documentCodeFormat"),
    signerName: z.string().trim().max(100).default(""),
    signerIsDeputy: z.boolean().default(false),
    recipients: z.array(line).max(40).default([]),
    archiveUnit: z.string().trim().min(1).max(20).default("VP"),
    /** Where the name breaks in the report header, line by line; none: automatic (lib/reports/header-lines.ts). */
    headerNameLines: z.array(line).max(6).default([]),
    moneyWording: z.enum(moneyWordings).default("dong"),
  })
  .refine((p) => p.headerNameLines.length === 0 || spelled(p.headerNameLines.join(" ")) === spelled(p.name), {
    path: ["headerNameLines"],
    message: "headerNameLines",
  });
export type ProfileInput = z.infer<typeof profileInput>;

export const organisationCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, "organisationCodeFormat");
export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, "usernameFormat");

/** Each password problem's message (lib/auth/password-policy.ts names them). */
export const passwordMessages: Record<PasswordProblem, ValidationKey> = {
  short: "passwordShort",
  long: "passwordLong",
  username: "passwordIsUsername",
  common: "passwordCommon",
};
export const password = z
  .string()
  .min(minPasswordLength, passwordMessages.short)
  .max(maxPasswordLength, passwordMessages.long);

/** The password rules that need the account's username too (not the username, not a common password). */
function passwordFitsAccount(account: { username: string; password?: string }, ctx: z.RefinementCtx) {
  if (!account.password) return;
  const problem = passwordProblem(account.password, account.username);
  if (problem === "username" || problem === "common")
    ctx.addIssue({ code: "custom", path: ["password"], message: passwordMessages[problem] });
}

export const createOrganisationInput = z.object({
  code: organisationCode,
  profile: profileInput,
  admin: z
    .object({ username, password, displayName: z.string().trim().min(1).max(100) })
    .superRefine(passwordFitsAccount),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationInput>;

/** A day of the month, from a form. */
const day = (max: number) => z.coerce.number().int().min(1).max(max);

export const unitInput = z.object({
  id: z.string().optional(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9&-]{1,20}$/, "unitCodeFormat"),
  name: z.string().trim().min(1).max(200),
  fieldCodes: z.array(z.string()).default([]),
  /** Day of the month the unit's figures are due; none: the organisation's. */
  dueDay: z.preprocess((v) => (v === "" || v === null ? undefined : v), day(28).optional()),
});

export const userInput = z
  .object({
    id: z.string().optional(),
    username,
    displayName: z.string().trim().min(1).max(100),
    role: z.enum(roles),
    unitId: z.string().nullable(),
    password: z.union([password, z.literal("")]).optional(),
    active: z.boolean().default(true),
  })
  .superRefine(passwordFitsAccount);

/** The organisation's due days (lib/deadlines/rule.ts): a unit's figures and each kind of report; a year's report falls in November. */
export const settingsInput = z.object({
  dueDay: day(28),
  monthReportDay: day(28),
  quarterReportDay: day(28),
  halfReportDay: day(28),
  nineReportDay: day(28),
  yearReportDay: day(30),
});

/** The organisation's mail server for notifications; no host turns mail off; an empty password keeps the one stored. */
export const mailServerInput = z.object({
  smtpHost: z.preprocess(
    (v) => (v === "" ? null : v),
    z
      .string()
      .trim()
      .max(253)
      .regex(/^[A-Za-z0-9.-]+$/, "format")
      .nullable(),
  ),
  smtpPort: z.coerce.number().int().min(1).max(65535),
  smtpSecure: z.preprocess((v) => v === "on" || v === true, z.boolean()),
  smtpUser: z.preprocess((v) => (v === "" ? null : v), z.string().trim().max(254).nullable()),
  smtpPassword: z.string().max(500).optional(),
  smtpFrom: z.preprocess((v) => (v === "" ? null : v), z.string().trim().max(254).email("format").nullable()),
});

export type MailServerInput = z.infer<typeof mailServerInput>;

export type DeadlineSettingsInput = z.infer<typeof settingsInput>;

export const deadlineSettingNames = [
  "dueDay",
  "monthReportDay",
  "quarterReportDay",
  "halfReportDay",
  "nineReportDay",
  "yearReportDay",
] as const;
