// One line describing a component: where it runs, on what, with which ROS and how many executables.
import type { ComponentSpec } from '../../api';
import { rosDistroLabel, runtimeLabel } from '../../lib/labels';

export function componentFacts(spec: ComponentSpec): string {
  const executables = spec.executables.length === 1 ? '1 executable' : `${spec.executables.length} executables`;
  const ros = spec.ros.enabled ? `ROS ${spec.ros.distro ? rosDistroLabel(spec.ros.distro) : ''}`.trim() : 'no ROS';
  return [`${runtimeLabel(spec.runtime)} runtime`, spec.architecture, ros, executables].join(' · ');
}
