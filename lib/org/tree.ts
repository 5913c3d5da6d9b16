import "server-only";
import { db } from "@/lib/db/client";
import { provincialAuthority, provinces } from "./provinces";

// The ministry's tree: the 34 provinces' departments report to it. A province's department that
// already exists under another code (the demo's Trà Vinh stands for Vĩnh Long) is named in
// `standIns`; the others are created, without users or figures, named from 2025-07-01.

/** Puts every province's department under the parent; answers how many were created. */
export async function placeProvincesUnder({
  parentId,
  standIns = {},
}: {
  parentId: string;
  standIns?: Record<string, string>;
}): Promise<number> {
  await db().organisation.updateMany({ where: { code: { in: Object.values(standIns) } }, data: { parentId } });
  let created = 0;
  for (const province of provinces.filter((p) => !standIns[p.code])) {
    const existing = await db().organisation.findUnique({ where: { code: province.code }, select: { id: true } });
    if (existing) {
      await db().organisation.update({ where: { id: existing.id }, data: { parentId }, select: { id: true } });
      continue;
    }
    await db().organisation.create({
      data: {
        code: province.code,
        parentId,
        profiles: {
          create: {
            effectiveFrom: new Date("2025-07-01T00:00:00Z"),
            name: "Sở Khoa học và Công nghệ",
            parentAuthority: provincialAuthority(province),
            place: province.name,
            documentCode: "SKHCN",
            signerName: "",
            recipients: [],
          },
        },
      },
      select: { id: true },
    });
    created++;
  }
  return created;
}
