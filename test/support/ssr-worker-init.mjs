// Loaded by @lit-labs/testing's SSR worker before it renders: the worker imports the elements'
// TypeScript sources, as the browser tests do (tsx's ESM hooks).
import { register } from 'tsx/esm/api';

register();
