/** How deeply a plan's data may nest: a plan is a few levels deep; beyond this a file is refused. */
export const MAX_DEPTH = 64;
