-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'compiler', 'director', 'editor');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('vi', 'en');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('flow', 'stock', 'ratio', 'density');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "dueDay" INTEGER NOT NULL DEFAULT 15,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationProfile" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "parentAuthority" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "documentCode" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerIsDeputy" BOOLEAN NOT NULL DEFAULT false,
    "recipients" TEXT[],
    "archiveUnit" TEXT NOT NULL DEFAULT 'VP',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitField" (
    "unitId" TEXT NOT NULL,
    "fieldCode" TEXT NOT NULL,

    CONSTRAINT "UnitField_pkey" PRIMARY KEY ("unitId","fieldCode")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'vi',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Field" (
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Field_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "code" TEXT NOT NULL,
    "fieldCode" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unitVi" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "parentCode" TEXT,
    "numeratorCode" TEXT,
    "denominatorCode" TEXT,
    "decimals" INTEGER NOT NULL,
    "exhaustive" BOOLEAN NOT NULL DEFAULT false,
    "higherIsBetter" BOOLEAN NOT NULL DEFAULT true,
    "activeFrom" INTEGER,
    "activeTo" INTEGER,
    "example" TEXT,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "MonthValue" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "yearMonth" INTEGER NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "estimate" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonthValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValueAudit" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "yearMonth" INTEGER NOT NULL,
    "oldValue" DECIMAL(20,6),
    "newValue" DECIMAL(20,6),
    "oldEstimate" BOOLEAN,
    "newEstimate" BOOLEAN,
    "note" TEXT,
    "source" TEXT NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ValueAudit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearTarget" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "setById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "YearTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_code_key" ON "Organisation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationProfile_organisationId_effectiveFrom_key" ON "OrganisationProfile"("organisationId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_organisationId_code_key" ON "Unit"("organisationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "Indicator_fieldCode_sortOrder_idx" ON "Indicator"("fieldCode", "sortOrder");

-- CreateIndex
CREATE INDEX "MonthValue_organisationId_yearMonth_idx" ON "MonthValue"("organisationId", "yearMonth");

-- CreateIndex
CREATE UNIQUE INDEX "MonthValue_organisationId_indicatorCode_yearMonth_key" ON "MonthValue"("organisationId", "indicatorCode", "yearMonth");

-- CreateIndex
CREATE INDEX "ValueAudit_organisationId_indicatorCode_yearMonth_idx" ON "ValueAudit"("organisationId", "indicatorCode", "yearMonth");

-- CreateIndex
CREATE UNIQUE INDEX "YearTarget_organisationId_indicatorCode_year_key" ON "YearTarget"("organisationId", "indicatorCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- AddForeignKey
ALTER TABLE "OrganisationProfile" ADD CONSTRAINT "OrganisationProfile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitField" ADD CONSTRAINT "UnitField_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitField" ADD CONSTRAINT "UnitField_fieldCode_fkey" FOREIGN KEY ("fieldCode") REFERENCES "Field"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_fieldCode_fkey" FOREIGN KEY ("fieldCode") REFERENCES "Field"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthValue" ADD CONSTRAINT "MonthValue_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthValue" ADD CONSTRAINT "MonthValue_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthValue" ADD CONSTRAINT "MonthValue_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueAudit" ADD CONSTRAINT "ValueAudit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueAudit" ADD CONSTRAINT "ValueAudit_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueAudit" ADD CONSTRAINT "ValueAudit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearTarget" ADD CONSTRAINT "YearTarget_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearTarget" ADD CONSTRAINT "YearTarget_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearTarget" ADD CONSTRAINT "YearTarget_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
