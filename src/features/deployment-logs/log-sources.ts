// Where a deployment's log lines come from: each executable, and beside them each ROS component's cloud bridge.
import type { DeploymentResource } from '../../api';

export interface LogSource {
  name: string;
  component: string;
  kind: 'executable' | 'cloudBridge';
}

export interface LogSources {
  components: string[];
  sources: LogSource[];
}

export function logSources(deployment: DeploymentResource): LogSources {
  const components = deployment.spec.components.map((c) => c.name);
  const executables: LogSource[] = deployment.spec.components.flatMap((c) =>
    c.executables.map((e) => ({ name: e.name, component: c.name, kind: 'executable' as const })),
  );
  const bridges: LogSource[] = deployment.status.cloudBridges.map((b) => ({ name: b.name, component: b.component, kind: 'cloudBridge' as const }));
  return { components, sources: [...executables, ...bridges] };
}

/** The sources to offer when `component` is chosen (all of them when it is not). */
export const sourcesOf = (all: LogSources, component: string | undefined) =>
  component ? all.sources.filter((s) => s.component === component) : all.sources;

export const componentOfSource = (all: LogSources, source: string) => all.sources.find((s) => s.name === source)?.component;
