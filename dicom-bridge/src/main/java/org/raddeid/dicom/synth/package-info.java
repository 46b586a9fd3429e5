/** Synthetic DICOM data with fictional PHI, written with the codec, for benchmarks and tests. */
package org.raddeid.dicom.synth;
