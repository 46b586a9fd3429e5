/** Strict UTF-8 reading: lines and characters, with the position of the first malformed byte. */
package org.raddeid.batch.io;
