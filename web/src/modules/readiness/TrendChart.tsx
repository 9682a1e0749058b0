import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty, ErrorState, Loading } from '../../components/states.js';
import { useHistory } from './queries.js';
import type { History, HistoryFilters } from './readiness-api.js';

// The history trend, drawn with recharts. Default export so the pages can lazy-load it and
// keep the chart library out of the first load.

interface Point {
  at: string;
  score: number;
  level: string;
}

/** Service history is per evaluation; team/scorecard history per day (average score). */
export function trendPoints(history: History): Point[] {
  if (history.evaluations !== undefined) {
    return history.evaluations.map((e) => ({ at: e.evaluatedAt.slice(0, 16).replace('T', ' '), score: Math.round(e.score * 100), level: e.level ?? 'none' }));
  }
  return (history.points ?? [])
    .filter((p) => p.averageScore !== null)
    .map((p) => ({
      at: p.day,
      score: Math.round((p.averageScore ?? 0) * 100),
      level: Object.entries(p.levels).map(([level, n]) => `${level}: ${String(n)}`).join(', '),
    }));
}

export default function TrendChart({ filters }: { filters: HistoryFilters }) {
  const history = useHistory(filters);
  if (history.isPending) return <Loading label="Loading history…" />;
  if (history.isError) return <ErrorState error={history.error} retry={() => { void history.refetch(); }} />;
  const points = trendPoints(history.data);
  if (points.length === 0) return <Empty><p>No history yet: evaluations are stored when facts change and daily.</p></Empty>;
  const last = points[points.length - 1];
  return (
    <figure className="trend" aria-label={`Score trend, ${String(points.length)} points${last === undefined ? '' : `, latest ${String(last.score)}%`}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#dde1e7" />
          <XAxis dataKey="at" fontSize={12} minTickGap={24} />
          <YAxis domain={[0, 100]} unit="%" fontSize={12} width={44} />
          <Tooltip formatter={(value) => [`${String(value)}%`, 'score']} />
          <Line type="monotone" dataKey="score" stroke="#2456c8" strokeWidth={2} dot={points.length < 40} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
