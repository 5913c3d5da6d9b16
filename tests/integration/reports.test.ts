import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createReportRoute } from "@/app/api/v1/reports/route";
import { GET as getReportRoute } from "@/app/api/v1/reports/[id]/route";
import { GET as getDocx } from "@/app/api/v1/reports/[id]/docx/route";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { getReport } from "@/lib/reports/data";
import { setReportStatus } from "@/lib/reports/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import { saveMonthValues } from "@/lib/values/mutations";
import { apiRequest, tokenFor } from "../support/api";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("reports", () => {
  let token: string;
  let office: SessionUser;
  let id: string;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    token = await tokenFor("vanphong");
    office = (await getSessionUserById(
      (await db().user.findUniqueOrThrow({ where: { username: "vanphong" }, select: { id: true } })).id,
    ))!;
    const response = await createReportRoute(
      apiRequest("/api/v1/reports", {
        token,
        method: "POST",
        body: { org: "tra-vinh-stttt", kind: "nine", period: "2023-9M" },
      }),
      {},
    );
    expect(response.status).toBe(201);
    id = (await response.json()).id;
  });
  afterAll(() => disconnectDb());

  it("answers the draft as data", async () => {
    const response = await getReportRoute(apiRequest(`/api/v1/reports/${id}`, { token }), {
      params: Promise.resolve({ id }),
    });
    const report = await response.json();
    expect(report).toMatchObject({ kind: "nine", period: "2023-9M", status: "draft", version: 1 });
    expect(report.header.summary).toBe(
      "Kết quả công tác thông tin và truyền thông 9 tháng đầu năm 2023 và kế hoạch công tác quý IV/2019".replace(
        "2019",
        "2023",
      ),
    );
    expect(
      report.paragraphs.some((p: { text: string }) => p.text.startsWith("III. KẾ HOẠCH CÔNG TÁC QUÝ IV/2023")),
    ).toBe(true);
  });

  it("refuses bad input and other roles", async () => {
    const bad = await createReportRoute(
      apiRequest("/api/v1/reports", {
        token,
        method: "POST",
        body: { org: "tra-vinh-stttt", kind: "nine", period: "2023-Q3" },
      }),
      {},
    );
    expect(bad.status).toBe(422);
    const editor = await tokenFor("bcvt");
    const refused = await createReportRoute(
      apiRequest("/api/v1/reports", {
        token: editor,
        method: "POST",
        body: { org: "tra-vinh-stttt", kind: "month", period: "2023-06" },
      }),
      {},
    );
    expect(refused.status).toBe(403);
  });

  it("exports a DOCX in the official layout", async () => {
    const response = await getDocx(apiRequest(`/api/v1/reports/${id}/docx`, { token }), {
      params: Promise.resolve({ id }),
    });
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const xml = await zip.file("word/document.xml")!.async("string");
    const sectPr = xml.slice(xml.lastIndexOf("<w:sectPr"));
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sectPr).toMatch(/w:top="1134"/);
    expect(sectPr).toMatch(/w:bottom="1134"/);
    expect(sectPr).toMatch(/w:left="1701"/);
    expect(sectPr).toMatch(/w:right="850"/);
    expect(sectPr).toContain("<w:titlePg/>");
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    const firstTable = xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
    expect(firstTable).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(firstTable).toContain("UBND TỈNH VĨNH LONG"); // names as of the report's date (today), after the 2025 merger
    expect(firstTable.match(/<w:top w:val="(\w+)"/g)!.every((b) => b.includes("none") || b.includes("nil"))).toBe(true);
    expect(firstTable).toMatch(/<w:sz w:val="24"\/>/);
    expect(xml).toContain("BÁO CÁO");
    expect(xml).toContain("9 tháng đầu năm 2023");
    expect(xml).toContain("Nơi nhận:");
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
    const headerXml = await Promise.all(headers.map((f) => zip.file(f)!.async("string")));
    expect(headerXml.filter((h) => h.includes("PAGE")).length).toBe(1);
    expect(headerXml.some((h) => !h.includes("PAGE"))).toBe(true);
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toContain("header");
  });

  it("keeps a signed report unchanged when values change", async () => {
    await setReportStatus({ actor: office, id, status: "for_signature" });
    await setReportStatus({ actor: office, id, status: "signed", number: 7, signedOn: "2023-09-13", pdf });
    const signed = await getReport({ organisationId: office.organisationId, id });
    expect(signed.status).toBe("signed");
    expect(signed.content.header.numberLine).toBe("Số: 07/BC-STTTT-VP");
    expect(signed.content.header.dateLine).toBe("Trà Vinh, ngày 13 tháng 9 năm 2023");
    const before = JSON.stringify(signed.content);
    await saveMonthValues({
      actor: office,
      organisationId: office.organisationId,
      yearMonth: 202309,
      values: [{ indicator: "post.revenue", value: "15.5", note: "điều chỉnh" }],
      locale: "vi",
    });
    const after = await getReport({ organisationId: office.organisationId, id });
    expect(JSON.stringify(after.content)).toBe(before);
    await expect(setReportStatus({ actor: office, id, status: "draft" })).rejects.toMatchObject({ code: "locked" });
    expect(after.events.map((e) => e.status)).toEqual(["signed", "for_signature", "draft"]);
  });
});
