/**
 * A route's path (`/share-sessions/:id`) as a pattern and the names of its parameters, in order:
 * how the helper's router (src/server/http/router.ts) and the sandbox's (src/sandbox/router.ts)
 * match a request's path. A parameter is one path segment.
 */
export function compilePath(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), names };
}
