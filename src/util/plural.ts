/** "1 day", "3 days"; `many` for irregular plurals. */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
