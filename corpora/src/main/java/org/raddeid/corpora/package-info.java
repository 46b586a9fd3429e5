/** Labelled corpora: the document model, readers and writers for i2b2 2014 XML, BRAT, JSONL and PhysioNet formats. */
package org.raddeid.corpora;
