-- CreateTable
CREATE TABLE "Import" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "fileName" TEXT,
    "kind" TEXT,
    "period" TEXT,
    "text" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "reviews" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMPTZ(3),
    "appliedById" TEXT,

    CONSTRAINT "Import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationAlias" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Import_organisationId_createdAt_idx" ON "Import"("organisationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationAlias_organisationId_indicatorCode_phrase_key" ON "OrganisationAlias"("organisationId", "indicatorCode", "phrase");

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_appliedById_fkey" FOREIGN KEY ("appliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationAlias" ADD CONSTRAINT "OrganisationAlias_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationAlias" ADD CONSTRAINT "OrganisationAlias_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
