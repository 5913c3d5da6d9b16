-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'viewer';

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "isKey" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "OrganisationAccess" (
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "OrganisationAccess_pkey" PRIMARY KEY ("userId","organisationId")
);

-- AddForeignKey
ALTER TABLE "OrganisationAccess" ADD CONSTRAINT "OrganisationAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationAccess" ADD CONSTRAINT "OrganisationAccess_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
