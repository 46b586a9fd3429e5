/** The {@code raddeid} command line: one picocli command with subcommands, and the runnable jar's entry point. */
package org.raddeid.cli;
