// Before the Playwright suite: make sure a Chromium exists. As root with apt, install Debian's package;
// otherwise stop with the one command to run. Never downloads a browser build of Playwright's own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const found = chromiumPath();
if (found && existsSync(found)) process.exit(0);
if (!found && existsSync(chromium.executablePath())) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s chromium package (apt-get install -y chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  process.exit(0);
}
console.error('No Chromium found. Install one, then run the tests again:\n\n  sudo apt-get install -y chromium\n\n' +
  'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.');
process.exit(1);
