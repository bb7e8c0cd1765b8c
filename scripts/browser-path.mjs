// Where Playwright finds Chromium without downloading one: an env override, then Debian's /usr/bin/chromium,
// then Playwright's own cached browser (undefined lets Playwright use it).
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const override = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (override) return override;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}
