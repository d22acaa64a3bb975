// docs/frameworks.md's one line for typed tags in Vue templates.
import 'yoti-elements/types/vue';
