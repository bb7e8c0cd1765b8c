import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ShellTarget } from './shell-target';
import { useShellSession } from './use-shell-session';
import styles from './shell.module.css';

export interface ShellTerminalProps {
  target: ShellTarget;
}

/** A terminal-like screen (a log) and a command line; ↑/↓ walk the history. */
export function ShellTerminal({ target }: ShellTerminalProps) {
  const { entries, prompt, history, run } = useShellSession(target);
  const [command, setCommand] = useState('');
  const [recall, setRecall] = useState<number | null>(null);
  const inputId = useId();
  const screenRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const el = screenRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    if (history.length === 0) return;
    const from = recall ?? history.length;
    const to = Math.min(history.length, Math.max(0, from + (event.key === 'ArrowUp' ? -1 : 1)));
    setRecall(to === history.length ? null : to);
    setCommand(history[to] ?? '');
  };

  return (
    <div className={styles.terminal}>
      {/* A click on the screen puts the cursor back on the command line, as in a terminal, unless text is being selected. */}
      <div
        ref={screenRef}
        className={styles.screen}
        role="log"
        aria-label="Shell output"
        tabIndex={0}
        onClick={() => {
          if (!window.getSelection()?.toString()) inputRef.current?.focus();
        }}
      >
        {entries.map((entry) => (
          <div key={entry.id} className={styles.line} data-kind={entry.kind}>
            {entry.text}
          </div>
        ))}
      </div>
      <form
        className={styles.commandLine}
        onSubmit={(event) => {
          event.preventDefault();
          run(command);
          setCommand('');
          setRecall(null);
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          Command
        </label>
        <span className={styles.prompt} aria-hidden="true">
          {prompt}
        </span>
        <input
          ref={inputRef}
          id={inputId}
          className={styles.input}
          value={command}
          onChange={(e) => setCommand(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="send"
        />
      </form>
    </div>
  );
}
