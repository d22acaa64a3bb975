/** The capture's progress as the frame and the status card tell it (English, the reference). */
export const progressStrings = {
  'progress.label': 'Your progress',
  'progress.waiting': 'Waiting for your phone…',
  'progress.document': 'Document captured',
  'progress.face': 'Face captured',
  'progress.submitted': 'Sent for checking',
  /** What a screen reader hears of each step's mark. */
  'progress.done': 'Done',
  'progress.todo': 'Not yet',
} as const;
