import "./load-env";
import { generatePrismaClient } from "./build";

// `npm run db:generate`: the Prisma client into lib/generated/prisma (npm start and npm test do it too).
generatePrismaClient();
