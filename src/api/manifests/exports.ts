// What the Export buttons download. The codec (and zod with it) loads on the first export, not with the screens.
import type { ManifestKind } from '../../vocabulary';

export const exportDocuments = (kind: ManifestKind, name: string, version?: string) =>
  import('./platform-documents').then((m) => m.documentsNamed(kind, name, version));

/** Every resource, by kind, for the world export to order. */
export const exportWorldByKind = () => import('./platform-documents').then((m) => m.readPlatformDocuments());
