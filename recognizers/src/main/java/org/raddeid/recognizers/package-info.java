/** Concrete recognizers and the named ensembles that combine them. */
package org.raddeid.recognizers;
