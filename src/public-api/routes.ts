import { PUBLIC_ROUTES, type RouteContract } from './contract';

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

const COMPILED = PUBLIC_ROUTES.map((route) => ({ route, segments: segmentsOf(route.path) }));

/** The public route a path (under the content API's prefix) is, or undefined. `:name` matches one segment. */
export function publicRouteOf(path: string): RouteContract | undefined {
  const segments = segmentsOf(path);
  return COMPILED.find(
    ({ segments: pattern }) =>
      pattern.length === segments.length && pattern.every((part, index) => part.startsWith(':') || part === segments[index])
  )?.route;
}
