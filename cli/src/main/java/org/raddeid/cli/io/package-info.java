/** Terminal plumbing for the commands: progress bars. */
package org.raddeid.cli.io;
