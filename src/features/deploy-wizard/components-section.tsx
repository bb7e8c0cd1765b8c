import type { DeviceResource, PackageResource } from '../../api';
import { componentFacts } from './component-facts';
import { DeviceComponent } from './device-component';
import styles from './components-section.module.css';
import { WizardStep } from './wizard-step';

export interface ComponentsSectionProps {
  pkg: PackageResource;
  devices: readonly DeviceResource[];
  onRefreshDevices: () => Promise<unknown>;
  devicesRefreshing: boolean;
}

export function ComponentsSection({ pkg, devices, onRefreshDevices, devicesRefreshing }: ComponentsSectionProps) {
  const deviceNames = pkg.spec.components.filter((c) => c.runtime === 'device').map((c) => c.name);
  return (
    <WizardStep
      title="Components"
      description="Choose the device each device-runtime component runs on; only online devices of the right architecture and runtime can be chosen. Cloud components need no choice."
    >
      {pkg.spec.components.map((spec) =>
        spec.runtime === 'device' ? (
          <DeviceComponent
            key={spec.name}
            index={deviceNames.indexOf(spec.name)}
            spec={spec}
            devices={devices}
            onRefresh={onRefreshDevices}
            refreshing={devicesRefreshing}
          />
        ) : (
          <div key={spec.name} className={styles.cloud}>
            <p className={styles.cloudName}>{spec.name}</p>
            <p className={styles.facts}>{componentFacts(spec)}</p>
            <p className={styles.cloudNote}>Runs in the cloud and restarts automatically if it stops on an error.</p>
          </div>
        ),
      )}
    </WizardStep>
  );
}
