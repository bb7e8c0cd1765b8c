import type { DeviceResource, PackageResource } from '../../api';
import { AliasField } from './alias-field';
import { rosComponents } from './alias-model';
import { componentFacts } from './component-facts';
import { DeviceComponent } from './device-component';
import styles from './components-section.module.css';
import { WizardStep } from './wizard-step';
import type { NetworkAliases } from './wizard-validation';

export interface ComponentsSectionProps {
  pkg: PackageResource;
  devices: readonly DeviceResource[];
  onRefreshDevices: () => Promise<unknown>;
  devicesRefreshing: boolean;
  /** The aliases in use on the chosen routed network, for the proposals. */
  network: NetworkAliases | undefined;
}

export function ComponentsSection({ pkg, devices, onRefreshDevices, devicesRefreshing, network }: ComponentsSectionProps) {
  const deviceNames = pkg.spec.components.filter((c) => c.runtime === 'device').map((c) => c.name);
  const rosNames = rosComponents(pkg.spec.components).map((c) => c.name);
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
            aliasIndex={rosNames.indexOf(spec.name)}
            network={network}
          />
        ) : (
          <fieldset key={spec.name} className={styles.cloud}>
            <legend className={styles.legend}>{spec.name}</legend>
            <p className={styles.facts}>{componentFacts(spec)}</p>
            <p className={styles.cloudNote}>Runs in the cloud and restarts automatically if it stops on an error.</p>
            {spec.ros.enabled && <AliasField index={rosNames.indexOf(spec.name)} spec={spec} network={network} />}
          </fieldset>
        ),
      )}
    </WizardStep>
  );
}
