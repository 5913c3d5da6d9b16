import { forgetCatalog } from "@/lib/catalog/data";
import { db } from "@/lib/db/client";

// Every shipped indicator is monthly; tests of figures reported only by quarter add these two to
// the database's catalog (the end-to-end run's demo database has them from the start).

export const quarterly = { total: "ict.test_quarterly_revenue", part: "ict.test_quarterly_software" } as const;

export async function addQuarterlyIndicators(): Promise<void> {
  const common = {
    fieldCode: "ict_industry",
    unitVi: "tỷ đồng",
    unitEn: "billion đồng",
    kind: "flow",
    frequency: "quarterly",
    decimals: 1,
  } as const;
  await db().indicator.createMany({
    data: [
      {
        ...common,
        code: quarterly.total,
        nameVi: "Doanh thu công nghiệp công nghệ thông tin (báo cáo theo quý)",
        nameEn: "ICT industry revenue (reported by quarter)",
        sortOrder: 1000,
      },
      {
        ...common,
        code: quarterly.part,
        nameVi: "Doanh thu phần mềm (báo cáo theo quý)",
        nameEn: "Software revenue (reported by quarter)",
        parentCode: quarterly.total,
        sortOrder: 1001,
      },
    ],
    skipDuplicates: true,
  });
  forgetCatalog();
}

/** Removes them with their figures and audit rows. */
export async function removeQuarterlyIndicators(): Promise<void> {
  const where = { indicatorCode: { in: Object.values(quarterly) } };
  await db().periodValueAudit.deleteMany({ where });
  await db().periodValue.deleteMany({ where });
  await db().indicator.deleteMany({ where: { code: { in: Object.values(quarterly) } } });
  forgetCatalog();
}
