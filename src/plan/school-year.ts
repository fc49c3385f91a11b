// School years as plans, folders and calendars name them: "2026-27", from July 1, 2026 (the
// fiscal and deadline year, EC 32286(a)) to June 30, 2027.

const SCHOOL_YEAR = /^\d{4}-\d{2}$/;

/** Written like 2026-27 (the schema's pattern; a plan folder's name). */
export function isSchoolYear(value: unknown): value is string {
  return typeof value === 'string' && SCHOOL_YEAR.test(value);
}

/** The value when it is a school year, else undefined (plans may have schema errors). */
export const schoolYearOf = (value: unknown): string | undefined => (isSchoolYear(value) ? value : undefined);

/** "2026-27" -> 2026, the calendar year the school year starts in. */
export const firstYear = (schoolYear: string): number => Number(schoolYear.slice(0, 4));

/** "2026-27" -> 2027, the calendar year of its spring term. */
export const springYear = (schoolYear: string): number => firstYear(schoolYear) + 1;

/** "2026-27" -> "2026-07-01": the first day of the school year for deadline purposes. */
export const schoolYearBegins = (schoolYear: string): string => `${firstYear(schoolYear)}-07-01`;

/** "2027-28" from its first calendar year, 2027. */
export const schoolYearStarting = (y: number): string => `${y}-${String((y + 1) % 100).padStart(2, '0')}`;

/** The school year a date (YYYY-MM-DD) falls in: from July 1. */
export const schoolYearOn = (date: string): string => schoolYearStarting(Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 7 ? 1 : 0));

/** "2026-27" -> "2027-28". */
export const nextSchoolYear = (year: string): string => schoolYearStarting(firstYear(year) + 1);

/** 2026-27 and not 2026-28: the second part must follow the first. */
export const isConsecutiveYear = (year: string): boolean => isSchoolYear(year) && schoolYearStarting(firstYear(year)) === year;

/** A prompt's check of a typed school year: true, or what to write instead. */
export const validateYear = (v: string): true | string => (isConsecutiveYear(v.trim()) ? true : 'write the school year like 2027-28.');
