import "./load-env"; // first: .env and its check, before any module reads the environment
import { parseArgs } from "node:util";
import { validationText } from "@/lib/actions/issues";
import { openDatabase } from "@/lib/db/connection";
import { migrateWithBackup } from "@/lib/db/migrate-with-backup";
import { exitOnRefusal } from "@/lib/db/refusal";
import { createOrganisation } from "@/lib/org/mutations";
import { dictionaries } from "@/lib/i18n/dictionary";
import { createOrganisationInput } from "@/lib/org/schema";
import { seedDatabase } from "@/lib/seed/seed";

const usage = `npm run org:create -- --code vinh-long-skhcn --name "Sở Khoa học và Công nghệ" \\
  --parent "UBND tỉnh Vĩnh Long" --place "Vĩnh Long" --document-code SKHCN \\
  --admin-username admin.vl --admin-password '********' [--signer "Họ Tên"] [--deputy] [--effective-from 2025-07-01]`;

const { values } = parseArgs({
  options: {
    code: { type: "string" },
    name: { type: "string" },
    parent: { type: "string" },
    place: { type: "string" },
    "document-code": { type: "string" },
    signer: { type: "string", default: "" },
    deputy: { type: "boolean", default: false },
    "effective-from": { type: "string" },
    "admin-username": { type: "string" },
    "admin-password": { type: "string" },
    "admin-name": { type: "string" },
  },
});

const input = createOrganisationInput.safeParse({
  code: values.code,
  profile: {
    effectiveFrom: values["effective-from"] ?? new Date().toISOString().slice(0, 10),
    name: values.name,
    parentAuthority: values.parent,
    place: values.place,
    documentCode: values["document-code"],
    signerName: values.signer,
    signerIsDeputy: values.deputy,
  },
  admin: {
    username: values["admin-username"],
    password: values["admin-password"],
    displayName: values["admin-name"] ?? values["admin-username"],
  },
});
if (!input.success) {
  console.error(
    input.error.issues
      .map((i) => `--${String(i.path.at(-1))}: ${validationText(i.message, dictionaries.vi) ?? i.message}`)
      .join("\n"),
  );
  console.error(`\nUsage:\n${usage}`);
  process.exit(2);
}

const database = await openDatabase().catch(exitOnRefusal);
try {
  await migrateWithBackup(database);
  await seedDatabase({ demo: false });
  await createOrganisation(input.data);
  console.log(`Organisation ${input.data.code} created; its administrator is ${input.data.admin.username}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
