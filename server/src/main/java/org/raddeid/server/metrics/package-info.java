/** Prometheus metrics through Micrometer: requests per route, reports processed, PHI found per type, errors. */
package org.raddeid.server.metrics;
