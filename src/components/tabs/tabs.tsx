import { Tabs as RadixTabs } from 'radix-ui';
import type { ReactNode } from 'react';
import styles from './tabs.module.css';

export interface TabItem {
  /** Stable value, e.g. `details`; what `value`/`onValueChange` speak in. */
  value: string;
  /** Tab name as the guide writes it, e.g. `Historical Logs`. */
  label: string;
  content: ReactNode;
  disabled?: boolean;
}

export interface TabsProps {
  /** Names the tab list for assistive technology, e.g. `Deployment sections`. */
  label: string;
  items: readonly TabItem[];
  /** Controlled selection (e.g. from the URL); leave out to let the tabs keep their own state. */
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
}

/** Radix tabs: arrow keys move between tabs, only the selected panel is mounted. */
export function Tabs({ label, items, value, defaultValue, onValueChange }: TabsProps) {
  return (
    <RadixTabs.Root
      className={styles.root}
      value={value}
      defaultValue={defaultValue ?? items.find((item) => !item.disabled)?.value}
      onValueChange={onValueChange}
    >
      <RadixTabs.List className={styles.list} aria-label={label}>
        {items.map((item) => (
          <RadixTabs.Trigger key={item.value} value={item.value} disabled={item.disabled} className={styles.trigger}>
            {item.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {items.map((item) => (
        <RadixTabs.Content key={item.value} value={item.value} className={styles.panel}>
          {item.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
