import { useId } from 'react';
import { Button } from '../../components/button/button';
import { Icon } from '../../components/icon/icon';
import styles from './deploy-form.module.css';

export interface SubmitBarProps {
  /** Why nothing can be deployed whatever the operator fills in (no routed network runs). */
  blocker?: string;
  /** A refusal no field owns. */
  generalError?: string;
  /** Fields still marked in error after a submit. */
  problems: number;
}

export function SubmitBar({ blocker, generalError, problems }: SubmitBarProps) {
  const blockerId = useId();
  return (
    <div className={styles.submit}>
      {generalError && (
        <div role="alert" className={styles.banner}>
          <Icon name="x-circle" size={18} className={styles.bannerIcon} />
          <div>
            <p className={styles.bannerTitle}>The deployment was not created</p>
            <p>{generalError}</p>
          </div>
        </div>
      )}
      <div className={styles.actions}>
        <p role="status" className={styles.problems}>
          {problems > 0 && `${problems === 1 ? '1 field needs' : `${problems} fields need`} attention before the deployment can be created; each is marked above.`}
        </p>
        {blocker && (
          <p id={blockerId} className={styles.blocker}>
            Create deployment is unavailable. {blocker}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={Boolean(blocker)} aria-describedby={blocker ? blockerId : undefined}>
          Create deployment
        </Button>
      </div>
    </div>
  );
}
