// Manifest files for the apply and export journeys, and the screen's names.
import type { Page } from '@playwright/test';
import { expect } from './support/fixtures';

/** One of each kind Gantry applies, in an order the dependencies must fix. */
export const WORLD_FILE = `apiVersion: apiextensions.rapyuta.io/v1
kind: Deployment
metadata:
  name: picker-run
  depends:
    kind: package
    nameOrGUID: picker
    version: 1.0.0
spec:
  runtime: device
  device:
    depends:
      kind: device
      nameOrGUID: dock-robot
  rosNetworks:
    - depends:
        kind: network
        nameOrGUID: floor-net
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Package
metadata:
  name: picker
  version: 1.0.0
spec:
  runtime: device
  device:
    arch: amd64
  executables:
    - name: picker
      type: docker
      command: roslaunch picker picker.launch
      docker:
        image: registry.example.com/picker:1.0.0
        pullSecret:
          depends:
            kind: secret
            nameOrGUID: registry-login
  ros:
    enabled: true
    version: noetic
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Network
metadata:
  name: floor-net
spec:
  type: routed
  runtime: cloud
  rosDistro: noetic
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Disk
metadata:
  name: picker-maps
spec:
  runtime: cloud
  capacity: 4
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Device
metadata:
  name: dock-robot
spec:
  rosDistro: noetic
  docker:
    enabled: true
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Secret
metadata:
  name: registry-login
spec:
  type: Docker
  docker:
    registry: https://registry.example.com
    username: robot
    password: hunter2
    email: robot@example.com
`;

export const upload = (page: Page, name: string, text: string) =>
  page.getByLabel('Upload manifest files').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });

export const planTable = (page: Page) => page.getByRole('table', { name: 'Apply plan' });
export const resultsTable = (page: Page) => page.getByRole('table', { name: 'Apply results' });

/** The rows of a table as `Kind Name Action` text, header left out. */
export async function rowsOf(page: Page, table: 'plan' | 'results') {
  const t = table === 'plan' ? planTable(page) : resultsTable(page);
  await expect(t).toBeVisible();
  const rows = await t.getByRole('row').all();
  const texts = [];
  for (const row of rows.slice(1)) {
    const cells = await row.getByRole('cell').allInnerTexts();
    const header = await row.getByRole('rowheader').innerText();
    texts.push([cells[0], header, cells[1]].join(' '));
  }
  return texts;
}
