export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

export function sseParser(
  onMessage: (message: SseMessage) => void,
  onComment?: (comment: string) => void,
): (text: string) => void;
