/** Restoring the case of ALL-CAPS and lower-case clinical text, so recognizers read it as written mixed-case text. */
package org.raddeid.recognizers.casing;
