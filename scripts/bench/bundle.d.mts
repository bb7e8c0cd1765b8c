export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export interface Route {
  name: string;
  module: string;
}
export const ROUTES: Route[];
export const EMPTY_ROUTE: Route;
export const MOCK_BACKEND_MODULE: string;
export function staticClosure(manifest: Manifest, modules: readonly string[]): string[];
export function entryKey(manifest: Manifest): string;
export function firstPaintBytes(manifest: Manifest, route: string, sizeOf: (file: string) => number): number;
export function gzipSizer(outDir: string): (file: string) => number;
export function readManifest(outDir: string): Manifest;
