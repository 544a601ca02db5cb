/**
 * Every error Parley raises on purpose carries a code, so that callers (the CLI, the
 * HTTP API) can map it to an exit status or response, and users can look it up.
 */
export type ErrorCode =
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_FORMAT'
  | 'E_BAD_DATE'
  | 'E_USAGE'
  | 'E_PIPELINE_ORDER'
  | 'E_PIPELINE_UNKNOWN_STAGE'
  | 'E_LAYER_MISSING'
  | 'E_LAYER_OWNER'
  | 'E_TOO_SLOW'
  | 'E_STORE'
  | 'E_CONFIG'
  | 'E_FETCH'
  | 'E_NOT_FOUND'
  | 'E_RESOURCE';

export class ParleyError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'ParleyError';
  }
}

/** Errors caused by what the user gave us (exit code 2), as opposed to bugs. */
export function isInputError(err: unknown): err is ParleyError {
  return err instanceof ParleyError && err.code !== 'E_PIPELINE_ORDER' && err.code !== 'E_LAYER_OWNER';
}
