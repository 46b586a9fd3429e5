/** HL7 v2 de-identification. Not built yet: the module holds no code until its issue lands. */
package org.raddeid.hl7;
