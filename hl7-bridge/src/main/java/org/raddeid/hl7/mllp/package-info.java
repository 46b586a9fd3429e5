/** MLLP (the minimal lower layer protocol HL7 v2 travels on over TCP): frames, acknowledgements and a listener. */
package org.raddeid.hl7.mllp;
