import { z } from "zod";

export const createTokenInput = z.object({
  userId: z.string().min(1),
  name: z.string().trim().min(1).max(100),
});

export const revokeTokenInput = z.object({ tokenId: z.string().min(1) });
