/** The PHI model, the recognizer contract and the {@link org.raddeid.core.Deidentifier} facade every bridge calls. */
package org.raddeid.core;
