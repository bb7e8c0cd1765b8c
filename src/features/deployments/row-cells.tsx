import { Link } from 'react-router';
import { PhaseBadge } from '../../components/badge/phase-badge';
import { StatusBadge } from '../../components/badge/status-badge';
import { RelativeTime } from '../../components/time/relative-time';
import { paths } from '../../lib/paths';
import type { DeploymentRow } from './deployment-row';
import styles from './deployments.module.css';

export function NameCell({ row }: { row: DeploymentRow }) {
  return (
    <Link to={paths.deployment.href(row.id)} className={styles.name}>
      {row.name}
    </Link>
  );
}

/** Shortened to the column with an ellipsis; the full id stays in the text (copy, search, screen readers) and the tooltip. */
export const IdCell = ({ row }: { row: DeploymentRow }) => (
  <code className={styles.id} title={row.id}>
    {row.id}
  </code>
);

export const PackageCell = ({ row }: { row: DeploymentRow }) => (
  <>
    {row.packageName} <span className={styles.muted}>{row.packageVersion}</span>
  </>
);

export const PhaseCell = ({ row }: { row: DeploymentRow }) => <PhaseBadge phase={row.phase} variant="subtle" />;

/** The status and, when it is `Error`, each code with the guide's short description beside it. */
export function StatusCell({ row }: { row: DeploymentRow }) {
  return (
    <div className={styles.status}>
      <StatusBadge status={row.status} variant="subtle" />
      {row.errors.length > 0 && (
        <ul className={styles.errors} aria-label={`Error codes of ${row.name}`}>
          {row.errors.map((error) => (
            <li key={error.code}>
              <code className={styles.code}>{error.code}</code> {error.description}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function DevicesCell({ row }: { row: DeploymentRow }) {
  if (row.devices.length === 0) return <span className={styles.muted}>{row.inCloud ? 'Cloud' : '—'}</span>;
  return (
    <ul className={styles.plainList}>
      {row.inCloud && <li className={styles.muted}>Cloud</li>}
      {row.devices.map((device) => (
        <li key={device.name}>
          {device.name}
          {!device.online && <span className={styles.offline}> (offline)</span>}
        </li>
      ))}
    </ul>
  );
}

export function LabelsCell({ row }: { row: DeploymentRow }) {
  if (row.labels.length === 0) return <span className={styles.muted}>—</span>;
  return (
    <ul className={styles.labels}>
      {row.labels.map((label) => (
        <li key={label} className={styles.label}>
          {label}
        </li>
      ))}
    </ul>
  );
}

export const CreatedCell = ({ row }: { row: DeploymentRow }) =>
  row.createdAt ? <RelativeTime value={row.createdAt} /> : <span className={styles.muted}>—</span>;
