// The `Push a build` form: its values as typed, the simulator request they make, and where a refusal shows.
import type { BuildDefectKind, PushBuildBody } from '../../api/contract';

export type DefectChoice = 'none' | BuildDefectKind;

export interface PushBuildValues {
  tag: string;
  defect: DefectChoice;
  /** As typed; empty uses the platform's default for the defect. */
  exitCode: string;
  /** `crash-after` only. */
  afterSeconds: string;
}

export type PushBuildField = keyof PushBuildValues;

export const DEFECT_OPTIONS: readonly { value: DefectChoice; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'crash-on-start', label: 'Crash on start' },
  { value: 'crash-after', label: 'Crash after a while' },
  { value: 'bad-entrypoint', label: 'Bad entrypoint' },
];

export const pushBuildDefaults = (tag = ''): PushBuildValues => ({ tag, defect: 'none', exitCode: '', afterSeconds: '60' });

export interface BuildTarget {
  packageId: string;
  component: string;
  executable: string;
}

/** A number as typed; what is not one is sent as it is, for the simulator to refuse at its field. */
const numberOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

export function toPushBuildBody(target: BuildTarget, values: PushBuildValues): PushBuildBody {
  const body: PushBuildBody = { ...target, tag: values.tag.trim() };
  if (values.defect === 'none') return body;
  const exitCode = numberOf(values.exitCode);
  const afterSeconds = values.defect === 'crash-after' ? numberOf(values.afterSeconds) : undefined;
  body.defect = {
    kind: values.defect,
    ...(exitCode === undefined ? {} : { exitCode }),
    ...(afterSeconds === undefined ? {} : { afterSeconds }),
  };
  return body;
}

/** Wire paths of the request → the field that shows a refusal about them. */
export const PUSH_BUILD_WIRE_FIELDS: Readonly<Record<string, PushBuildField>> = {
  tag: 'tag',
  defect: 'defect',
  'defect.kind': 'defect',
  'defect.exitCode': 'exitCode',
  'defect.afterSeconds': 'afterSeconds',
};

/** The exit code a defect uses when none is typed, as the simulator applies it. */
export const defaultExitCode = (defect: DefectChoice): string => (defect === 'bad-entrypoint' ? '128' : '1');
