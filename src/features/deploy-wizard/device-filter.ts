// Narrowing a long device list (a fleet has thousands) by what the operator types: a device stays when its name,
// architecture or runtime contains the text, ignoring case. The device already chosen always stays, so the form
// keeps its value while the list is narrowed to something else.
import type { DeviceChoice } from './device-eligibility';

export interface FilteredChoices {
  /** The choices to list, in their order. */
  shown: DeviceChoice[];
  /** How many devices match the text (the chosen one counts only when it matches). */
  matching: number;
}

export function filterDeviceChoices(choices: readonly DeviceChoice[], text: string, chosenId = ''): FilteredChoices {
  const needle = text.trim().toLowerCase();
  if (!needle) return { shown: [...choices], matching: choices.length };
  let matching = 0;
  const shown = choices.filter((choice) => {
    const matches = choice.facts.toLowerCase().includes(needle);
    if (matches) matching += 1;
    return matches || choice.id === chosenId;
  });
  return { shown, matching };
}

/** The live count under the filter, e.g. `12 of 2,000 devices match`; nothing while no text narrows the list. */
export function deviceFilterSummary(text: string, matching: number, total: number): string {
  if (!text.trim()) return '';
  return `${matching.toLocaleString('en')} of ${total.toLocaleString('en')} ${total === 1 ? 'device' : 'devices'} ${matching === 1 ? 'matches' : 'match'}`;
}
