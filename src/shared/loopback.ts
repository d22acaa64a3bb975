/** The names of this machine: plain http to them is what a local sandbox and a helper beside it use. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** Whether `url` is on this machine. */
export const isLoopbackUrl = (url: URL): boolean => LOOPBACK_HOSTS.includes(url.hostname);
