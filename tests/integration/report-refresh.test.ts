import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { getReport } from "@/lib/reports/data";
import { createReport, refreshReport, saveParagraphs } from "@/lib/reports/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import { saveMonthValues } from "@/lib/values/mutations";

// A refresh marks a paragraph updated only when its figures changed; the title names the next
// period only when the report has a plan.

let office: SessionUser;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  office = (await getSessionUserById(
    (await db().user.findUniqueOrThrow({ where: { username: "vanphong" }, select: { id: true } })).id,
  ))!;
});
afterAll(() => disconnectDb());

const load = (id: string) => getReport({ organisationId: office.organisationId, id });

describe("refreshing a draft", () => {
  it("marks nothing when no figure changed, and only the changed figure's paragraph when one did", async () => {
    const { id } = await createReport({
      actor: office,
      organisationId: office.organisationId,
      kind: "month",
      period: "2023-05",
    });
    await refreshReport({ actor: office, id });
    expect((await load(id)).content.paragraphs.filter((p) => p.updated)).toEqual([]);

    await saveMonthValues({
      actor: office,
      organisationId: office.organisationId,
      yearMonth: 202305,
      values: [{ indicator: "ict.enterprises", value: "104", note: "Bổ sung doanh nghiệp mới đăng ký" }],
      locale: "vi",
    });
    await refreshReport({ actor: office, id });
    const updated = (await load(id)).content.paragraphs.filter((p) => p.updated);
    expect(updated.map((p) => p.text)).toEqual([
      "- Trên địa bàn tỉnh hiện nay có 104 doanh nghiệp kinh doanh lĩnh vực công nghệ thông tin.",
    ]);
  });
});

describe("the title and the plan", () => {
  it("names the next period only when the report has a plan, and again once the office writes one", async () => {
    const { id } = await createReport({
      actor: office,
      organisationId: office.organisationId,
      kind: "month",
      period: "2022-03",
    });
    const draft = await load(id);
    expect(draft.content.header.summary).toBe("Kết quả công tác thông tin và truyền thông tháng 3 năm 2022");
    expect(draft.content.paragraphs.find((p) => p.key === "fixed:plan-empty")).toMatchObject({
      placeholder: "plan",
      text: "",
    });

    const paragraphs = draft.content.paragraphs.map(({ key, style, text, edited }) =>
      key === "fixed:plan-empty"
        ? { key, style, text: "1. Kiểm tra chất lượng dịch vụ bưu chính công ích.", edited: true }
        : { key, style, text, edited },
    );
    await saveParagraphs({ actor: office, id, version: draft.version, paragraphs });
    const planned = await load(id);
    expect(planned.content.header.summary).toBe(
      "Kết quả công tác thông tin và truyền thông tháng 3 và kế hoạch công tác tháng 4 năm 2022",
    );
    expect(planned.content.closing).toContain("và kế hoạch công tác tháng 4 năm 2022");
  });
});
