// docs/frameworks.md's one line for typed tags in Svelte templates.
import 'yoti-elements/types/svelte';
