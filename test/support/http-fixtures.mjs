// Routes the browser tests call over real HTTP on the test runner's own server:
//   /__fixture/json?status=200&body=<json text>&delay=<ms>
// answers `body` verbatim with `status` after `delay` milliseconds;
//   /__fixture/hang/...
// never answers (for an iframe that never loads), until the test run ends.
export function httpFixtures() {
  return async (context, next) => {
    if (!context.path.startsWith('/__fixture/')) return next();
    if (context.path.startsWith('/__fixture/hang/')) {
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      context.status = 504;
      return;
    }
    const delay = Number(context.query.delay ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    context.status = Number(context.query.status ?? 200);
    context.type = 'application/json';
    context.body = context.query.body ?? '';
    context.set('Cache-Control', 'no-store');
  };
}
