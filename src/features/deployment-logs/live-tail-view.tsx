import { useState } from 'react';
import { Button } from '../../components/button/button';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { countMatches } from './highlight';
import type { LiveBuffer } from './live-buffer';
import { LogViewport } from './log-viewport';
import { useLiveTail } from './use-live-tail';
import styles from './logs.module.css';

export interface LiveTailViewProps {
  deploymentId: string;
  filter: { component?: string; source?: string };
  search: string;
}

const n = (value: number) => value.toLocaleString('en-GB');
const received = (b: LiveBuffer) => b.dropped + b.lines.length;

/** The tail with its controls: pausing freezes the view (lines keep arriving underneath); resuming follows again. */
export function LiveTailView({ deploymentId, filter, search }: LiveTailViewProps) {
  const { buffer, ready, error } = useLiveTail(deploymentId, filter);
  const [frozen, setFrozen] = useState<LiveBuffer | null>(null);
  const [following, setFollowing] = useState(true);
  const shown = frozen ?? buffer;
  const waiting = frozen ? received(buffer) - received(frozen) : 0;
  const matches = countMatches(
    shown.lines.map((l) => l.text),
    search,
  );

  if (error) return <ErrorState error={error} title="Could not load the live logs" />;
  if (!ready) return <Loading label="Loading the newest log lines" rows={8} />;

  const state = frozen ? `Paused · ${n(waiting)} new ${waiting === 1 ? 'line' : 'lines'} waiting` : following ? 'Following new lines' : 'Scrolled up: not following new lines';
  return (
    <>
      <div className={styles.toolbar}>
        <p className={styles.count}>
          <span role="status">{state}</span>
          <span className={styles.muted}> · {n(shown.lines.length)} lines held</span>
          {search && (
            <span role="status" className={styles.muted}>
              {' '}
              · {n(matches)} {matches === 1 ? 'match' : 'matches'} for “{search}”
            </span>
          )}
        </p>
        <div className={styles.actions}>
          {frozen ? (
            <Button size="sm" variant="primary" icon="play" onClick={() => { setFrozen(null); setFollowing(true); }}>
              Resume live logs
            </Button>
          ) : (
            <Button size="sm" icon="pause" onClick={() => setFrozen(buffer)}>
              Pause live logs
            </Button>
          )}
        </div>
      </div>
      <div className={styles.viewportWrap}>
        <LogViewport
          lines={shown.lines}
          dropped={shown.dropped}
          label="Live logs"
          live
          highlight={search}
          following={following && !frozen}
          onFollowingChange={setFollowing}
        />
        {!following && !frozen && (
          <Button size="sm" variant="primary" icon="arrow-down" className={styles.jump} onClick={() => setFollowing(true)}>
            Jump to latest
          </Button>
        )}
      </div>
      {shown.lines.length === 0 && <p className={styles.muted}>No lines yet. New lines appear here as soon as an executable or cloud bridge writes them.</p>}
    </>
  );
}
