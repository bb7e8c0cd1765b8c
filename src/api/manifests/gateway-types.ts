// What applying manifests needs from a platform, apart from how it is reached (tests use an in-memory one).
import type { ManifestKind } from '../../vocabulary';

export interface ManifestGateway {
  /**
   * The resources of one kind that carry these names, as documents the CLI would apply (a package's every
   * version). Names not on the platform are absent from the answer.
   */
  find: (kind: ManifestKind, names: readonly string[]) => Promise<Map<string, unknown[]>>;
  /** The document as the platform would serve it back, where the two differ in ways that are not a change. */
  normalize: (kind: ManifestKind, body: Record<string, unknown>) => unknown;
  /** Kinds the platform updates in place (the CLI updates secrets only; everything else it leaves as it is). */
  updatable: readonly ManifestKind[];
  /** Sends the document as it is; answers the id of what was created. */
  create: (kind: ManifestKind, body: Record<string, unknown>) => Promise<{ id: string }>;
  update: (kind: ManifestKind, name: string, body: Record<string, unknown>) => Promise<{ id: string }>;
  /**
   * Waits, as the CLI does after creating a network or a disk, until the created resource is ready for what depends
   * on it; rejects with the reason when it settles otherwise.
   */
  settle?: (kind: ManifestKind, id: string) => Promise<void>;
}
