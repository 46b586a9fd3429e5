/** A compact DICOM Part 10 codec: a data model, a reader and a writer that round-trip files losslessly. */
package org.raddeid.dicom.codec;
