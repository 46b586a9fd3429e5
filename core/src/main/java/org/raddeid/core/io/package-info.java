/** Output files that appear complete or not at all. */
package org.raddeid.core.io;
