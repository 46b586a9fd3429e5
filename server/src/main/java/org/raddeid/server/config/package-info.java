/** The server's settings: defaults, the YAML config file with errors by file and line, and their precedence. */
package org.raddeid.server.config;
