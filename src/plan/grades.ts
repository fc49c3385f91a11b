// Grade spans ("TK-5", "9-12") and the drill level they imply.
import type { Level } from './types.generated.js';

/** TK is -1, K is 0, then 1..12. */
function gradeNumber(grade: string): number {
  if (grade === 'TK') return -1;
  if (grade === 'K') return 0;
  return Number(grade);
}

function gradeSpan(grades: string | undefined): { low: number; high: number } | undefined {
  const m = /^(TK|K|[1-9]|1[0-2])(?:-(K|[1-9]|1[0-2]))?$/.exec(grades ?? '');
  if (!m) return undefined;
  const low = gradeNumber(m[1]!);
  const high = m[2] === undefined ? low : gradeNumber(m[2]);
  return low <= high ? { low, high } : undefined;
}

/** Does the span include any grade from `from` to `to`? */
export function servesAnyGrade(grades: string | undefined, from: number, to: number): boolean {
  const span = gradeSpan(grades);
  return span !== undefined && span.low <= to && span.high >= from;
}

/**
 * The drill rules a site follows. A K-8 or K-12 site follows the stricter level (elementary);
 * continuation high schools are secondary schools. "other" is decided by its lowest grade.
 */
export type DrillLevel = 'elementary' | 'middle' | 'high';

export function drillLevel(level: Level | undefined, grades: string | undefined): DrillLevel {
  switch (level) {
    case 'elementary':
    case 'k8':
    case 'k12':
      return 'elementary';
    case 'middle':
      return 'middle';
    case 'high':
    case 'continuation':
      return 'high';
    default: {
      const low = gradeSpan(grades)?.low ?? 0;
      return low <= 5 ? 'elementary' : low <= 8 ? 'middle' : 'high';
    }
  }
}
