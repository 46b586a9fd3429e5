/**
 * HL7 v2 de-identification: structured fields by a field map, report text (OBX-5, NTE-3) through the
 * {@link org.raddeid.core.Deidentifier}, with the surrogates, pseudonyms and date shifts of the rest of raddeid.
 */
package org.raddeid.hl7;
