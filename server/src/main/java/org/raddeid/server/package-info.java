/**
 * The HTTP server: the JSON API under {@code /api/v1/}, the OpenAPI document, Prometheus metrics and the playground
 * page, over the shared {@link org.raddeid.core.Deidentifier}. Wiring lives in {@link org.raddeid.server.RaddeidServer}.
 */
package org.raddeid.server;
