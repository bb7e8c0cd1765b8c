import { THEME_PREFERENCES, useThemePreference, type ThemePreference } from '../../lib/theme';
import { Icon, type IconName } from '../icon/icon';
import styles from './theme-switcher.module.css';

const OPTIONS: Record<ThemePreference, { label: string; icon: IconName }> = {
  system: { label: 'System', icon: 'monitor' },
  light: { label: 'Light', icon: 'sun' },
  dark: { label: 'Dark', icon: 'moon' },
};

/**
 * Segmented System / Light / Dark control; the choice is saved in localStorage (`gantry.theme`). Native radio
 * buttons give the arrow keys, one tab stop and the announcements a radio group needs, with no script to load.
 */
export function ThemeSwitcher() {
  const [preference, setPreference] = useThemePreference();
  return (
    <div role="radiogroup" aria-label="Theme" className={styles.group}>
      {THEME_PREFERENCES.map((value) => (
        <label key={value} className={styles.item} title={`${OPTIONS[value].label} theme`}>
          <input
            type="radio"
            name="gantry-theme"
            value={value}
            checked={preference === value}
            onChange={() => setPreference(value)}
            aria-label={OPTIONS[value].label}
            className={styles.input}
          />
          <Icon name={OPTIONS[value].icon} size={14} />
        </label>
      ))}
    </div>
  );
}
