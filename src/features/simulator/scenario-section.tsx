import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useScenarios, type ScenarioInfo } from '../../api';
import { ErrorState } from '../../components/error-state/error-state';
import { Field, TextField } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { Loading } from '../../components/loading/loading';
import { ScenarioList } from './scenario-list';
import { ALL_TOPICS, TOPIC_ORDER, isTopicFilter, orderScenarios, topicLabel, type TopicFilter } from './scenario-view';
import { lazyZodResolver } from '../../lib/lazy-zod-resolver';
import type { SeedFormInput, SeedFormOutput } from './seed-schema';
import { Section } from './section';
import { StartScenarioDialog, type ScenarioStart } from './start-scenario-dialog';
import styles from './scenario-section.module.css';

export interface ScenarioSectionProps {
  /** The running scenario, marked in the list. */
  active: string;
  /** The running scenario's seed: the Seed box starts from it. */
  seed: number;
}

const seedResolver = lazyZodResolver<SeedFormInput, SeedFormOutput>(() => import('./seed-schema').then((m) => m.seedForm));

/** The scenarios on offer, each started (after confirming) with the seed in the Seed box. */
export function ScenarioSection({ active, seed }: ScenarioSectionProps) {
  const scenarios = useScenarios();
  const [start, setStart] = useState<ScenarioStart | null>(null);
  const [topic, setTopic] = useState<TopicFilter>(ALL_TOPICS);
  const { register, handleSubmit, formState } = useForm<SeedFormInput, unknown, SeedFormOutput>({
    resolver: seedResolver,
    defaultValues: { seed: String(seed) },
  });
  const ask = (scenario: ScenarioInfo) =>
    void handleSubmit((values) => setStart({ name: scenario.name, title: scenario.title, seed: values.seed }))();

  return (
    <Section
      title="Scenarios"
      description="Whole worlds and one scenario per situation of the deployments guide. The same seed stages the same fleet, timings and failures."
      actions={
        <div className={styles.controls}>
          <Field label="Scenario topic">
            {(control) => (
              <Select {...control} value={topic} onChange={(e) => isTopicFilter(e.target.value) && setTopic(e.target.value)}>
                <option value={ALL_TOPICS}>All topics</option>
                {TOPIC_ORDER.map((t) => (
                  <option key={t} value={t}>
                    {topicLabel(t)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className={styles.seed}>
            <TextField label="Seed" inputMode="numeric" autoComplete="off" error={formState.errors.seed?.message} {...register('seed')} />
          </div>
        </div>
      }
    >
      {scenarios.isPending ? (
        <Loading label="Loading scenarios" rows={3} />
      ) : scenarios.isError ? (
        <ErrorState title="Could not load the scenarios" error={scenarios.error} onRetry={() => void scenarios.refetch()} />
      ) : (
        <ScenarioList scenarios={orderScenarios(scenarios.data.items, topic)} active={active} onStart={ask} />
      )}
      <StartScenarioDialog start={start} onClose={() => setStart(null)} />
    </Section>
  );
}
