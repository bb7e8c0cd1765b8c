// Logs, events and the warnings histogram.
import { API_VERSION } from '../../api/contract';
import type { DeploymentLogs, EventList, WarningHistogram } from '../../api/contract';
import type { LogPage, WarningHour } from '../../platform/api';
import type { PlatformEvent } from '../../platform/types';
import { compact, iso } from './common';

export function toLogs(deployment: string, page: LogPage, offset: number, limit: number): DeploymentLogs {
  return {
    apiVersion: API_VERSION,
    kind: 'Logs',
    metadata: { deployment, total: page.total, offset, limit },
    items: page.lines.map((l) => ({ at: iso(l.at), component: l.component, source: l.source, sourceKind: l.sourceKind, stream: l.stream, text: l.text })),
  };
}

export function toEvents(events: PlatformEvent[]): EventList {
  return {
    apiVersion: API_VERSION,
    kind: 'EventList',
    metadata: { total: events.length },
    items: events.map((e) => compact({ seq: e.seq, at: iso(e.at), kind: e.kind, deploymentId: e.deploymentId, deviceId: e.deviceId, message: e.message })),
  };
}

export function toWarnings(deployment: string, component: string, hours: WarningHour[]): WarningHistogram {
  return {
    apiVersion: API_VERSION,
    kind: 'WarningHistogram',
    metadata: { deployment, component, total: hours.reduce((n, h) => n + h.count, 0) },
    items: hours.map((h) => ({ from: iso(h.from), to: iso(h.to), count: h.count })),
  };
}
