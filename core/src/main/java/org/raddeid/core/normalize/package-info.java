/** The recognition view of a text: characters that hide words from recognizers taken out, offsets mapped back. */
package org.raddeid.core.normalize;
