import type { ScenarioInfo } from '../../api';
import { Badge } from '../../components/badge/badge';
import { Button } from '../../components/button/button';
import { focusState, topicLabel } from './scenario-view';
import styles from './scenario-list.module.css';

export interface ScenarioListProps {
  /** In the order to show them. */
  scenarios: readonly ScenarioInfo[];
  /** Name of the running scenario. */
  active: string;
  onStart: (scenario: ScenarioInfo) => void;
}

/** The list `Scenarios`: each item says what it stages, what to look at, and has a `Start <name>` button. */
export function ScenarioList({ scenarios, active, onStart }: ScenarioListProps) {
  return (
    <div className={styles.scroller}>
      <ul className={styles.list} aria-label="Scenarios">
        {scenarios.map((scenario) => {
          const running = scenario.name === active;
          const { focus } = scenario;
          const state = focus ? focusState(focus) : '';
          return (
            <li key={scenario.name} className={styles.item} aria-current={running || undefined}>
              <div className={styles.text}>
                <div className={styles.head}>
                  <h3 className={styles.title}>{scenario.title}</h3>
                  <code className={styles.name}>{scenario.name}</code>
                  <span className={styles.topic}>{topicLabel(scenario.topic)}</span>
                  {running && <Badge tone="success">Running now</Badge>}
                </div>
                <p className={styles.description}>{scenario.description}</p>
                {focus && (
                  <p className={styles.focus}>
                    Look at <strong>{focus.deploymentName}</strong>
                    {state && ` (${state})`}
                    {focus.note && `: ${focus.note}`}
                  </p>
                )}
              </div>
              <Button size="sm" variant={running ? 'secondary' : 'primary'} onClick={() => onStart(scenario)}>
                Start {scenario.name}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
