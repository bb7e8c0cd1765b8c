import { describeErrorCode } from '../../vocabulary';
import styles from './networks.module.css';

/** Each error code with the guide's description and, under it, the recommended action. */
export function NetworkErrorCodes({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return null;
  return (
    <ul className={styles.errors} aria-label="Error codes">
      {codes.map((code) => {
        const info = describeErrorCode(code);
        return (
          <li key={code}>
            <code className={styles.code}>{code}</code> {info.description}
            {info.detail && ` (${info.detail})`}
            <span className={styles.action}>Recommended action: {info.action}</span>
          </li>
        );
      })}
    </ul>
  );
}
