import { describe, expect, it } from 'vitest';
import { describeCondition, HEALTHY_VALUES, linkBody, linkValues } from './link-form';
import { linkForm } from './link-form-schema';

const since = '2026-01-01T00:00:00.000Z';

describe('link-condition form', () => {
  it('starts from the link as it is, healthy when it has no condition', () => {
    expect(linkValues(undefined)).toEqual(HEALTHY_VALUES);
    expect(linkValues({ latencyMs: 400, lossPercent: 2.5, bandwidthKbps: 64, flapping: { downSeconds: 5, upSeconds: 55 }, since })).toEqual({
      latency: '400',
      loss: '2.5',
      bandwidth: '64',
      down: '5',
      up: '55',
    });
  });

  it('checks each field and asks for both flapping periods', () => {
    const parse = (v: Partial<typeof HEALTHY_VALUES>) => linkForm.safeParse({ ...HEALTHY_VALUES, ...v });
    expect(parse({}).data).toEqual({ latency: 0, loss: 0, bandwidth: undefined, down: undefined, up: undefined });
    expect(parse({ latency: '-5' }).error?.issues[0]).toMatchObject({ path: ['latency'], message: 'Latency is a whole number' });
    expect(parse({ loss: '101' }).error?.issues[0]).toMatchObject({ path: ['loss'], message: 'Loss is 0 to 100 %' });
    expect(parse({ bandwidth: '0' }).error?.issues[0]?.path).toEqual(['bandwidth']);
    expect(parse({ down: '10' }).error?.issues[0]).toMatchObject({ path: ['up'], message: /needs both Down for and Up for/ });
  });

  it('sends a network-link or device-link fault, leaving out what is unlimited or steady', () => {
    const healthy = { latency: 0, loss: 0, bandwidth: undefined, down: undefined, up: undefined };
    expect(linkBody({ target: 'network', id: 'net-1' }, healthy)).toEqual({ kind: 'network-link', networkId: 'net-1', latencyMs: 0, lossPercent: 0 });
    expect(linkBody({ target: 'device', id: 'dev-1' }, { ...healthy, loss: 5, bandwidth: 64, down: 5, up: 55 })).toEqual({
      kind: 'device-link',
      deviceId: 'dev-1',
      latencyMs: 0,
      lossPercent: 5,
      bandwidthKbps: 64,
      flapping: { downSeconds: 5, upSeconds: 55 },
    });
  });

  it('says what the link does', () => {
    expect(describeCondition(undefined)).toBe('Healthy');
    expect(describeCondition({ latencyMs: 400, lossPercent: 10, flapping: { downSeconds: 4, upSeconds: 1796 }, since })).toBe('400 ms latency, 10% loss, down 4 s every 1800 s');
  });
});
