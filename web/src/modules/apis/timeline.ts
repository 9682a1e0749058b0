import type { Deprecation } from './registry-api.js';

/**
 * The deprecation timeline as positions on one shared date axis: each deprecated operation
 * is a bar from the date its deprecation was registered to its sunset, in percent of the
 * axis, so the page lays it out with plain CSS. Pure; `today` is passed in (YYYY-MM-DD).
 */

export type RowStatus = 'overdue' | 'soon' | 'scheduled' | 'open';

export interface TimelineRow {
  key: string;
  item: Deprecation;
  /** Left edge and width of the bar, in percent of the axis. */
  left: number;
  width: number;
  /** No known start (the bar is a marker at the sunset) or no sunset (the bar runs off the end). */
  openStart: boolean;
  openEnd: boolean;
  /** Days from today to the sunset; negative once it has passed; null without a sunset. */
  daysLeft: number | null;
  status: RowStatus;
}

export interface TimelineGroup {
  api: string;
  owner: string | null;
  rows: TimelineRow[];
}

export interface Tick {
  date: string;
  label: string;
  left: number;
  /** At most about five ticks are major: the ones labelled on a phone. */
  major: boolean;
}

export interface Timeline {
  from: string;
  to: string;
  today: number;
  ticks: Tick[];
  groups: TimelineGroup[];
  total: number;
  overdue: number;
}

/** Sunsets this close (days) are shown as due soon. */
export const SOON_DAYS = 30;
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Milliseconds of a date's UTC midnight; accepts a date or a date-time. */
export function dayOf(text: string): number {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Today in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayOf(to) - dayOf(from)) / DAY);
}

function monthStart(ms: number, offset = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
}

/** Month ticks, thinned to quarters or years on long spans so labels stay readable. */
function ticks(from: number, to: number, pct: (ms: number) => number): Tick[] {
  const months = Math.round((to - from) / (30.44 * DAY));
  const step = months <= 15 ? 1 : months <= 45 ? 3 : 12;
  const out: Tick[] = [];
  for (let t = from; t <= to; t = monthStart(t, 1)) {
    const d = new Date(t);
    const month = d.getUTCMonth();
    if (month % step !== 0) continue;
    const label = step === 12 ? String(d.getUTCFullYear()) : month === 0 || out.length === 0 ? `${MONTHS[month] ?? ''} ${String(d.getUTCFullYear())}` : (MONTHS[month] ?? '');
    out.push({ date: isoDay(t), label, left: pct(t), major: false });
  }
  const every = Math.max(1, Math.ceil(out.length / 5));
  return out.map((tick, i) => ({ ...tick, major: i % every === 0 }));
}

export function buildTimeline(items: readonly Deprecation[], today: string): Timeline {
  const now = dayOf(today);
  const dates = [now];
  for (const item of items) {
    if (item.deprecatedSince !== null) dates.push(dayOf(item.deprecatedSince.date));
    if (item.sunset !== null) dates.push(dayOf(item.sunset));
  }
  const from = monthStart(Math.min(...dates));
  // At least two months wide, ending on a month boundary after the last date.
  const to = Math.max(monthStart(Math.max(...dates), 1), monthStart(from, 2));
  const span = to - from;
  const pct = (ms: number) => Math.min(100, Math.max(0, ((ms - from) / span) * 100));

  const groups = new Map<string, TimelineGroup>();
  let overdue = 0;
  items.forEach((item, n) => {
    const since = item.deprecatedSince === null ? null : dayOf(item.deprecatedSince.date);
    const sunset = item.sunset === null ? null : dayOf(item.sunset);
    const start = since ?? sunset ?? now;
    const end = sunset ?? to;
    const daysLeft = item.sunset === null ? null : daysBetween(today, item.sunset);
    const status: RowStatus = item.overdue || (daysLeft !== null && daysLeft < 0) ? 'overdue' : daysLeft === null ? 'open' : daysLeft <= SOON_DAYS ? 'soon' : 'scheduled';
    if (status === 'overdue') overdue++;
    const left = pct(Math.min(start, end));
    const row: TimelineRow = {
      key: `${item.api} ${item.method} ${item.path} ${String(n)}`,
      item,
      left,
      width: Math.max(0, pct(Math.max(start, end)) - left),
      openStart: since === null,
      openEnd: sunset === null,
      daysLeft,
      status,
    };
    const group = groups.get(item.api) ?? { api: item.api, owner: item.owner, rows: [] };
    group.rows.push(row);
    groups.set(item.api, group);
  });

  return { from: isoDay(from), to: isoDay(to), today: pct(now), ticks: ticks(from, to, pct), groups: [...groups.values()], total: items.length, overdue };
}

/** "in 12 days", "today", "3 days ago": how far a sunset is. */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `in ${String(n)} ${unit}` : `${String(n)} ${unit} ago`;
}
