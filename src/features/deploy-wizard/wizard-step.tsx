import { useId, type ReactNode } from 'react';
import styles from './wizard-step.module.css';

export interface WizardStepProps {
  title: string;
  /** What the step is for and what can be chosen, in a line. */
  description?: ReactNode;
  children: ReactNode;
}

/** One step of "Deploying A Package", as a titled region of the form. */
export function WizardStep({ title, description, children }: WizardStepProps) {
  const headingId = useId();
  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <header className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {title}
        </h2>
        {description && <p className={styles.description}>{description}</p>}
      </header>
      <div className={styles.body}>{children}</div>
    </section>
  );
}
