import { useMemo, useState } from 'react';
import { usePackage, type DeploymentResource } from '../../api';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { Loading } from '../../components/loading/loading';
import { Notice } from './notice';
import { phaseBlock, shellCandidates, type ShellCandidate } from './shell-access';
import { ShellTerminal } from './shell-terminal';
import styles from './shell.module.css';

export interface ShellAccessTabProps {
  deployment: DeploymentResource;
}

const nameOf = (c: ShellCandidate) => `${c.component} / ${c.executable}`;

/** A simulated shell into a running executable's container; says plainly where the platform would refuse one. */
export function ShellAccessTab({ deployment }: ShellAccessTabProps) {
  const pkg = usePackage(deployment.metadata.depends.nameOrGUID);
  const candidates = useMemo(() => shellCandidates(deployment, pkg.data), [deployment, pkg.data]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const block = phaseBlock(deployment.status.phase);

  if (block) {
    return (
      <section className={styles.layout} aria-label="Shell Access">
        <Notice title={block.title}>{block.message}</Notice>
      </section>
    );
  }
  if (pkg.isPending) return <Loading label="Loading the package's settings" rows={3} />;

  const available = candidates.filter((c) => c.target);
  const unavailable = candidates.filter((c) => c.reason);
  const selected = candidates.find((c) => c.key === chosen) ?? available[0];

  return (
    <section className={styles.layout} aria-label="Shell Access">
      {pkg.isError && (
        <Notice title={`Package ${deployment.metadata.depends.name} could not be loaded`}>
          Its ROS settings are unknown, so ROS commands are not available in the shell.
        </Notice>
      )}
      {available.length > 0 ? (
        <div className={styles.picker}>
          <Field label="Executable" hint="Only running executables accept a shell.">
            {(control) => (
              <Select {...control} value={selected?.target ? selected.key : ''} onChange={(e) => setChosen(e.target.value)}>
                {selected && !selected.target && <option value="">Choose a running executable</option>}
                {available.map((c) => (
                  <option key={c.key} value={c.key}>
                    {nameOf(c)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      ) : (
        <Notice title="No executable of this deployment accepts a shell right now">The list below says why for each, and what to do.</Notice>
      )}
      {unavailable.length > 0 && <Unavailable candidates={unavailable} />}
      {selected?.target ? (
        <ShellTerminal key={selected.key} target={selected.target} />
      ) : (
        selected && <Notice title={`The shell to ${nameOf(selected)} closed`}>{selected.reason}</Notice>
      )}
    </section>
  );
}

function Unavailable({ candidates }: { candidates: ShellCandidate[] }) {
  return (
    <div className={styles.unavailable}>
      <h2 className={styles.unavailableTitle} id="shell-unavailable">
        Executables without a shell
      </h2>
      <ul className={styles.unavailableList} aria-labelledby="shell-unavailable">
        {candidates.map((c) => (
          <li key={c.key} className={styles.unavailableItem}>
            <span className={styles.unavailableName}>{nameOf(c)}</span>
            <span className={styles.reason}>{c.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
