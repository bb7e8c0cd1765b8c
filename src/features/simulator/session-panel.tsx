import { useState } from 'react';
import { useScenarios, type SimulatorStatus } from '../../api';
import { exportWorldByKind } from '../../api/manifests/exports';
import { Button } from '../../components/button/button';
import { ExportManifestButton } from '../../components/export-manifest/export-manifest-button';
import { KeyValue } from '../../components/key-value/key-value';
import { Duration } from '../../components/time/duration';
import { formatDateTime, toMillis } from '../../lib/format';
import { inApplyOrder } from '../../lib/world-order';
import { FocusLink } from './focus-link';
import { Section } from './section';
import { StartScenarioDialog, type ScenarioStart } from './start-scenario-dialog';
import { UserSwitch } from './user-switch';
import styles from './session-panel.module.css';

/** The running scenario and its seed, a way back to its start, and who is signed in. */
export function SessionPanel({ status }: { status: SimulatorStatus }) {
  const { data: scenarios } = useScenarios();
  const [restart, setRestart] = useState<ScenarioStart | null>(null);
  const scenario = scenarios?.items.find((s) => s.name === status.scenario);
  const title = scenario?.title ?? status.scenario;

  return (
    <Section
      title="Session"
      description="The scenario on stage and who the console acts as."
      actions={
        <>
          <ExportManifestButton label="Export world" fileName={`gantry-${status.scenario}-world.yaml`} documents={async () => inApplyOrder(await exportWorldByKind())} />
          <Button onClick={() => setRestart({ name: status.scenario, title, seed: status.seed })} title="Restart the current scenario with its seed">
          Reset demo
          </Button>
        </>
      }
    >
      <KeyValue
        columns={2}
        items={[
          {
            label: 'Scenario',
            value: (
              <span className={styles.scenario}>
                {title} <code className={styles.name}>{status.scenario}</code>
              </span>
            ),
          },
          { label: 'Seed', value: status.seed },
          { label: 'Started at', value: formatDateTime(status.startedAt) },
          { label: 'Simulated so far', value: <Duration ms={toMillis(status.now) - toMillis(status.startedAt)} /> },
          ...(scenario?.focus ? [{ label: 'Look at', value: <FocusLink focus={scenario.focus} /> }] : []),
        ]}
      />
      <div className={styles.user}>
        <UserSwitch status={status} />
      </div>
      <StartScenarioDialog start={restart} onClose={() => setRestart(null)} />
    </Section>
  );
}
