import { useId } from 'react';
import { Link, NavLink } from 'react-router';
import { paths } from '../../lib/paths';
import { Icon, type IconName } from '../icon/icon';
import { GantryMark } from './gantry-mark';
import styles from './sidebar.module.css';

interface NavItem {
  label: string;
  to: string;
  icon: IconName;
}

// Two groups: the platform's resources, then the simulator that drives them. Labels are the UI contract's names.
const PLATFORM: readonly NavItem[] = [
  { label: 'Catalog', to: paths.catalog.href(), icon: 'grid' },
  { label: 'Deployments', to: paths.deployments.href(), icon: 'layers' },
  { label: 'Devices', to: paths.devices.href(), icon: 'cpu' },
  { label: 'Routed Networks', to: paths.networks.href(), icon: 'network' },
  { label: 'Volumes', to: paths.volumes.href(), icon: 'database' },
  { label: 'Apply manifests', to: paths.applyManifests.href(), icon: 'play' },
];
const SIMULATION: readonly NavItem[] = [{ label: 'Simulator', to: paths.simulator.href(), icon: 'activity' }];

function NavList({ items, labelledBy }: { items: readonly NavItem[]; labelledBy?: string }) {
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.to}>
          {/* NavLink sets aria-current="page" on the active link, also on the screens below it. */}
          <NavLink to={item.to} className={styles.link}>
            <Icon name={item.icon} size={16} className={styles.icon} />
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

export function Sidebar() {
  const simulationId = useId();
  return (
    // A landmark of its own, so the product name and the note below the navigation are not stray content.
    <aside aria-label="Sidebar" className={styles.sidebar}>
      <div className={styles.inner}>
        <Link to={paths.home.href()} className={styles.brand}>
          <GantryMark />
          <span className={styles.name}>Gantry</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavList items={PLATFORM} />
          <p className={styles.groupLabel} id={simulationId}>
            Simulation
          </p>
          <NavList items={SIMULATION} labelledBy={simulationId} />
        </nav>
        <p className={styles.footnote}>Everything here runs on a simulated platform in your browser.</p>
      </div>
    </aside>
  );
}
