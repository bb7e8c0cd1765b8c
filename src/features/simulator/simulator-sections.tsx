import type { SimulatorStatus } from '../../api';
import { DeviceSection } from './device-section';
import { EventTimeline } from './event-timeline';
import { FaultPanel } from './fault-panel';
import { LinkConditions } from './link-conditions';
import { NetworkConditions } from './network-conditions';
import { PlatformPartsSection } from './platform-parts-section';
import { PushBuildSection } from './push-build-section';
import { ScenarioSection } from './scenario-section';

/** The Simulator's working sections below the clock: one chunk, loaded while the page asks for the status. */
export function SimulatorSections({ status: s }: { status: SimulatorStatus }) {
  return (
    <>
      {/* Keyed by the run, so the Seed box starts again from the seed of a newly started scenario. */}
      <ScenarioSection key={`${s.scenario}:${s.seed}:${s.startedAt}`} active={s.scenario} seed={s.seed} />
      <DeviceSection />
      <FaultPanel />
      <PlatformPartsSection />
      <PushBuildSection />
      <LinkConditions links={s.links} />
      <NetworkConditions network={s.network} />
      <EventTimeline />
    </>
  );
}
