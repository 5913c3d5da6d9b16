-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "formerNames" JSONB NOT NULL DEFAULT '[]';

-- activeFrom/activeTo were years, they are months now (year * 100 + month). The seed's catalog sync
-- writes the same values from prisma/catalog, this keeps a database right before it runs.
UPDATE "Indicator" SET "activeFrom" = "activeFrom" * 100 + 1 WHERE "activeFrom" < 10000;
UPDATE "Indicator" SET "activeTo" = "activeTo" * 100 + 12 WHERE "activeTo" < 10000;
