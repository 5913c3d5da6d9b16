-- DropIndex
DROP INDEX "ReportSection_organisationId_key_key";

-- AlterTable
ALTER TABLE "OrganisationProfile" ADD COLUMN     "headerNameLines" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "moneyWording" TEXT NOT NULL DEFAULT 'dong';

-- AlterTable
-- An organisation's existing sections served every kind of report: they keep doing so, one copy per kind.
ALTER TABLE "ReportSection" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'month';
INSERT INTO "ReportSection" ("id", "organisationId", "kind", "key", "heading", "fields", "sentences", "sortOrder")
SELECT s."id" || '-' || k.kind, s."organisationId", k.kind, s."key", s."heading", s."fields", s."sentences", s."sortOrder"
FROM "ReportSection" s CROSS JOIN (VALUES ('quarter'), ('half'), ('nine'), ('year')) AS k(kind);
ALTER TABLE "ReportSection" ALTER COLUMN "kind" DROP DEFAULT;

-- CreateIndex
CREATE UNIQUE INDEX "ReportSection_organisationId_kind_key_key" ON "ReportSection"("organisationId", "kind", "key");
