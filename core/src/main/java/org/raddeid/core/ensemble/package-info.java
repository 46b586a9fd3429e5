/** Running recognizers together and merging what they find into one list of spans. */
package org.raddeid.core.ensemble;
