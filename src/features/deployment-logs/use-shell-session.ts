import { useMemo, useState } from 'react';
import { banner, createShell, initialState, prompt, runCommand, type ShellState } from './shell';
import type { ShellTarget } from './shell-target';

export interface TerminalEntry {
  id: number;
  kind: 'input' | 'stdout' | 'stderr' | 'info';
  text: string;
}

const MAX_ENTRIES = 1000;

/** One shell session: the screen's lines, the interpreter's state and the command history (for ↑/↓). */
export function useShellSession(target: ShellTarget) {
  const shell = useMemo(() => createShell(target), [target]);
  const [state, setState] = useState<ShellState>(() => initialState(shell));
  const [entries, setEntries] = useState<TerminalEntry[]>(() => banner(shell).map((text, id) => ({ id, kind: 'info', text })));
  const [nextId, setNextId] = useState(entries.length);
  const [history, setHistory] = useState<string[]>([]);

  const run = (line: string) => {
    const result = runCommand(shell, state, line);
    const echo: TerminalEntry = { id: nextId, kind: 'input', text: `${prompt(shell, state)} ${line}` };
    const output = result.output.map((o, i): TerminalEntry => ({ id: nextId + 1 + i, kind: o.stream, text: o.text }));
    setNextId(nextId + 1 + output.length);
    setEntries(result.clear ? [] : [...entries, echo, ...output].slice(-MAX_ENTRIES));
    setState(result.state);
    if (line.trim()) setHistory([...history.filter((h) => h !== line), line]);
  };

  return { entries, prompt: prompt(shell, state), history, run };
}
