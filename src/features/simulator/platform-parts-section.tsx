import { useDownParts } from '../../api';
import { Button } from '../../components/button/button';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { formatTime } from '../../lib/format';
import { CONTROL_PLANE_DOWN, partLabel, restartBody, restartLabel } from './part-view';
import { Section } from './section';
import { useFault } from './use-fault';
import styles from './platform-parts-section.module.css';

/**
 * `Platform parts`: the parts behind the internal errors (DEP_E2xx/E3xx/E4xx) that are not running, each with the
 * restart that cures it, and the control plane, which can be taken down here (the other parts from `Inject a fault`).
 */
export function PlatformPartsSection() {
  const parts = useDownParts();
  const { inject, pending } = useFault();
  const items = parts.data?.items ?? [];
  const controlPlaneDown = items.some((p) => p.part === 'control-plane');
  return (
    <Section
      title="Platform parts"
      description="The rapyuta.io parts behind the internal errors. A part that is not running causes its code until it comes back by itself or is restarted."
      actions={
        !controlPlaneDown && (
          <Button size="sm" busy={pending} onClick={() => inject(CONTROL_PLANE_DOWN, 'Take the control plane down')}>
            Take the control plane down
          </Button>
        )
      }
    >
      {parts.isPending ? (
        <Loading label="Loading platform parts" rows={1} />
      ) : parts.data === undefined ? (
        <ErrorState title="Could not load the platform parts" error={parts.error} onRetry={() => void parts.refetch()} />
      ) : items.length === 0 ? (
        <p>Every platform part is running.</p>
      ) : (
        <ul aria-label="Parts that are not running" className={styles.list}>
          {items.map((p) => (
            <li key={restartLabel(p)} className={styles.item}>
              <span>
                <code>{p.code}</code> {partLabel(p)} is not running
                {p.recoversAt && `; it comes back by itself at ${formatTime(p.recoversAt)}`}
              </span>
              <Button size="sm" busy={pending} onClick={() => inject(restartBody(p), restartLabel(p))}>
                {restartLabel(p)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
