/** Builds the workspace packages whose sources changed since their last build (scripts/build-workspaces.js). */
export function buildWorkspaces(options?: { force?: boolean }): void;
