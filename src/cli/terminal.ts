/**
 * Characters that steer a terminal instead of printing: C0 controls (ESC starts colour, cursor
 * and title sequences), DEL, C1 controls (U+009B is a one-character CSI), and the bidirectional
 * overrides and isolates that make a line read differently from its bytes. Tab and newline are
 * left to the caller's layout.
 */
const STEERING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from an article (or anything a user supplied) made safe to print: steering characters become visible escapes. */
export function forTerminal(text: string): string {
  return text.replace(STEERING, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Tells the user, on stderr, something the readers did to the input. */
export function note(message: string): void {
  process.stderr.write(`parley: note: ${forTerminal(message)}\n`);
}
