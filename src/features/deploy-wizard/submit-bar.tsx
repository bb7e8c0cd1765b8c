import { useId, type MouseEvent } from 'react';
import type { Permission } from '../../api';
import { Button } from '../../components/button/button';
import { Icon } from '../../components/icon/icon';
import styles from './deploy-form.module.css';

export interface SubmitBarProps {
  /** Why nothing can be deployed whatever the operator fills in (no routed network runs). */
  blocker?: string;
  /** Whether the signed-in user may deploy at all (a viewer may not); said before any other blocker. */
  permission: Permission;
  /** A refusal no field owns. */
  generalError?: string;
  /** Fields still marked in error after a submit. */
  problems: number;
}

export function SubmitBar({ blocker, permission, generalError, problems }: SubmitBarProps) {
  const blockerId = useId();
  const reason = permission.enabled ? blocker : permission.reason;
  // Unavailable, the button stays focusable (aria-disabled) so its description is reached; a click submits nothing.
  const ignore = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
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
        {reason && (
          <p id={blockerId} className={styles.blocker}>
            Create deployment is unavailable. {reason}
          </p>
        )}
        <Button
          type="submit"
          variant="primary"
          aria-disabled={reason ? true : undefined}
          aria-describedby={reason ? blockerId : undefined}
          onClick={reason ? ignore : undefined}
        >
          Create deployment
        </Button>
      </div>
    </div>
  );
}
