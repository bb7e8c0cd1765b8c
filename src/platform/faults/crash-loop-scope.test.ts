// A crash loop staged on one replica (scope `replica`) stays with it; the default (`build`) belongs to the build,
// so another robot running the same build crash-loops from its next start.
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../durations';
import { makeWorld } from '../test-support/world';

function otherRobotAfterReboot(scope: 'build' | 'replica') {
  const w = makeWorld();
  const looping = w.nav('nav-a', 'warehouse-amr-01');
  const other = w.nav('nav-b', 'warehouse-amr-02');
  w.until(() => w.running(looping.id)() && w.running(other.id)());
  w.must(w.p.injectFault({ kind: 'crash-loop', deploymentId: looping.id, component: 'navigation', executable: 'localization', exitCode: 1, scope }));
  w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('warehouse-amr-02') }));
  w.p.advance(5 * MINUTE);
  return { looping: w.get(looping.id), other: w.get(other.id) };
}

describe('crash-loop fault scope', () => {
  it('replica: another robot running the same build comes back from a reboot and runs', () => {
    const { looping, other } = otherRobotAfterReboot('replica');
    expect(looping.status).not.toBe('Running');
    expect(other).toMatchObject({ status: 'Running', errorCodes: [] });
  });

  it('build: the build crashes on start wherever it starts next, as a defective image would', () => {
    const { other } = otherRobotAfterReboot('build');
    expect(other).toMatchObject({ status: 'Error', errorCodes: ['DEP_E163'] });
  });
});
