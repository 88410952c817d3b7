/**
 * The content client's failures, kept apart on purpose: only ContentNotFoundError may become
 * a 404. Everything else (CMS down, slow, misconfigured token, response that does not match
 * the schema) is a CmsError and must become an error page with a 5xx status.
 */
export class ContentNotFoundError extends Error {
  override readonly name = "ContentNotFoundError";
  constructor(
    readonly resource: string,
    readonly key: string,
  ) {
    super(`${resource} "${key}" was not found`);
  }
}

export abstract class CmsError extends Error {}

/** The CMS could not be reached or answered with an error status. */
export class CmsUnavailableError extends CmsError {
  override readonly name = "CmsUnavailableError";
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The CMS answered, but not with what the schema promises (drift, or a broken proxy). */
export class CmsResponseInvalidError extends CmsError {
  override readonly name = "CmsResponseInvalidError";
  constructor(
    message: string,
    readonly url: string,
    readonly issues: readonly string[],
  ) {
    super(`${message}\n${issues.map((i) => `  - ${i}`).join("\n")}`);
  }
}

export function isContentNotFound(error: unknown): error is ContentNotFoundError {
  return error instanceof ContentNotFoundError;
}
