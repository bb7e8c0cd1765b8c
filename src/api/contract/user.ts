// The signed-in user (GET /api/v2/me) and the simulator's user list.
import { z } from 'zod';
import { API_VERSION } from './values';

export const role = z.enum(['operator', 'viewer']);
export type Role = z.infer<typeof role>;

export const userResource = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('User'),
  metadata: z.object({ guid: z.string(), name: z.string() }),
  spec: z.object({ role }),
});
export type UserResource = z.infer<typeof userResource>;
