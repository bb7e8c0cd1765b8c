// Events: what happened in the simulated world, newest last. Per deployment and world-wide (simulator).
import { z } from 'zod';
import { API_VERSION, EVENT_KINDS } from './values';
import { intParam, nameText, timestamp } from './common';

export const eventKind = z.enum(EVENT_KINDS);

export const platformEvent = z.object({
  seq: z.number().int().nonnegative(),
  at: timestamp,
  kind: eventKind,
  deploymentId: z.string().optional(),
  deviceId: z.string().optional(),
  message: z.string(),
});
export type PlatformEvent = z.infer<typeof platformEvent>;

export const eventsQuery = z.object({
  /** Only events with a larger sequence number. */
  after: intParam(0, Number.MAX_SAFE_INTEGER).optional(),
  limit: intParam(1, 1000).default(200),
  deployment: nameText.optional(),
});

export const eventList = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('EventList'),
  metadata: z.object({ total: z.number().int().nonnegative() }),
  items: z.array(platformEvent),
});
export type EventList = z.infer<typeof eventList>;
