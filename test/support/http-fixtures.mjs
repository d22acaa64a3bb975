// Routes the browser tests call over real HTTP on the test runner's own server:
//   /__fixture/json?status=200&body=<json text>&delay=<ms>
// answers `body` verbatim with `status` after `delay` milliseconds.
export function httpFixtures() {
  return async (context, next) => {
    if (!context.path.startsWith('/__fixture/')) return next();
    const delay = Number(context.query.delay ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    context.status = Number(context.query.status ?? 200);
    context.type = 'application/json';
    context.body = context.query.body ?? '';
    context.set('Cache-Control', 'no-store');
  };
}
