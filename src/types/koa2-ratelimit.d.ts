/** The part of koa2-ratelimit (the limiter Strapi itself uses) that we call; it ships no types. */
declare module 'koa2-ratelimit' {
  export const RateLimit: {
    middleware(options: Record<string, unknown>): (ctx: any, next: () => Promise<unknown>) => Promise<unknown>;
  };
}
