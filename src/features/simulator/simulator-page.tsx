import { useSimulatorStatus } from '../../api';
import { ErrorState } from '../../components/error-state/error-state';
import { Loading } from '../../components/loading/loading';
import { PageHeader } from '../../components/page-header/page-header';
import { ClockPanel } from './clock-panel';
import { DeviceSection } from './device-section';
import { EventTimeline } from './event-timeline';
import { FaultPanel } from './fault-panel';
import { NetworkConditions } from './network-conditions';
import { ScenarioSection } from './scenario-section';
import { SessionPanel } from './session-panel';
import styles from './simulator-page.module.css';

/** The Simulator: where demos and scripted walkthroughs stage a fleet's failures and recoveries. */
export function SimulatorPage() {
  const status = useSimulatorStatus();
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
        {/* Keyed by the run, so the Seed box starts again from the seed of a newly started scenario. */}
        <ScenarioSection key={`${s.scenario}:${s.seed}:${s.startedAt}`} active={s.scenario} seed={s.seed} />
        <DeviceSection />
        <FaultPanel />
        <NetworkConditions network={s.network} />
        <EventTimeline />
      </div>
    </>
  );
}
