// JSON: { schoolYear, asOf, district, sites, drillMonths, summary }, the StatusReport type as it
// is (src/status/types.ts documents every field; README shows the shape).
import type { StatusReport } from './types.js';

export const formatStatusJson = (report: StatusReport): string => `${JSON.stringify(report, null, 2)}\n`;
