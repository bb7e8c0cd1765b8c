import type { ReactNode } from 'react';
import type { Availability } from './deployment-faults';
import styles from './fault-group.module.css';

export interface FaultGroupProps {
  legend: string;
  availability: Availability;
  children: ReactNode;
}

/** A fieldset of related faults; when they cannot apply to the component it is disabled and says why. */
export function FaultGroup({ legend, availability, children }: FaultGroupProps) {
  return (
    <fieldset className={styles.group} disabled={!availability.available}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
      {availability.reason && <p className={styles.reason}>{availability.reason}</p>}
    </fieldset>
  );
}
