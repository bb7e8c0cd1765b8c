import type { SVGProps } from 'react';

// A small, self-drawn stroke icon set on a 24px grid. Icons are decoration next to text, so they are hidden from
// assistive technology; an icon that carries meaning on its own must get a label from its parent.

const ICONS = {
  // Status shapes: each tone has its own silhouette so status never depends on colour alone.
  'check-circle': ['circle:12,12,9', 'M8 12.5l2.5 2.5L16 9.5'],
  'progress-circle': ['circle:12,12,9', 'M12 3a9 9 0 0 1 9 9h-9z:fill'],
  clock: ['circle:12,12,9', 'M12 7.5V12l3 2'],
  'x-circle': ['circle:12,12,9', 'M9 9l6 6M15 9l-6 6'],
  'alert-triangle': ['M12 3.5L2.5 20h19z', 'M12 10v4.5', 'M12 17.25h.01'],
  'stop-square': ['M6.5 5h11A1.5 1.5 0 0 1 19 6.5v11a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 5 17.5v-11A1.5 1.5 0 0 1 6.5 5z'],
  'help-circle': ['circle:12,12,9', 'M9.6 9.4a2.5 2.5 0 1 1 3.4 2.4c-.6.3-1 .8-1 1.4v.5', 'M12 16.75h.01'],
  info: ['circle:12,12,9', 'M12 11v5.5', 'M12 7.75h.01'],
  // Navigation
  grid: ['M4 4h6.5v6.5H4z', 'M13.5 4H20v6.5h-6.5z', 'M4 13.5h6.5V20H4z', 'M13.5 13.5H20V20h-6.5z'],
  layers: ['M12 3l9 4.5-9 4.5-9-4.5z', 'M3 12l9 4.5 9-4.5', 'M3 16.5l9 4.5 9-4.5'],
  cpu: ['M7 5h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z', 'M9.5 9.5h5v5h-5z', 'M9.5 2v3M14.5 2v3M9.5 19v3M14.5 19v3M2 9.5h3M2 14.5h3M19 9.5h3M19 14.5h3'],
  network: ['circle:12,5,2.5', 'circle:5,19,2.5', 'circle:19,19,2.5', 'M10.9 7.3l-4.8 9.4M13.1 7.3l4.8 9.4M7.5 19h9'],
  database: ['M4 5.5C4 3.8 7.6 2.5 12 2.5s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z', 'M4 5.5v13c0 1.7 3.6 3 8 3s8-1.3 8-3v-13', 'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3'],
  activity: ['M3 12h4l3-8 4 16 3-8h4'],
  // Controls
  play: ['M7 4.5v15l12-7.5z'],
  pause: ['M8 5v14M16 5v14'],
  monitor: ['M5 4h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z', 'M8 20h8M12 16v4'],
  sun: ['circle:12,12,4', 'M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4'],
  moon: ['M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z'],
  'arrow-up': ['M12 19V5M6 11l6-6 6 6'],
  'arrow-down': ['M12 5v14M6 13l6 6 6-6'],
  'arrows-up-down': ['M8 20V4M4 8l4-4 4 4', 'M16 4v16M12 16l4 4 4-4'],
  x: ['M6 6l12 12M18 6L6 18'],
} as const satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;

function Shape({ spec }: { spec: string }) {
  if (spec.startsWith('circle:')) {
    const [cx, cy, r] = spec.slice(7).split(',');
    return <circle cx={cx} cy={cy} r={r} />;
  }
  if (spec.endsWith(':fill')) return <path d={spec.slice(0, -5)} fill="currentColor" stroke="none" />;
  return <path d={spec} />;
}

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'name'> {
  name: IconName;
  /** Rendered size in px (width and height). */
  size?: number;
}

export function Icon({ name, size = 16, ...rest }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {ICONS[name].map((spec) => (
        <Shape key={spec} spec={spec} />
      ))}
    </svg>
  );
}
