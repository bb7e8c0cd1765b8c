// Plausible periodic output of robot software, chosen and filled in from a hash so that the same executable at
// the same moment always prints the same line.
import { mix } from '../hash';
import type { LogStream, Millis } from '../types';

export interface LineContext {
  h: number;
  at: Millis;
  executable: string;
  topics: readonly string[];
  network: string;
  alias: string;
}

export interface Templated {
  text: string;
  stream: LogStream;
}

const num = (h: number, salt: number, min: number, max: number): number => min + (mix(h, salt) % (max - min + 1));
const dec = (h: number, salt: number, min: number, max: number, places = 2): string =>
  (min + ((mix(h, salt) % 100000) / 100000) * (max - min)).toFixed(places);
const rosTime = (at: Millis): string => (at / 1000).toFixed(6);
const iso = (at: Millis): string => new Date(at).toISOString();
const topicOf = (c: LineContext): string => c.topics[num(c.h, 9, 0, Math.max(0, c.topics.length - 1))] ?? '/rapyuta_io_peers';

type Template = (c: LineContext) => Templated;
const info = (text: string): Templated => ({ text, stream: 'stdout' });
const warn = (text: string): Templated => ({ text, stream: 'stderr' });

const node = (c: LineContext): string => `[INFO] [${rosTime(c.at)}]: /${c.executable}:`;

/** ROS lines by what the executable is (matched on its name), plus lines any node prints. */
const ROS_ROLES: [RegExp, Template[]][] = [
  [/nav|plan|move/, [
    (c) => info(`${node(c)} Got new plan (${num(c.h, 7, 12, 480)} poses, ${dec(c.h, 8, 0.5, 60, 1)} m)`),
    (c) => info(`${node(c)} Goal reached, ${num(c.h, 15, 0, 40)} goals queued`),
  ]],
  [/local|amcl|slam/, [
    (c) => info(`${node(c)} pose x=${dec(c.h, 3, -20, 40)} y=${dec(c.h, 4, -15, 25)} yaw=${dec(c.h, 5, -3.14, 3.14)} cov=${dec(c.h, 6, 0.005, 0.09, 3)}`),
  ]],
  [/lidar|camera|driver|sensor/, [
    (c) => info(`${node(c)} ${topicOf(c)} publishing at ${dec(c.h, 10, 9.5, 50, 1)} Hz`),
    (c) => info(`${node(c)} device temperature ${dec(c.h, 16, 31, 58, 1)} C, ${num(c.h, 17, 0, 3)} dropped frames`),
  ]],
  [/detect|vision|inspect/, [
    (c) => info(`${node(c)} ${num(c.h, 18, 0, 6)} detections in frame ${num(c.h, 19, 1000, 99999)} (${dec(c.h, 20, 18, 65, 1)} ms inference)`),
  ]],
  [/fleet|task|alloc|agent/, [
    (c) => info(`${node(c)} ${num(c.h, 21, 1, 40)} robots reporting, ${num(c.h, 22, 0, 25)} tasks open`),
  ]],
];

const ROS_COMMON: Template[] = [
  (c) => info(`${node(c)} heartbeat ok, ${num(c.h, 1, 40, 220)} callbacks/s, ${num(c.h, 2, 1, 9)} subscribers`),
  (c) => info(`[INFO] [${rosTime(c.at)}]: /diagnostics: battery ${num(c.h, 11, 21, 99)}% (${dec(c.h, 12, 22.5, 26.8, 1)} V), motors nominal`),
  (c) => info(`${node(c)} transform map -> base_link is ${num(c.h, 13, 2, 40)} ms old`),
  (c) => warn(`[WARN] [${rosTime(c.at)}]: /${c.executable}: Control loop missed its desired rate of 20.0000Hz... the loop actually took ${dec(c.h, 14, 0.051, 0.12, 4)} seconds`),
];

function rosFamily(executable: string): Template[] {
  const role = ROS_ROLES.find(([pattern]) => pattern.test(executable))?.[1] ?? [];
  return [...role, ...role, ...ROS_COMMON];
}

const SERVICE: Template[] = [
  (c) => info(`${iso(c.at)} INFO  [${c.executable}] GET /healthz 200 ${dec(c.h, 1, 0.4, 6, 1)}ms`),
  (c) => info(`${iso(c.at)} INFO  [${c.executable}] telemetry: cpu=${num(c.h, 2, 2, 88)}% mem=${num(c.h, 3, 90, 1800)}MiB threads=${num(c.h, 4, 8, 64)}`),
  (c) => info(`${iso(c.at)} INFO  [${c.executable}] flushed ${num(c.h, 5, 200, 9000)} points to storage in ${num(c.h, 6, 3, 180)}ms`),
  (c) => info(`${iso(c.at)} DEBUG [${c.executable}] worker pool: ${num(c.h, 7, 0, 8)}/8 busy, queue=${num(c.h, 8, 0, 40)}`),
  (c) => info(`${iso(c.at)} INFO  [${c.executable}] POST /api/v1/tasks 201 ${num(c.h, 9, 4, 90)}ms`),
  (c) => warn(`${iso(c.at)} WARN  [${c.executable}] slow request GET /api/v1/robots took ${num(c.h, 10, 800, 4000)}ms`),
];

const BRIDGE: Template[] = [
  (c) => info(`[cloud_bridge] routed ${num(c.h, 1, 120, 9000)} msgs (${num(c.h, 2, 8, 4200)} KB) on ${topicOf(c)} via ${c.network}`),
  (c) => info(`[cloud_bridge] heartbeat to ${c.network} ok (rtt ${num(c.h, 3, 8, 140)} ms)`),
  (c) => info(`[cloud_bridge] peers online: ${c.alias} + ${num(c.h, 4, 0, 12)} others on ${c.network}`),
  (c) => info(`[cloud_bridge] /rapyuta_io_peers latched update from ${c.alias}`),
];

// Warnings are rarer than the rest: they are the last template of each family.
function choose(family: Template[], c: LineContext): Templated {
  const roll = c.h % 100;
  const last = family.length - 1;
  const template = family === BRIDGE ? family[c.h % family.length] : roll < 4 ? family[last] : family[(c.h >>> 8) % last];
  return (template as Template)(c);
}

// What a ROS node prints while its ROS master is not running (roscpp and rospy wording): it keeps retrying.
const NO_MASTER: Template[] = [
  (c) => warn(`[ERROR] [${rosTime(c.at)}]: [registerPublisher] Failed to contact master at [localhost:11311].  Retrying...`),
  (c) => warn(`[WARN] [${rosTime(c.at)}]: /${c.executable}: Unable to register with master node [http://localhost:11311]: master may not be running yet. Will keep trying.`),
];

export const renderNoMasterLine = (c: LineContext): Templated => (NO_MASTER[c.h % NO_MASTER.length] as Template)(c);

/** The renderer for one ROS executable (its family is picked once, not per line). */
export function rosRenderer(executable: string): (c: LineContext) => Templated {
  const family = rosFamily(executable);
  return (c) => choose(family, c);
}

export const renderServiceLine = (c: LineContext): Templated => choose(SERVICE, c);
export const renderBridgeLine = (c: LineContext): Templated => choose(BRIDGE, c);
