// Helpers for serialising engine state into the wire contract.
import type { Millis } from '../../platform/types';

export const iso = (ms: Millis) => new Date(ms).toISOString();
export const isoOpt = (ms: Millis | undefined) => (ms === undefined ? undefined : iso(ms));

/** Drops keys whose value is undefined, so optional fields are absent rather than `undefined`. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The guid of the user a resource's creator names, as the platform's `creatorGUID` writes it (absent if unknown). */
export const creatorGuid = (users: readonly { id: string; name: string }[], createdBy: string) => users.find((u) => u.name === createdBy || u.id === createdBy)?.id;

/** The guid of a component's document: the resource's own with one component, `<guid>-<component>` with several. */
export const componentDocumentGuid = (resource: { id: string; components: unknown[] }, component: string) =>
  resource.components.length > 1 ? `${resource.id}-${component}` : resource.id;
