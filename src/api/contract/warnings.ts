// GET /api/v2/deployments/:id/components/:component/warnings: cloud-bridge warnings of the last 24 hours by hour.
import { z } from 'zod';
import { timestamp } from './common';
import { API_VERSION } from './values';

export const warningBucket = z.object({ from: timestamp, to: timestamp, count: z.number().int().nonnegative() });
export type WarningBucket = z.infer<typeof warningBucket>;

export const warningHistogram = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('WarningHistogram'),
  metadata: z.object({ deployment: z.string(), component: z.string(), total: z.number().int().nonnegative() }),
  items: z.array(warningBucket),
});
export type WarningHistogram = z.infer<typeof warningHistogram>;
