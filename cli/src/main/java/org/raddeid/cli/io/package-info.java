/** Input and output plumbing for the commands: strict UTF-8 line reading and progress bars. */
package org.raddeid.cli.io;
