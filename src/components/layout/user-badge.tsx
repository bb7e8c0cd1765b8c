import styles from './user-badge.module.css';

export interface UserBadgeProps {
  name: string;
  /** Display label of the role, e.g. `Operator`. */
  role: string;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** The signed-in user, for the header's account slot. */
export function UserBadge({ name, role }: UserBadgeProps) {
  return (
    <div className={styles.user}>
      <span className={styles.avatar} aria-hidden="true">
        {initials(name)}
      </span>
      <span className={styles.text}>
        <span className={styles.name}>{name}</span>
        <span className={styles.role}>{role}</span>
      </span>
    </div>
  );
}
