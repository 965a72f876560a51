export const OFFICE_FRAME_ANCESTORS: string[];
export function contentSecurityPolicy(options?: { dev?: boolean }): string;
export function serverHeaders(options?: { dev?: boolean }): Record<string, string>;
