export const DEV_BASE_URL: string;
export function rewriteManifest(content: string | Buffer, baseUrl: string): string;
