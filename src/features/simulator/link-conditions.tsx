import { useState } from 'react';
import { useDevices, type LinkStatus } from '../../api';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { LinkConditionForm } from './link-condition-form';
import { Section } from './section';
import styles from './link-conditions.module.css';

/**
 * The `Link conditions` region: degrade a routed network or a device's uplink. The cloud bridges routed over a
 * degraded link log warnings (dropped or late messages, QoS timeouts, queue overflows, reconnects) for their traffic.
 */
export function LinkConditions({ links = [] }: { links?: readonly LinkStatus[] }) {
  const devices = useDevices();
  const [deviceId, setDeviceId] = useState('');
  const networks = links.filter((l) => l.target === 'network');
  const chosen = devices.data?.items.find((d) => d.metadata.guid === deviceId) ?? devices.data?.items[0];
  const deviceLink: LinkStatus | undefined = chosen && (links.find((l) => l.target === 'device' && l.id === chosen.metadata.guid) ?? { target: 'device', id: chosen.metadata.guid, name: chosen.metadata.name });

  return (
    <Section
      title="Link conditions"
      description="Add latency, loss, a bandwidth limit or flapping to a routed network or a device's uplink; the cloud bridges routed over it log the warnings their traffic meets."
    >
      <div className={styles.list}>
        {networks.length === 0 && <p className={styles.state}>This world has no routed network.</p>}
        {networks.map((link) => (
          <LinkConditionForm key={link.id} link={link} />
        ))}
        {devices.data && devices.data.items.length > 0 && deviceLink && (
          <div className={styles.device}>
            <Field label="Device uplink">
              {(control) => (
                <Select {...control} value={deviceLink.id} onChange={(e) => setDeviceId(e.target.value)}>
                  {devices.data.items.map((d) => (
                    <option key={d.metadata.guid} value={d.metadata.guid}>
                      {d.metadata.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <LinkConditionForm key={deviceLink.id} link={deviceLink} />
          </div>
        )}
      </div>
    </Section>
  );
}
