import type { ReactNode } from 'react';
import type { Tone } from '../../lib/labels';
import { Icon, type IconName } from '../icon/icon';
import styles from './badge.module.css';

const TONE_ICONS: Record<Tone, IconName> = {
  success: 'check-circle',
  pending: 'clock',
  warning: 'alert-triangle',
  danger: 'x-circle',
  neutral: 'stop-square',
  unknown: 'help-circle',
};

export interface BadgeProps {
  tone: Tone;
  children: ReactNode;
  /** Overrides the tone's default shape, e.g. a progress circle for a phase that is moving. */
  icon?: IconName;
  /** `subtle` drops the tinted background, for dense tables where many badges sit in one column. */
  variant?: 'soft' | 'subtle';
}

/** A status shown as text plus an icon shape plus colour: any one of the three is enough to read it. */
export function Badge({ tone, children, icon, variant = 'soft' }: BadgeProps) {
  return (
    <span className={styles.badge} data-tone={tone} data-variant={variant}>
      <Icon name={icon ?? TONE_ICONS[tone]} size={14} className={styles.icon} />
      <span>{children}</span>
    </span>
  );
}
