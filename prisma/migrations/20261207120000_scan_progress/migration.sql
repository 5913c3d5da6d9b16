-- CreateTable
CREATE TABLE "ScanProgress" (
    "token" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "done" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScanProgress_pkey" PRIMARY KEY ("token")
);

-- CreateIndex
CREATE INDEX "ScanProgress_updatedAt_idx" ON "ScanProgress"("updatedAt");
