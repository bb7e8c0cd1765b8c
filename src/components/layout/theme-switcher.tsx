import { RadioGroup } from 'radix-ui';
import { THEME_PREFERENCES, useThemePreference, type ThemePreference } from '../../lib/theme';
import { Icon, type IconName } from '../icon/icon';
import styles from './theme-switcher.module.css';

const OPTIONS: Record<ThemePreference, { label: string; icon: IconName }> = {
  system: { label: 'System', icon: 'monitor' },
  light: { label: 'Light', icon: 'sun' },
  dark: { label: 'Dark', icon: 'moon' },
};

/** Segmented System / Light / Dark control; the choice is saved in localStorage (`gantry.theme`). */
export function ThemeSwitcher() {
  const [preference, setPreference] = useThemePreference();
  return (
    <RadioGroup.Root
      aria-label="Theme"
      orientation="horizontal"
      className={styles.group}
      value={preference}
      onValueChange={(value) => setPreference(value as ThemePreference)}
    >
      {THEME_PREFERENCES.map((value) => (
        <RadioGroup.Item
          key={value}
          value={value}
          className={styles.item}
          aria-label={OPTIONS[value].label}
          title={`${OPTIONS[value].label} theme`}
        >
          <Icon name={OPTIONS[value].icon} size={14} />
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
