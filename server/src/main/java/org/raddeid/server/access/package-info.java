/** Who may call the server and what is recorded of each call: API keys and the access log. */
package org.raddeid.server.access;
