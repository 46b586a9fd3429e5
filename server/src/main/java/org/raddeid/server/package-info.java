/** The HTTP server (JSON API, batch jobs, playground). Not built yet: the module holds no code until its issue lands. */
package org.raddeid.server;
