/** Turns errors Fastify raises before a handler runs (body parsing, limits, routing) into the contract's envelope. */
import type { FastifyError } from 'fastify';
import { AppError } from '../errors.js';

export function fromFastifyError(error: FastifyError): AppError {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is larger than 1 MiB; send less.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(
        'unsupported_media_type',
        'Send the body as JSON with `Content-Type: application/json`.',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_request', 'The body is empty; send {"arguments": {...}}.');
    default:
      break;
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new AppError('invalid_request', `The body is not valid JSON (${error.message}).`);
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('invalid_request', error.message);
  }
  return new AppError('internal_error', 'Something went wrong inside adgate.', { cause: error });
}
