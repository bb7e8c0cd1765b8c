import type { DeploymentResource } from '../../../api';
import { Badge } from '../../../components/badge/badge';
import { DataTable, type Column } from '../../../components/data-table/data-table';
import { volumePhaseTone } from '../../../lib/labels';
import { knownDiskStatus, volumeRows, type VolumeRow } from './details-model';
import styles from './details-tab.module.css';

const COLUMNS: Column<VolumeRow>[] = [
  { key: 'name', header: 'Volume', cell: (row) => row.name, rowHeader: true },
  { key: 'component', header: 'Component', cell: (row) => row.component },
  { key: 'path', header: 'Mount Path', cell: (row) => <code className={styles.image}>{row.mountPath}</code> },
  {
    key: 'phase',
    header: 'Phase',
    cell: (row) => {
      const phase = knownDiskStatus(row.phase);
      return phase ? (
        <Badge tone={volumePhaseTone(phase)} variant="subtle">
          {phase}
        </Badge>
      ) : (
        row.phase
      );
    },
  },
];

/** Table `Volumes`: the disks mounted into the deployment's components. */
export function VolumesTable({ deployment }: { deployment: DeploymentResource }) {
  return <DataTable label="Volumes" showLabel columns={COLUMNS} rows={volumeRows(deployment)} rowKey={(row) => `${row.guid}:${row.mountPath}`} empty="No volumes mounted." />;
}
