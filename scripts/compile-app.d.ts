/** Builds the changed workspace packages, then compiles the app (scripts/compile-app.js). */
export function compileApp(): Promise<{ appDir: string; distDir: string }>;
