-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[];
