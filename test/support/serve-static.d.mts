/** The file under `root` that `url` names, or undefined for a path that is malformed or leaves it. */
export declare function fileFor(root: string, url: string | undefined): string | undefined;
