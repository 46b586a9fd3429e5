package org.raddeid.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response: {@code {"status":400,"error":"…","field":"text"}}. Never holds request text.
 *
 * @param status the HTTP status
 * @param error what went wrong
 * @param field the offending field, omitted when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, String field) {
}
