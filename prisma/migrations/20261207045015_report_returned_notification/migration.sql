-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'report_returned';
