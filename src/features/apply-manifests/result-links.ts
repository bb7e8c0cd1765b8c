// Where the console shows what an apply created or updated.
import { paths } from '../../lib/paths';
import type { ResultRow } from './run-apply';

export function resultHref(row: ResultRow): string | undefined {
  if (row.id === undefined || (row.result !== 'Created' && row.result !== 'Updated')) return undefined;
  switch (row.modelledKind) {
    case 'Package':
      return paths.package.href(row.id);
    case 'Deployment':
      return paths.deployment.href(row.id);
    case 'Device':
      return paths.device.href(row.id);
    case 'Network':
      return paths.networks.href();
    case 'Disk':
      return paths.volumes.href();
    default:
      // Secrets have no screen of their own.
      return undefined;
  }
}
