-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "frequency" TEXT NOT NULL DEFAULT 'monthly';

-- AlterTable
ALTER TABLE "ValueAudit" ADD COLUMN     "fileName" TEXT;

-- CreateTable
CREATE TABLE "PeriodValue" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "firstMonth" INTEGER NOT NULL,
    "lastMonth" INTEGER NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "estimate" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "source" TEXT NOT NULL DEFAULT 'entry',
    "fileName" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodValueAudit" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "oldValue" DECIMAL(20,6),
    "newValue" DECIMAL(20,6),
    "oldEstimate" BOOLEAN,
    "newEstimate" BOOLEAN,
    "note" TEXT,
    "source" TEXT NOT NULL,
    "fileName" TEXT,
    "userId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodValueAudit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PeriodValue_organisationId_indicatorCode_firstMonth_idx" ON "PeriodValue"("organisationId", "indicatorCode", "firstMonth");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodValue_organisationId_indicatorCode_period_key" ON "PeriodValue"("organisationId", "indicatorCode", "period");

-- CreateIndex
CREATE INDEX "PeriodValueAudit_organisationId_indicatorCode_period_idx" ON "PeriodValueAudit"("organisationId", "indicatorCode", "period");

-- AddForeignKey
ALTER TABLE "PeriodValue" ADD CONSTRAINT "PeriodValue_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodValue" ADD CONSTRAINT "PeriodValue_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodValue" ADD CONSTRAINT "PeriodValue_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodValueAudit" ADD CONSTRAINT "PeriodValueAudit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodValueAudit" ADD CONSTRAINT "PeriodValueAudit_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodValueAudit" ADD CONSTRAINT "PeriodValueAudit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
