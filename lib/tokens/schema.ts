import { z } from "zod";

export const createTokenInput = z.object({
  userId: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  /** Days until the token stops working; none: until revoked. */
  expiresInDays: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number().int().min(1).max(3650).optional(),
  ),
});

export const revokeTokenInput = z.object({ tokenId: z.string().min(1) });
