import { describe, expect, it } from "vitest";
import {
  canAdminister,
  canCompareOrganisations,
  canCompileReports,
  canEditField,
  canOpenEntry,
  canSubmitMonth,
  canViewOrganisation,
  dashboardOrganisationIds,
  entryFields,
  hasRole,
  isObserver,
  monthLockers,
  submitsOwnUnit,
  type Actor,
} from "@/lib/auth/roles";

const actor = (role: Actor["role"], fieldCodes: string[] = []): Actor => ({
  role,
  organisationId: "org-1",
  fieldCodes,
});

describe("roles", () => {
  it("checks a role against the allowed ones", () => {
    expect(hasRole(actor("admin"), ["admin"])).toBe(true);
    expect(hasRole(actor("editor"), ["admin", "compiler"])).toBe(false);
  });

  it("limits everyone to their own organisation", () => {
    expect(canViewOrganisation(actor("director"), "org-1")).toBe(true);
    expect(canViewOrganisation(actor("admin"), "org-2")).toBe(false);
    expect(canEditField(actor("admin"), "org-2", "postal")).toBe(false);
  });

  it("lets editors enter only their unit's fields", () => {
    const editor = actor("editor", ["postal", "telecom"]);
    expect(canEditField(editor, "org-1", "postal")).toBe(true);
    expect(canEditField(editor, "org-1", "it")).toBe(false);
  });

  it("lets the office and admins enter any field, and directors none", () => {
    expect(canEditField(actor("compiler"), "org-1", "it")).toBe(true);
    expect(canEditField(actor("admin"), "org-1", "press")).toBe(true);
    expect(canEditField(actor("director"), "org-1", "it")).toBe(false);
  });

  it("lets a viewer read the organisations it was given, and enter none", () => {
    const viewer: Actor = {
      role: "viewer",
      organisationId: "ministry",
      fieldCodes: [],
      viewableOrganisationIds: ["org-1", "org-2"],
    };
    expect(canViewOrganisation(viewer, "org-2")).toBe(true);
    expect(canViewOrganisation(viewer, "org-3")).toBe(false);
    expect(canEditField(viewer, "org-1", "postal")).toBe(false);
    expect(canCompareOrganisations(viewer)).toBe(true);
    expect(canCompareOrganisations(actor("director"))).toBe(false);
  });

  it("shows an observing viewer the organisations it observes, not its own, and others their own first", () => {
    const viewer: Actor = {
      role: "viewer",
      organisationId: "ministry",
      fieldCodes: [],
      viewableOrganisationIds: ["org-1", "org-2"],
    };
    expect(isObserver(viewer)).toBe(true);
    expect(dashboardOrganisationIds(viewer)).toEqual(["org-1", "org-2"]);
    const director: Actor = { ...actor("director"), viewableOrganisationIds: ["org-2"] };
    expect(isObserver(director)).toBe(false);
    expect(dashboardOrganisationIds(director)).toEqual(["org-1", "org-2"]);
    expect(isObserver(actor("viewer"))).toBe(false);
    expect(dashboardOrganisationIds(actor("viewer"))).toEqual(["org-1"]);
  });

  it("keeps administration to admins and reports to the office and directors", () => {
    expect(canAdminister(actor("admin"))).toBe(true);
    expect(canAdminister(actor("compiler"))).toBe(false);
    expect(canCompileReports(actor("compiler"))).toBe(true);
    expect(canCompileReports(actor("director"))).toBe(true);
    expect(canCompileReports(actor("editor"))).toBe(false);
  });

  it("shows editors their unit's fields on the entry pages, everyone else all of them; viewers no entry", () => {
    const fields = [{ code: "postal" }, { code: "it" }];
    expect(entryFields(actor("editor", ["postal"]), fields)).toEqual([{ code: "postal" }]);
    expect(entryFields(actor("director"), fields)).toEqual(fields);
    expect(canOpenEntry(actor("director"))).toBe(true);
    expect(canOpenEntry(actor("viewer"))).toBe(false);
  });

  it("lets an editor hand in their own unit's month, the office any unit's; directors lock, admins unlock", () => {
    const editor: Actor = { ...actor("editor"), unitId: "bcvt" };
    expect(submitsOwnUnit(editor)).toBe(true);
    expect(canSubmitMonth(editor, "bcvt")).toBe(true);
    expect(canSubmitMonth(editor, "cntt")).toBe(false);
    expect(submitsOwnUnit(actor("editor"))).toBe(false);
    expect(canSubmitMonth(actor("compiler"), "cntt")).toBe(true);
    expect(canSubmitMonth(actor("director"), "cntt")).toBe(false);
    expect(hasRole(actor("director"), monthLockers)).toBe(true);
    expect(hasRole(actor("editor"), monthLockers)).toBe(false);
  });
});
