import type { CSSProperties } from 'react';
import type { LogLine } from '../../api';
import { splitHighlights } from './highlight';
import { formatLogTime } from './log-format';
import styles from './log-viewport.module.css';

export interface LogLineRowProps {
  line: LogLine;
  highlight?: string;
  style: CSSProperties;
  position: number;
  setSize: number;
}

export function LogLineRow({ line, highlight = '', style, position, setSize }: LogLineRowProps) {
  const bridge = line.sourceKind === 'cloudBridge';
  return (
    <div role="listitem" aria-posinset={position} aria-setsize={setSize} className={styles.row} style={style} data-stream={line.stream}>
      <time className={styles.time} dateTime={line.at}>
        {formatLogTime(line.at)}
      </time>
      <span className={styles.source} title={`${line.component}/${line.source}${bridge ? ' (cloud bridge)' : ''}`}>
        {line.source}
      </span>
      <span className={styles.stream}>{line.stream === 'stderr' ? 'stderr' : <span className="sr-only">stdout</span>}</span>
      <span className={styles.text}>
        {splitHighlights(line.text, highlight).map((piece, i) =>
          piece.match ? (
            <mark key={i} className={styles.mark}>
              {piece.text}
            </mark>
          ) : (
            piece.text
          ),
        )}
      </span>
    </div>
  );
}
