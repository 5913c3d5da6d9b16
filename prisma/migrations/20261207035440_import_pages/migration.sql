-- CreateTable
CREATE TABLE "ImportPage" (
    "importId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "image" BYTEA,
    "imageType" TEXT,

    CONSTRAINT "ImportPage_pkey" PRIMARY KEY ("importId","number")
);

-- AddForeignKey
ALTER TABLE "ImportPage" ADD CONSTRAINT "ImportPage_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
