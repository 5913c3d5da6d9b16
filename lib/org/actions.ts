"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define";
import { clientAddress } from "@/lib/security/client-address";
import { administrators } from "@/lib/auth/roles";
import { profileFields, setupField, setupFields, unitFields, userFields } from "./form";
import { saveDeadlines, saveMailServer, saveProfile, saveUnit, saveUser } from "./mutations";
import {
  createOrganisationInput,
  deadlineSettingNames,
  mailServerInput,
  profileInput,
  settingsInput,
  unitInput,
  userInput,
} from "./schema";
import { setUpOrganisation } from "./setup";

/** The first-run page: with the set-up code, only while the database has no organisation at all; then on to sign in. */
export const setupOrganisationAction = defineFormAction({
  public: true,
  schema: createOrganisationInput.extend({ setupCode: z.string() }),
  read: (form) => setupFields(form, new Date()),
  fields: setupField,
  run: async ({ input: { setupCode, ...organisation } }) => {
    await setUpOrganisation({ setupCode, organisation, ip: clientAddress(await headers()) });
    redirect("/login");
  },
});

export const saveProfileAction = defineFormAction({
  roles: administrators,
  schema: z.object({ profile: profileInput, settings: settingsInput }),
  read: (form) => ({
    profile: profileFields(form),
    settings: Object.fromEntries(deadlineSettingNames.map((name) => [name, form.get(name)])),
  }),
  fields: (path) => path.replace(/^(profile|settings)\./, "").replace(/\.\d+$/, ""),
  run: async ({ actor, input }) => {
    await saveProfile({ organisationId: actor.organisationId, profile: input.profile });
    await saveDeadlines({ organisationId: actor.organisationId, settings: input.settings });
    revalidatePath("/admin");
  },
});

export const saveMailServerAction = defineFormAction({
  roles: administrators,
  schema: mailServerInput,
  run: async ({ actor, input }) => {
    await saveMailServer({ organisationId: actor.organisationId, server: input });
    revalidatePath("/admin");
  },
});

export const saveUnitAction = defineFormAction({
  roles: administrators,
  schema: unitInput,
  read: unitFields,
  run: async ({ actor, input }) => {
    await saveUnit({ organisationId: actor.organisationId, unit: input });
    revalidatePath("/admin");
  },
});

export const saveUserAction = defineFormAction({
  roles: administrators,
  schema: userInput,
  read: userFields,
  run: async ({ actor, input }) => {
    await saveUser({ organisationId: actor.organisationId, user: input, ip: clientAddress(await headers()) });
    revalidatePath("/admin");
  },
});
