import { lazy, Suspense, useEffect } from 'react';
import { useSimulatorStatus } from '../../api';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { PageHeader } from '../../components/page-header/page-header';
import { ClockPanel } from './clock-panel';
import { SessionPanel } from './session-panel';
import styles from './simulator-page.module.css';

// Scenarios, faults, network conditions and events (forms, menus, a virtual list) are most of the screen's code:
// they load beside the status request, so the clock and session paint without waiting for them.
const loadSections = () => import('./simulator-sections');
const SimulatorSections = lazy(() => loadSections().then((m) => ({ default: m.SimulatorSections })));

/** The Simulator: where demos and scripted walkthroughs stage a fleet's failures and recoveries. */
export function SimulatorPage() {
  const status = useSimulatorStatus();
  useEffect(() => void loadSections().catch(() => undefined), []);
  const header = (
    <PageHeader title="Simulator" description="Move the clock, start scenarios, and stage failures and recoveries across the fleet." />
  );
  if (status.isPending) {
    return (
      <>
        {header}
        <Loading label="Loading the simulator" />
      </>
    );
  }
  if (status.isError) {
    return (
      <>
        {header}
        <ErrorState title="Could not reach the simulator" error={status.error} onRetry={() => void status.refetch()} />
      </>
    );
  }
  const s = status.data;
  return (
    <>
      {header}
      <div className={styles.page}>
        <div className={styles.pair}>
          <ClockPanel status={s} />
          <SessionPanel status={s} />
        </div>
        <Suspense fallback={<Loading label="Loading scenarios, faults and events" />}>
          <SimulatorSections status={s} />
        </Suspense>
      </div>
    </>
  );
}
