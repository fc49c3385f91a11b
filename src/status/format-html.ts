export const formatStatusHtml = (r: unknown) => JSON.stringify(r);
