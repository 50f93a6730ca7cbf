/** Types for public-url.js (plain CommonJS so webpack.config.js can load it without a build). */
export declare const DEV_URL: string;
export declare function publicUrl(raw?: string): string;
export declare function releaseUrl(raw?: string): string;
export declare function rewriteManifest(content: string | Buffer, baseUrl: string): string;
