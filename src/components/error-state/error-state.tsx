import type { ReactNode } from 'react';
import { describeError } from '../../lib/errors';
import { Button } from '../button/button';
import { Icon } from '../icon/icon';
import styles from './error-state.module.css';

export interface ErrorStateProps {
  /** What was thrown: an API error with `message` and `code`, an Error, or anything else. */
  error: unknown;
  /** One line saying what failed, e.g. `Could not load deployments`. */
  title?: string;
  /** Offer a retry button that calls this. */
  onRetry?: () => void;
  /** Extra ways out, e.g. a link back to a list. */
  children?: ReactNode;
}

export function ErrorState({ error, title = 'Something went wrong', onRetry, children }: ErrorStateProps) {
  const { message, code } = describeError(error);
  return (
    <div className={styles.error} role="alert">
      <Icon name="x-circle" size={20} className={styles.icon} />
      <div className={styles.body}>
        <p className={styles.title}>{title}</p>
        <p className={styles.message}>
          {message}
          {code && (
            <>
              {' '}
              <code className={styles.code}>{code}</code>
            </>
          )}
        </p>
        {(onRetry || children) && (
          <div className={styles.actions}>
            {onRetry && (
              <Button size="sm" onClick={onRetry}>
                Try again
              </Button>
            )}
            {children}
          </div>
        )}
      </div>
    </div>
  );
}
