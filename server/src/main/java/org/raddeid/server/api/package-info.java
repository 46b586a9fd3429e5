/** The JSON API under {@code /api/v1/}: request and response records, their validation and the endpoints. */
package org.raddeid.server.api;
