import { useState } from 'react';
import { useDevices } from '../../api';
import { Button } from '../../components/button/button';
import { ErrorState } from '../../components/error-state/error-state';
import { TextField } from '../../components/field/field';
import { Loading } from '../../components/loading/loading';
import { filterDevices } from './device-view';
import { DeviceTable } from './device-table';
import { Section } from './section';
import styles from './device-section.module.css';

/** A fleet at scale has thousands of devices: the table grows a page at a time. */
const PAGE = 25;

export function DeviceSection() {
  const devices = useDevices();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const matched = devices.data ? filterDevices(devices.data.items, query) : [];
  const rows = matched.slice(0, shown);

  return (
    <Section
      title="Devices"
      description="Take a device offline, bring it back or reboot it; its deployments follow their restart policies."
      actions={
        <div className={styles.search}>
          <TextField
            label="Find devices"
            hideLabel
            type="search"
            placeholder="Find devices"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setShown(PAGE);
            }}
          />
        </div>
      }
    >
      {devices.isPending ? (
        <Loading label="Loading devices" />
      ) : devices.data === undefined ? (
        <ErrorState title="Could not load devices" error={devices.error} onRetry={() => void devices.refetch()} />
      ) : (
        <>
          <DeviceTable devices={rows} empty={query ? `No device matches “${query}”.` : 'This scenario has no devices.'} />
          {matched.length > rows.length && (
            <div className={styles.more}>
              <span>
                Showing {rows.length} of {matched.length} devices
              </span>
              <Button size="sm" onClick={() => setShown((n) => n + PAGE)}>
                Show {Math.min(PAGE, matched.length - rows.length)} more
              </Button>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
