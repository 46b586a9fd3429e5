/** The residual check: an independent second opinion on de-identified text, reporting what may be left over. */
package org.raddeid.core.residual;
