// The README's one line for typed tags in Svelte templates.
import 'yoti-elements/types/svelte';
