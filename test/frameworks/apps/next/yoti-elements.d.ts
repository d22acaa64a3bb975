// docs/frameworks.md's one line for typed plain tags in React 19 JSX.
import 'yoti-elements/types/react';
